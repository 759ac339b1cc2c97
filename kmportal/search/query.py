"""What a query is: its matching form, language, tokens and any citation."""

from __future__ import annotations

from dataclasses import dataclass

from kmportal.errors import BadInput
from kmportal.ingest.normalize import normalize, thai_ratio
from kmportal.ingest.tokenize import query_tokens, subword_tokens
from kmportal.search.citation import Citation, parse_citation
from kmportal.search.lexicon import gloss


@dataclass(frozen=True)
class QueryPlan:
    raw: str  # as typed, after truncation
    norm: str
    lang: str  # "th", "en" or "none" (nothing searchable: punctuation, emoji)
    tokens: list[str]  # for the lexical arm: Thai words typed, or the Thai gloss of English
    subwords: list[str]
    expansion: list[str]  # statute words for everyday ones: a weaker lexical signal
    dense_text: str  # what the embedder sees
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
    extra = gloss(norm, lang) if lang in ("th", "en") else ""
    expansion = [t for t in query_tokens(normalize(extra)) if t not in tokens] if extra else []
    dense_text = norm
    if lang == "en":
        # A Thai BM25 cannot match English words; the gloss's Thai words can.
        tokens, expansion = expansion, []
        if extra:
            dense_text = f"{norm} ({extra})"
    return QueryPlan(
        raw,
        norm,
        lang,
        tokens,
        subword_tokens(tokens),
        expansion,
        dense_text,
        parse_citation(norm),
        truncated,
    )
