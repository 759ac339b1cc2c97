"""A section header or a reference to one, told apart by what it says."""

from __future__ import annotations

import re

import pytest

from kmportal.ingest.crossref import continued_after, continues_sentence, is_reference

_CANDIDATE = re.compile(r"(?m)^มาตรา (?P<num>[๐-๙/]+)(?: |\n|$)")


def reference(text: str) -> bool:
    """Whether the last line of ``text``, a candidate header, is only a reference."""
    m = list(_CANDIDATE.finditer(text))[-1]
    return is_reference(text, m.start(), m.end(), unit="มาตรา", number=m.group("num"))


@pytest.mark.parametrize(
    "line",
    [
        "มาตรา ๔๕ แห่งพระราชบัญญัตินี้",
        "มาตรา ๔๕ (๘) แห่งพระราชบัญญัตินี้",
        "มาตรา ๔๕ (๑) แห่งพระราชบัญญัตินี้",
        "มาตรา ๓๕/๔ มาตรา ๓๕/๕ และมาตรา ๓๖ มาใช้บังคับ",
        "มาตรา ๒๕ และ มาตรา ๒๘ ให้ผู้รับผิดชอบ",
        "มาตรา ๖๔/๑ หรือมาตรา ๙๒ แห่งพระราชบัญญัติ",
        "มาตรา ๙๗ ถึงมาตรา ๑๑๑",
        "มาตรา ๒๘ วรรคหนึ่ง มาตรา ๓๐",
        "มาตรา ๔๕ ของพระราชบัญญัติองค์การบริหารส่วนจังหวัด",
        "มาตรา ๔๕ ตามประมวลกฎหมายอาญา",
        "มาตรา ๒๓๐ ได้บัญญัติให้การรวมหรือโอนกระทรวง",
        "มาตรา ๔๕ ดังกล่าวให้ใช้บังคับต่อไป",
        "มาตรา ๕๔ เฉพาะในส่วนที่สันนิษฐานให้กรรมการต้องรับผิด",
    ],
)
def test_a_line_that_names_a_section_is_a_reference(line: str) -> None:
    assert reference(line)


@pytest.mark.parametrize(
    "line",
    [
        "มาตรา ๔๕ องค์การบริหารส่วนจังหวัดมีอำนาจหน้าที่",
        "มาตรา ๓ ให้ยกเลิก",
        "มาตรา ๔ ในพระราชบัญญัตินี้",
        "มาตรา ๗๐ ของอันพึงต้องเสียค่าอากรชั้นใน",
        "มาตรา ๔๔ ตามลำแม่น้ำเล็ก และในคลองต่าง ๆ",
        "มาตรา ๑๐๔ ถึงแม้ว่าพระราชบัญญัตินี้จะบัญญัติไว้ประการใดก็ตาม",
        "มาตรา ๔๒ (๑) นายเรือที่มาถึงท่าใดต้องรีบจัดการ",
        "มาตรา ๓๘ (ยกเลิก)",
        "มาตรา ๒ มาตรา ๒ พระราชบัญญัตินี้ให้ใช้บังคับ",
        "มาตรา ๘\n(๑) ผู้ว่าราชการจังหวัด",
    ],
)
def test_a_line_that_opens_a_section_is_a_header(line: str) -> None:
    assert not reference(line)


def test_a_line_after_one_that_breaks_off_mid_sentence_is_a_reference() -> None:
    assert reference("ให้ปฏิบัติหน้าที่ตาม\nมาตรา ๑๑ ให้มีคณะอนุกรรมการ")
    assert reference("บทบัญญัติซึ่งบัญญัติไว้ใน\nมาตรา ๑๑ ให้มีคณะอนุกรรมการ")


def test_a_line_after_a_finished_sentence_or_a_blank_line_is_a_header() -> None:
    assert not reference("ให้รัฐมนตรีรักษาการตามพระราชบัญญัตินี้\nมาตรา ๑๑ ให้มีคณะอนุกรรมการ")
    assert not reference("ให้ดำเนินการในพื้นที่\nมาตรา ๑๑ ให้มีคณะอนุกรรมการ")
    assert not reference("ให้ปฏิบัติหน้าที่ตาม\n\nมาตรา ๑๑ ให้มีคณะอนุกรรมการ")


def test_continues_sentence_looks_only_at_the_line_just_before() -> None:
    text = "พระราชบัญญัติทดสอบ\n(ฉบับที่ ๒) พ.ศ. ๒๕๔๒\nแก้ไขเพิ่มเติมโดย\nพระราชบัญญัติทดสอบ"
    assert continues_sentence(text, text.rindex("พระราชบัญญัติ"))
    assert not continues_sentence(text, text.index("(ฉบับที่"))
    assert not continues_sentence(text, 0)


def test_a_line_ending_in_a_word_that_can_also_end_a_sentence_leaves_the_next_a_header() -> None:
    # "รับมอบของ": ของ is the goods here, not "of".
    assert not reference("ต้องรับผิดเมื่อได้รับมอบของ\nมาตรา ๑๙ แม้ว่าผู้ตราส่งจะได้ปฏิบัติ")
    assert not reference("ให้มีสำนักงานไม่เกินสามแห่ง\nมาตรา ๑๙ ให้คณะกรรมการ")


def test_a_title_whose_next_line_carries_on_the_sentence_is_not_a_title() -> None:
    text = "คือ พระราชบัญญัติทดสอบ (ฉบับที่ ๓) พ.ศ. ๒๕๔๐\nและพระราชบัญญัติอื่น\n"
    start = text.index("พระราชบัญญัติ")
    end = text.index("\n")
    assert continued_after(text, start, end)
    text = "พระราชบัญญัติทดสอบ\n(ฉบับที่ ๓) พ.ศ. ๒๕๔๐\nมาตรา ๒ พระราชบัญญัตินี้ให้ใช้บังคับ\n"
    assert not continued_after(text, 0, text.index("\nมาตรา"))
