"""What the first results carry: several documents, and amended provisions'
transitional sections."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.thai_corpus import PAO_ACT, FakeEmbedder

from kmportal.ingest.pipeline import ingest_paths
from kmportal.search.coverage import companion_map, diversify, with_companions
from kmportal.search.service import SearchService
from kmportal.settings import Settings

DOC = {1: "a", 2: "a", 3: "a", 4: "b", 5: "c"}


def test_a_near_tie_goes_to_a_document_not_yet_shown() -> None:
    scores = {1: 5.0, 2: 4.1, 3: 4.0, 4: 3.95, 5: 1.0}
    order, at = diversify([1, 2, 3, 4, 5], scores, DOC.__getitem__, k=4, penalty=0.25)
    assert order == [1, 4, 2, 3, 5]
    picked = [at[s] for s in order[:4]]
    assert picked == sorted(picked, reverse=True)


def test_a_section_far_ahead_keeps_its_place() -> None:
    scores = {1: 5.0, 2: 4.9, 3: 4.8, 4: 1.0, 5: 0.5}
    order, _ = diversify([1, 2, 3, 4, 5], scores, DOC.__getitem__, k=5, penalty=0.25)
    assert order == [1, 2, 3, 4, 5]


def test_only_the_first_k_are_rearranged() -> None:
    scores = {1: 5.0, 2: 4.9, 3: 4.8, 4: 4.79, 5: 0.5}
    order, at = diversify([1, 2, 3, 4, 5], scores, DOC.__getitem__, k=1)
    assert order == [1, 2, 3, 4, 5] and set(at) == {1}


def test_companions_follow_their_provision_near_the_top_only() -> None:
    companions = companion_map([(1, 9), (1, 9), (4, 8), (2, 2)])
    assert companions == {1: [9], 4: [8]}
    scores = {1: 3.0, 2: 2.0, 3: 1.0, 4: 0.5, 9: -1.0, 8: -2.0}
    order = with_companions([1, 2, 3, 4, 9, 8], scores, companions, depth=3)
    assert order == [1, 9, 2, 3, 4, 8]
    assert scores[9] == scores[1]
    # Already ranked above its provision: it stays where it was.
    assert with_companions([9, 1, 2], {1: 3.0, 9: 4.0, 2: 1.0}, companions) == [9, 1, 2]


# A transitional section of the appended amending Act that names มาตรา ๓๕/๓.
_TRANSITIONAL = (
    "มาตรา ๒๕  บทบัญญัติมาตรา ๓๕/๓ แห่งพระราชบัญญัติองค์การบริหารส่วนจังหวัด พ.ศ. ๒๕๔๐\n"
    "ซึ่งแก้ไขเพิ่มเติมโดยพระราชบัญญัตินี้ มิให้ใช้บังคับกับผู้ซึ่งดำรงตำแหน่งอยู่ในวันที่พระราชบัญญัตินี้ใช้บังคับ\n"
)


@pytest.fixture(scope="module")
def svc(tmp_path_factory: pytest.TempPathFactory) -> SearchService:
    root = tmp_path_factory.mktemp("coverage")
    old = (
        "มาตรา ๒๕  บรรดาสมาชิกสภาซึ่งดำรงตำแหน่งอยู่ในวันที่พระราชบัญญัตินี้ใช้บังคับ\n"
        "ให้ดำรงตำแหน่งต่อไปจนกว่าจะครบวาระ\n"
    )
    assert old in PAO_ACT
    (root / "acts").mkdir()
    (root / "acts" / "pao-act.txt").write_text(PAO_ACT.replace(old, _TRANSITIONAL), "utf-8")
    settings = Settings(data_dir=root / "data")
    embedder = FakeEmbedder()
    ingest_paths(settings, [root / "acts"], embedder=embedder)
    return SearchService.open(settings, embedder=embedder)


def test_an_amending_acts_transitional_section_follows_the_provision_it_limits(
    svc: SearchService,
) -> None:
    keys = [h.section_key for h in svc.search("นายกองค์การบริหารส่วนจังหวัดมีวาระกี่ปี", k=5).results]
    assert keys[:2] == ["s35-3", "a1-s25"]


def test_a_transitional_section_does_not_companion_its_own_label(svc: SearchService) -> None:
    snap = svc._snap
    own = snap.section_index[("pao-act", "a1-s25")]
    target = snap.section_index[("pao-act", "s35-3")]
    assert snap.companions == {target: [own]}


def test_results_scores_never_increase_after_rearranging(tmp_path: Path) -> None:
    from helpers.thai_corpus import write_corpus

    write_corpus(tmp_path / "corpus")
    settings = Settings(data_dir=tmp_path / "data")
    embedder = FakeEmbedder()
    ingest_paths(settings, [tmp_path / "corpus"], embedder=embedder)
    service = SearchService.open(settings, embedder=embedder)
    for q in ("องค์การบริหารส่วนจังหวัด อำนาจหน้าที่", "สภา ประชุม", "มาตรา 45"):
        scores = [h.score for h in service.search(q, k=10).results]
        assert scores == sorted(scores, reverse=True), q
