"""What the admin page needs of the document store."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from kmportal.docstore.models import Chunk, Document


@dataclass(frozen=True)
class DocumentRow:
    id: str
    title: str
    kind: str
    n_sections: int
    n_chunks: int
    ingested_at: datetime
    uploaded: bool


def list_documents(engine: Engine, *, uploads_root: str) -> list[DocumentRow]:
    with Session(engine) as session:
        counts = dict(
            session.exec(select(Chunk.doc_id, func.count()).group_by(col(Chunk.doc_id))).all()
        )
        docs = list(session.exec(select(Document).order_by(col(Document.id))))
    return [
        DocumentRow(
            id=d.id,
            title=d.title,
            kind=str(d.kind),
            n_sections=d.n_sections,
            n_chunks=int(counts.get(d.id, 0)),
            ingested_at=d.ingested_at,
            uploaded=d.source_path.startswith(uploads_root),
        )
        for d in docs
    ]


def document_exists(engine: Engine, doc_id: str) -> bool:
    with Session(engine) as session:
        return session.get(Document, doc_id) is not None


def source_path(engine: Engine, doc_id: str) -> str | None:
    with Session(engine) as session:
        doc = session.get(Document, doc_id)
        return doc.source_path if doc is not None else None


def set_source_path(engine: Engine, doc_id: str, path: str) -> None:
    """Point a document at another file. A replacement claims the document id this
    way first: the pipeline refuses a file whose id belongs to another existing file."""
    with Session(engine) as session:
        doc = session.get(Document, doc_id)
        if doc is not None:
            doc.source_path = path
            session.add(doc)
            session.commit()


def content_hash(engine: Engine, doc_id: str) -> str | None:
    with Session(engine) as session:
        doc = session.get(Document, doc_id)
        return doc.content_hash if doc is not None else None
