"""What a query is: its matching form, language, tokens and any citation."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kmportal.errors import BadInput
from kmportal.search.citation import Citation, parse_citation
from kmportal.search.lexicon import gloss as statute_words
from kmportal.thai.normalize import normalize, strip_abbreviations, thai_ratio
from kmportal.thai.tokenize import query_tokens


@dataclass(frozen=True)
class QueryPlan:
    raw: str  # as typed, after truncation
    norm: str
    lang: str  # "th", "en" or "none" (nothing searchable: punctuation, emoji)
    tokens: list[str]  # for the lexical arm: Thai words typed, or the Thai gloss of English
    expansion: list[str]  # statute words for everyday ones: a weaker lexical signal
    dense_text: str  # what the embedder sees
    citation: Citation | None
    truncated: bool


def analyse(query: str, *, max_chars: int, gloss: bool = True) -> QueryPlan:
    if not query or not query.strip():
        raise BadInput("กรุณาพิมพ์คำค้น (the query is empty)")
    raw = query.strip()
    truncated = len(raw) > max_chars
    if truncated:
        raw = raw[:max_chars]
    norm = normalize(raw)
    tokens = query_tokens(norm)
    # The language is what the user wrote, not what abbreviations expand to:
    # "What may an อบจ. do with waste?" is an English question.
    written = strip_abbreviations(raw)
    if not tokens:
        lang = "none"
    elif thai_ratio(written) >= 0.3 or not re.search(r"[A-Za-z]", written):
        lang = "th"
    else:
        lang = "en"
    extra = statute_words(norm, lang) if gloss and lang in ("th", "en") else ""
    expansion = [t for t in query_tokens(normalize(extra)) if t not in tokens] if extra else []
    # The statute's words beside the typed ones steer the embedding too
    # ("ประปา" alone sits closer to the general list of อบจ. powers than to
    # "น้ำเพื่อการอุปโภค บริโภค").
    dense_text = f"{norm} ({extra})" if extra else norm
    if lang == "en":
        # A Thai BM25 cannot match English words; the gloss's Thai words can.
        thai = [t for t in tokens if any("\u0e01" <= c <= "\u0e4e" for c in t)]
        tokens, expansion = thai + expansion, []
    return QueryPlan(
        raw,
        norm,
        lang,
        tokens,
        expansion,
        dense_text,
        parse_citation(norm),
        truncated,
    )
