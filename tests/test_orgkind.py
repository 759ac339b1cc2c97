"""Search knows the organisation: kinds asked about, badges, preference."""

from __future__ import annotations

import pytest
from helpers.powers_corpus import powers_data_dir
from helpers.thai_corpus import FakeEmbedder

from kmportal.db import make_engine
from kmportal.search.orgkind import others_in_law_words, wanted
from kmportal.search.query import analyse
from kmportal.search.service import SearchService
from kmportal.settings import Settings


@pytest.mark.parametrize(
    ("query", "kind"),
    [
        ("อบจ. ทำประปาได้ไหม", "pao"),
        ("อ.บ.จ. ทำประปาได้ไหม", "pao"),
        ("องค์การบริหารส่วนจังหวัดทำประปาได้ไหม", "pao"),
        ("may a PAO run water supply", "pao"),
        ("อบต. ทำประปาได้ไหม", "tao"),
        ("TAO water supply", "tao"),
        ("เทศบาลทำตลาดได้ไหม", "municipality"),
        ("municipal markets", "municipality"),
        ("เมืองพัทยาจัดการจราจร", "pattaya"),
        ("อบจ. อุดหนุน อบต. ได้ไหม", "pao"),  # the subject: the first named
        ("นายก อบจ. วาระกี่ปี", "pao"),
        ("อปท. ทำประปาได้ไหม", None),  # local government in general
        ("which powers allow local governments to run water supply", None),
        ("which powers allow water projects", "municipality"),  # none named: the default
    ],
)
def test_the_kind_a_query_asks_about(query: str, kind: str | None) -> None:
    assert wanted(analyse(query, max_chars=500), default="municipality") == kind


RULE = ("plan-handbook", "p2")
TAO_68 = ("tao-act", "s68")


@pytest.fixture(scope="module")
def svc(tmp_path_factory: pytest.TempPathFactory) -> SearchService:
    settings = Settings(data_dir=powers_data_dir(tmp_path_factory))
    return SearchService(settings, make_engine(settings), embedder=FakeEmbedder())


def test_a_pao_question_puts_a_pao_provision_first_and_a_tao_question_a_tao_one(
    svc: SearchService,
) -> None:
    pao = svc.search("อบจ. ทำประปาได้ไหม", k=5).results
    assert "pao" in pao[0].applies_to
    assert (pao[0].doc, pao[0].section_key) == ("plan-handbook", "p2")  # the rule's water duty
    tao = svc.search("อบต. ทำประปาได้ไหม", k=5).results
    assert (tao[0].doc, tao[0].section_key) == ("tao-act", "s68")
    assert "tao" in tao[0].applies_to


def test_without_a_kind_the_portals_own_kind_is_preferred(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    data = powers_data_dir(tmp_path_factory)
    ranks = {}
    for kind in ("pao", "tao"):
        settings = Settings(data_dir=data, org_kind=kind)
        service = SearchService(settings, make_engine(settings), embedder=FakeEmbedder())
        hits = service.search("ให้มีน้ำเพื่อการอุปโภค บริโภค", k=10).results
        keys = [(h.doc, h.section_key) for h in hits]
        rank = {key: keys.index(key) if key in keys else 99 for key in (RULE, TAO_68)}
        ranks[kind] = (rank[RULE], rank[TAO_68])
    assert ranks["pao"][0] == 0 and ranks["pao"][1] > 0
    assert ranks["tao"][1] == 0 and ranks["tao"][0] > 0


def test_every_law_hit_says_whose_power_it_is(svc: SearchService) -> None:
    hits = {(h.doc, h.section_key): h for h in svc.search("การท่องเที่ยว", k=20).results}
    assert hits[("dec-act", "s16")].applies_to == ("municipality", "pattaya", "tao", "bangkok")
    assert hits[("dec-act", "s17")].applies_to == ("pao", "bangkok")
    # A section that grants nothing still belongs to the kind its Act is named after.
    assert svc.search("มาตรา 71 พ.ร.บ.อบจ.", k=1).results[0].applies_to == ("pao",)
    assert svc.search("มาตรา 12 กระจายอำนาจ", k=1).results[0].applies_to == ()
    assert "applies_to" in svc.search("การท่องเที่ยว", k=1).results[0].to_dict()


LAW_WORDS_FOR_OTHERS = ["องค์กรปกครองส่วนท้องถิ่น", "ราชการส่วนท้องถิ่น"]


@pytest.mark.parametrize(
    "query",
    ["อบจ. ให้เงิน อบต. ทำถนนได้ไหม", "องค์การบริหารส่วนจังหวัดสนับสนุนเทศบาลตำบลได้หรือไม่"],
)
def test_another_kind_named_after_the_subject_is_another_local_government(query: str) -> None:
    plan = others_in_law_words(analyse(query, max_chars=500))
    assert all(w in plan.expansion for w in LAW_WORDS_FOR_OTHERS)
    assert "ราชการส่วนท้องถิ่นอื่น" in plan.dense_text
    # The subject is still the one asked about, and the names typed stay.
    assert wanted(plan, default="tao") == "pao"
    assert plan.tokens == analyse(query, max_chars=500).tokens


def test_an_english_question_gets_the_law_words_as_its_own_tokens() -> None:
    plan = others_in_law_words(analyse("Can a PAO subsidise a TAO?", max_chars=500))
    assert plan.expansion == []
    assert all(w in plan.tokens for w in LAW_WORDS_FOR_OTHERS)


@pytest.mark.parametrize(
    "query",
    ["อบจ. ทำประปาได้ไหม", "อบจ. ตาก กับ อบจ. ข้างเคียง", "ทำประปาได้ไหม", "อปท. กับ อบต."],
)
def test_one_kind_or_none_leaves_the_query_as_it_is(query: str) -> None:
    plan = analyse(query, max_chars=500)
    assert others_in_law_words(plan) == plan


def test_a_question_about_funding_another_kind_finds_the_provisions_for_other_local_government(
    svc: SearchService,
) -> None:
    hits = svc.search("อบจ. ให้เงิน อบต. ทำถนนได้ไหม", k=3).results
    # ข้อ 19 of the area-plan rule, ม.48 and ม.45 (3) of the PAO Act: each speaks
    # of another local government; the governor's supervision (ม.71) does not.
    assert {(h.doc, h.section_key) for h in hits} == {
        ("plan-handbook", "p3"),
        ("pao-act", "s48"),
        ("pao-act", "s45"),
    }
