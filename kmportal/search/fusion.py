"""Combine the dense and lexical arms, per section, as far as each can be trusted
on this query.

Each arm scores *sections* (a section scores as its best chunk; prose as the
mean of its best chunk and its best fine window, see ``DenseStandardised``).
Each arm's scores are restated as standard deviations above that arm's usual
score on this query (the mean and spread of its top sections), and the two are
added. An arm that is sure of itself (one section far above the rest) therefore
speaks loudly; an arm that finds everything alike adds little either way.
Reciprocal-rank fusion, used before, gave both arms the same say whatever their
scores: on the foreign sets the full search lost to one of its own arms.

The lexical arm is weighted by its *reach* (search/reach.py): how much of the
query it can match at all. A Thai question on a Thai corpus reaches nearly all
of its words; an English one only its numbers and glossed terms, and the Latin
names a Thai text happens to quote, which count only as much as the corpus is
written in Latin letters.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

import numpy as np

# How many of an arm's best sections define its "usual" score on a query.
Z_DEPTH = 100

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


def weights_for(reach: float, *, has_lexical: bool = True) -> Weights:
    """The lexical arm counts as far as it can see the query (``reach`` in [0, 1])."""
    if not has_lexical:
        return Weights(dense=1.0, lexical=0.0)
    return Weights(dense=1.0, lexical=min(max(reach, 0.0), 1.0))


def section_array(scores: dict[int, float], n: int) -> np.ndarray:
    """``scores`` as an array over all ``n`` sections, NaN where the arm returned none."""
    out = np.full(n, np.nan)
    if scores:
        out[np.fromiter(scores.keys(), dtype=np.int64)] = np.fromiter(scores.values(), dtype=float)
    return out


@dataclass(frozen=True)
class DenseScores:
    """The dense arm's best score per section at each grain (arrays over all
    sections, NaN where it returned none), and the row that earned it (a window
    when there is one: its snippet is the shorter)."""

    chunks: np.ndarray
    windows: np.ndarray
    rows: dict[int, int]

    @classmethod
    def empty(cls, n: int) -> DenseScores:
        return cls(np.full(n, np.nan), np.full(n, np.nan), {})


def dense_per_section(
    rows: np.ndarray,
    scores: np.ndarray,
    *,
    section_of: np.ndarray,
    fine: np.ndarray,
    n_sections: int,
    allowed: np.ndarray | None = None,
) -> DenseScores:
    """Best chunk and best fine window (rows marked in ``fine``) of each section."""
    keep = rows >= 0
    rows, scores = rows[keep], scores[keep].astype(np.float64)
    secs = section_of[rows]
    if allowed is not None:
        ok = allowed[secs]
        rows, scores, secs = rows[ok], scores[ok], secs[ok]
    order = np.argsort(-scores, kind="stable")
    rows, scores, secs = rows[order], scores[order], secs[order]
    grains: list[np.ndarray] = []
    best_row: dict[int, int] = {}
    for mask in (~fine[rows], fine[rows]):
        # Sorted best first: a section's first row in each grain is its best.
        found, first = np.unique(secs[mask], return_index=True)
        grain = np.full(n_sections, np.nan)
        grain[found] = scores[mask][first]
        grains.append(grain)
        best_row.update(zip(found.tolist(), rows[mask][first].tolist(), strict=True))
    return DenseScores(grains[0], grains[1], best_row)


def standardise(
    scores: np.ndarray,
    *,
    floor: float,
    depth: int,
    prior: np.ndarray | None = None,
) -> np.ndarray:
    """Each section's score in standard deviations above the arm's usual score.

    ``scores`` is NaN for a section the arm did not return: it scores as
    ``floor`` (0 for BM25; the lowest returned score for the dense arm, which
    only returns its best). The top ``depth`` scores, padded with ``floor`` when
    the arm returned fewer, give the mean and spread. ``prior`` scales each
    section's evidence above the floor (background sections count less).
    """
    seen = ~np.isnan(scores)
    if not seen.any():
        return np.zeros(len(scores))
    shifted = np.where(seen, scores - floor, 0.0)
    if prior is not None:
        shifted = shifted * prior
    top = np.zeros(max(depth, 1))
    best = -np.sort(-shifted[seen])[: len(top)]
    top[: len(best)] = best
    mean, spread = float(top.mean()), float(top.std())
    if spread <= 1e-12:
        # Every section alike: this arm cannot tell them apart on this query.
        return np.zeros(len(scores))
    return (shifted - mean) / spread


def dense_standardised(
    dense: DenseScores, *, windowed: np.ndarray, depth: int, prior: np.ndarray | None = None
) -> np.ndarray:
    """The dense arm's standardised score of every section.

    Prose is embedded at two grains (see ingest/chunk.py): its best chunk says a
    section is on the question's topic, its best window that one of its
    sentences answers it. Short windows and long chunks score on different
    scales, so each grain is standardised on its own; a section with windows
    (``windowed``) scores the mean of its two grains, any other its chunks'."""

    def grain(scores: np.ndarray) -> np.ndarray:
        floor = float(np.nanmin(scores)) if not np.isnan(scores).all() else 0.0
        return standardise(scores, floor=floor, depth=depth, prior=prior)

    chunks = grain(dense.chunks)
    return np.where(windowed, (chunks + grain(dense.windows)) / 2, chunks)


def combine(
    dense: DenseScores,
    lexical: dict[int, float],
    w: Weights,
    *,
    windowed: np.ndarray,
    depth: int = Z_DEPTH,
    prior: np.ndarray | None = None,
) -> dict[int, float]:
    """Weighted sum of the arms' standardised scores over every section either
    returned; a section an arm did not return gets that arm's floor."""
    total = np.zeros(len(windowed))
    if w.dense > 0 and dense.rows:
        total += w.dense * dense_standardised(dense, windowed=windowed, depth=depth, prior=prior)
    if w.lexical > 0 and lexical:
        lex = section_array(lexical, len(windowed))
        total += w.lexical * standardise(lex, floor=0.0, depth=depth, prior=prior)
    returned = sorted(dense.rows.keys() | lexical.keys())
    return dict(zip(returned, total[returned].tolist(), strict=True))


def by_rank_factors(
    fused: dict[int, float], adjust: Callable[[dict[int, float]], None], *, k: int = 60
) -> dict[int, float]:
    """``fused`` re-ordered by ``adjust``, a rule that multiplies scores by
    factors (the organisation preference halves sections of another kind of
    อปท.) and was weighed on reciprocal ranks 1/(k + rank): it is applied to
    those, so halving still moves a section from rank r to about 2r + k. The
    fused values stay in descending order and go with the new positions."""
    order = sorted(fused, key=lambda s: -fused[s])
    reciprocal = {s: 1.0 / (k + r) for r, s in enumerate(order, 1)}
    adjust(reciprocal)
    moved = sorted(order, key=lambda s: -reciprocal[s])
    return dict(zip(moved, (fused[s] for s in order), strict=True))
