"""Cutting sections into chunks for embedding."""

from __future__ import annotations

import itertools

import pytest
from helpers.thai_corpus import PAO_ACT, PAO_TITLE

from kmportal.ingest.chunk import ONE_CHUNK_MAX, chunk_section, short_name
from kmportal.ingest.lawtext import split_law
from kmportal.ingest.structure import SectionSpan
from kmportal.thai.normalize import clean_display, normalize


@pytest.fixture(scope="module")
def text() -> str:
    return clean_display(PAO_ACT)


@pytest.fixture(scope="module")
def sections(text: str) -> dict[str, SectionSpan]:
    return {s.key: s for s in split_law(text, title=PAO_TITLE)}


def test_a_short_section_is_one_chunk_covering_it_exactly(
    text: str, sections: dict[str, SectionSpan]
) -> None:
    s9 = sections["s9"]
    (chunk,) = chunk_section(text, s9, doc_title=PAO_TITLE)
    assert (chunk.start, chunk.end) == (s9.start, s9.end)


def test_the_words_are_normalised_and_prefixed_with_title_heading_and_label(
    text: str, sections: dict[str, SectionSpan]
) -> None:
    (chunk,) = chunk_section(text, sections["s9"], doc_title=PAO_TITLE)
    first_line = chunk.words.split("\n", 1)[0]
    assert first_line == normalize(f"{PAO_TITLE} หมวด ๑ สภาองค์การบริหารส่วนจังหวัด มาตรา 9")
    for t in (chunk.words, chunk.embed_text):
        assert "๙" not in t and "[" not in t
        assert "\n\n" not in t


def test_a_law_chunk_is_embedded_under_the_short_name_of_its_act_and_chapter(
    text: str, sections: dict[str, SectionSpan]
) -> None:
    (chunk,) = chunk_section(text, sections["s9"], doc_title=PAO_TITLE)
    # No year, no chapter number, no label line: the text opens with "มาตรา 9" itself.
    first, second = chunk.embed_text.split("\n")[:2]
    assert first == "พระราชบัญญัติองค์การบริหารส่วนจังหวัด สภาองค์การบริหารส่วนจังหวัด"
    assert second.startswith("มาตรา 9")
    assert "2540" not in chunk.embed_text and "หมวด 1" not in chunk.embed_text
    # The same chunk's own words follow either prefix unchanged.
    own = normalize(text[chunk.start : chunk.end])
    assert chunk.embed_text.endswith(own) and chunk.words.endswith(own)
    assert len(chunk.embed_text) < len(chunk.words)


@pytest.mark.parametrize(
    ("name", "short"),
    [
        ("พระราชบัญญัติองค์การบริหารส่วนจังหวัด พ.ศ. ๒๕๔๐", "พระราชบัญญัติองค์การบริหารส่วนจังหวัด"),
        ("พระราชบัญญัติรักษาช้างป่า พระพุทธศักราช 2464", "พระราชบัญญัติรักษาช้างป่า"),
        ("พระราชบัญญัติเทศบาล (ฉบับที่ ๕) พ.ศ. ๒๕๐๔", "พระราชบัญญัติเทศบาล (ฉบับที่ 5)"),
        ("หมวด ๔ อำนาจหน้าที่ขององค์การบริหารส่วนจังหวัด", "อำนาจหน้าที่ขององค์การบริหารส่วนจังหวัด"),
        ("ส่วนที่ ๒/๑ การกำกับดูแล", "การกำกับดูแล"),
        ("หมวด ๓", ""),
        ("บทเฉพาะกาล", "บทเฉพาะกาล"),
        ("", ""),
    ],
)
def test_short_names_drop_years_and_chapter_numbers_only(name: str, short: str) -> None:
    assert short_name(name) == short


def test_a_long_section_with_items_is_cut_at_item_boundaries(
    text: str, sections: dict[str, SectionSpan]
) -> None:
    s45 = sections["s45"]
    assert s45.end - s45.start > ONE_CHUNK_MAX
    chunks = chunk_section(text, s45, doc_title=PAO_TITLE)
    assert len(chunks) >= 2
    item_starts = {a for a, _ in s45.items}
    assert chunks[0].start == s45.start
    for c in chunks[1:]:
        assert c.start in item_starts, text[c.start : c.start + 20]
        assert text[c.start] == "("


def test_chunks_of_a_section_tile_it_without_gaps_or_overlaps(
    text: str, sections: dict[str, SectionSpan]
) -> None:
    s45 = sections["s45"]
    chunks = chunk_section(text, s45, doc_title=PAO_TITLE)
    assert chunks[0].start == s45.start and chunks[-1].end == s45.end
    for a, b in itertools.pairwise(chunks):
        assert a.end == b.start
    assert all(c.end - c.start <= ONE_CHUNK_MAX for c in chunks)


def test_a_bis_item_is_never_cut_from_its_number(
    text: str, sections: dict[str, SectionSpan]
) -> None:
    for c in chunk_section(text, sections["s45"], doc_title=PAO_TITLE):
        piece = text[c.start : c.end]
        assert not piece.startswith("ทวิ)") and not piece.startswith("ตรี)")


def test_every_chunk_carries_the_prefix_and_later_chunks_the_sections_opening_words(
    text: str, sections: dict[str, SectionSpan]
) -> None:
    chunks = chunk_section(text, sections["s45"], doc_title=PAO_TITLE)
    prefix = normalize(f"{PAO_TITLE} หมวด ๔ อำนาจหน้าที่ขององค์การบริหารส่วนจังหวัด มาตรา 45")
    short = "พระราชบัญญัติองค์การบริหารส่วนจังหวัด อำนาจหน้าที่ขององค์การบริหารส่วนจังหวัด\n"
    opening = "องค์การบริหารส่วนจังหวัดมีอำนาจหน้าที่ดำเนินกิจการภายในเขต"
    for c in chunks:
        assert c.words.startswith(prefix) and c.embed_text.startswith(short)
        assert opening in c.embed_text and opening in c.words
    # The later chunks' own words follow the repeated opening.
    last = chunks[-1]
    own = normalize(text[last.start : last.end])
    for t in (last.embed_text, last.words):
        assert t.endswith(own)
        assert t.index(opening) < t.index(own)


def test_a_long_section_without_items_is_cut_into_line_aligned_windows() -> None:
    lines = [f"บรรทัดที่ {i} ว่าด้วยการประชุมสภาองค์การบริหารส่วนจังหวัดและการลงมติ" for i in range(40)]
    text = "มาตรา ๒๒  " + "\n".join(lines) + "\n"
    sec = SectionSpan("s22", "มาตรา 22", "", 0, len(text), number="22")
    chunks = chunk_section(text, sec, doc_title="พระราชบัญญัติทดสอบ")
    assert len(chunks) >= 3
    assert chunks[0].start == 0 and chunks[-1].end == len(text)
    for a, b in itertools.pairwise(chunks):
        assert a.end == b.start
        assert text[a.end - 1] == "\n" or text[a.end] == "\n"
    for c in chunks[1:]:
        # BM25 counts the label with every piece; e5 is told the Act, not a number.
        assert "มาตรา 22" in c.words.split("\n", 1)[0]
        assert c.embed_text.split("\n", 1)[0] == "พระราชบัญญัติทดสอบ"


def test_a_blank_section_gives_no_chunks() -> None:
    text = "\n\n   \n"
    assert chunk_section(text, SectionSpan("p1", "x", "", 0, len(text)), doc_title="t") == []


def test_a_long_table_header_heading_is_kept_but_a_long_prose_heading_is_dropped() -> None:
    text = "แถวข้อมูล\tม.ค. 2564\tสองครั้ง"
    table = SectionSpan("p3", "แถวข้อมูล", "กิจกรรม | ระยะเวลา | " + "ตัวชี้วัด " * 10, 0, len(text))
    prose = SectionSpan("p4", "แถวข้อมูล", "หัวเรื่องที่ยาวมาก " * 10, 0, len(text))
    (t,) = chunk_section(text, table, doc_title="คู่มือ")
    (p,) = chunk_section(text, prose, doc_title="คู่มือ")
    assert "กิจกรรม | ระยะเวลา" in t.embed_text
    assert "หัวเรื่องที่ยาวมาก" not in p.embed_text
    assert "มกราคม 2564" in t.embed_text


# -- prose: the context says only what the chunk does not already open with ----

_ARTICLE_TITLE = "ดอยมูเซอ"
_ARTICLE = (
    f"{_ARTICLE_TITLE}\n\n"
    "ดอยมูเซอเป็นภูเขาในอำเภอแม่สอด จังหวัดตาก สูงจากระดับน้ำทะเลราวเก้าร้อยเมตร "
    "มีตลาดชาวเขาริมทางหลวงที่นักท่องเที่ยวแวะซื้อผักและผลไม้เมืองหนาว "
    "ในฤดูหนาวมีหมอกปกคลุมยอดดอยตลอดเช้า ชาวบ้านปลูกกาแฟ กะหล่ำปลี และสตรอว์เบอร์รี "
    "ส่งขายในตัวเมืองแม่สอดและจังหวัดใกล้เคียง\n\n"
    "ประวัติ\n\n"
    "ชื่อดอยมูเซอมาจากชาวมูเซอที่ตั้งถิ่นฐานบนภูเขาแห่งนี้มาก่อน "
    "ต่อมาทางราชการได้ตั้งศูนย์พัฒนาและสงเคราะห์ชาวเขาขึ้นที่นี่\n"
)


def _prose_chunks(text: str, title: str) -> list[str]:
    from kmportal.ingest.prose import split_prose

    return [
        c.embed_text
        for sec in split_prose(text, title=title)
        for c in chunk_section(text, sec, doc_title=title)
        if not c.fine
    ]


def test_a_prose_chunk_that_opens_with_the_title_does_not_repeat_it() -> None:
    first, second = _prose_chunks(_ARTICLE, _ARTICLE_TITLE)
    assert first.count(_ARTICLE_TITLE) == 2  # the title line and the first sentence
    assert first.startswith(_ARTICLE_TITLE + "\n" + "ดอยมูเซอเป็นภูเขา")
    # A later section does not open with the title, so it carries it once, and
    # its label (its own first words) is not repeated in front of them.
    assert second.startswith(_ARTICLE_TITLE + "\n" + "ประวัติ\n")
    assert second.count("ประวัติ") == 1


def test_a_title_cut_from_a_first_paragraph_is_never_embedded_as_a_name() -> None:
    from kmportal.docstore.models import DocKind
    from kmportal.ingest.kinds import infer_title

    sentence = "ทีมฟุตบอลของจังหวัดตากชนะการแข่งขันระดับภาคเหนือเป็นครั้งที่สาม "
    text = sentence * 8 + "\n\nย่อหน้าที่สองเล่าถึงผู้ฝึกสอนและนักกีฬาที่ได้รับรางวัล " * 12
    title = infer_title(text, DocKind.other, hint=None, fallback="x")
    assert title.endswith("…") and len(title) <= 120
    chunks = _prose_chunks(text, title)
    assert len(chunks) >= 2
    opening = normalize(title.rstrip("…")).split()[0]
    for embed in chunks[1:]:
        assert opening not in embed
    assert chunks[0].count(sentence.split()[0]) == 8


def test_fine_windows_overlap_cover_the_section_and_cut_at_spaces() -> None:
    from kmportal.ingest.chunk import FINE_CHARS, FINE_OVERLAP, fine_windows

    phrase = "ชาวบ้านริมแม่น้ำเมยปลูกข้าวโพดและถั่วเหลือง "
    text = "หัวเรื่อง\n" + phrase * 20
    windows = fine_windows(text, 0, len(text))
    assert windows[0][0] == 0 and windows[-1][1] == len(text)
    for (a_start, a_end), (b_start, _b_end) in itertools.pairwise(windows):
        assert b_start < a_end, "consecutive windows overlap"
        assert a_end - b_start <= FINE_OVERLAP
        assert text[a_end - 1 : a_end + 1].count(" ") >= 1 or a_end == len(text)
        assert a_end - a_start <= FINE_CHARS
    # Any stretch shorter than the overlap (less the way to the next space) lies
    # whole inside some window.
    for start in range(0, len(text) - 40, 7):
        assert any(s <= start and start + 40 <= e for s, e in windows)


def test_law_sections_get_no_fine_windows(text: str, sections: dict[str, SectionSpan]) -> None:
    assert not any(c.fine for c in chunk_section(text, sections["s45"], doc_title=PAO_TITLE))
