"""Knowledge documents are split by their top-level Markdown headings, with the
same keys the note page gives its headings (``h0`` the title, ``h1``...)."""

from __future__ import annotations

from kmportal.ingest.markdown import split_markdown, top_headings

DOC = (
    "# ชื่อบันทึก\n\nหมวดหมู่: งบ\n\n## ขั้นตอน\n\nทำอย่างนี้\n\n> # ในคำอ้าง\n\n"
    "```\n# ในโค้ด\n```\n\nสรุป\n===\n\nจบ\n"
)


def test_sections_follow_top_level_headings_only() -> None:
    sections = split_markdown(DOC, title="ชื่อบันทึก")
    assert [s.key for s in sections] == ["h0", "h1", "h2"]
    assert [s.label for s in sections] == ["ชื่อบันทึก", "ขั้นตอน", "สรุป"]
    assert DOC[sections[1].start :].startswith("## ขั้นตอน")
    assert "# ในโค้ด" in DOC[sections[1].start : sections[1].end]
    assert sections[-1].end == len(DOC)
    assert [h.text for h in top_headings(DOC)] == ["ชื่อบันทึก", "ขั้นตอน", "สรุป"]


def test_text_before_the_first_heading_is_its_own_section() -> None:
    sections = split_markdown("คำนำ\n\n# หัวข้อ\n\nเนื้อหา\n", title="t")
    assert [(s.key, s.label) for s in sections] == [("top", "t"), ("h0", "หัวข้อ")]


def test_a_document_without_headings_is_one_section() -> None:
    sections = split_markdown("เนื้อหาอย่างเดียว\n", title="t")
    assert [(s.key, s.start, s.end) for s in sections] == [("top", 0, len("เนื้อหาอย่างเดียว\n"))]
