"""What a search returns. Plain dataclasses: the CLI, the API and the pages all
render these, so the JSON shape is defined once, in ``SearchHit.to_dict``."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class SearchHit:
    doc: str
    title: str
    kind: str
    section: str  # citation label, e.g. "มาตรา 45"
    section_key: str  # anchor in the document viewer, e.g. "s45"
    heading: str
    text: str  # the whole section as it stands in the source
    snippet: str  # plain text; never markup
    highlights: tuple[tuple[int, int], ...]  # [start, end) spans inside ``snippet``
    score: float
    start: int  # offsets of ``text`` inside the document's text
    end: int
    applies_to: tuple[str, ...] = ()  # kinds of อปท. the section concerns ("pao", "tao", ...)

    def to_dict(self) -> dict[str, Any]:
        return {
            "doc": self.doc,
            "title": self.title,
            "kind": self.kind,
            "section": self.section,
            "section_key": self.section_key,
            "heading": self.heading,
            "text": self.text,
            "snippet": self.snippet,
            "highlights": [list(h) for h in self.highlights],
            "score": round(self.score, 6),
            "start": self.start,
            "end": self.end,
            "applies_to": list(self.applies_to),
        }


@dataclass
class SearchResponse:
    query: str
    results: list[SearchHit] = field(default_factory=list)
    truncated: bool = False  # the query was longer than the limit and was cut
    citation: str | None = (
        None  # how a citation query was understood, e.g. "มาตรา 45 · pao-act-2540"
    )
    notes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "query": self.query,
            "truncated": self.truncated,
            "citation": self.citation,
            "notes": self.notes,
            "results": [h.to_dict() for h in self.results],
        }
