"""What a document is and what it is called."""

from __future__ import annotations

from pathlib import Path

import pytest
from thai_fixtures import DEC_ACT, DEC_TITLE, HANDBOOK, HANDBOOK_TITLE, PAO_ACT, PAO_TITLE

from kmportal.docstore.models import DocKind
from kmportal.ingest.kinds import infer_kind, infer_title, law_unit
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
    hinted = infer_title(PAO_ACT, DocKind.act, hint="  ชื่อ \n จาก docx ", fallback="x")
    assert hinted == "ชื่อ จาก docx"
    assert infer_title("", DocKind.other, hint=None, fallback="file-stem") == "file-stem"


def test_a_very_long_first_line_is_cut() -> None:
    assert len(infer_title("ก" * 500, DocKind.news, hint=None, fallback="x")) <= 120


def test_a_memo_about_official_information_is_not_news() -> None:
    memo = "บันทึกข้อความ\nเรื่อง การเปิดเผยข้อมูลข่าวสารของราชการ\nตามที่สำนักงานได้รับคำขอ"
    assert infer_kind(memo) is DocKind.other


def test_a_meeting_agenda_is_not_a_regulation() -> None:
    agenda = "ระเบียบวาระการประชุมคณะทำงาน KM ครั้งที่ ๑/๒๕๖๔\nระเบียบวาระที่ ๑ เรื่องที่ประธานแจ้ง"
    assert infer_kind(agenda) is not DocKind.regulation
