"""What a query is: its matching form, language, tokens and any citation."""

from __future__ import annotations

from dataclasses import dataclass

from kmportal.errors import BadInput
from kmportal.ingest.normalize import normalize, thai_ratio
from kmportal.ingest.tokenize import query_tokens, subword_tokens
from kmportal.search.citation import Citation, parse_citation


@dataclass(frozen=True)
class QueryPlan:
    raw: str  # as typed, after truncation
    norm: str
    lang: str  # "th", "en" or "none" (nothing searchable: punctuation, emoji)
    tokens: list[str]
    subwords: list[str]
    citation: Citation | None
    truncated: bool


def analyse(query: str, *, max_chars: int) -> QueryPlan:
    if not query or not query.strip():
        raise BadInput("กรุณาพิมพ์คำค้น (the query is empty)")
    raw = query.strip()
    truncated = len(raw) > max_chars
    if truncated:
        raw = raw[:max_chars]
    norm = normalize(raw)
    tokens = query_tokens(norm)
    if not tokens:
        lang = "none"
    elif thai_ratio(norm) >= 0.3:
        lang = "th"
    else:
        lang = "en"
    return QueryPlan(raw, norm, lang, tokens, subword_tokens(tokens), parse_citation(norm), truncated)
