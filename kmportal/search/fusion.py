"""Combine the dense and lexical arms, per section, knowing what the query is.

Each arm ranks *sections* (a section scores as its best chunk). The ranks are
fused with weighted reciprocal-rank fusion. The weights depend on the query:
an English query gets no lexical arm at all, because a Thai BM25 that cannot
match it would only add noise ranks (it cut MRR from 0.85 to 0.38 on a public
cross-lingual benchmark).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

RRF_K = 60
EN_GLOSS_WEIGHT = 0.5

Arms = Literal["hybrid", "dense", "lexical"]


@dataclass(frozen=True)
class Mode:
    """Which parts of the search run. The portal always uses the default; the
    evaluation script and tests switch parts off to measure what each is worth."""

    arms: Arms = "hybrid"
    gloss: bool = True  # statute words for everyday and English ones (search/lexicon.py)


FULL = Mode()


@dataclass(frozen=True)
class Weights:
    dense: float
    lexical: float


def weights_for(lang: str, *, has_lexical: bool = True) -> Weights:
    if not has_lexical:
        return Weights(dense=1.0, lexical=0.0)
    if lang == "en":
        # Only the Thai gloss of the English words reaches the lexical arm: useful,
        # but weaker evidence than words the user typed.
        return Weights(dense=1.0, lexical=EN_GLOSS_WEIGHT)
    return Weights(dense=1.0, lexical=1.0)


def ranks(scores: dict[int, float]) -> dict[int, int]:
    ordered = sorted(scores, key=lambda s: -scores[s])
    return {sec: r for r, sec in enumerate(ordered, 1)}


def rrf(dense: dict[int, float], lexical: dict[int, float], w: Weights) -> dict[int, float]:
    fused: dict[int, float] = {}
    for arm, weight in ((dense, w.dense), (lexical, w.lexical)):
        if weight <= 0:
            continue
        for sec, r in ranks(arm).items():
            fused[sec] = fused.get(sec, 0.0) + weight / (RRF_K + r)
    return fused
