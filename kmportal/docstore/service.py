"""Reading the document store. Queries live here, never in routes or commands."""

from __future__ import annotations

from sqlalchemy.orm import defer
from sqlmodel import Session, col, select

from kmportal.docstore.models import Document, DocumentPublic, Section, SectionPublic
from kmportal.errors import NotFound
from kmportal.messages import msg


def list_documents(session: Session, *, kind: str | None = None) -> list[DocumentPublic]:
    # Never the texts: a list of the whole library would read 68 MB of them.
    stmt = (
        select(Document)
        .options(defer(Document.text))  # type: ignore[arg-type]
        .order_by(col(Document.kind), col(Document.id))
    )
    if kind:
        stmt = stmt.where(Document.kind == kind)
    return [DocumentPublic.model_validate(d, from_attributes=True) for d in session.exec(stmt)]


def get_document(session: Session, *, doc_id: str) -> Document:
    doc = session.get(Document, doc_id)
    if doc is None:
        raise NotFound(msg("docs.not_found", doc_id=doc_id))
    return doc


def list_sections(session: Session, *, doc_id: str) -> list[Section]:
    get_document(session, doc_id=doc_id)
    stmt = select(Section).where(Section.doc_id == doc_id).order_by(col(Section.ordinal))
    return list(session.exec(stmt))


def get_section(session: Session, *, doc_id: str, key: str) -> SectionPublic:
    doc = get_document(session, doc_id=doc_id)
    sec = session.exec(select(Section).where(Section.doc_id == doc_id, Section.key == key)).first()
    if sec is None:
        raise NotFound(msg("docs.section_not_found", key=key, doc_id=doc_id))
    return SectionPublic(
        **sec.model_dump(exclude={"id", "doc_id"}),
        doc_id=doc_id,
        text=doc.text[sec.start : sec.end],
    )
