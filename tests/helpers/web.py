"""A portal's worth of documents without an embedding model: two Thai law
texts, a handbook, a stand-in search service over them (answering by
substring), hostile text for escaping tests and a check for injected markup."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from html.parser import HTMLParser

from sqlalchemy.engine import Engine
from sqlmodel import Session

from kmportal.docstore import service as docstore
from kmportal.docstore.models import DocKind, Document, Section
from kmportal.errors import BadInput
from kmportal.search.powers import PowerCheck
from kmportal.search.project_title import analyse_title
from kmportal.search.types import SearchHit, SearchResponse


class StubService:
    """A search service for pages that never search (KM, accounts, uploads
    refused before ingest): an empty corpus, and no model ever loaded."""

    is_empty = True

    def search(self, query: str, **_: object) -> SearchResponse:
        return SearchResponse(query=query)

    def related(self, **_: object) -> list[SearchHit]:
        return []

    def references(self, text: str) -> list[Ref]:
        return []


PAYLOAD = '<script>alert(1)</script>" onmouseover="alert(2)" {{7*7}}'

HOSTILE = [
    "<script>alert(1)</script>",
    '" onmouseover="alert(2)',
    "{{7*7}}",
    "\u202eevil\u202c zero\u200bwidth\u200d",
]


EVIL_TITLE = '<script>alert("t")</script>" onmouseover=x {{7*7}}'


ACT_TEXT = (
    "พระราชบัญญัติ\nองค์การบริหารส่วนจังหวัด\n\n"
    "มาตรา ๑  พระราชบัญญัตินี้เรียกว่า พระราชบัญญัติองค์การบริหารส่วนจังหวัด\n\n"
    "หมวด ๔\nอำนาจหน้าที่\n\n"
    "มาตรา ๔๕ \nองค์การบริหารส่วนจังหวัดมีอำนาจหน้าที่ดังต่อไปนี้\n(๑)\nตราข้อบัญญัติ\n"
    "(๘)[๑]\nจัดทำกิจการประปา\n\n"
    "[๑] มาตรา ๔๕ (๘) แก้ไขเพิ่มเติม\n"
)


HANDBOOK_TEXT = (
    "บทนำ\nคู่มือนี้อธิบายงานของ อบจ. และ อปท.\n\n"
    "อำนาจหน้าที่\nพ.ร.บ.องค์การบริหารส่วนจังหวัด มาตรา 45 (8) ให้ทำประปาได้\n\n"
    "ภาคผนวก\nรายชื่อ ก.บ.จ.\n"
)


@dataclass
class Ref:
    start: int
    end: int
    label: str
    doc_id: str | None
    section_key: str | None


class FakeService:
    """The SearchService interface, answering by substring over the sections."""

    def __init__(self, engine: Engine, max_chars: int = 500) -> None:
        self.engine = engine
        self.max_chars = max_chars
        self.calls: list[dict[str, object]] = []
        self.fail_with: Exception | None = None

    @property
    def is_empty(self) -> bool:
        with Session(self.engine) as s:
            return not docstore.list_documents(s)

    def _sections(self) -> Iterator[tuple[Document, Section]]:
        with Session(self.engine) as s:
            for d in docstore.list_documents(s):
                doc = docstore.get_document(s, doc_id=d.id)
                for sec in docstore.list_sections(s, doc_id=d.id):
                    yield doc, sec

    def _hit(self, doc: Document, sec: Section, term: str) -> SearchHit:
        text = doc.text[sec.start : sec.end]
        at = text.find(term) if term else -1
        return SearchHit(
            doc=doc.id,
            title=doc.title,
            kind=doc.kind,
            section=sec.label,
            section_key=sec.key,
            heading=sec.heading,
            text=text,
            snippet=text,
            highlights=((at, at + len(term)),) if at >= 0 else (),
            score=1.0,
            start=sec.start,
            end=sec.end,
        )

    def search(
        self,
        query: str,
        *,
        k: int = 10,
        kind: str | None = None,
        doc: str | None = None,
        group: str | None = None,
    ) -> SearchResponse:
        if self.fail_with is not None:
            raise self.fail_with
        if not query.strip():
            raise BadInput("กรุณาพิมพ์คำค้น (the query is empty)")
        self.calls.append({"query": query, "k": k, "kind": kind, "doc": doc})
        truncated = len(query) > self.max_chars
        query = query[: self.max_chars]
        hits = []
        for d, sec in self._sections():
            if (kind and d.kind != kind) or (doc and d.id != doc):
                continue
            text = d.text[sec.start : sec.end]
            term = next((w for w in query.split() if w in text), None)
            if term is not None:
                hits.append(self._hit(d, sec, term))
        return SearchResponse(query=query, results=hits[:k], truncated=truncated)

    def check_powers(self, project: str, *, org: str, k: int = 10) -> PowerCheck:
        (result,) = self.check_powers_many([(project, org)], k=k)
        if result.error:
            raise BadInput(result.error)
        return result

    def check_powers_many(
        self, cases: Sequence[tuple[str, str]], *, k: int = 10
    ) -> list[PowerCheck]:
        """No register here: every title is checked and found outside the powers."""
        out = []
        for title, org in cases:
            try:
                plan = analyse_title(title, kind=org, max_chars=self.max_chars)
                out.append(PowerCheck(project=plan.raw, org_kind=org))
            except BadInput as exc:
                out.append(PowerCheck(project=title, org_kind=org, error=exc.message))
        return out

    def related(self, *, doc_id: str, section_key: str, k: int = 5) -> list[SearchHit]:
        return [self._hit(d, s, "") for d, s in self._sections() if d.id != doc_id][:k]

    def references(self, text: str) -> list[Ref]:
        return [
            Ref(m.start(), m.end(), m.group(0), "pao", "s45")
            for m in re.finditer(r"มาตรา 45 \(8\)", text)
        ]


def add_document(
    session: Session,
    doc_id: str,
    title: str,
    kind: DocKind,
    text: str,
    sections: list[tuple[str, str, str, str]],
) -> None:
    """sections: (key, label, heading, text that starts the section; runs to the next)."""
    starts = [text.index(first) for _, _, _, first in sections]
    ends = [*starts[1:], len(text)]
    session.add(
        Document(
            id=doc_id,
            title=title,
            kind=kind,
            source_path=f"{doc_id}.txt",
            content_hash=doc_id,
            text=text,
            n_sections=len(sections),
            ingested_at=datetime(2026, 11, 21, 20, 0, tzinfo=UTC),
        )
    )
    session.flush()
    for i, ((key, label, heading, _), a, b) in enumerate(zip(sections, starts, ends, strict=True)):
        session.add(
            Section(doc_id=doc_id, key=key, label=label, heading=heading, start=a, end=b, ordinal=i)
        )


class _Elements(HTMLParser):
    """Every element as the browser would parse it: (tag, attributes)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, dict(attrs)))


def assert_no_injected_markup(body: str) -> None:
    """No script element without src, no event-handler attribute, anywhere."""
    parser = _Elements()
    parser.feed(body)
    parser.close()
    for tag, attrs in parser.elements:
        assert not (tag == "script" and "src" not in attrs), (tag, attrs)
        assert not [a for a in attrs if a.startswith("on")], (tag, attrs)
        assert tag not in ("img", "iframe", "object", "embed", "svg"), (tag, attrs)


def add_act_and_handbook(session: Session) -> None:
    """The PAO Act ("pao": มาตรา 1 and 45) and a handbook ("hb": three chapters)."""
    add_document(
        session,
        "pao",
        "พระราชบัญญัติองค์การบริหารส่วนจังหวัด พ.ศ. ๒๕๔๐",
        DocKind.act,
        ACT_TEXT,
        [("s1", "มาตรา 1", "", "มาตรา ๑"), ("s45", "มาตรา 45", "หมวด ๔", "มาตรา ๔๕")],
    )
    add_document(
        session,
        "hb",
        "คู่มือการจัดทำแผนพัฒนาท้องถิ่น",
        DocKind.handbook,
        HANDBOOK_TEXT,
        [
            ("p1", "บทนำ", "", "บทนำ"),
            ("p2", "อำนาจหน้าที่", "", "อำนาจหน้าที่"),
            ("p3", "ภาคผนวก", "", "ภาคผนวก"),
        ],
    )
