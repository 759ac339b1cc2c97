"""Splitting prose (the handbook): paragraphs, headings and table rows."""

from __future__ import annotations

import itertools

import pytest
from helpers.thai_corpus import HANDBOOK, HANDBOOK_TITLE

from kmportal.ingest.prose import MAX_CHARS, split_prose
from kmportal.ingest.structure import SectionSpan
from kmportal.thai.normalize import clean_display

TABLE_HEADER = "กิจกรรม | ระยะเวลา | ตัวชี้วัด | เป้าหมาย"


@pytest.fixture(scope="module")
def text() -> str:
    return clean_display(HANDBOOK)


@pytest.fixture(scope="module")
def spans(text: str) -> list[SectionSpan]:
    return split_prose(text, title=HANDBOOK_TITLE)


def test_each_table_row_becomes_its_own_section_with_the_header_row_as_heading(
    spans: list[SectionSpan], text: str
) -> None:
    rows = [s for s in spans if s.heading == TABLE_HEADER]
    assert [text[s.start : s.end].split("\t", 1)[0] for s in rows] == [
        "1. ประชุมคณะทำงานจัดการความรู้",
        "2. จัดเวทีแลกเปลี่ยนเรียนรู้ระหว่างกอง",
        "3. เผยแพร่องค์ความรู้บนเว็บไซต์",
    ]
    for s in rows:
        row = text[s.start : s.end]
        assert "\n" not in row and row.count("\t") == 3


def test_a_table_row_is_labelled_by_its_first_two_cells(spans: list[SectionSpan]) -> None:
    labels = [s.label for s in spans if s.heading == TABLE_HEADER]
    assert labels[1] == "2. จัดเวทีแลกเปลี่ยนเรียนรู้ระหว่างกอง มี.ค. 2564"


def test_the_header_row_is_not_a_section_of_its_own(spans: list[SectionSpan], text: str) -> None:
    assert not any(text[s.start : s.end].startswith("กิจกรรม\t") for s in spans)


def test_prose_sections_carry_the_document_title_and_start_at_headings(
    spans: list[SectionSpan], text: str
) -> None:
    prose = [s for s in spans if s.heading != TABLE_HEADER]
    assert all(s.heading == HANDBOOK_TITLE for s in prose)
    assert any(text[s.start : s.end].startswith("การติดตามและประเมินผล") for s in prose)
    assert any(s.label.startswith("การติดตามและประเมินผล") for s in prose)


def test_keys_are_unique_and_sequential(spans: list[SectionSpan]) -> None:
    assert [s.key for s in spans] == [f"p{i}" for i in range(1, len(spans) + 1)]


def test_offsets_cover_all_the_text_in_order_without_overlaps(
    spans: list[SectionSpan], text: str
) -> None:
    for a, b in itertools.pairwise(spans):
        assert a.start < a.end <= b.start
    covered = "".join(text[s.start : s.end] for s in spans)
    # Everything but the table's header row (which lives on as the rows' heading).
    expected = text.replace("กิจกรรม\tระยะเวลา\tตัวชี้วัด\tเป้าหมาย\n", "")
    assert "".join(covered.split()) == "".join(expected.split())


def test_sections_stay_within_size_when_paragraphs_are_short() -> None:
    paras = [f"ย่อหน้าที่ {i} " + "การจัดการความรู้ในองค์กร " * 8 for i in range(40)]
    text = "\n\n".join(paras)
    spans = split_prose(text)
    assert len(spans) > 5
    assert all(s.end - s.start <= MAX_CHARS for s in spans)
    assert "".join("".join(text[s.start : s.end] for s in spans).split()) == "".join(text.split())


def test_a_single_paragraph_longer_than_the_limit_stays_one_section_for_the_chunker() -> None:
    text = "ย่อหน้ายาว " * 300
    (only,) = split_prose(text)
    assert only.start == 0
    assert only.end in (len(text), len(text.rstrip()))


def test_empty_or_blank_text_gives_no_sections() -> None:
    assert split_prose("") == []
    assert split_prose("\n\n  \n") == []


def test_sections_never_exceed_the_limit_even_with_wide_blank_gaps() -> None:
    para = "ก" * 549 + "."
    spans = split_prose("\n\n\n\n".join([para] * 4))
    assert all(s.end - s.start <= MAX_CHARS for s in spans)


def test_a_table_with_blank_lines_between_its_rows_still_gives_one_section_per_row() -> None:
    text = (
        "กิจกรรม\tระยะเวลา\tตัวชี้วัด\n\n"
        "ประชุมคณะทำงาน\tม.ค. 2564\tจำนวนครั้ง\n\n"
        "จัดเวทีแลกเปลี่ยน\tมี.ค. 2564\tผู้เข้าร่วม\n"
    )
    rows = [text[s.start : s.end] for s in split_prose(text, title="T")]
    assert any(r.startswith("ประชุมคณะทำงาน") for r in rows)
    assert any(r.startswith("จัดเวทีแลกเปลี่ยน") for r in rows)
