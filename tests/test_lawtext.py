"""Splitting a consolidated Act into its sections, with all its traps."""

from __future__ import annotations

import itertools
import re

import pytest
from helpers.thai_corpus import PAO_ACT, PAO_TITLE

from kmportal.ingest.lawtext import act_title, split_law
from kmportal.ingest.structure import SectionSpan
from kmportal.thai.normalize import clean_display


@pytest.fixture(scope="module")
def text() -> str:
    return clean_display(PAO_ACT)


@pytest.fixture(scope="module")
def sections(text: str) -> dict[str, SectionSpan]:
    out = split_law(text, title=PAO_TITLE)
    keys = [s.key for s in out]
    assert len(keys) == len(set(keys)), keys
    return {s.key: s for s in out}


def body(text: str, s: SectionSpan) -> str:
    return text[s.start : s.end]


def test_act_title_joins_the_title_block_up_to_the_year(text: str) -> None:
    assert act_title(text) == PAO_TITLE


def test_sections_come_out_in_reading_order_with_the_expected_keys(text: str) -> None:
    keys = [s.key for s in split_law(text, title=PAO_TITLE)]
    assert keys == [
        "preamble",
        "s1",
        "s2",
        "s9",
        "s25",
        "s35-3",
        "s38",
        "s45",
        "s45-1",
        "s48-x2",
        "s64",
        "note1",
        "a1-s2",
        "a1-s25",
        "note2",
        "footnotes",
    ]


def test_a_footnote_marker_glued_to_the_number_is_not_part_of_the_number(
    sections: dict[str, SectionSpan], text: str
) -> None:
    s9 = sections["s9"]
    assert s9.label == "มาตรา 9"
    assert s9.number == "9"
    assert body(text, s9).startswith("มาตรา ๙[๒]  สภาองค์การบริหารส่วนจังหวัด")


def test_a_label_split_across_lines_is_one_section(
    sections: dict[str, SectionSpan], text: str
) -> None:
    s25 = sections["s25"]
    assert s25.label == "มาตรา 25"
    assert body(text, s25).startswith("มาตรา\n๒๕")
    assert "ประชุมสมัยวิสามัญ" in body(text, s25)


def test_a_line_starting_with_a_reference_to_a_lower_section_is_not_a_header(
    sections: dict[str, SectionSpan], text: str
) -> None:
    # "มาตรา ๙ (๒) ให้นำมาใช้บังคับ..." starts a line inside มาตรา ๒๕.
    assert "มาตรา ๙ (๒) ให้นำมาใช้บังคับ" in body(text, sections["s25"])
    assert [k for k in sections if k == "s9"] == ["s9"]


def test_a_line_of_cross_references_is_not_a_header(
    sections: dict[str, SectionSpan], text: str
) -> None:
    assert "มาตรา ๓๕/๔ มาตรา ๓๕/๕" in body(text, sections["s35-3"])
    assert "s35-4" not in sections and "s36" not in sections and "s37" not in sections


def test_a_slash_number_becomes_a_dash_in_its_key(sections: dict[str, SectionSpan]) -> None:
    assert sections["s45-1"].label == "มาตรา 45/1"
    assert sections["s35-3"].label == "มาตรา 35/3"


def test_a_bis_section_gets_an_ordinal_key_and_keeps_the_thai_suffix_in_its_label(
    sections: dict[str, SectionSpan],
) -> None:
    s = sections["s48-x2"]
    assert s.label == "มาตรา 48 ทวิ"
    assert s.number == "48 ทวิ"


def test_a_repealed_section_is_labelled_as_repealed(
    sections: dict[str, SectionSpan], text: str
) -> None:
    s38 = sections["s38"]
    assert s38.label == "มาตรา 38 (ยกเลิก)"
    assert body(text, s38).strip() == "มาตรา ๓๘[๗]\u00a0 (ยกเลิก)"
    assert not sections["s9"].label.endswith("(ยกเลิก)")


def test_a_section_that_repeals_other_laws_is_not_itself_repealed() -> None:
    t = "พระราชบัญญัติทดสอบ\nพ.ศ. ๒๕๔๐\n\nมาตรา ๓  ให้ยกเลิก\n(๑) พระราชบัญญัติเก่า\n\nมาตรา ๔  อื่น ๆ\n"
    (s3,) = [s for s in split_law(t) if s.key == "s3"]
    assert s3.label == "มาตรา 3"


def test_a_repealed_section_with_its_label_split_over_lines_is_still_repealed() -> None:
    t = "พระราชบัญญัติทดสอบ\nพ.ศ. ๒๕๔๐\n\nมาตรา\n๓๘\n(ยกเลิก)\nมาตรา ๔๐  ข้อความ\n"
    labels = {s.key: s.label for s in split_law(t)}
    assert labels["s38"] == "มาตรา 38 (ยกเลิก)"
    assert labels["s40"] == "มาตรา 40"


def test_each_section_carries_the_chapter_it_is_in(sections: dict[str, SectionSpan]) -> None:
    assert sections["s1"].heading == ""
    assert sections["s9"].heading == "หมวด ๑ สภาองค์การบริหารส่วนจังหวัด"
    assert sections["s25"].heading == "หมวด ๑ สภาองค์การบริหารส่วนจังหวัด"
    assert sections["s35-3"].heading == "หมวด ๓ นายกองค์การบริหารส่วนจังหวัด"
    assert sections["s45"].heading == "หมวด ๔ อำนาจหน้าที่ขององค์การบริหารส่วนจังหวัด"
    assert sections["s64"].heading == sections["s45"].heading


def test_a_chapter_heading_is_not_swallowed_by_the_section_before_it(
    sections: dict[str, SectionSpan], text: str
) -> None:
    assert "หมวด" not in body(text, sections["s2"])
    assert "หมวด" not in body(text, sections["s38"])


def test_an_amending_acts_section_25_is_not_confused_with_the_acts_own(
    sections: dict[str, SectionSpan], text: str
) -> None:
    own, amending = sections["s25"], sections["a1-s25"]
    assert own.part == 0 and amending.part == 1
    assert own.label == "มาตรา 25"
    assert amending.label.startswith("มาตรา 25 (พระราชบัญญัติองค์การบริหารส่วนจังหวัด (ฉบับที่ ๒)")
    assert amending.heading == "พระราชบัญญัติองค์การบริหารส่วนจังหวัด (ฉบับที่ ๒) พ.ศ. ๒๕๔๒"
    assert "บรรดาสมาชิกสภาซึ่งดำรงตำแหน่งอยู่" in body(text, amending)
    assert "บรรดาสมาชิกสภา" not in body(text, own)


def test_an_amending_acts_split_label_is_found(sections: dict[str, SectionSpan], text: str) -> None:
    a2 = sections["a1-s2"]
    assert body(text, a2).startswith("มาตรา\n๒ \nพระราชบัญญัตินี้ให้ใช้บังคับ")


def test_the_signature_and_reasons_do_not_belong_to_the_last_section(
    sections: dict[str, SectionSpan], text: str
) -> None:
    last = body(text, sections["s64"])
    assert "ผู้รับสนองพระบรมราชโองการ" not in last
    assert "หมายเหตุ" not in last
    assert body(text, sections["note1"]).startswith("หมายเหตุ")
    assert "(ฉบับที่ ๒)" not in body(text, sections["note1"])


def test_the_footnote_block_is_kept_but_never_indexed(
    sections: dict[str, SectionSpan], text: str
) -> None:
    fn = sections["footnotes"]
    assert not fn.indexed
    assert body(text, fn).startswith("[๑] ราชกิจจานุเบกษา")
    assert fn.end == len(text)
    assert all(s.indexed for k, s in sections.items() if k != "footnotes")


def test_a_footnote_line_that_names_a_section_is_not_a_section(
    sections: dict[str, SectionSpan],
) -> None:
    fn = sections["footnotes"]
    # "[๒] มาตรา ๙ แก้ไขเพิ่มเติมโดย..." and "[๓] มาตรา\n๓๕/๓ เพิ่มโดย..."
    numbered = [s for s in sections.values() if s.number and s.start >= fn.start]
    assert numbered == []
    assert [k for k in sections if k.endswith("s9")] == ["s9"]


def test_numbered_items_are_found_including_bis_items_split_over_lines(
    sections: dict[str, SectionSpan], text: str
) -> None:
    items = [re.sub(r"\s+", " ", text[a:b]) for a, b in sections["s45"].items]
    assert items == [
        "(๑)",
        "(๒)",
        "(๓)",
        "(๔)",
        "(๕)",
        "(๖)",
        "(๖/๑)",
        "(๗)",
        "(๗ ทวิ)",
        "(๗ ตรี)",
        "(๘)",
        "(๙)",
    ]
    assert all(sections["s45"].start < a < sections["s45"].end for a, _ in sections["s45"].items)


def test_offsets_never_overlap_and_only_headings_fall_between_sections(text: str) -> None:
    spans = split_law(text, title=PAO_TITLE)
    assert spans[0].start == 0
    assert spans[-1].end == len(text)
    gaps = []
    for a, b in itertools.pairwise(spans):
        assert a.start < a.end <= b.start, (a.key, b.key)
        gap = text[a.end : b.start].strip(" \n\u00a0")
        if gap:
            gaps.append(gap.split("\n", 1)[0])
    # Chapter headings, the signature block and an amending Act's title are not sections.
    assert gaps == [
        "หมวด ๑",
        "หมวด ๓",
        "หมวด ๔",
        "ผู้รับสนองพระบรมราชโองการ",
        "พระราชบัญญัติองค์การบริหารส่วนจังหวัด",
    ]


def test_each_section_slice_starts_at_its_own_header(text: str) -> None:
    for s in split_law(text, title=PAO_TITLE):
        if s.number:
            assert text[s.start : s.end].startswith("มาตรา"), s.key


def test_the_preamble_uses_the_title_as_its_label(sections: dict[str, SectionSpan]) -> None:
    assert sections["preamble"].label == PAO_TITLE
    assert sections["preamble"].number is None


def test_arabic_numerals_in_the_source_work_too() -> None:
    t = "พระราชบัญญัติทดสอบ พ.ศ. 2540\n\nมาตรา 1  ชื่อ\n\nมาตรา 2/1  ข้อความ\n(1) หนึ่ง\n(2) สอง\n"
    spans = {s.key: s for s in split_law(t)}
    assert set(spans) == {"preamble", "s1", "s2-1"}
    assert len(spans["s2-1"].items) == 2


def test_a_regulation_is_split_on_its_clauses() -> None:
    t = (
        "ระเบียบกระทรวงมหาดไทย\nว่าด้วยการทดสอบ พ.ศ. ๒๕๖๐\n\n"
        "ข้อ ๑  ระเบียบนี้เรียกว่า\n\nข้อ ๑๗  การเบิก\n(๒) ค่าเดินทาง\n"
    )
    spans = {s.key: s for s in split_law(t, unit="ข้อ")}
    assert spans["s17"].label == "ข้อ 17"
    assert "s1" in spans


def test_a_line_starting_with_a_reference_to_a_later_section_and_item_is_not_a_header() -> None:
    t = (
        "พระราชบัญญัติทดสอบ พ.ศ. ๒๕๔๐\n\n"
        "มาตรา ๑๐  ให้ปฏิบัติตาม\n"
        "มาตรา ๔๕ (๘) แห่งพระราชบัญญัตินี้โดยอนุโลม\n\n"
        "มาตรา ๒๐  ข้อความมาตรายี่สิบ\n\n"
        "มาตรา ๔๕  ข้อความมาตราสี่สิบห้า\n"
    )
    spans = {s.key: t[s.start : s.end] for s in split_law(t)}
    assert set(spans) == {"preamble", "s10", "s20", "s45"}
    assert spans["s45"].startswith("มาตรา ๔๕  ข้อความมาตราสี่สิบห้า")


_CHAPTERS_AND_PARTS = (
    "พระราชบัญญัติเทศบาล\nพ.ศ. ๒๔๙๖\n\n"
    "มาตรา ๑  ชื่อ\n\n"
    "หมวด ๒\nสภาเทศบาล\n\n"
    "ส่วนที่ ๑\nสมาชิกสภาเทศบาล\n\n"
    "มาตรา ๑๕  สภาเทศบาลประกอบด้วยสมาชิก\n\n"
    "ส่วนที่ ๒\nการประชุม\n\n"
    "มาตรา ๒๔  การประชุมสภา\n\n"
    "หมวด ๓\nเทศบาลตำบล\n\n"
    "มาตรา ๕๐  เทศบาลตำบลมีหน้าที่\n"
)


def test_a_new_chapter_replaces_the_part_of_the_previous_chapter() -> None:
    headings = {s.key: s.heading for s in split_law(_CHAPTERS_AND_PARTS)}
    assert headings["s50"] == "หมวด ๓ เทศบาลตำบล"
    assert headings["s1"] == ""


def test_a_section_in_a_part_of_a_chapter_carries_the_whole_heading_path() -> None:
    headings = {s.key: s.heading for s in split_law(_CHAPTERS_AND_PARTS)}
    assert "หมวด ๒ สภาเทศบาล" in headings["s15"]
    assert "ส่วนที่ ๑ สมาชิกสภาเทศบาล" in headings["s15"]
    assert "หมวด ๒ สภาเทศบาล" in headings["s24"] and "ส่วนที่ ๒ การประชุม" in headings["s24"]


def test_each_appended_amending_act_numbers_its_own_part() -> None:
    t = (
        "พระราชบัญญัติทดสอบ\nพ.ศ. ๒๕๔๐\n\n"
        "มาตรา ๒๕  บทหลัก\n\n"
        "มาตรา ๒๖  บทหลักต่อ\n\n"
        "ผู้รับสนองพระบรมราชโองการ\nนายกรัฐมนตรี\n\n"
        "พระราชบัญญัติทดสอบ (ฉบับที่ ๒) พ.ศ. ๒๕๔๒[๑]\n\n"
        "มาตรา ๒๕  บทเฉพาะกาลฉบับที่สอง\n\n"
        "พระราชบัญญัติทดสอบ\n(ฉบับที่ ๓) พ.ศ. ๒๕๔๖[๒]\n\n"
        "มาตรา\n๒๕  บทเฉพาะกาลฉบับที่สาม\n\n"
        "[๑] ราชกิจจานุเบกษา เล่ม ๑\n[๒] ราชกิจจานุเบกษา เล่ม ๒\n"
    )
    spans = {s.key: s for s in split_law(t)}
    assert {"s25", "s26", "a1-s25", "a2-s25"} <= set(spans)
    assert "ฉบับที่สอง" in t[spans["a1-s25"].start : spans["a1-s25"].end]
    assert "ฉบับที่สาม" in t[spans["a2-s25"].start : spans["a2-s25"].end]
    assert spans["a2-s25"].heading == "พระราชบัญญัติทดสอบ (ฉบับที่ ๓) พ.ศ. ๒๕๔๖"
    assert spans["a2-s25"].part == 2


# --- law as offices type it: one space after the number, references anywhere -----------

_OFFICE_ACT = (
    "พระราชบัญญัติทดสอบ พ.ศ. ๒๕๔๐\n"
    "มาตรา ๑ พระราชบัญญัตินี้เรียกว่า “พระราชบัญญัติทดสอบ พ.ศ. ๒๕๔๐”\n"
    "มาตรา ๒ ให้ผู้ว่าราชการจังหวัดปฏิบัติตาม\n"
    "มาตรา ๓ (๒) แห่งพระราชบัญญัตินี้โดยอนุโลม\n"
    "มาตรา ๓ ผู้ใดฝ่าฝืนต้องระวางโทษตาม\n"
    "มาตรา ๔ วรรคสอง\n"
    "มาตรา ๔ ให้นำบทบัญญัติ\n"
    "มาตรา ๕ และมาตรา ๖ มาใช้บังคับ\n"
    "มาตรา ๕ ของอันพึงต้องเสียอากรให้เสียตามพิกัด\n"
    "มาตรา ๖ ตามลำแม่น้ำให้จอดเรือได้เฉพาะที่ท่า\n"
    "มาตรา ๗ (๑) ผู้ว่าราชการจังหวัด\n"
    "(๒) นายอำเภอ\n"
    "มาตรา ๘ ตามพระราชบัญญัติว่าด้วยการทดสอบ ให้ถือว่าเป็นการอนุญาต\n"
    "มาตรา ๘ รัฐมนตรีว่าการกระทรวงมหาดไทยรักษาการตามพระราชบัญญัตินี้\n"
)


def test_a_header_followed_by_a_single_space_is_a_header() -> None:
    spans = {s.key: s for s in split_law(_OFFICE_ACT)}
    assert [k for k in spans if k != "preamble"] == ["s1", "s2", "s3", "s4", "s5", "s6", "s7", "s8"]


def test_references_starting_a_line_in_order_are_told_apart_by_what_follows_the_number() -> None:
    # Each reference below names the next section, so the order of numbers alone
    # cannot tell it from a header: only its words can.
    bodies = {s.key: _OFFICE_ACT[s.start : s.end] for s in split_law(_OFFICE_ACT)}
    assert "มาตรา ๓ (๒) แห่งพระราชบัญญัตินี้" in bodies["s2"]
    assert "มาตรา ๔ วรรคสอง" in bodies["s3"]
    assert "มาตรา ๕ และมาตรา ๖" in bodies["s4"]
    assert "มาตรา ๘ ตามพระราชบัญญัติว่าด้วยการทดสอบ" in bodies["s7"]


def test_a_section_may_open_with_of_or_along_or_its_first_item() -> None:
    bodies = {s.key: _OFFICE_ACT[s.start : s.end] for s in split_law(_OFFICE_ACT)}
    assert bodies["s5"].startswith("มาตรา ๕ ของอันพึงต้องเสียอากร")
    assert bodies["s6"].startswith("มาตรา ๖ ตามลำแม่น้ำ")
    assert bodies["s7"].startswith("มาตรา ๗ (๑) ผู้ว่าราชการจังหวัด")


def test_a_line_that_breaks_off_mid_sentence_makes_the_next_line_a_reference() -> None:
    # As a PDF wraps it: the reference starts a line after "…ตาม".
    t = (
        "พระราชบัญญัติทดสอบ พ.ศ. ๒๕๔๐\n"
        "มาตรา ๑๐ ให้คณะกรรมการมีอำนาจหน้าที่ตาม\n"
        "มาตรา ๑๑ ให้มีคณะอนุกรรมการ\n"
        "มาตรา ๑๑ ให้คณะกรรมการแต่งตั้งคณะอนุกรรมการได้\n"
    )
    spans = [s for s in split_law(t) if s.number]
    assert [(s.key, t[s.start : s.end].split("\n")[0]) for s in spans] == [
        ("s10", "มาตรา ๑๐ ให้คณะกรรมการมีอำนาจหน้าที่ตาม"),
        ("s11", "มาตรา ๑๑ ให้คณะกรรมการแต่งตั้งคณะอนุกรรมการได้"),
    ]


def test_high_ordinal_suffixes_and_their_other_spellings_get_ordinal_keys() -> None:
    t = (
        "พระราชบัญญัติเทศบาล พ.ศ. ๒๔๙๖\n"
        "มาตรา ๔๘ จตุทศ นายกเทศมนตรีมีอำนาจหน้าที่\n"
        "มาตรา ๔๘ ปัญจทศ[๖๕] นายกเทศมนตรีอาจแต่งตั้งรองนายกเทศมนตรี\n"
        "มาตรา ๔๘ วีสติ[๗๖]\nอำนาจหน้าที่ของนายกเทศมนตรี\n"
        "มาตรา ๔๘ ปัญจวีสติ ในกรณีที่มีการยุบสภาเทศบาล\n"
    )
    spans = {s.key: s for s in split_law(t) if s.number}
    assert list(spans) == ["s48-x14", "s48-x15", "s48-x20", "s48-x25"]
    assert spans["s48-x15"].label == "มาตรา 48 ปัญจทศ"


def test_a_footnote_marker_after_a_space_still_belongs_to_the_header() -> None:
    t = "พระราชบัญญัติทดสอบ พ.ศ. ๒๕๔๐\n\nมาตรา ๑๓๔  ข้อความ\n\nมาตรา ๑๓๕ [๘๙]\nในคดีที่เรียกร้อง\n"
    assert [s.key for s in split_law(t) if s.number] == ["s134", "s135"]


def test_an_amending_acts_title_split_by_a_blank_line_starts_its_part() -> None:
    t = (
        "พระราชบัญญัติทดสอบ\nพ.ศ. ๒๕๔๐\n\n"
        "มาตรา ๒๕ บทหลัก\n\n"
        "ผู้รับสนองพระบรมราชโองการ\n\nนายกรัฐมนตรี\n\n"
        "พระราชบัญญัติทดสอบ\n\n(ฉบับที่ ๒) พ.ศ. ๒๕๔๒\n\n"
        "มาตรา ๒๕ บทเฉพาะกาลฉบับที่สอง\n"
    )
    spans = {s.key: s for s in split_law(t)}
    assert spans["a1-s25"].heading == "พระราชบัญญัติทดสอบ (ฉบับที่ ๒) พ.ศ. ๒๕๔๒"


def test_a_sentence_naming_an_amending_act_does_not_start_a_part() -> None:
    t = (
        "พระราชบัญญัติทดสอบ\nพ.ศ. ๒๕๔๐\n\n"
        "มาตรา ๒๕ บทหลัก\n\n"
        "ผู้รับสนองพระบรมราชโองการ\nนายกรัฐมนตรี\n\n"
        "พระราชบัญญัติทดสอบ\n(ฉบับที่ ๒) พ.ศ. ๒๕๔๒\n\n"
        "มาตรา ๒ พระราชบัญญัตินี้ให้ใช้บังคับเมื่อพ้นกำหนดหกสิบวัน\n"
        "มาตรา ๓ ให้ยกเลิกความในมาตรา ๒๕ แห่งพระราชบัญญัติทดสอบ ซึ่งแก้ไขเพิ่มเติมโดย\n"
        "พระราชบัญญัติทดสอบ (ฉบับที่ ๒) พ.ศ. ๒๕๔๒\n"
        "พระราชบัญญัตินี้ให้ใช้บังคับ\n(ฉบับที่ ๓)\n"
        "มาตรา ๔ ให้รัฐมนตรีรักษาการ\n"
    )
    keys = [s.key for s in split_law(t) if s.number]
    assert keys == ["s25", "a1-s2", "a1-s3", "a1-s4"]


def test_a_regulation_typed_one_clause_per_line_has_one_section_per_clause() -> None:
    t = (
        "ระเบียบกระทรวงมหาดไทย\nว่าด้วยการทดสอบ\nพ.ศ. ๒๕๖๐\n"
        "ข้อ ๑ ระเบียบนี้เรียกว่า “ระเบียบกระทรวงมหาดไทยว่าด้วยการทดสอบ พ.ศ. ๒๕๖๐”\n"
        "ข้อ ๒ ระเบียบนี้ให้ใช้บังคับตั้งแต่วันถัดจากวันประกาศเป็นต้นไป\n"
        "ข้อ ๓ ให้ยกเลิกความในข้อ ๕ ของระเบียบเดิม\n"
        "ข้อ ๔ ให้นำความในข้อ ๓ มาใช้บังคับโดยอนุโลม\n"
        "ข้อ ๕ ให้ปลัดกระทรวงมหาดไทยรักษาการตามระเบียบนี้\n"
    )
    assert [s.key for s in split_law(t, unit="ข้อ") if s.number] == ["s1", "s2", "s3", "s4", "s5"]


def test_a_title_block_runs_to_its_year_even_when_the_number_is_on_the_next_line() -> None:
    t = (
        "พระราชบัญญัติ\nเหรียญที่ระลึก\nสมโภชกรุงรัตนโกสินทร์\n๒๐๐ ปี\nพุทธศักราช\n๒๕๒๕\n"
        "ในพระปรมาภิไธยสมเด็จพระเจ้าอยู่หัว\nมาตรา ๑ ชื่อ\n"
    )
    assert act_title(t) == "พระราชบัญญัติเหรียญที่ระลึกสมโภชกรุงรัตนโกสินทร์ ๒๐๐ ปี พุทธศักราช ๒๕๒๕"
    assert act_title("พระราชบัญญัติทดสอบ\nในพระปรมาภิไธย\nพ.ศ. ๒๕๐๐\n") == "พระราชบัญญัติทดสอบ"
