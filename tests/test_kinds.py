"""What a document is and what it is called."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from helpers.thai_corpus import DEC_ACT, DEC_TITLE, HANDBOOK, HANDBOOK_TITLE, PAO_ACT, PAO_TITLE

from kmportal.docstore.models import DocKind
from kmportal.ingest.kinds import infer_date, infer_kind, infer_title, law_unit
from kmportal.thai.normalize import clean_display


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (PAO_ACT, DocKind.act),
        ("พระราชกำหนด\nการบริหารราชการ\nพ.ศ. ๒๕๔๘\n", DocKind.act),
        ("กฎกระทรวง\nกำหนดหลักเกณฑ์\nพ.ศ. ๒๕๕๐\n", DocKind.ministerial_rule),
        ("ระเบียบกระทรวงมหาดไทย\nว่าด้วยการเบิกค่าใช้จ่าย\n", DocKind.regulation),
        (HANDBOOK, DocKind.handbook),
        ("ข่าวประชาสัมพันธ์\nอบจ.ตาก จัดประชุม\n", DocKind.news),
        ("บันทึกข้อความ\nเรื่อง ทดสอบ\n", DocKind.other),
    ],
)
def test_the_kind_is_inferred_from_the_opening_words(text: str, kind: DocKind) -> None:
    assert infer_kind(clean_display(text)) is kind


def test_a_title_split_by_spaces_is_still_an_act() -> None:
    assert infer_kind("พระราช บัญญัติ\nทดสอบ\n") is DocKind.act


def test_the_folder_name_decides_when_the_text_does_not() -> None:
    plain = "บันทึกข้อความ เรื่องทั่วไป"
    assert infer_kind(plain, Path("corpus/acts/x.txt")) is DocKind.act
    assert infer_kind(plain, Path("corpus/news/x.txt")) is DocKind.news
    assert infer_kind(plain, Path("corpus/Handbook/x.md")) is DocKind.handbook
    assert infer_kind(plain, Path("corpus/misc/x.txt")) is DocKind.other


def test_the_text_wins_over_the_folder() -> None:
    assert infer_kind(clean_display(PAO_ACT), Path("corpus/news/pao.txt")) is DocKind.act


def test_law_units() -> None:
    assert law_unit(DocKind.act) == "มาตรา"
    assert law_unit(DocKind.regulation) == "ข้อ"
    assert law_unit(DocKind.ministerial_rule) == "ข้อ"
    assert law_unit(DocKind.handbook) is None
    assert law_unit(DocKind.news) is None


def test_an_acts_title_is_its_title_block_joined_without_spaces_inside_words() -> None:
    assert infer_title(clean_display(PAO_ACT), DocKind.act, hint=None, fallback="x") == PAO_TITLE
    assert infer_title(DEC_ACT, DocKind.act, hint=None, fallback="x") == DEC_TITLE


def test_a_handbooks_title_is_its_first_line_without_markdown() -> None:
    assert infer_title(HANDBOOK, DocKind.handbook, hint=None, fallback="x") == HANDBOOK_TITLE


def test_a_title_hint_wins_and_the_fallback_covers_empty_text() -> None:
    hinted = infer_title(HANDBOOK, DocKind.handbook, hint="  ชื่อ \n จาก docx ", fallback="x")
    assert hinted == "ชื่อ จาก docx"
    assert infer_title("", DocKind.other, hint=None, fallback="file-stem") == "file-stem"


def test_a_laws_own_title_block_wins_over_the_files_title_property() -> None:
    # Word and PDF printers fill the property with "Microsoft Word - ร่าง.docx" and the like.
    titled = infer_title(clean_display(PAO_ACT), DocKind.act, hint="ร่าง ๓ แก้ไข", fallback="x")
    assert titled == PAO_TITLE
    assert infer_title("ข้อความ", DocKind.act, hint="ชื่อ", fallback="x") == "ชื่อ"


def test_a_very_long_first_line_is_cut_and_marked_as_cut() -> None:
    title = infer_title("ก" * 500, DocKind.news, hint=None, fallback="x")
    assert len(title) <= 120 and title.endswith("…")
    words = infer_title("คำหนึ่ง " * 40, DocKind.news, hint=None, fallback="x")
    assert words.endswith("คำหนึ่ง…")  # cut between words


def test_a_memo_about_official_information_is_not_news() -> None:
    memo = "บันทึกข้อความ\nเรื่อง การเปิดเผยข้อมูลข่าวสารของราชการ\nตามที่สำนักงานได้รับคำขอ"
    assert infer_kind(memo) is DocKind.other


def test_a_meeting_agenda_is_not_a_regulation() -> None:
    agenda = "ระเบียบวาระการประชุมคณะทำงาน KM ครั้งที่ ๑/๒๕๖๔\nระเบียบวาระที่ ๑ เรื่องที่ประธานแจ้ง"
    assert infer_kind(agenda) is not DocKind.regulation


def test_the_kind_is_read_past_a_page_number_or_header_left_on_a_one_page_file() -> None:
    text = (
        "หน้า ๑๒ เล่ม ๑๓๕ ตอนพิเศษ ๓๑๐ ง ราชกิจจานุเบกษา ๒๕ ธันวาคม ๒๕๖๑\n"
        "- ๑ -\n"
        "ระเบียบกระทรวงมหาดไทย\nว่าด้วยการทดสอบ\nพ.ศ. ๒๕๖๑\n"
        "ข้อ ๑ ระเบียบนี้เรียกว่า “ระเบียบกระทรวงมหาดไทยว่าด้วยการทดสอบ พ.ศ. ๒๕๖๑”\n"
    )
    assert infer_kind(text) is DocKind.regulation
    title = infer_title(text, DocKind.regulation, hint=None, fallback="x")
    assert title == "ระเบียบกระทรวงมหาดไทยว่าด้วยการทดสอบ พ.ศ. ๒๕๖๑"


def test_a_long_first_line_of_prose_is_not_taken_for_furniture() -> None:
    text = "บันทึกการประชุมคณะทำงานครั้งที่หนึ่งเรื่องการจัดทำแผน\nพระราชบัญญัติที่เกี่ยวข้อง\n"
    assert infer_kind(text) is DocKind.other


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("ประกาศกระทรวงมหาดไทย\nเรื่อง หลักเกณฑ์\nข้อ ๑ ให้ใช้\nข้อ ๒ ให้ปลัด\n", DocKind.regulation),
        ("ประกาศองค์การบริหารส่วนจังหวัดตาก\nเรื่อง รับสมัครงาน\nด้วย อบจ.ตาก\n", DocKind.other),
        ("ข้อบัญญัติองค์การบริหารส่วนจังหวัดตาก\nเรื่อง ตลาด\nข้อ ๑ ให้\nข้อ ๒ ให้\n", DocKind.regulation),
        ("พระราชกฤษฎีกา\nว่าด้วยหลักเกณฑ์และวิธีการบริหารกิจการบ้านเมืองที่ดี\n", DocKind.act),
    ],
)
def test_announcements_and_local_ordinances_made_of_clauses_are_regulations(
    text: str, kind: DocKind
) -> None:
    assert infer_kind(text) is kind


def test_a_title_block_without_its_year_takes_the_name_the_first_clause_gives() -> None:
    text = (
        "ระเบียบกระทรวงมหาดไทย\nว่าด้วยการทดสอบ\n(ฉบับที่ ๒)\n"
        "ข้อ ๑ ระเบียบนี้เรียกว่า “ระเบียบกระทรวงมหาดไทยว่าด้วยการทดสอบ (ฉบับที่ ๒) พ.ศ. ๒๕๖๒”\n"
        "ข้อ ๒ ระเบียบนี้ให้ใช้บังคับตั้งแต่วันถัดจากวันประกาศเป็นต้นไป\n"
    )
    title = infer_title(text, DocKind.regulation, hint=None, fallback="x")
    assert title == "ระเบียบกระทรวงมหาดไทยว่าด้วยการทดสอบ (ฉบับที่ ๒) พ.ศ. ๒๕๖๒"


def test_a_title_stops_before_the_preamble_and_the_first_clause() -> None:
    text = "ประกาศของคณะปฏิวัติ\nฉบับที่ ๑๘๙\nโดยที่คณะปฏิวัติพิจารณาเห็นว่า\nข้อ ๑ ให้\nข้อ ๒ ให้\n"
    assert infer_title(text, DocKind.regulation, hint=None, fallback="x") == (
        "ประกาศของคณะปฏิวัติ ฉบับที่ ๑๘๙"
    )


def test_the_date_a_law_was_given_or_announced_is_read_in_the_gregorian_calendar() -> None:
    assert infer_date(clean_display(PAO_ACT)) == date(1997, 10, 12)
    assert infer_date("ข้อ ๕ ให้ปลัดรักษาการ\nประกาศ ณ วันที่ 3 มีนาคม พ.ศ. 2562\n") == date(2019, 3, 3)
    assert infer_date("ให้ไว้ ณ วันที่\n๑๒ ตุลาคม พ.ศ. ๒๕๔๐") == date(1997, 10, 12)
    assert infer_date("ไม่มีวันที่") is None
    assert infer_date("ประกาศ ณ วันที่ ๓๑ กุมภาพันธ์ พ.ศ. ๒๕๖๒") is None
