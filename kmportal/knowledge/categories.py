"""The categories notes are filed under: a list coordinators keep. A category
still used by a note's version or an indicator cannot be deleted (rename it)."""

from __future__ import annotations

from sqlalchemy import func
from sqlmodel import Session, col, select

from kmportal.docstore.knowledge import (
    CategoryCreate,
    CategoryPublic,
    CategoryUpdate,
    KnowledgeCategory,
    Note,
    NoteVersion,
)
from kmportal.errors import Conflict, NotFound
from kmportal.km.audit import atomic
from kmportal.km.models import Indicator
from kmportal.knowledge import input as check
from kmportal.messages import msg

MAX_NAME = 100
MAX_DESCRIPTION = 500


def get_category(session: Session, category_id: int) -> KnowledgeCategory:
    c = session.get(KnowledgeCategory, category_id)
    if c is None:
        raise NotFound(msg("knowledge.error.category_not_found", id=category_id))
    return c


def list_categories(session: Session) -> list[CategoryPublic]:
    published = dict(
        session.exec(
            select(NoteVersion.category_id, func.count(col(Note.id)))
            .join(
                Note,
                (col(Note.id) == col(NoteVersion.note_id))
                & (col(Note.published_version) == col(NoteVersion.number)),
            )
            .group_by(col(NoteVersion.category_id))
        ).all()
    )
    cats = session.exec(select(KnowledgeCategory).order_by(col(KnowledgeCategory.name)))
    return [
        CategoryPublic(
            id=c.id or 0,
            name=c.name,
            description=c.description,
            n_published=published.get(c.id, 0),
        )
        for c in cats
    ]


def _checked(
    session: Session, name: str | None, description: str | None, *, own_id: int | None
) -> tuple[str, str]:
    fields: check.Fields = {}
    n = check.clean_text(name)
    if not n:
        fields["name"] = msg("knowledge.error.category_name")
    elif len(n) > MAX_NAME:
        fields["name"] = msg("knowledge.error.category_long", max=MAX_NAME)
    else:
        same = session.exec(select(KnowledgeCategory).where(KnowledgeCategory.name == n)).first()
        if same is not None and same.id != own_id:
            fields["name"] = msg("knowledge.error.category_exists", name=n)
    d = check.clean_text(description)[:MAX_DESCRIPTION]
    check.fail(fields)
    return n, d


def add_category(session: Session, *, data: CategoryCreate) -> KnowledgeCategory:
    name, description = _checked(session, data.name, data.description, own_id=None)
    with atomic(session):
        c = KnowledgeCategory(name=name, description=description)
        session.add(c)
    session.refresh(c)
    return c


def update_category(
    session: Session, *, category_id: int, data: CategoryUpdate
) -> KnowledgeCategory:
    c = get_category(session, category_id)
    name, description = _checked(
        session,
        c.name if data.name is None else data.name,
        c.description if data.description is None else data.description,
        own_id=category_id,
    )
    with atomic(session):
        c.name, c.description = name, description
        session.add(c)
    session.refresh(c)
    return c


def delete_category(session: Session, *, category_id: int) -> None:
    c = get_category(session, category_id)
    used = (
        session.exec(
            select(NoteVersion.id).where(NoteVersion.category_id == category_id).limit(1)
        ).first()
        or session.exec(
            select(Indicator.id).where(Indicator.source_category_id == category_id).limit(1)
        ).first()
    )
    if used is not None:
        raise Conflict(msg("knowledge.error.category_in_use", name=c.name))
    with atomic(session):
        session.delete(c)
