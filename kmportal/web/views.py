"""What the pages show, assembled from the document store. Routes call these;
the queries themselves live in :mod:`kmportal.docstore.service`."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from markupsafe import Markup
from sqlmodel import Session

from kmportal.docstore import service as docstore
from kmportal.docstore.models import (
    DocKind,
    Document,
    DocumentDetail,
    DocumentPublic,
    Section,
    SectionPublic,
)
from kmportal.errors import NotFound
from kmportal.messages import msg
from kmportal.web.annotations import FindReferences, prose_spans
from kmportal.web.lawtext import LineSpans, footnote_ref_spans, render_body

# Laws are cited, not annotated: their text never uses abbreviations, and
# scanning them for references would link every "มาตรา" to itself.
_LAW_KINDS = {DocKind.act, DocKind.regulation, DocKind.ministerial_rule}
# Characters of text per page of the viewer (about 60 sections of an Act).
PAGE_CHARS = 60_000


def spans_for(kind: str, text: str, references: FindReferences) -> LineSpans:
    return footnote_ref_spans if kind in _LAW_KINDS else prose_spans(text, references)


@dataclass(frozen=True)
class Block:
    html: Markup
    key: str | None = None  # a section's anchor; None for text between sections
    label: str = ""
    highlighted: bool = False


@dataclass(frozen=True)
class TocEntry:
    key: str
    label: str
    group: str | None  # the heading path, when it differs from the previous entry's


@dataclass
class DocumentView:
    doc: DocumentPublic
    blocks: list[Block]
    toc: list[TocEntry]
    highlighted: Section | None = None
    page: int = 1
    pages: int = 1


def _toc(sections: list[Section]) -> list[TocEntry]:
    toc: list[TocEntry] = []
    previous = None
    for sec in sections:
        group = sec.heading or None
        toc.append(TocEntry(sec.key, sec.label, group if group != previous else None))
        previous = group
    return toc


def _public(doc: Document) -> DocumentPublic:
    return DocumentPublic.model_validate(doc, from_attributes=True)


def _page_starts(sections: list[Section], size: int) -> list[int]:
    """Where each page of a document starts: at a section, every ``size`` characters
    or so (a page holds at least one section)."""
    starts = [0]
    for sec in sections:
        if sec.start - starts[-1] >= size:
            starts.append(sec.start)
    return starts


def document_view(
    session: Session,
    *,
    doc_id: str,
    references: FindReferences,
    hl: str | None = None,
    page: int | None = None,
) -> DocumentView:
    """One page of the document as blocks (the page holding ``hl`` unless
    ``page`` is given); the contents list every section. A 2 MB Act is some
    thirty pages: rendering it whole took seconds and megabytes of HTML.
    ``references`` finds law references to link in prose documents."""
    doc = docstore.get_document(session, doc_id=doc_id)
    sections = sorted(
        docstore.list_sections(session, doc_id=doc_id), key=lambda s: (s.start, s.ordinal)
    )
    text = doc.text
    starts = _page_starts(sections, PAGE_CHARS)
    target = next((s for s in sections if s.key == hl), None)
    if page is None:
        page = bisect_right(starts, target.start) if target else 1
    if not 1 <= page <= len(starts):
        raise NotFound(msg("doc.no_page", page=page, doc_id=doc_id, pages=len(starts)))
    lo = starts[page - 1]
    hi = starts[page] if page < len(starts) else len(text)
    spans = spans_for(doc.kind, text, references)
    blocks: list[Block] = []
    pos = lo
    for sec in sections:
        if not lo <= sec.start < hi:
            continue
        start, end = max(sec.start, pos), max(sec.end, pos)
        if start > pos and text[pos:start].strip():
            blocks.append(Block(render_body(text[pos:start], spans, base=pos)))
        is_hl = sec.key == hl
        blocks.append(
            Block(
                render_body(text[start:end], spans, base=start, anchor=sec.key),
                sec.key,
                sec.label,
                is_hl,
            )
        )
        pos = end
    if hi > pos and text[pos:hi].strip():
        blocks.append(Block(render_body(text[pos:hi], spans, base=pos)))
    ordered = sorted(sections, key=lambda s: s.ordinal)
    return DocumentView(_public(doc), blocks, _toc(ordered), target, page, len(starts))


@dataclass
class Handbook:
    doc: DocumentPublic
    chapters: list[Section] = field(default_factory=list)


def handbooks(session: Session) -> list[Handbook]:
    return [
        Handbook(doc, docstore.list_sections(session, doc_id=doc.id))
        for doc in docstore.list_documents(session, kind=DocKind.handbook.value)
    ]


@dataclass
class Chapter:
    handbook: Handbook
    section: Section
    index: int  # 0-based position among the chapters
    html: Markup

    @property
    def previous(self) -> Section | None:
        return self.handbook.chapters[self.index - 1] if self.index > 0 else None

    @property
    def next(self) -> Section | None:
        chapters = self.handbook.chapters
        return chapters[self.index + 1] if self.index + 1 < len(chapters) else None


def chapter_view(
    session: Session, *, doc_id: str, key: str | None, references: FindReferences
) -> Chapter:
    doc = docstore.get_document(session, doc_id=doc_id)
    if doc.kind != DocKind.handbook:
        raise NotFound(msg("handbook.not_handbook", doc_id=doc_id))
    chapters = docstore.list_sections(session, doc_id=doc_id)
    if not chapters:
        raise NotFound(msg("handbook.no_chapters", doc_id=doc_id))
    index = 0
    if key is not None:
        found = [i for i, s in enumerate(chapters) if s.key == key]
        if not found:
            raise NotFound(msg("handbook.chapter_not_found", key=key, doc_id=doc_id))
        index = found[0]
    sec = chapters[index]
    text = doc.text[sec.start : sec.end]
    html = render_body(text, prose_spans(text, references))
    return Chapter(Handbook(_public(doc), chapters), sec, index, html)


def documents(session: Session) -> list[DocumentPublic]:
    return docstore.list_documents(session)


def document_detail(session: Session, *, doc_id: str) -> DocumentDetail:
    """A document's public fields and its sections with their text (the API's shape)."""
    doc = docstore.get_document(session, doc_id=doc_id)
    sections = [
        SectionPublic(
            **sec.model_dump(exclude={"id", "doc_id"}),
            doc_id=doc_id,
            text=doc.text[sec.start : sec.end],
        )
        for sec in docstore.list_sections(session, doc_id=doc_id)
    ]
    return DocumentDetail(**_public(doc).model_dump(), sections=sections)
