"""Shared shapes for the structure parsers (laws and prose)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class SectionSpan:
    """A citable unit of a document: offsets into the cleaned document text."""

    key: str
    label: str
    heading: str
    start: int
    end: int
    number: str | None = None  # "45", "45/1", "7bis": for exact citation lookup
    part: int = 0  # 0: the Act itself; n: the n-th amending Act appended after it
    indexed: bool = True  # footnote blocks are shown, never searched
    items: list[tuple[int, int]] = field(default_factory=list)  # numbered items (๑) (๒)...
