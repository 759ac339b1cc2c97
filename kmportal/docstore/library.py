"""The document store as a library: pages of documents, their law groups, and
how much of it is fully indexed. Listing never loads a document's text (the
671-Act library holds 68 MB of it)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func
from sqlalchemy.orm import defer
from sqlmodel import Session, col, select

from kmportal.docstore.models import GROUP_SEPARATOR, Chunk, Document, DocumentPublic
from kmportal.errors import BadInput
from kmportal.messages import msg

PER_PAGE = 50
MAX_PER_PAGE = 500
# Laws by the day they were given when known (others after them), then by title.
SORTS: dict[str, tuple[Any, ...]] = {
    "title": (col(Document.title), col(Document.id)),
    "-title": (col(Document.title).desc(), col(Document.id)),
    "date": (col(Document.issued).is_(None), col(Document.issued), col(Document.title)),
    "-date": (col(Document.issued).is_(None), col(Document.issued).desc(), col(Document.title)),
}


@dataclass(frozen=True)
class DocumentPage:
    items: list[DocumentPublic]
    total: int
    page: int
    per_page: int

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.per_page))


@dataclass(frozen=True)
class LibraryStatus:
    documents: int
    fully_indexed: int  # documents every chunk of which has its vector
    chunks: int
    pending_vectors: int

    @property
    def fully_indexed_fraction(self) -> float:
        return round(self.fully_indexed / self.documents, 4) if self.documents else 1.0

    def as_dict(self) -> dict[str, int]:
        return {
            "documents": self.documents,
            "fully_indexed": self.fully_indexed,
            "chunks": self.chunks,
            "pending_vectors": self.pending_vectors,
        }


def _in_group(group: str) -> Any:
    # "|a|b|" contains "|a|": exact group names, no LIKE wildcards to escape.
    wrapped = GROUP_SEPARATOR + col(Document.law_groups) + GROUP_SEPARATOR
    return func.instr(wrapped, GROUP_SEPARATOR + group + GROUP_SEPARATOR) > 0


def page_documents(
    session: Session,
    *,
    kind: str | None = None,
    group: str | None = None,
    sort: str = "title",
    page: int = 1,
    per_page: int | None = None,
) -> DocumentPage:
    per_page = per_page or PER_PAGE
    if sort not in SORTS:
        raise BadInput(msg("docs.unknown_sort", sort=sort, sorts=", ".join(SORTS)))
    if page < 1 or not 1 <= per_page <= MAX_PER_PAGE:
        raise BadInput(msg("docs.bad_page", max=MAX_PER_PAGE))
    where = []
    if kind:
        where.append(col(Document.kind) == kind)
    if group:
        where.append(_in_group(group))
    total = session.exec(select(func.count()).select_from(Document).where(*where)).one()
    stmt = (
        select(Document)
        .options(defer(Document.text))  # type: ignore[arg-type]
        .where(*where)
        .order_by(*SORTS[sort])
        .offset((page - 1) * per_page)
        .limit(per_page)
    )
    items = [DocumentPublic.model_validate(d, from_attributes=True) for d in session.exec(stmt)]
    return DocumentPage(items, int(total), page, per_page)


def law_groups(session: Session) -> list[tuple[str, int]]:
    """Every law group with how many documents it holds, by name."""
    counts: dict[str, int] = {}
    for value in session.exec(select(Document.law_groups).where(Document.law_groups != "")):
        for group in filter(None, value.split(GROUP_SEPARATOR)):
            counts[group] = counts.get(group, 0) + 1
    return sorted(counts.items())


def library_status(session: Session) -> LibraryStatus:
    docs, pending = session.exec(
        select(func.count(), func.coalesce(func.sum(Document.pending_vectors), 0)).select_from(
            Document
        )
    ).one()
    done = session.exec(
        select(func.count()).select_from(Document).where(col(Document.pending_vectors) == 0)
    ).one()
    chunks = session.exec(select(func.count()).select_from(Chunk)).one()
    return LibraryStatus(int(docs), int(done), int(chunks), int(pending))
