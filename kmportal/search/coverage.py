"""What the first results must carry when an answer has several parts.

- **Several documents when they answer alike.** A question that spans laws
  ("which powers allow water projects?") is answered by a provision in each of
  several Acts, and the PAO, TAO, municipality and Pattaya Acts repeat each
  other's clauses; ranked by score alone, the first ten fill with one Act's
  neighbouring sections. Each further section of a document already listed
  gives up a quarter of a standard deviation of the fused score: a section far
  ahead keeps its place, a near tie goes to a document not yet shown.
- **An amended provision's transitional rules.** A consolidated Act carries,
  after its own text, the sections of the Acts that amended it; a transitional
  section there ("บทบัญญัติมาตรา ๓๕/๒ ... มิให้ใช้บังคับกับ...") limits what the
  current wording says, so it follows the provision it names.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

# Standardised-score units given up per section of the same document already listed.
REPEAT_PENALTY = 0.25
# How far down the fused order a section may be brought up from, per result asked.
POOL_FACTOR = 4
# Results whose amending Acts' transitional sections are brought up beside them.
COMPANION_DEPTH = 3


def diversify(
    order: Sequence[int],
    scores: dict[int, float],
    doc_of: Callable[[int], str],
    *,
    k: int,
    penalty: float = REPEAT_PENALTY,
) -> tuple[list[int], dict[int, float]]:
    """The first ``k`` of ``order`` re-ranked greedily by score minus ``penalty``
    per earlier pick from the same document, and the scores they were picked
    at (never increasing); the rest follow unchanged."""
    pool = list(order[: k * POOL_FACTOR])
    picked: list[int] = []
    at: dict[int, float] = {}
    shown: dict[str, int] = {}
    while pool and len(picked) < k:
        best = max(pool, key=lambda s: scores[s] - penalty * shown.get(doc_of(s), 0))
        at[best] = scores[best] - penalty * shown.get(doc_of(best), 0)
        pool.remove(best)
        picked.append(best)
        shown[doc_of(best)] = shown.get(doc_of(best), 0) + 1
    chosen = set(picked)
    return picked + [s for s in order if s not in chosen], at


def with_companions(
    order: Sequence[int],
    scores: dict[int, float],
    companions: dict[int, list[int]],
    *,
    depth: int = COMPANION_DEPTH,
) -> list[int]:
    """``order`` with the companions of each of its first ``depth`` sections
    moved right after it (unless already ranked above it); a moved companion
    takes its provision's score in ``scores``."""
    out: list[int] = []
    placed: set[int] = set()
    for i, sec in enumerate(order):
        if sec in placed:
            continue
        out.append(sec)
        placed.add(sec)
        for c in companions.get(sec, []) if i < depth else []:
            if c not in placed:
                out.append(c)
                placed.add(c)
                scores[c] = scores[sec]
    return out


def companion_map(links: Iterable[tuple[int, int]]) -> dict[int, list[int]]:
    """(provision, transitional section naming it) pairs as provision -> sections."""
    out: dict[int, list[int]] = {}
    for target, source in links:
        if source != target and source not in out.setdefault(target, []):
            out[target].append(source)
    return out
