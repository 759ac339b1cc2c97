"""How much of a query the lexical arm can see: the weight fusion gives it.

A typed word counts when the index holds it (as a word, or a Thai compound's
sub-words) or the statute glossary translates it, and counts as much as the
corpus is written in that word's script. A Thai corpus quotes some Latin names
and acronyms, so an English question's words do match here and there; those
matches are incidental (on a public cross-lingual set, trusting them cost the
search 0.01 MRR against the dense arm alone) and weigh only the small Latin
share of the corpus. Numbers are the same in every language and count fully.
"""

from __future__ import annotations

import re

import numpy as np

from kmportal.index.lexical import BM25
from kmportal.search.query import QueryPlan
from kmportal.thai.tokenize import subword_tokens

_LATIN = re.compile(r"[a-z]")
_THAI = re.compile(r"[\u0e01-\u0e4e]")


def script(word: str) -> str:
    """ "thai", "latin" or "other" (digits and symbols: the same in every language)."""
    if _THAI.search(word):
        return "thai"
    if _LATIN.search(word):
        return "latin"
    return "other"


def script_shares(bm25: BM25) -> dict[str, float]:
    """Share of the corpus's word occurrences (by chunks holding them) in each
    script with letters; "other" always counts fully."""
    df = np.diff(bm25.matrix.tocsc().indptr)
    totals = {"thai": 0, "latin": 0}
    for term, col in bm25.vocab.items():
        kind = script(term)
        if kind in totals:
            totals[kind] += int(df[col])
    letters = sum(totals.values()) or 1
    return {k: v / letters for k, v in totals.items()} | {"other": 1.0}


class LexicalReach:
    def __init__(self, words: BM25, subwords: BM25) -> None:
        self.words = words.vocab
        self.subwords = subwords.vocab
        self.shares = script_shares(words)

    def word(self, word: str, *, glossed: bool = False) -> float:
        if glossed:
            # The gloss is statute Thai: it reaches as far as the corpus is Thai.
            return self.shares["thai"]
        grams = subword_tokens([word])
        if word in self.words or (grams and all(g in self.subwords for g in grams)):
            return self.shares[script(word)]
        return 0.0

    def __call__(self, plan: QueryPlan) -> float:
        if not plan.words:
            return 0.0
        total = sum(self.word(w, glossed=w in plan.glossed) for w in plan.words)
        return total / len(plan.words)
