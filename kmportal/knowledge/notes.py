"""Writing notes: creating one, editing it (every change a new version, an edit
from an older revision refused with the other version shown), reading what a
reader may see and the lists of notes. Review is in :mod:`.review`."""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlmodel import Session, col, select

from kmportal.auth.models import User
from kmportal.docstore.knowledge import (
    KnowledgeCategory,
    Note,
    NoteEvent,
    NoteState,
    NoteVersion,
    ReviewAction,
    utcnow,
)
from kmportal.errors import Conflict, NotFound
from kmportal.km.audit import atomic
from kmportal.knowledge import input as check
from kmportal.knowledge.access import Reader, require_author, sees_working, shown_version
from kmportal.knowledge.models import NoteIn
from kmportal.messages import msg


class EditConflict(Conflict):
    """The note changed since the editor loaded it; ``current`` is how it stands."""

    def __init__(self, note: Note) -> None:
        super().__init__(msg("knowledge.error.conflict", revision=note.revision))
        self.note = note


@dataclass(frozen=True)
class Content:
    """A version's content, checked."""

    title: str
    body: str
    category_id: int | None
    tags: list[str]

    def same_as(self, v: NoteVersion) -> bool:
        return (self.title, self.body, self.category_id, self.tags) == (
            v.title,
            v.body,
            v.category_id,
            v.tag_list,
        )


def check_content(session: Session, data: NoteIn, *, max_chars: int) -> Content:
    fields: check.Fields = {}
    title = check.title(fields, data.title)
    body = check.body(fields, data.body, max_chars=max_chars)
    tags = check.tags(fields, data.tags)
    if data.category_id is not None and session.get(KnowledgeCategory, data.category_id) is None:
        fields["category_id"] = msg("knowledge.error.no_category")
    check.fail(fields)
    return Content(title, body, data.category_id, tags)


def get_note(session: Session, note_id: int) -> Note:
    note = session.get(Note, note_id)
    if note is None:
        raise NotFound(msg("knowledge.error.note_not_found", id=note_id))
    return note


def get_version(session: Session, note_id: int, number: int) -> NoteVersion:
    v = session.exec(
        select(NoteVersion).where(NoteVersion.note_id == note_id, NoteVersion.number == number)
    ).first()
    if v is None:
        raise NotFound(msg("knowledge.error.version_not_found", id=note_id, number=number))
    return v


def event(
    session: Session, note: Note, action: ReviewAction, reader: Reader, comment: str = ""
) -> None:
    assert note.id is not None
    session.add(
        NoteEvent(
            note_id=note.id,
            version=note.working_version,
            action=action,
            actor_id=reader.user_id,
            comment=comment,
        )
    )


def touch(note: Note, state: NoteState | None = None) -> None:
    if state is not None:
        note.state = state
    note.revision += 1
    note.updated_at = utcnow()


def _add_version(
    session: Session, note: Note, number: int, content: Content, reader: Reader
) -> None:
    assert note.id is not None
    session.add(
        NoteVersion(
            note_id=note.id,
            number=number,
            title=content.title,
            body=content.body,
            category_id=content.category_id,
            tags=json.dumps(content.tags, ensure_ascii=False),
            author_id=reader.user_id,
        )
    )


def create_note(
    session: Session, *, reader: Reader, data: NoteIn, max_chars: int, submit: bool = False
) -> Note:
    content = check_content(session, data, max_chars=max_chars)
    with atomic(session):
        note = Note(author_id=reader.user_id)
        session.add(note)
        session.flush()
        _add_version(session, note, 1, content, reader)
        event(session, note, ReviewAction.create, reader)
        if submit:
            note.state = NoteState.submitted
            event(session, note, ReviewAction.submit, reader)
    session.refresh(note)
    return note


def edit_note(
    session: Session,
    *,
    note_id: int,
    reader: Reader,
    data: NoteIn,
    base_revision: int,
    max_chars: int,
    submit: bool = False,
    new_version: bool = False,
) -> Note:
    """A new working version (in draft, or submitted with ``submit``) when the
    content changed or ``new_version`` asks for one (a file is being attached);
    a published version stays published until the new one is."""
    note = get_note(session, note_id)
    require_author(note, reader)
    if note.revision != base_revision:
        raise EditConflict(note)
    content = check_content(session, data, max_chars=max_chars)
    working = get_version(session, note_id, note.working_version)
    state = NoteState(note.state)
    changed = new_version or not content.same_as(working)
    with atomic(session):
        if changed:
            note.working_version += 1
            _add_version(session, note, note.working_version, content, reader)
            event(session, note, ReviewAction.edit, reader)
            state = NoteState.draft
        if submit and state is not NoteState.published:
            state = NoteState.submitted
            event(session, note, ReviewAction.submit, reader)
        if state is not NoteState(note.state) or changed:
            touch(note, state)
        session.add(note)
    session.refresh(note)
    return note


# --- reading -----------------------------------------------------------------


@dataclass(frozen=True)
class NoteRow:
    """A note as a list shows it: the version the reader sees, and names."""

    note: Note
    version: NoteVersion
    author: str
    category: str | None


def _names(session: Session, user_ids: set[int]) -> dict[int, str]:
    if not user_ids:
        return {}
    users = session.exec(select(User).where(col(User.id).in_(user_ids)))
    return {u.id: u.display_name or u.username for u in users if u.id is not None}


def categories_by_id(session: Session) -> dict[int, str]:
    return {c.id: c.name for c in session.exec(select(KnowledgeCategory)) if c.id is not None}


def rows(session: Session, pairs: list[tuple[Note, int]]) -> list[NoteRow]:
    """Rows for (note, version number) pairs, in their order."""
    if not pairs:
        return []
    wanted = {(n.id, number) for n, number in pairs}
    ids = {n.id for n, _ in pairs}
    versions = {
        (v.note_id, v.number): v
        for v in session.exec(select(NoteVersion).where(col(NoteVersion.note_id).in_(ids)))
        if (v.note_id, v.number) in wanted
    }
    names = _names(session, {n.author_id for n, _ in pairs})
    cats = categories_by_id(session)
    out = []
    for note, number in pairs:
        v = versions[(note.id or 0, number)]
        category = cats.get(v.category_id) if v.category_id is not None else None
        out.append(NoteRow(note, v, names.get(note.author_id, "?"), category))
    return out


def published(
    session: Session, *, category_id: int | None = None, tag: str | None = None
) -> list[NoteRow]:
    """Every published note (its published version), newest first."""
    notes = session.exec(
        select(Note)
        .where(col(Note.published_version).is_not(None))
        .order_by(col(Note.published_at).desc(), col(Note.id).desc())
    ).all()
    out = rows(session, [(n, n.published_version or 0) for n in notes])
    if category_id is not None:
        out = [r for r in out if r.version.category_id == category_id]
    if tag:
        wanted = tag.casefold()
        out = [r for r in out if wanted in {t.casefold() for t in r.version.tag_list}]
    return out


def mine(session: Session, *, reader: Reader) -> list[NoteRow]:
    notes = session.exec(
        select(Note).where(Note.author_id == reader.user_id).order_by(col(Note.updated_at).desc())
    ).all()
    return rows(session, [(n, n.working_version) for n in notes])


def awaiting_review(session: Session) -> list[NoteRow]:
    notes = session.exec(
        select(Note).where(Note.state == NoteState.submitted).order_by(col(Note.updated_at))
    ).all()
    return rows(session, [(n, n.working_version) for n in notes])


def read(session: Session, *, note_id: int, reader: Reader, version: int | None = None) -> NoteRow:
    """The note as ``reader`` sees it; an older ``version`` only for those who
    may see its history."""
    note = get_note(session, note_id)
    number = shown_version(note, reader)
    if version is not None and version != number:
        if not sees_working(note, reader) and version != note.published_version:
            raise NotFound(msg("knowledge.error.version_not_found", id=note_id, number=version))
        get_version(session, note_id, version)
        number = version
    return rows(session, [(note, number)])[0]


def history(
    session: Session, *, note_id: int, reader: Reader
) -> tuple[list[NoteVersion], list[NoteEvent]]:
    note = get_note(session, note_id)
    shown_version(note, reader)
    if not sees_working(note, reader):
        raise NotFound(msg("knowledge.error.note_not_found", id=note_id))
    versions = session.exec(
        select(NoteVersion).where(NoteVersion.note_id == note_id).order_by(col(NoteVersion.number))
    ).all()
    events = session.exec(
        select(NoteEvent).where(NoteEvent.note_id == note_id).order_by(col(NoteEvent.id))
    ).all()
    return list(versions), list(events)


def names(session: Session, user_ids: set[int]) -> dict[int, str]:
    return _names(session, user_ids)


def last_return_comment(session: Session, note: Note) -> str:
    """The reviewer's comment when the working version was sent back."""
    if NoteState(note.state) is not NoteState.returned:
        return ""
    ev = session.exec(
        select(NoteEvent)
        .where(NoteEvent.note_id == note.id, NoteEvent.action == ReviewAction.return_)
        .order_by(col(NoteEvent.id).desc())
    ).first()
    return ev.comment if ev else ""
