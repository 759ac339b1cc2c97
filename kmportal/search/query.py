"""What a query is: its matching form, language, tokens and any citation."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kmportal.errors import BadInput
from kmportal.search import lexicon as statute_words
from kmportal.search.citation import Citation, parse_citation
from kmportal.thai.normalize import normalize, strip_abbreviations, thai_ratio
from kmportal.thai.tokenize import query_tokens

# English function words: they carry no topic, and a Thai corpus holds a few of
# them inside English titles and names, where BM25 would reward them as rare.
_EN_FUNCTION = frozenset(
    """a about above after again against all also am an and any are as at be been before
    being below between both but by can could did do does doing down during each few
    for from further had has have having he her here hers him his how i if in into is
    it its itself just many me more most much my no nor not now of off on once only or
    other our out over own same she should so some such than that the their them then
    there these they this those through to too under until up very was we were what
    when where which while who whom whose why will with would you your""".split()  # noqa: SIM905
)


@dataclass(frozen=True)
class QueryPlan:
    raw: str  # as typed, after truncation
    norm: str
    lang: str  # "th", "en" or "none" (nothing searchable: punctuation, emoji)
    tokens: list[str]  # for the lexical arm: words typed (and, for English, their Thai gloss)
    expansion: list[str]  # statute words for everyday ones: a weaker lexical signal
    dense_text: str  # what the embedder sees
    citation: Citation | None
    truncated: bool
    # The content words typed, and those of them the glossary translated: how
    # much of the query the lexical arm can reach (search/reach.py) is judged on them.
    words: tuple[str, ...] = ()
    glossed: frozenset[str] = frozenset()


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
    found = statute_words.matches(norm, lang) if gloss and lang in ("th", "en") else []
    extra = " ".join(dict.fromkeys(words for _, words in found))
    expansion = list(dict.fromkeys(t for t in query_tokens(normalize(extra)) if t not in tokens))
    words = tuple(dict.fromkeys(t for t in tokens if t not in _EN_FUNCTION)) or tuple(tokens)
    glossed = frozenset(w for w in words if any(w in typed for typed, _ in found))
    # The statute's words beside the typed ones steer the embedding too
    # ("ประปา" alone sits closer to the general list of อบจ. powers than to
    # "น้ำเพื่อการอุปโภค บริโภค"); the embedder reads the question as typed.
    cased = normalize(raw, fold_case=False)
    dense_text = f"{cased} ({extra})" if extra else cased
    if lang == "en":
        # A Thai BM25 matches an English question's names, numbers and terms that
        # Thai text quotes in Latin letters, and the Thai gloss of its words.
        tokens, expansion = [*words, *expansion], []
    return QueryPlan(
        raw,
        norm,
        lang,
        tokens,
        expansion,
        dense_text,
        parse_citation(norm),
        truncated,
        words,
        glossed,
    )
