"""Fusion of the dense and lexical arms, and the modes that run one arm alone."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.thai_corpus import ingested_corpus

from kmportal.search import fusion
from kmportal.search.fusion import Mode
from kmportal.search.query import analyse
from kmportal.search.service import SearchService
from kmportal.settings import Settings


@pytest.fixture(scope="module")
def svc(tmp_path_factory: pytest.TempPathFactory) -> SearchService:
    data_dir: Path = ingested_corpus(tmp_path_factory)[1]
    return SearchService.open(Settings(data_dir=data_dir))


def test_the_lexical_arm_alone_returns_only_sections_holding_a_query_word(
    svc: SearchService,
) -> None:
    resp = svc.search("เบนซิน", k=10, mode=Mode(arms="lexical"))
    assert [(h.doc, h.section_key) for h in resp.results] == [("pao-act", "s48-x2")]


def test_the_dense_arm_alone_ranks_every_section_it_sees(svc: SearchService) -> None:
    resp = svc.search("น้ำมันเบนซิน", k=10, mode=Mode(arms="dense"))
    assert len(resp.results) == 10
    scores = [h.score for h in resp.results]
    assert scores == sorted(scores, reverse=True)


def test_an_arm_alone_does_not_put_a_cited_section_first(svc: SearchService) -> None:
    full = svc.search("มาตรา 64 อบจ.", k=5)
    assert full.citation and full.results[0].section_key == "s64"
    for arms in ("dense", "lexical"):
        alone = svc.search("มาตรา 64 อบจ.", k=5, mode=Mode(arms=arms))
        assert alone.citation is None


def test_without_the_gloss_an_english_query_has_nothing_for_the_thai_lexical_arm(
    svc: SearchService,
) -> None:
    query = "Can the PAO levy a tax on petrol?"
    glossed = svc.search(query, k=5, mode=Mode(arms="lexical"))
    bare = svc.search(query, k=5, mode=Mode(arms="lexical", gloss=False))
    assert ("pao-act", "s48-x2") in [(h.doc, h.section_key) for h in glossed.results]
    assert bare.results == []
    # The dense arm still answers an English question without any glossary.
    assert svc.search(query, k=5, mode=Mode(gloss=False)).results


def test_analyse_without_the_gloss_adds_no_statute_words() -> None:
    with_gloss = analyse("ขยะล้นเมือง", max_chars=500)
    bare = analyse("ขยะล้นเมือง", max_chars=500, gloss=False)
    assert "มูลฝอย" in with_gloss.expansion
    assert bare.expansion == [] and bare.dense_text == bare.norm


# -- standardised fusion (no index needed) -------------------------------------


def _dense(
    chunks: dict[int, float], n: int, windows: dict[int, float] | None = None
) -> fusion.DenseScores:
    return fusion.DenseScores(
        fusion.section_array(chunks, n),
        fusion.section_array(windows or {}, n),
        {s: s for s in chunks.keys() | (windows or {}).keys()},
    )


def test_a_confident_arm_outweighs_a_gently_sloping_one() -> None:
    import numpy as np

    # The lexical arm finds section 7 far above the rest; the dense arm sees a
    # gentle slope with section 0 on top.
    dense = _dense({s: 0.80 - 0.005 * s for s in range(20)}, 20)
    lexical = {7: 9.0, 3: 1.0, 4: 1.0}
    fused = fusion.combine(
        dense,
        lexical,
        fusion.Weights(1.0, 1.0),
        windowed=np.zeros(20, dtype=bool),
        depth=20,
    )
    assert max(fused, key=fused.__getitem__) == 7


def test_a_zero_weight_arm_is_ignored_and_unseen_sections_get_the_arms_floor() -> None:
    import numpy as np

    dense = _dense({1: 0.9, 2: 0.8, 3: 0.7}, 5)
    lexical = {4: 12.0, 3: 5.0}
    windowed = np.zeros(5, dtype=bool)
    only = fusion.combine(dense, lexical, fusion.Weights(1.0, 0.0), windowed=windowed, depth=5)
    assert set(only) == {1, 2, 3, 4}
    assert max(only, key=only.__getitem__) == 1
    assert only[4] == min(only.values())  # returned by the lexical arm only: the dense floor
    both = fusion.combine(dense, lexical, fusion.Weights(1.0, 1.0), windowed=windowed, depth=5)
    assert both[3] - both[1] > only[3] - only[1]  # the lexical evidence for 3 counts


def test_standardise_reports_spread_in_standard_deviations_and_a_flat_arm_as_zero() -> None:
    import numpy as np

    nan = np.nan
    z = fusion.standardise(np.array([nan, 3.0, 1.0, 1.0, 1.0]), floor=0.0, depth=4)
    assert z[1] > 1.5 > z[2]
    assert z[0] < z[2]  # not returned: scores as the floor
    flat = fusion.standardise(np.array([2.0, 2.0, nan]), floor=2.0, depth=2)
    assert not flat.any()
    # A background section's evidence above the floor counts less.
    prior = np.array([1.0, 1.0, 0.5, 1.0])
    damped = fusion.standardise(np.array([nan, 3.0, 3.0, 1.0]), floor=0.0, depth=3, prior=prior)
    assert damped[1] > damped[2]


def test_a_windowed_section_scores_the_mean_of_its_two_grains() -> None:
    import numpy as np

    rows = np.array([0, 1, 2, 3, 4])
    scores = np.array([0.90, 0.85, 0.80, 0.70, 0.60], dtype=np.float32)
    section_of = np.array([0, 0, 1, 1, 2])
    fine = np.array([False, True, False, True, False])
    dense = fusion.dense_per_section(rows, scores, section_of=section_of, fine=fine, n_sections=4)
    assert dense.chunks[:3] == pytest.approx([0.90, 0.80, 0.60])
    assert dense.windows[:2] == pytest.approx([0.85, 0.70])
    assert np.isnan(dense.windows[2]) and np.isnan(dense.chunks[3])
    assert dense.rows == {0: 1, 1: 3, 2: 4}  # the window's row, for a shorter snippet
    windowed = np.array([True, True, False, False])
    z = fusion.dense_standardised(dense, windowed=windowed, depth=3)
    chunks = fusion.standardise(dense.chunks, floor=0.60, depth=3)
    windows = fusion.standardise(dense.windows, floor=0.70, depth=3)
    assert z[0] == pytest.approx((chunks[0] + windows[0]) / 2)
    assert z[2] == pytest.approx(chunks[2])


def test_a_filter_keeps_only_allowed_sections_of_the_dense_arm() -> None:
    import numpy as np

    dense = fusion.dense_per_section(
        np.array([3, 0, 2, -1]),
        np.array([0.9, 0.8, 0.7, 0.0]),
        section_of=np.array([0, 0, 1, 1]),
        fine=np.zeros(4, dtype=bool),
        n_sections=2,
        allowed=np.array([False, True]),
    )
    assert dense.rows == {1: 3} and np.isnan(dense.chunks[0])
    assert dense.chunks[1] == pytest.approx(0.9)


def test_the_lexical_weight_is_its_reach_clamped_to_one() -> None:

    assert fusion.weights_for(0.4) == fusion.Weights(1.0, 0.4)
    assert fusion.weights_for(1.7).lexical == 1.0
    assert fusion.weights_for(0.9, has_lexical=False).lexical == 0.0


def test_a_factor_rule_weighed_on_reciprocal_ranks_moves_sections_as_it_did_there() -> None:
    fused = {s: 10.0 - s for s in range(100)}  # section s at rank s + 1

    def halve_section_0(scores: dict[int, float]) -> None:
        scores[0] *= 0.5

    out = fusion.by_rank_factors(fused, halve_section_0)
    order = sorted(out, key=lambda s: -out[s])
    # 1/61 halved is 1/122, rank 62's: it now follows the sections of ranks 2 to 61.
    assert order.index(0) == 60
    assert sorted(out.values(), reverse=True) == sorted(fused.values(), reverse=True)
