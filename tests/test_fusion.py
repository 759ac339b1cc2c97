"""Fusion of the dense and lexical arms, and the modes that run one arm alone."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.thai_corpus import ingested_corpus

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
        alone = svc.search("มาตรา 64 อบจ.", k=5, mode=Mode(arms=arms))  # type: ignore[arg-type]
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
