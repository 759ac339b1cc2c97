"""The authority check over the fixture laws (instant fake embedder)."""

from __future__ import annotations

import re
import shutil
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from helpers.powers_corpus import powers_data_dir
from helpers.registers import make_register
from helpers.thai_corpus import FakeEmbedder

from kmportal.db import make_engine
from kmportal.errors import BadInput
from kmportal.search import powers
from kmportal.search.evidence import Evidence
from kmportal.search.powers import PowerCheck
from kmportal.search.project_title import ISSUING, STATE_ACT, TitlePlan
from kmportal.search.register import Register
from kmportal.search.service import WORD_VECTORS, SearchService
from kmportal.settings import Settings

SHAPE = {
    "doc",
    "section",
    "item",
    "label",
    "law",
    "text",
    "applies_to",
    "tiers",
    "catch_all",
    "score",
    "section_key",
    "supported",
}


def named(n: int, *rows: int) -> Evidence:
    """Evidence of a field word (weight 5, over any floor) for these rows of ``n``."""
    best = np.zeros(n)
    best[list(rows)] = 5.0
    return Evidence(best.copy(), best)


@pytest.fixture(scope="module")
def svc(tmp_path_factory: pytest.TempPathFactory) -> SearchService:
    settings = Settings(data_dir=powers_data_dir(tmp_path_factory))
    return SearchService(settings, make_engine(settings), embedder=FakeEmbedder())


def row_zero_first(reg: Register) -> np.ndarray:
    """A query the dense arm ranks row 0 first for, the others after in order
    (each provision its own axis)."""
    n = len(reg)
    reg.vectors = np.eye(n, dtype=np.float32)
    query = np.linspace(0.5, 0.4, n)
    query[0] = 0.9
    return query


def cited(result: PowerCheck) -> list[tuple[str | None, str | None]]:
    return [(c.provision.section, c.provision.item) for c in result.provisions]


def test_a_pao_water_project_rests_on_the_rules_item_and_the_item_it_was_issued_under(
    svc: SearchService,
) -> None:
    result = svc.check_powers("ก่อสร้างระบบประปาหมู่บ้าน บ้านแม่ท้อ หมู่ที่ 1", org="pao")
    assert result.verdict == "within"
    first, second = result.provisions[:2]
    assert first.provision.text == "จัดให้มีน้ำเพื่อการอุปโภค บริโภค และการเกษตร"
    assert first.provision.doc == "plan-handbook" and first.supported
    assert (second.provision.doc, second.provision.section, second.provision.item) == (
        "pao-act",
        "45",
        "8",
    )
    assert not second.catch_all  # supported through the rule's item
    # Only the PAO's own provisions; the others' water items are warnings apart.
    assert all("pao" in c.provision.applies_to for c in result.provisions)
    others = {(c.provision.doc, c.provision.section, c.provision.item) for c in result.other_kinds}
    assert ("tao-act", "68", "1") in others and ("muni-act", "51", "1") in others
    assert all("pao" not in c.provision.applies_to for c in result.other_kinds)


def test_a_water_purpose_in_the_statutes_words_keeps_the_pao_rules_water_item(
    svc: SearchService,
) -> None:
    # The purpose says น้ำ, อุปโภค, บริโภค: the statute's words for ประปา, which the
    # look at the work alone must still hold, or the field reads as the
    # municipality's "น้ำสะอาดหรือการประปา" only.
    result = svc.check_powers("ก่อสร้างระบบประปาผิวดิน เพื่อแก้ปัญหาน้ำอุปโภคบริโภค บ้านแม่ท้อ", org="pao")
    assert result.verdict == "within"
    assert result.provisions[0].provision.text == "จัดให้มีน้ำเพื่อการอุปโภค บริโภค และการเกษตร"


def test_the_same_title_for_a_tao_cites_its_own_act_and_never_the_pao_rule(
    svc: SearchService,
) -> None:
    result = svc.check_powers("ขุดเจาะบ่อบาดาลและระบบประปาหมู่บ้าน", org="tao")
    assert result.verdict == "within"
    assert cited(result)[0] == ("68", "1")
    assert ("16", "2") in cited(result)  # การสาธารณูปโภค, through the statute's word for ประปา
    assert all("tao" in c.provision.applies_to for c in result.provisions)
    assert not any(c.provision.doc == "plan-handbook" for c in result.provisions)


def test_a_project_outside_the_powers_is_not_found_and_never_padded(svc: SearchService) -> None:
    result = svc.check_powers("ออกโฉนดที่ดินให้ราษฎร", org="tao")
    assert result.verdict == "not_found"
    assert result.provisions == []


@pytest.mark.parametrize(
    ("work", "field", "note"),
    [
        ("ออกใบอนุญาต", "ประกอบกิจการประปาหมู่บ้าน", "เจ้าพนักงาน"),  # issuing a document
        ("พิจารณาอนุญาต", "ให้เอกชนใช้ระบบประปาหมู่บ้าน", "การอนุญาต เป็นการใช้อำนาจรัฐ"),
        # Spending the PAO's own Act forbids (ม.๗๔ วรรคสอง).
        ("ศึกษาดูงานต่างประเทศของสมาชิกสภา ", "ด้านการจัดระบบประปาหมู่บ้าน", "มาตรา ๗๔ วรรคสอง"),
        # Work in another province than the PAO's own, with no consent stated (ม.๔๕, ม.๔๖).
        (
            "องค์การบริหารส่วนจังหวัดตาก – ",
            "ก่อสร้างระบบประปาหมู่บ้าน ตำบลท่าไม้ อำเภอพรานกระต่าย จังหวัดกำแพงเพชร",
            "มาตรา ๔๖",
        ),
        # Building in another state: outside every kind's area (ม.๔๕, ม.๔๖).
        ("ในเมืองเมียวดี ประเทศเมียนมา – ", "ก่อสร้างระบบประปาหมู่บ้าน", "มาตรา ๔๖"),
        # A national highway is the Department of Highways' (the Highways Act ม.๘).
        ("ขยายทางหลวงแผ่นดินหมายเลข 1 และ", "ก่อสร้างระบบประปาหมู่บ้าน", "มาตรา ๘"),
        # Budget allotted to the council's members (the PAO Act ม.๕๕/๑).
        (
            "จัดสรรงบประมาณให้สมาชิกสภาองค์การบริหารส่วนจังหวัด เขตละ 3 ล้านบาท ",
            "ก่อสร้างระบบประปาหมู่บ้าน",
            "มาตรา ๕๕/๑",
        ),
        # A tax the law gives municipalities and TAOs, never a PAO (the Land and
        # Buildings Tax Act ม.๕).
        ("จัดเก็บภาษีที่ดินและสิ่งปลูกสร้าง จาก", "ระบบประปาหมู่บ้าน", "มาตรา ๕"),
        # Work on land a private owner still holds (the Land Allocation Act ม.๔๓).
        (
            "หมู่บ้านจัดสรรซึ่งยังเป็นกรรมสิทธิ์ของบริษัทผู้จัดสรรที่ดิน – ",
            "ก่อสร้างระบบประปาหมู่บ้าน",
            "มาตรา ๔๓",
        ),
    ],
)
def test_work_the_law_keeps_from_the_kind_is_not_found_however_many_words_it_shares_with_a_power(
    svc: SearchService, work: str, field: str, note: str
) -> None:
    assert svc.check_powers(field, org="pao").verdict == "within"
    result = svc.check_powers(work + field, org="pao")
    assert result.verdict == "not_found" and result.provisions == []
    assert note in result.to_dict()["notes"][0]


def test_a_tao_working_in_a_municipalitys_area_is_not_found_citing_its_act(
    svc: SearchService,
) -> None:
    result = svc.check_powers("ขุดเจาะบ่อบาดาลและระบบประปาหมู่บ้าน ในเขตเทศบาลตำบลแม่ระมาด", org="tao")
    assert result.verdict == "not_found" and result.provisions == []
    assert "มาตรา ๗๓" in result.to_dict()["notes"][0]
    # With the municipality's consent the TAO may (ม.๗๓).
    agreed = svc.check_powers(
        "ขุดเจาะบ่อบาดาลและระบบประปาหมู่บ้าน ในเขตเทศบาลตำบลแม่ระมาด ตามข้อตกลงร่วมกัน", org="tao"
    )
    assert agreed.verdict == "within"


def test_the_provincial_plan_is_not_a_taos_to_draw_up(svc: SearchService) -> None:
    result = svc.check_powers("จัดทำแผนพัฒนาจังหวัด ฉบับทบทวน", org="tao")
    assert result.verdict == "not_found" and result.provisions == []
    assert "มาตรา ๕๓/๑" in result.to_dict()["notes"][0]
    own = svc.check_powers("จัดทำแผนพัฒนาท้องถิ่น ฉบับทบทวน", org="tao")
    assert not any("๕๓/๑" in note for note in own.to_dict()["notes"])


def test_a_municipalitys_minority_stake_in_a_company_is_not_found_citing_its_act(
    svc: SearchService,
) -> None:
    result = svc.check_powers("ถือหุ้นร้อยละ 30 ในบริษัทประปาเอกชน", org="municipality")
    assert result.verdict == "not_found" and result.provisions == []
    assert "มาตรา ๕๗ ตรี" in result.to_dict()["notes"][0]
    # More than half is what the section allows: no such note.
    majority = svc.check_powers("ถือหุ้นร้อยละ 60 ในบริษัทประปาเอกชน", org="municipality")
    assert not any("๕๗ ตรี" in note for note in majority.to_dict()["notes"])


def test_a_municipalitys_shares_bought_on_the_stock_exchange_are_not_found_citing_its_act(
    svc: SearchService,
) -> None:
    result = svc.check_powers(
        "นำเงินสะสมไปลงทุนซื้อหุ้นบริษัทจดทะเบียนในตลาดหลักทรัพย์ เพื่อเพิ่มรายได้",
        org="municipality",
    )
    assert result.verdict == "not_found" and result.provisions == []
    assert "บริษัทมหาชนจำกัด" in result.to_dict()["notes"][0]


@pytest.mark.parametrize(
    ("wording", "acts"),
    [
        ("ออกใบอนุญาต", (ISSUING, STATE_ACT)),
        ("อนุญาตให้ใช้", (ISSUING, STATE_ACT)),
        ("รับจดทะเบียน", (STATE_ACT,)),
    ],
)
def test_a_kind_whose_law_grants_an_act_may_be_within(
    wording: str, acts: tuple[re.Pattern[str], ...]
) -> None:
    others = [([f"กิจการที่{i:02d}"], ("pao",)) for i in range(5)]
    plain = make_register(others)
    granting = make_register([*others, ([wording, "ตลาด"], ("tao",))])
    assert not powers._grants(plain, "tao", *acts)
    assert powers._grants(granting, "tao", *acts)
    assert not powers._grants(granting, "pao", *acts)
    # A catch-all's permission (a minister's, for work outside the area) grants nothing.
    granting.provisions[-1] = replace(granting.provisions[-1], catch_all=True)
    assert not powers._grants(granting, "tao", *acts)


def test_a_power_of_another_kind_only_is_a_warning_not_a_provision(svc: SearchService) -> None:
    result = svc.check_powers("ก่อสร้างพิพิธภัณฑ์ท้องถิ่น", org="tao")
    assert result.verdict == "not_found" and result.provisions == []
    assert [(c.provision.section, c.provision.item) for c in result.other_kinds] == [("17", "4")]
    assert result.other_kinds[0].provision.applies_to == ("pao", "bangkok")


def test_catch_alls_never_decide_and_rank_below_specific_provisions(svc: SearchService) -> None:
    result = svc.check_powers("ก่อสร้างพิพิธภัณฑ์และหอจดหมายเหตุท้องถิ่น", org="pao")
    assert result.verdict == "within"
    assert cited(result)[0] == ("17", "4")
    flags = [c.catch_all for c in result.provisions]
    assert flags == sorted(flags)  # False before True


def test_the_json_shape_is_the_one_every_caller_gets(svc: SearchService) -> None:
    result = svc.check_powers("ก่อสร้างพิพิธภัณฑ์และหอจดหมายเหตุท้องถิ่น", org="pao", k=3)
    data = result.to_dict()
    assert set(data) == {
        "id",
        "project",
        "org_kind",
        "verdict",
        "provisions",
        "other_kinds",
        "notes",
    }
    assert len(data["provisions"]) == 3
    first = data["provisions"][0]
    assert set(first) == SHAPE
    assert first["label"] == (
        "มาตรา ๑๗ (๔) แห่งพระราชบัญญัติกำหนดแผนและขั้นตอนการกระจายอำนาจให้แก่องค์กรปกครองส่วนท้องถิ่น พ.ศ. ๒๕๔๒"
    )
    assert isinstance(first["score"], float) and 0 < first["score"] <= 1


def test_bad_input_is_refused_in_thai(svc: SearchService) -> None:
    with pytest.raises(BadInput, match="ชื่อโครงการ"):
        svc.check_powers("   ", org="pao")
    with pytest.raises(BadInput, match=r"ประเภท อปท\."):
        svc.check_powers("ประปา", org="village")


def test_a_five_thousand_character_title_is_truncated_with_a_note(svc: SearchService) -> None:
    result = svc.check_powers("ประปาหมู่บ้าน " * 400, org="pao")
    assert result.notes and "ยาวเกินไป" in str(result.notes[0])
    assert result.to_dict()["notes"][0].endswith("only its beginning was checked)")
    assert len(result.project) == svc.settings.max_query_chars


def test_many_titles_answer_in_order_and_a_bad_one_does_not_stop_the_others(
    svc: SearchService,
) -> None:
    calls_before = svc.embedder.query_calls  # type: ignore[attr-defined]
    results = svc.check_powers_many(
        [("ก่อสร้างระบบประปาหมู่บ้าน", "pao"), ("", "pao"), ("ออกโฉนดที่ดินให้ราษฎร", "tao")]
    )
    assert [r.verdict for r in results] == ["within", "not_found", "not_found"]
    assert results[1].error and results[1].to_dict()["error"].startswith("กรุณาใส่ชื่อโครงการ")
    assert svc.embedder.query_calls - calls_before <= 1  # type: ignore[attr-defined]


def test_an_empty_register_answers_not_found_with_a_note(tmp_path: Path) -> None:
    svc = SearchService.open(Settings(data_dir=tmp_path / "empty"), embedder=FakeEmbedder())
    result = svc.check_powers("ก่อสร้างระบบประปาหมู่บ้าน", org="pao")
    assert result.verdict == "not_found" and result.notes


def test_a_provision_is_most_like_itself_and_its_counterpart_in_the_other_layer(
    svc: SearchService,
) -> None:
    reg = svc._snap.register
    row = next(p.row for p in reg.provisions if p.text and not p.catch_all)
    likeness = reg.likeness(row)
    assert likeness[row] == pytest.approx(1.0)
    assert (likeness <= 1.0 + 1e-9).all()


def test_the_same_duty_in_the_other_layer_of_law_follows_the_provision_that_supports_it() -> None:
    others = [([f"กิจการที่{i:02d}", "ส่งเสริม"], ("pao",)) for i in range(20)]
    reg = make_register(
        [
            (["ส่งเสริม", "สนับสนุน", "การจัดการศึกษา"], ("pao",), "PAO Act"),  # the Act's item
            # The decentralisation Act's, for the same kind.
            (["การจัดการศึกษา"], ("pao",), "Decentralisation Act"),
            (["การจัดการศึกษา"], ("tao",), "Decentralisation Act"),  # another kind's
            (["การท่องเที่ยว", "ส่งเสริม"], ("pao",)),
            (["ทางบก", "ทางน้ำ"], ("pao",)),
            # The rule's item: like the decentralisation Act's, less like the Act's.
            (["การจัดการศึกษา", "ทำนุบำรุงศาสนา", "ศิลปะ"], ("pao",), "Rule"),
            *others,
        ]
    )
    order = [3, 4, 0, 1]  # the ranking put the supported item third
    out = powers._with_counterparts(reg, order, {0}, "pao")
    # Its counterpart right after it, then the counterpart's; never the TAO's.
    assert out[:3] == [0, 1, 5]
    assert 2 not in out and out[3:5] == [3, 4]


def test_every_supported_provision_comes_before_the_counterparts_of_any() -> None:
    others = [([f"กิจการที่{i:02d}", "ส่งเสริม"], ("pao",)) for i in range(20)]
    reg = make_register(
        [
            (["ช่วยเหลือ", "ความสงบเรียบร้อย"], ("pao",), "PAO Act"),  # supported first
            (["ความสงบเรียบร้อย"], ("pao",), "Rule"),  # its counterpart
            (["สาธารณภัย", "บรรเทา"], ("pao",), "PAO Act"),  # supported second
            (["สาธารณภัย"], ("pao",), "Rule"),  # its counterpart
            *others,
        ]
    )
    out = powers._with_counterparts(reg, [0, 2, 1, 3], {0, 2}, "pao")
    assert out[:4] == [0, 2, 1, 3]


def test_a_counterpart_crosses_into_another_layer_of_law_never_back_into_one_on_its_path() -> None:
    others = [([f"กิจการที่{i:02d}", "ส่งเสริม"], ("pao",)) for i in range(20)]
    reg = make_register(
        [
            (["บริการ", "เอกชน", "ส่วนราชการ"], ("pao",), "Decentralisation Act"),  # supported
            (["บริการ", "เอกชน", "ส่วนราชการ", "อาจ"], ("pao",), "PAO Act"),  # its counterpart
            # Worded like both, but the first one's own layer: a sibling duty
            # (support to state bodies beside services to them), not the same one.
            (["ช่วยเหลือ", "ส่วนราชการ", "เอกชน", "บริการ"], ("pao",), "Decentralisation Act"),
            (["สังคมสงเคราะห์", "คนพิการ"], ("pao",), "Decentralisation Act"),
            *others,
        ]
    )
    assert reg.likeness(0)[2] >= powers.COUNTERPART_MIN
    assert reg.likeness(1)[2] >= powers.COUNTERPART_MIN
    out = powers._with_counterparts(reg, [0, 3, 2, 1], {0}, "pao")
    # The welfare item the ranking put second keeps its place before the sibling.
    assert out[:3] == [0, 1, 3]
    assert out.index(2) > out.index(3)


def test_a_field_the_law_gives_to_other_kinds_is_not_theirs_through_kin_alone() -> None:
    filler = [([f"กิจการที่{i:02d}"], ("pao", "tao")) for i in range(60)]
    reg = make_register(
        [
            (["น้ำ", "การเกษตร"], ("pao",)),  # reached through kin of the livestock
            (["โรงฆ่าสัตว์"], ("tao",)),  # the title's own word, another kind's item
            (["เด็ก", "คนชรา"], ("pao",)),  # the same duty as the next, in other words
            (["เด็ก", "ผู้สูงอายุ"], ("tao",)),
            *filler,
        ]
    )
    n = len(reg)
    cos = np.linspace(0.5, 0.4, n)
    cos[[0, 1, 2, 3]] = 0.9

    def own(*rows: int) -> Evidence:
        return named(n, *rows)

    # Slaughterhouse: the PAO's item has only kin; the TAO's names the field.
    assert powers._given_to_others(reg, cos, own(1), [0], "pao") == ["tao"]
    # The PAO's own words support it: the others' power does not matter.
    assert powers._given_to_others(reg, cos, own(0, 1), [0], "pao") == []
    # Elderly care: the kin-found item shares a field word (เด็ก) with theirs.
    assert powers._given_to_others(reg, cos, own(3), [2], "pao") == []


def test_the_titles_own_word_outweighs_kin_on_a_looser_dense_agreement() -> None:
    filler = [([f"กิจการที่{i:02d}"], ("pao",)) for i in range(60)]
    reg = make_register(
        [
            (["สร้าง", "ทางบก"], ("pao",)),  # reached only through kin, dense rank 1
            (["การพาณิชย์", "ลงทุน"], ("pao",)),  # the title's own word, dense rank 7
            (["โรงฆ่าสัตว์"], ("pao",)),  # the title's own word, dense rank 20
            *filler,
        ]
    )
    n = len(reg)
    cos = np.linspace(0.80, 0.30, n)
    cos[0], cos[1], cos[2] = 0.95, cos[9], cos[25]

    def weights(*rows: int) -> Evidence:
        return named(n, *rows)

    own, ev = weights(1, 2), weights(0, 1, 2)
    assert powers._rank(reg, cos, ev, "pao").supported == [0]
    # The title's own word within OWN_RANK takes the place of the kin-found item…
    assert powers._rank(reg, cos, ev, "pao", own).supported == [1]
    # …but not beyond it: a word shared by chance still needs the dense arm.
    assert powers._rank(reg, cos, ev, "pao", weights(2)).supported == [0]
    # And an item its own words name within AGREE_RANK keeps the strict rule.
    assert powers._rank(reg, cos, ev, "pao", weights(0, 1)).supported == [0]


def test_the_titles_own_word_ninth_in_the_dense_arm_still_supports_it() -> None:
    # A PAO's bottled-water plant "ในลักษณะการพาณิชย์": ม.๕๐ names its own word,
    # ninth among the PAO's provisions behind the water items drinking water
    # pulls in. Tenth is too far: an outside title shares a word by chance there.
    filler = [([f"กิจการที่{i:02d}"], ("pao",)) for i in range(60)]
    reg = make_register([(["สร้าง", "ทางบก"], ("pao",)), (["การพาณิชย์"], ("pao",)), *filler])
    n = len(reg)
    cos = np.linspace(0.80, 0.30, n)
    cos[0] = 0.95
    others = sorted((float(cos[i]) for i in range(n) if i != 1), reverse=True)
    for rank, supported in ((9, [1]), (10, [0])):
        at = cos.copy()
        at[1] = (others[rank - 2] + others[rank - 1]) / 2
        ranking = powers._rank(reg, at, named(n, 0, 1), "pao", named(n, 1))
        assert ranking.dense_rank[1] == rank
        assert ranking.supported == supported


def test_the_dense_look_without_the_form_words_is_asked_only_when_the_first_is_too_far() -> None:
    filler = [([f"กิจการที่{i:02d}"], ("tao",)) for i in range(60)]
    reg = make_register(
        [
            (["สร้าง", "ทางบก"], ("tao",)),  # the form words' item, reached through kin
            (["การศึกษา"], ("tao",)),  # the title's own field, dense rank 10 with them
            *filler,
        ]
    )
    n = len(reg)
    cos = np.linspace(0.80, 0.30, n)
    cos[0], cos[1] = 0.95, cos[12]
    without_form = np.linspace(0.30, 0.80, n)
    without_form[1] = 0.99  # the field first once the form words are gone
    asked: list[int] = []

    def formless() -> np.ndarray:
        asked.append(1)
        return without_form

    own, ev = named(n, 1), named(n, 0, 1)
    assert powers._rank(reg, cos, ev, "tao", own).supported == [0]
    assert powers._rank(reg, cos, ev, "tao", own, formless).supported == [1]
    assert asked == [1]
    # Nor is the look asked when the title's own word is near enough already.
    cos[1] = cos[6]
    assert powers._rank(reg, cos, ev, "tao", own, formless).supported == [1]
    assert asked == [1]
    # And it never stands in for the title's own words: kin alone stays strict.
    assert powers._rank(reg, cos, ev, "tao", named(n), formless).supported == [0]


def test_the_dense_arm_may_agree_with_a_duty_in_the_wording_of_its_other_layer() -> None:
    filler = [([f"กิจการที่{i:02d}"], ("pao",)) for i in range(60)]
    reg = make_register(
        [
            # The decentralisation Act's item: the title's word names it, the
            # embedder ranks it tenth…
            (["สังคมสงเคราะห์", "คุณภาพชีวิต", "คนชรา"], ("pao",)),
            # …and the rule's item of the same duty, in other words, first.
            (["สังคมสงเคราะห์", "คุณภาพชีวิต", "ผู้ด้อยโอกาส"], ("pao",)),
            (["ทางบก", "ทางน้ำ"], ("pao",)),  # a duty worded like neither
            *filler,
        ]
    )
    n = len(reg)
    cos = np.linspace(0.80, 0.30, n)
    cos[1], cos[0], cos[2] = 0.95, cos[12], cos[14]
    ev = named(n, 0, 2)
    assert powers._rank(reg, cos, ev, "pao").supported == [0]
    # A field word alone, with no wording of its duty near the title, is not enough.
    assert powers._rank(reg, cos, named(n, 2), "pao").supported == []
    # Only the strict agreement travels between wordings of one layer: the
    # title's own word at a rank the looser rule would take (OWN_RANK) through
    # a sibling of its own list does not.
    cos[1] = cos[8]
    assert powers._rank(reg, cos, ev, "pao", ev).supported == []


def test_the_looser_agreement_of_a_titles_own_word_may_come_through_its_other_layer() -> None:
    # Long-term care of the elderly: the title's ผู้สูงอายุ names ม.๑๗ (๒๗)
    # ("คนชรา"), sixteenth in the dense arm; the rule's ข้อ ๑๓, the same duty in
    # other words, is eighth: within OWN_RANK, not AGREE_RANK.
    filler = [([f"กิจการที่{i:02d}"], ("pao",), "Decentralisation Act") for i in range(60)]
    rows = [
        (["สังคมสงเคราะห์", "คุณภาพชีวิต", "คนชรา"], ("pao",), "Decentralisation Act"),
        (["สังคมสงเคราะห์", "คุณภาพชีวิต", "ผู้ด้อยโอกาส"], ("pao",), "Rule"),
        (["ทางบก", "ทางน้ำ"], ("pao",), "Decentralisation Act"),  # kin found it, first
        *filler,
    ]
    reg = make_register(rows)
    n = len(reg)
    assert reg.likeness(0)[1] >= powers.COUNTERPART_MIN
    cos = np.linspace(0.80, 0.30, n)
    cos[2], cos[1], cos[0] = 0.95, cos[9], cos[18]
    ranking = powers._rank(reg, cos, named(n, 0, 2), "pao", named(n, 0))
    assert powers.AGREE_RANK < ranking.dense_rank[1] <= powers.OWN_RANK < ranking.dense_rank[0]
    assert ranking.supported == [0]
    # The same words in the same layer as the item lend it no rank.
    same = make_register([(*rows[0][:2], "Rule"), *rows[1:]])
    assert powers._rank(same, cos, named(n, 0, 2), "pao", named(n, 0)).supported == [2]
    # Nor does the other layer carry it past OWN_RANK.
    cos[1] = cos[12]
    assert powers._rank(reg, cos, named(n, 0, 2), "pao", named(n, 0)).supported == [2]


def test_a_duty_written_alike_for_two_tiers_is_cited_under_both() -> None:
    # ม.๕๑ (๖) and ม.๕๓ (๔): a place to care for the sick, for a ตำบล and a เมือง.
    reg = make_register(
        [
            (["ให้มี", "บำรุง", "สถานที่", "คนเจ็บไข้"], ("municipality",), "tambon tier"),
            (["สาธารณสุข", "กิจการ"], ("municipality",), "town tier"),
            (["ให้มี", "บำรุง", "สถานที่", "คนเจ็บไข้"], ("municipality",), "town tier"),
            (["ให้มี", "บำรุง", "สถานที่", "คนเจ็บไข้"], ("tao",), "TAO Act"),  # another kind's
            (["ให้มี", "บำรุง", "ทางระบายน้ำ"], ("municipality",), "town tier"),
            *[([f"กิจการที่{i:02d}"], ("municipality",)) for i in range(20)],
        ]
    )
    assert powers._with_twins(reg, [1, 0, 4], "municipality") == [1, 0, 2, 4]
    # A sibling worded much alike is a counterpart's business, never a twin.
    assert 4 not in powers._with_twins(reg, [0], "municipality")


def test_a_provision_sharing_only_a_common_word_does_not_outrank_the_dense_arms_first() -> None:
    filler = [([f"กิจการที่{i:02d}", "พัฒนา"], ("pao",)) for i in range(60)]
    reg = make_register(
        [
            (["พัฒนา", "ทางบก"], ("pao",)),  # shares only พัฒนา with the title
            (["การท่องเที่ยว"], ("pao",)),  # the dense arm's first
            *filler,
        ]
    )
    n = len(reg)
    cos = np.linspace(0.80, 0.30, n)
    cos[1], cos[0] = 0.95, cos[4]
    common = np.zeros(n)
    common[0] = 0.5  # a word most provisions hold: under any floor
    ranking = powers._rank(reg, cos, Evidence(common, common.copy()), "pao")
    assert ranking.order[0] == 1 and ranking.supported == []
    # A word of the field still counts in the ranking.
    assert powers._rank(reg, cos, named(n, 0), "pao").order[0] == 0


def test_a_field_the_kinds_own_law_also_names_is_not_given_to_others() -> None:
    filler = [([f"กิจการที่{i:02d}"], ("pao", "tao")) for i in range(60)]
    rows = [
        (["สร้าง", "ทางบก"], ("pao",)),  # the kin-found item
        (["การพาณิชย์", "ลงทุน"], ("tao",)),  # the others' item in the title's word
        *filler,
    ]
    n = len(rows) + 1
    cos = np.linspace(0.5, 0.4, n)
    cos[[0, 1]] = 0.9
    alone = make_register([*rows, (["สวนสาธารณะ"], ("pao",))])
    assert powers._given_to_others(alone, cos, named(n, 1), [0], "pao") == ["tao"]
    # The PAO's own law says การพาณิชย์ too (ม.๕๐), in an item neither the
    # title's words nor the dense arm reach: the field is not theirs alone.
    shared = make_register([*rows, (["การพาณิชย์", "กิจการ"], ("pao",))])
    assert powers._given_to_others(shared, cos, named(n, 1), [0], "pao") == []


def test_a_field_the_kinds_own_law_names_inside_a_compound_of_theirs_is_not_given_away() -> None:
    filler = [([f"กิจการที่{i:02d}"], ("pao", "tao")) for i in range(60)]
    rows = [
        (["การศึกษา", "ศึกษา"], ("pao",)),  # the kin-found item
        (["โรงเรียน", "อาชีวศึกษา"], ("tao",)),  # the others', named by the title's word
        *filler,
    ]
    n = len(rows)
    cos = np.linspace(0.5, 0.4, n)
    cos[[0, 1]] = 0.9
    reg = make_register(rows)
    # Vocational schooling (อาชีว + ศึกษา) is education, which the PAO's law names.
    assert powers._given_to_others(reg, cos, named(n, 1), [0], "pao") == []
    alone = make_register([(["สวนสาธารณะ"], ("pao",)), *rows[1:]])
    assert powers._given_to_others(alone, cos, named(n, 1), [0], "pao") == ["tao"]


def test_a_narrower_item_whose_field_words_a_supported_one_holds_is_its_counterpart() -> None:
    # Common words (จัดให้มี, บำรุงรักษา) name no field; ทางบก, held by 3 of 74, does.
    others = [([f"กิจการที่{i:02d}", "จัดให้มี", "บำรุงรักษา"], ("pao",)) for i in range(70)]
    reg = make_register(
        [
            # The broad item: roads and waterways linking other local governments.
            (
                ["สร้าง", "บำรุงรักษา", "ทางบก", "ทางน้ำ", "เชื่อมต่อ", "ระหว่าง", "องค์กร", "อื่น"],
                ("pao",),
                "Decentralisation Act",
            ),
            (["จัดให้มี", "บำรุงรักษา", "ทางบก"], ("pao",), "Rule"),  # the rule's roads item
            (["จัดให้มี", "บำรุงรักษา", "สวนสาธารณะ"], ("pao",), "Rule"),  # no field word shared
            (["จัดให้มี", "บำรุงรักษา", "ทางบก"], ("tao",)),  # another kind's
            *others,
        ]
    )
    assert reg.likeness(0)[1] < powers.COUNTERPART_MIN  # too few words shared for the cosine
    out = powers._with_counterparts(reg, [0, 2, 1], {0}, "pao")
    assert out[:2] == [0, 1]
    assert 3 not in out and out.index(2) > 1


def test_a_field_the_law_gives_to_others_in_the_works_words_is_not_ours_for_its_purpose() -> None:
    filler = [([f"กิจการที่{i:02d}"], ("pao", "tao")) for i in range(60)]
    reg = make_register(
        [
            (["น้ำ", "การเกษตร"], ("pao",)),  # named only by what the work is for
            (["ไฟฟ้า", "แสงสว่าง"], ("tao",)),  # the work's own field, another kind's
            (["สาธารณภัย"], ("pao",)),
            *filler,
        ]
    )
    n = len(reg)
    reg.vectors = np.eye(n, dtype=np.float32)  # cosine to row i = the query's i-th value
    query = np.linspace(0.5, 0.4, n)
    query[[0, 1, 2]] = 0.9

    def title(tokens: list[str], work: tuple[str, ...] | None) -> TitlePlan:
        return TitlePlan(" ".join(tokens), " ".join(tokens), tokens, [], "", False, work=work)

    # Electricity for farming: the law gives electricity to the TAO.
    farming = powers.check(reg, title(["ไฟฟ้า", "การเกษตร"], ("ไฟฟ้า",)), query, org="pao")
    assert farming.verdict == "not_found" and farming.notes
    # The same words read as one field (no purpose) keep the PAO's item.
    whole = powers.check(reg, title(["ไฟฟ้า", "การเกษตร"], None), query, org="pao")
    assert whole.verdict == "within"
    # A purpose that names the field while the work names no one's stays within.
    truck = powers.check(reg, title(["รถบรรทุก", "สาธารณภัย"], ("รถบรรทุก",)), query, org="pao")
    assert truck.verdict == "within" and truck.provisions[0].provision.row == 2


def test_the_form_of_the_work_never_makes_another_kinds_field_ours() -> None:
    filler = [([f"กิจการที่{i:02d}"], ("pao", "tao")) for i in range(60)]
    reg = make_register(
        [
            (["น้ำ", "การเกษตร"], ("pao",)),  # named only by what the work is for
            (["ไฟฟ้า", "แสงสว่าง"], ("tao",)),  # the work's own field, another kind's
            # ม.๑๖ (๔) "การสาธารณูปโภคและการก่อสร้างอื่น ๆ", with the piece of ก่อสร้าง
            (["สาธารณูปโภค", "ก่อสร้าง", "สร้าง"], ("tao",)),
            (["สร้าง", "ทางบก"], ("pao",)),  # ม.๑๗ (๑๖) "การสร้าง…ทางบก"
            *filler,
        ]
    )
    n = len(reg)
    reg.vectors = np.eye(n, dtype=np.float32)
    query = np.linspace(0.5, 0.4, n)
    query[[0, 1, 2]] = 0.9
    # Electricity for farming, with the law's word for electricity: the law
    # gives it to the TAO, whatever building word the PAO's roads item shares.
    words = ["ไฟฟ้า", "การเกษตร"]
    text = " ".join(words)
    plan = TitlePlan(text, text, words, ["สาธารณูปโภค"], "", False, work=("ไฟฟ้า",))
    result = powers.check(reg, plan, query, org="pao")
    assert result.verdict == "not_found" and result.notes


def test_a_subsidy_to_a_state_body_rests_on_the_power_to_support_one() -> None:
    filler = [([f"กิจการที่{i:02d}"], ("pao",)) for i in range(60)]
    reg = make_register(
        [
            (["สาธารณสุข", "โรค"], ("pao",)),  # the field's own item
            (["สนับสนุน", "ช่วยเหลือ", "ส่วนราชการ"], ("pao",)),  # ม.๑๗ (๒๕), far in the dense arm
            *filler,
        ]
    )
    query = row_zero_first(reg)

    def title(tokens: list[str], state: bool) -> TitlePlan:
        text = " ".join(tokens)
        return TitlePlan(text, text, tokens, [], "", False, state_recipient=state)

    plain = powers.check(reg, title(["สาธารณสุข"], False), query, org="pao")
    assert plain.verdict == "within" and plain.provisions[0].provision.row == 0
    assert not any(c.supported for c in plain.provisions if c.provision.row == 1)
    subsidy = powers.check(reg, title(["สาธารณสุข"], True), query, org="pao")
    assert [c.provision.row for c in subsidy.provisions[:2]] == [1, 0]
    assert subsidy.provisions[0].supported
    assert not subsidy.notes
    # A field no provision names: the subsidy still rests on ม.๑๗ (๒๕), and the
    # reader is told to check the field; without a state body it is outside.
    unnamed = powers.check(reg, title(["อาวุธ"], True), query, org="pao")
    assert unnamed.verdict == "within" and unnamed.provisions[0].provision.row == 1
    assert [c.provision.row for c in unnamed.provisions if c.supported] == [1]
    assert "ตรวจว่าเรื่องนั้นอยู่ในอำนาจหน้าที่" in unnamed.to_dict()["notes"][0]
    outside = powers.check(reg, title(["อาวุธ"], False), query, org="pao")
    assert outside.verdict == "not_found" and not outside.provisions


def test_a_subsidy_to_another_local_government_rests_on_the_power_to_support_one() -> None:
    filler = [([f"กิจการที่{i:02d}"], ("pao",)) for i in range(60)]
    words = "สนับสนุน ราชการส่วนท้องถิ่นอื่น พัฒนาท้องถิ่น"
    reg = make_register(
        [
            (["มูลฝอย", "กำจัด"], ("pao",)),  # the field's own item
            (words.split(), ("pao",)),  # ม.๔๕ (๓), far in the dense arm
            (words.split(), ("tao",)),  # another kind's words alike: never the PAO's lead
            *filler,
        ]
    )
    query = row_zero_first(reg)

    def title(tokens: list[str], local: bool) -> TitlePlan:
        text = " ".join(tokens)
        return TitlePlan(text, text, tokens, [], "", False, local_recipient=local)

    plain = powers.check(reg, title(["มูลฝอย"], False), query, org="pao")
    assert [c.provision.row for c in plain.provisions if c.supported] == [0]
    subsidy = powers.check(reg, title(["มูลฝอย"], True), query, org="pao")
    assert [c.provision.row for c in subsidy.provisions[:2]] == [1, 0]
    assert 2 not in [c.provision.row for c in subsidy.provisions]
    unnamed = powers.check(reg, title(["อาวุธ"], True), query, org="pao")
    assert unnamed.verdict == "within" and unnamed.provisions[0].provision.row == 1
    assert "ผู้รับอุดหนุน" in unnamed.to_dict()["notes"][0]
    # Each kind leads with its own such power, and one whose law names none has
    # nothing to lead with.
    tao = powers.check(reg, title(["อาวุธ"], True), query, org="tao")
    assert [c.provision.row for c in tao.provisions] == [2]
    alone = powers.check(reg, title(["อาวุธ"], True), query, org="municipality")
    assert alone.verdict == "not_found"


def test_a_venture_run_for_trade_rests_on_the_powers_to_trade_whatever_it_sells() -> None:
    # A bottled-water plant "ในลักษณะการพาณิชย์": the water items first in the
    # dense arm, ม.๕๐ eleventh; the verdict and the citation rest on trade.
    filler = [([f"กิจการที่{i:02d}"], ("pao",)) for i in range(60)]
    reg = make_register(
        [
            (["น้ำ", "อุปโภค", "บริโภค"], ("pao",)),
            (["ดำเนินกิจการ", "ลักษณะ", "การพาณิชย์"], ("pao",)),
            (["การพาณิชย์"], ("tao",)),  # another kind's trade: never the PAO's
            *filler,
        ]
    )
    query = row_zero_first(reg)

    def title(commercial: bool) -> TitlePlan:
        return TitlePlan("โรงผลิตน้ำดื่ม", "โรงผลิตน้ำดื่ม", ["น้ำดื่ม"], [], "", False,
                         commercial=commercial)  # fmt: skip

    plain = powers.check(reg, title(False), query, org="pao")
    assert 1 not in [c.provision.row for c in plain.provisions[:1]]
    venture = powers.check(reg, title(True), query, org="pao")
    assert venture.verdict == "within"
    assert venture.provisions[0].provision.row == 1 and venture.provisions[0].supported
    assert 2 not in [c.provision.row for c in venture.provisions]
    assert not venture.notes


def test_no_second_look_from_a_provision_the_dense_arm_itself_does_not_rank_near() -> None:
    filler = [([f"กิจการที่{i:02d}"], ("pao",)) for i in range(60)]
    reg = make_register(
        [
            (["บริการ", "สาธารณะ"], ("pao",)),  # the title's word, the dense arm's seventh
            (["สังคมสงเคราะห์", "ผู้ด้อยโอกาส"], ("pao",)),  # no word, the dense arm's first
            *filler,
        ]
    )
    n = len(reg)
    vectors = np.eye(n, dtype=np.float32)
    for j in range(2, 8):  # items worded like the first: its feedback would lift them
        vectors[j] = vectors[0] * 0.95 + vectors[j] * 0.31
    reg.vectors = vectors
    query = np.full(n, 0.05)
    query[1], query[0] = 1.0, 0.6
    query[8:13] = 0.7
    query = query / np.linalg.norm(query)
    dense = list(np.argsort(-(reg.vectors @ query)))
    assert dense[0] == 1 and dense.index(0) > powers.AGREE_RANK
    plan = TitlePlan("บริการ", "บริการ", ["บริการ"], [], "", False)
    result = powers.check(reg, plan, query, org="pao", k=3)
    assert result.verdict == "within"
    # Supported on a looser agreement (its own word, OWN_RANK), the item does not
    # steer the list toward its look-alikes: the dense arm's first stays second.
    assert [c.provision.row for c in result.provisions][:2] == [0, 1]


def test_the_laws_words_are_embedded_at_the_first_start_and_read_at_every_later_one(
    tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    data = tmp_path / "data"
    shared = powers_data_dir(tmp_path_factory)
    shutil.copytree(shared, data, ignore=shutil.ignore_patterns(f"{WORD_VECTORS}*"))
    settings = Settings(data_dir=data)
    answers = []
    for start in ("first", "second"):
        embedder = FakeEmbedder()
        svc = SearchService(settings, make_engine(settings), embedder=embedder)
        answers.append(svc.check_powers("ก่อสร้างระบบประปาหมู่บ้าน", org="pao").to_dict())
        svc.close()
        # The register's field words (and the title's) go to the model once.
        assert (embedder.passage_calls > 0) == (start == "first"), start
    assert answers[0] == answers[1] and answers[0]["verdict"] == "within"


def test_the_word_nearest_the_whole_title_ranks_provisions_and_never_decides_the_verdict() -> None:
    filler = [([f"กิจการที่{i:02d}"], ("pao",)) for i in range(60)]
    reg = make_register(
        [
            (["ช่วยเหลือ", "ส่วนราชการ"], ("pao",)),  # the title's own word
            (["สังคมสงเคราะห์", "ผู้ด้อยโอกาส"], ("pao",)),  # the title's whole meaning
            *filler,
        ]
    )
    query = row_zero_first(reg)
    query[2:14] = np.linspace(0.8, 0.7, 12)  # the dense arm's next twelve come before row 1
    query = query / np.linalg.norm(query)

    def title(tokens: list[str], near: tuple[str, ...]) -> TitlePlan:
        text = " ".join(tokens)
        return TitlePlan(text, text, tokens, [], "", False, title_kin=near)

    plain = powers.check(reg, title(["ช่วยเหลือ"], ()), query, org="pao", k=5)
    assert plain.verdict == "within" and 1 not in [c.provision.row for c in plain.provisions]
    ranked = powers.check(reg, title(["ช่วยเหลือ"], ("สังคมสงเคราะห์",)), query, org="pao", k=5)
    rows = [c.provision.row for c in ranked.provisions]
    assert rows[0] == 0 and 1 in rows
    assert not next(c for c in ranked.provisions if c.provision.row == 1).supported
    # Alone it names the provision the dense arm puts first, but no word of the
    # title does: outside.
    first = query.copy()
    first[1] = 1.0
    alone = powers.check(reg, title(["อาวุธ"], ("สังคมสงเคราะห์",)), first, org="pao", k=5)
    assert alone.verdict == "not_found" and not alone.provisions


def test_a_rules_item_is_never_parted_from_the_item_it_was_issued_under() -> None:
    reg = make_register([([f"กิจการที่{i:02d}"], ("pao",)) for i in range(6)])
    rule = replace(reg.provisions[4], basis=(5,))

    def listed(*supported: bool) -> list[powers.CheckedProvision]:
        above = [
            powers.CheckedProvision(p, 1.0, False, s)
            for p, s in zip(reg.provisions, supported, strict=False)
        ]
        pair = [rule, reg.provisions[5]]
        return [*above, *(powers.CheckedProvision(p, 0.5, False) for p in pair)]

    def rows(picked: list[powers.CheckedProvision]) -> list[int]:
        return [c.provision.row for c in picked]

    # The basis would fall sixth of five: the last unsupported provision makes room.
    assert rows(powers._keep_bases(listed(True, False, False, False), 5)) == [0, 1, 2, 4, 5]
    # Every one above supported: the rule's item goes rather than stand alone.
    assert rows(powers._keep_bases(listed(True, True, True, True), 5)) == [0, 1, 2, 3]
    assert rows(powers._keep_bases(listed(True, True, True, True), 6)) == [0, 1, 2, 3, 4, 5]
