"""Reading the powers an Act grants, by rules over its wording."""

from __future__ import annotations

import pytest
from helpers.powers_corpus import (
    DEC_ACT,
    DEC_TITLE,
    MUNI_ACT,
    MUNI_TITLE,
    PAO_ACT,
    PAO_TITLE,
    TAO_ACT,
)

from kmportal.ingest.lawtext import split_law
from kmportal.ingest.powers_law import (
    PowerItem,
    cite,
    find_grant,
    is_catch_all,
    item_anchor,
    law_powers,
)
from kmportal.thai.normalize import clean_display


def powers_of(text: str, title: str) -> dict[tuple[str | None, str | None], PowerItem]:
    clean = clean_display(text)
    items = law_powers(clean, split_law(clean, title=title), unit="มาตรา", law=title)
    out = {(p.section, p.item): p for p in items}
    assert len(out) == len(items), "a provision registered twice"
    return out


@pytest.fixture(scope="module")
def pao() -> dict[tuple[str | None, str | None], PowerItem]:
    return powers_of(PAO_ACT, PAO_TITLE)


@pytest.fixture(scope="module")
def muni() -> dict[tuple[str | None, str | None], PowerItem]:
    return powers_of(MUNI_ACT, MUNI_TITLE)


@pytest.fixture(scope="module")
def dec() -> dict[tuple[str | None, str | None], PowerItem]:
    return powers_of(DEC_ACT, DEC_TITLE)


def test_each_item_of_a_power_section_is_a_provision_numbered_as_the_act_writes_it(
    pao: dict[tuple[str | None, str | None], PowerItem],
) -> None:
    assert [k for k in pao if k[0] == "45"] == [
        ("45", "1"),
        ("45", "2"),
        ("45", "3"),
        ("45", "5"),
        ("45", "6"),
        ("45", "6/1"),
        ("45", "7 ทวิ"),
        ("45", "7 ตรี"),
        ("45", "8"),
        ("45", "9"),
    ]
    assert all(p.kinds == ["pao"] for p in pao.values())


def test_a_repealed_item_or_section_never_counts(
    pao: dict[tuple[str | None, str | None], PowerItem],
) -> None:
    assert ("45", "4") not in pao
    assert not any(s == "49" for s, _ in pao)


def test_organs_and_other_actors_are_not_the_organisation(
    pao: dict[tuple[str | None, str | None], PowerItem],
) -> None:
    # The PAO mayor's powers (ม.๓๕/๕) and the governor's supervision (ม.๗๑).
    assert not any(s in ("35/5", "71") for s, _ in pao)
    assert find_grant("สภาองค์การบริหารส่วนตำบลมีอำนาจหน้าที่ ดังต่อไปนี้") is None
    assert find_grant("ให้คณะกรรมการมีอำนาจและหน้าที่ ดังต่อไปนี้") is None
    # A name glued to the end of another's ("the Bangkok communicable-disease committee").
    assert find_grant("ให้มีคณะกรรมการโรคติดต่อกรุงเทพมหานคร มีอำนาจหน้าที่ ดังต่อไปนี้") is None
    grant = find_grant("ให้เทศบาล เมืองพัทยา\nและองค์การบริหารส่วนตำบลมีอำนาจและหน้าที่")
    assert grant is not None and grant.kinds == ("municipality", "pattaya", "tao")


def test_item_text_is_its_own_wording_on_one_line_without_footnote_marks(
    pao: dict[tuple[str | None, str | None], PowerItem],
) -> None:
    assert pao[("45", "7 ทวิ")].text == "บำรุงรักษาศิลปะ จารีตประเพณี และวัฒนธรรมอันดีของท้องถิ่น"
    assert pao[("45", "7 ตรี")].text == (
        "จัดการ ส่งเสริม และสนับสนุนการจัดการศึกษา รวมทั้งการดูแลและพัฒนาเด็กเล็ก"
    )
    # The paragraph after the list is not part of its last item.
    assert pao[("45", "9")].text == "จัดทำกิจการอื่นใดตามที่กำหนดไว้ในพระราชบัญญัตินี้หรือกฎหมายอื่น"


def test_offsets_point_at_the_item_in_the_document(
    pao: dict[tuple[str | None, str | None], PowerItem],
) -> None:
    text = clean_display(PAO_ACT)
    item = pao[("45", "6/1")]
    assert text[item.start : item.end].startswith("(๖/๑)[๒]")
    assert "การจราจร" in text[item.start : item.end]


def test_a_section_without_items_is_one_provision(
    pao: dict[tuple[str | None, str | None], PowerItem],
) -> None:
    s48 = pao[("48", None)]
    assert s48.text.startswith("องค์การบริหารส่วนจังหวัดอาจให้บริการแก่เอกชน")
    assert not s48.catch_all
    assert s48.label == "มาตรา ๔๘ แห่งพระราชบัญญัติองค์การบริหารส่วนจังหวัด พ.ศ. ๒๕๔๐"


def test_labels_are_the_thai_citation_a_plan_prints(
    pao: dict[tuple[str | None, str | None], PowerItem],
) -> None:
    assert pao[("45", "8")].label == ("มาตรา ๔๕ (๘) แห่งพระราชบัญญัติองค์การบริหารส่วนจังหวัด พ.ศ. ๒๕๔๐")
    assert pao[("45", "7 ทวิ")].label.startswith("มาตรา ๔๕ (๗ ทวิ) แห่ง")
    assert cite("ข้อ", "19", None, "ระเบียบ พ.ศ. 2562") == "ข้อ ๑๙ แห่งระเบียบ พ.ศ. ๒๕๖๒"


@pytest.mark.parametrize(
    ("key", "catch_all"),
    [
        (("45", "5"), True),  # only points to another Act
        (("45", "8"), True),  # any matter a ministerial rule sets out
        (("45", "9"), True),  # other matters the law provides
        (("45", "3"), False),
        (("45", "6/1"), False),
    ],
)
def test_catch_alls_are_marked(
    pao: dict[tuple[str | None, str | None], PowerItem],
    key: tuple[str, str],
    catch_all: bool,
) -> None:
    assert pao[key].catch_all is catch_all


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("หน้าที่อื่นตามที่กฎหมายบัญญัติให้เป็นหน้าที่ของเทศบาล", True),
        ("กิจการตามที่ระบุไว้ในมาตรา ๕๐", True),
        ("ปฏิบัติหน้าที่อื่นตามที่ทางราชการมอบหมาย", True),
        ("กิจการอื่นใดที่เป็นผลประโยชน์ของประชาชนในท้องถิ่นตามที่คณะกรรมการประกาศกำหนด", True),
        ("กิจการที่ได้มีการกำหนดไว้ในแผนพัฒนาจังหวัด", True),
        ("ทำกิจการนอกเขตองค์การบริหารส่วนตำบล", True),
        ("การพัฒนาตำบลทั้งในด้านเศรษฐกิจ สังคม และวัฒนธรรม", True),
        ("กิจการเกี่ยวกับการพาณิชย์", False),
        ("จัดทำกิจการซึ่งจำเป็นเพื่อการสาธารณสุข", False),
        ("จัดทำแผนพัฒนาองค์การบริหารส่วนจังหวัด ตามระเบียบที่คณะรัฐมนตรีกำหนด", False),
    ],
)
def test_is_catch_all(text: str, expected: bool) -> None:
    assert is_catch_all(text) is expected


def test_municipal_tiers_come_from_the_subject_and_spread_through_cross_references(
    muni: dict[tuple[str | None, str | None], PowerItem],
) -> None:
    assert muni[("51", "1")].tiers == ["ตำบล"]
    # ม.๕๓ (๑) gives the เมือง tier ม.๕๐'s items; ม.๕๖ (๑) -> ม.๕๓ -> ม.๕๐ gives นคร.
    assert sorted(muni[("50", "2")].tiers) == sorted(["ตำบล", "เมือง", "นคร"])
    assert sorted(muni[("53", "2")].tiers) == sorted(["เมือง", "นคร"])
    # ม.๕๗: a เทศบาลนคร may do what ม.๕๔ lists.
    assert sorted(muni[("54", "1")].tiers) == sorted(["เมือง", "นคร"])
    assert muni[("53", "1")].catch_all and muni[("57", None)].catch_all
    assert all(p.kinds == ["municipality"] for p in muni.values())


def test_numbered_conditions_make_one_provision_and_a_complement_is_no_subject(
    muni: dict[tuple[str | None, str | None], PowerItem],
) -> None:
    assert ("57 ทวิ", None) in muni and ("57 ทวิ", "1") not in muni
    assert muni[("57 ทวิ", None)].catch_all  # outside its area: where, not what
    # ม.๕: "คงมีฐานะเป็นเทศบาลตำบล เทศบาลเมือง และเทศบาลนคร ... มีอำนาจหน้าที่..."
    assert not any(s == "5" for s, _ in muni)


def test_a_section_naming_several_kinds_grants_each_and_a_reference_extends_kinds(
    dec: dict[tuple[str | None, str | None], PowerItem],
) -> None:
    assert dec[("16", "2")].kinds == ["municipality", "pattaya", "tao", "bangkok"]
    assert dec[("17", "2")].kinds == ["pao", "bangkok"]  # ม.๑๘ gives Bangkok ม.๑๖ and ม.๑๗
    assert dec[("18", None)].kinds == ["bangkok"] and dec[("18", None)].catch_all
    assert not any(s == "12" for s, _ in dec)  # the committee's powers


def test_a_general_mandate_is_a_catch_all() -> None:
    tao = powers_of(TAO_ACT, "พระราชบัญญัติสภาตำบลและองค์การบริหารส่วนตำบล พ.ศ. ๒๕๓๗")
    assert tao[("66", None)].catch_all
    assert not tao[("68", "1")].catch_all
    assert not any(s == "46" for s, _ in tao)  # the TAO council's powers


def test_a_document_without_power_sections_gives_nothing() -> None:
    text = "พระราชบัญญัติ\nงบประมาณ\nพ.ศ. ๒๕๖๑\n\nมาตรา ๑  พระราชบัญญัตินี้เรียกว่า\n\nมาตรา ๒  ให้ใช้บังคับ\n"
    assert law_powers(text, split_law(text), unit="มาตรา", law="x") == []


@pytest.mark.parametrize(
    ("args", "anchor"),
    [
        (("s45", "มาตรา", "45", "8"), "s45-i8"),
        (("s45", "มาตรา", "45", "6/1"), "s45-i6-1"),
        (("s45", "มาตรา", "45", "7 ทวิ"), "s45-i7-x2"),
        (("s48", "มาตรา", "48", None), "s48"),
        (("p11", "ข้อ", "1", None), "p11-n1"),
    ],
)
def test_item_anchor(args: tuple[str, str, str, str | None], anchor: str) -> None:
    assert item_anchor(*args) == anchor
