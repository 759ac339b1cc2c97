"""Repairing a PDF's text layer: Thai glyph quirks, running furniture, broken paragraphs."""

from __future__ import annotations

from kmportal.ingest.pdffix import (
    Line,
    despace,
    fix_characters,
    join_pages,
    page_lines,
    private_use_share,
)


def test_private_use_glyph_variants_map_back_to_their_characters() -> None:
    # ผู้ใหญ่ with a lowered tone mark, ป with its upper vowel and tone shifted left,
    # ฐาน/ญาติ without their tails and a lowered sara u.
    assert fix_characters("ผู\uf70bใหญ\uf70a") == "ผู้ใหญ่"
    assert fix_characters("ป\uf701\uf713") == "ปิ่"
    assert fix_characters("\uf700\uf718") == "ฐุ"
    assert fix_characters("ที่ปรึกษา ป\uf710ญหา") == "ที่ปรึกษา ปัญหา"


def test_unassigned_private_use_positions_are_dropped() -> None:
    assert fix_characters("ก\uf71bข") == "กข"


def test_nikhahit_and_sara_aa_become_sara_am_whatever_the_tone_mark_order() -> None:
    assert fix_characters("น\u0e4d\u0e32") == "นำ"
    assert fix_characters("น\u0e49\u0e4d\u0e32") == "น้ำ"
    assert fix_characters("น\u0e4d\u0e49\u0e32") == "น้ำ"
    assert fix_characters("น\uf70b\uf711\u0e32") == "น้ำ"


def test_soft_hyphens_zero_width_characters_and_spaces_before_marks_go() -> None:
    assert fix_characters("กา\u00adร\u200bบริ\u200dหาร\ufeff") == "การบริหาร"
    assert fix_characters("ว ้ น") == "ว้ น"


def test_spaced_out_letters_are_rejoined_keeping_the_wider_gaps_as_spaces() -> None:
    assert despace("ม า ต ร า  ๔ ๕  อ ง ค ์ ก า ร") == "มาตรา ๔๕ องค์การ"
    assert despace("น ํ า ป ร ะ ป า") == "นำประปา"


def test_spaced_out_letters_without_wider_gaps_keep_numbers_apart_from_words() -> None:
    assert despace("ม า ต ร า ๔ ๕ อ ง ค ์ ก า ร") == "มาตรา ๔๕ องค์การ"


def test_a_private_use_text_layer_is_measured() -> None:
    assert private_use_share("\ue001\ue002\ue003 ก") == 0.75
    assert private_use_share("   ") == 0.0


def _page(n: int, body: list[str], *, header: str | None, footer: str | None) -> list[Line]:
    lines = []
    if header:
        lines.append(Line(header, n, 56, 806))
    for i, text in enumerate(body):
        indent = 98 if text.startswith(("มาตรา", "(")) else 56
        lines.append(Line(text, n, indent, 770 - 21 * i))
    if footer:
        lines.append(Line(footer, n, 285, 28))
    return lines


def test_running_headers_and_page_numbers_are_removed_by_repetition() -> None:
    pages = [
        _page(
            n,
            [f"มาตรา {n + 1} ให้ผู้ว่าราชการจังหวัด", "เป็นผู้รักษาการ"],
            header=f"หน้า {n + 15} เล่ม ๑๑๔ ตอนที่ ๖๒ ก ราชกิจจานุเบกษา",
            footer=f"- {n + 15} -",
        )
        for n in range(4)
    ]
    text = join_pages(pages)
    assert "ราชกิจจานุเบกษา" not in text and "- 15 -" not in text
    # The body lines also repeat but for their numbers; they are not set off from
    # the body by a wider gap, so they stay.
    assert text.split("\n\n") == [f"มาตรา {n} ให้ผู้ว่าราชการจังหวัดเป็นผู้รักษาการ" for n in (1, 2, 3, 4)]


def test_a_line_that_happens_to_repeat_in_the_body_is_kept() -> None:
    pages = [_page(n, ["มาตรา 1 ข้อความ", "(ยกเลิก)"], header=None, footer=None) for n in range(2)]
    pages.append(_page(2, ["มาตรา 3 ข้อความอื่น", "ต่อ"], header=None, footer=None))
    # "(ยกเลิก)" sits at the bottom of two pages out of three, but on different baselines.
    pages[1][-1].y = 500
    assert join_pages(pages).count("(ยกเลิก)") == 2


def test_a_paragraph_broken_across_a_page_is_joined_again() -> None:
    first = _page(0, ["มาตรา ๔๕ องค์การบริหารส่วนจังหวัด", "มีอำนาจหน้าที่"], header="H", footer="1")
    second = _page(1, ["ดำเนินกิจการภายในเขต", "(๑) ตราข้อบัญญัติ"], header="H", footer="2")
    text = join_pages([first, second])
    assert text.split("\n\n") == [
        "มาตรา ๔๕ องค์การบริหารส่วนจังหวัดมีอำนาจหน้าที่ดำเนินกิจการภายในเขต",
        "(๑) ตราข้อบัญญัติ",
    ]


def test_without_positions_lines_stay_lines_and_pages_simply_follow() -> None:
    bodies = [
        ["มาตรา ๑ พระราชบัญญัตินี้เรียกว่า", "พระราชบัญญัติทดสอบ", "มาตรา ๒ ให้ใช้บังคับ"],
        ["ตั้งแต่วันถัดจากวันประกาศ", "มาตรา ๓ ในพระราชบัญญัตินี้", "“สภา” หมายความว่า"],
        ["สภาองค์การบริหารส่วนจังหวัด", "มาตรา ๔ ให้รัฐมนตรีรักษาการ", "ตามพระราชบัญญัตินี้"],
        ["มาตรา ๕ ให้มีคณะกรรมการ", "ประกอบด้วย", "(๑) ปลัดกระทรวง"],
    ]
    pages = [
        page_lines("\n".join([f"หน้า {n + 1}", *body, f"- {n + 1} -"]), None, n)
        for n, body in enumerate(bodies)
    ]
    assert join_pages(pages).split("\n") == [line for body in bodies for line in body]


def test_page_lines_keep_positions_and_drop_empty_lines() -> None:
    lines = page_lines(" มาตรา ๑\n\n\uf70bา\n", [[98, 700], None, [56, 679], None], 3)
    assert [(ln.text, ln.x, ln.y, ln.page) for ln in lines] == [
        ("มาตรา ๑", 98.0, 700.0, 3),
        ("้า", 56.0, 679.0, 3),
    ]


def test_a_word_broken_with_a_soft_hyphen_at_a_line_end_is_joined() -> None:
    raw = "Local devel\u00ad\nopment plan\nNext paragraph\ngoes on"
    lines = page_lines(raw, [[98, 700], [56, 679], [98, 658], [56, 637]], 0)
    assert join_pages([lines]).split("\n\n") == ["Local development plan", "Next paragraph goes on"]
