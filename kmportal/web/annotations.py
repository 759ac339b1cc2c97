"""What gets wrapped in handbook text: abbreviations (``<abbr>``), law references
(links to the cited section) and footnote marks."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import Protocol
from urllib.parse import quote

from markupsafe import Markup

from kmportal.thai.abbrev import ABBREVIATIONS
from kmportal.web.lawtext import LineSpans, footnote_ref_spans, with_text_spans
from kmportal.web.markup import Span, tag


def doc_url(doc_id: str, section_key: str | None = None) -> str:
    """Where the viewer shows ``doc_id``, highlighting and scrolled to ``section_key``."""
    url = f"/docs/{quote(doc_id, safe='')}"
    if section_key:
        key = quote(section_key, safe="")
        url += f"?hl={key}#{key}"
    return url


@lru_cache(maxsize=1)
def _abbrev_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    full: dict[str, str] = {}
    for a in ABBREVIATIONS:
        if a.short == "ม.":  # would match inside ordinary words; only a citation before a number
            continue
        # Undotted variants ("อบจ") are also syllables of ordinary words; only
        # dotted spellings are unambiguous enough to mark up in running text.
        for spelling in (a.short, *a.variants):
            if spelling == a.short or "." in spelling or "ฯ" in spelling:
                full.setdefault(spelling, f"{a.full} — {a.english}")
    alternatives = sorted(full, key=len, reverse=True)
    # Latin abbreviations (KM) must stand alone, not be part of a longer word.
    pattern = re.compile(
        "|".join(
            rf"(?<![A-Za-z]){re.escape(s)}(?![A-Za-z])" if s.isascii() else re.escape(s)
            for s in alternatives
        )
    )
    return pattern, full


def abbreviation_spans(line: str, offset: int | None = None) -> list[Span]:
    pattern, full = _abbrev_pattern()
    return [
        Span(m.start(), m.end(), tag("abbr", title=full[m.group(0)]), Markup("</abbr>"))
        for m in pattern.finditer(line)
    ]


class HasReference(Protocol):
    """``kmportal.search.citation.Reference``: a law reference found in text."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def label(self) -> str: ...
    @property
    def doc_id(self) -> str | None: ...
    @property
    def section_key(self) -> str | None: ...


FindReferences = Callable[[str], "Iterable[HasReference]"]


def reference_spans(refs: Iterable[HasReference]) -> list[Span]:
    """Links for references that resolved to a document in the corpus."""
    spans = []
    for ref in refs:
        if not ref.doc_id:
            continue
        spans.append(
            Span(
                ref.start,
                ref.end,
                tag(
                    "a", class_="lawref", href=doc_url(ref.doc_id, ref.section_key), title=ref.label
                ),
                Markup("</a>"),
            )
        )
    return spans


def prose_spans(text: str, references: FindReferences) -> LineSpans:
    """Line annotator for prose (handbook, news): law references found over the
    whole ``text`` (the law's name may sit on the line before), footnote marks and
    abbreviations. Where spans overlap, annotate() keeps the earlier, then longer."""

    def local(line: str, offset: int | None) -> list[Span]:
        return [*footnote_ref_spans(line), *abbreviation_spans(line)]

    return with_text_spans(reference_spans(references(text)), local)
