"""Safe markup: escaping first, tags only at known offsets; text layout; dates; messages."""

from __future__ import annotations

import html
import re
from datetime import UTC, datetime

from hypothesis import given
from hypothesis import strategies as st

from kmportal.thai.abbrev import ABBREVIATIONS
from kmportal.thai.dates import be_date
from kmportal.web.annotations import abbreviation_spans, doc_url, prose_spans
from kmportal.web.lawtext import render_body
from kmportal.web.markup import annotate, highlight, merge_ranges

MARK = re.compile(r"</?mark>")


@given(
    st.text(alphabet=st.characters(codec="utf-8"), max_size=80),
    st.lists(st.tuples(st.integers(-5, 90), st.integers(-5, 90)), max_size=6),
)
def test_highlight_output_is_the_escaped_text_with_only_mark_tags(
    text: str, spans: list[tuple[int, int]]
) -> None:
    out = str(highlight(text, spans))
    without_marks = MARK.sub("", out)
    assert "<" not in without_marks and ">" not in without_marks
    assert html.unescape(without_marks) == text
    assert out.count("<mark>") == out.count("</mark>")


def test_highlight_wraps_exactly_the_given_spans() -> None:
    assert str(highlight("อบจ. ทำประปา", [(5, 8)])) == "อบจ. <mark>ทำป</mark>ระปา"


def test_highlight_merges_overlapping_and_clamps_out_of_range_spans() -> None:
    assert merge_ranges([(3, 6), (0, 2), (5, 9), (20, 30), (-4, 1)], 10) == [(0, 2), (3, 9)]


def test_hostile_snippet_is_escaped_and_marked_inside_the_escaped_text() -> None:
    out = str(highlight('<script>alert(1)</script>" onmouseover=x', [(0, 8)]))
    assert out.startswith("<mark>&lt;script&gt;</mark>alert(1)&lt;/script&gt;&#34; onmouseover=x")


def test_annotate_drops_overlapping_spans_instead_of_nesting_them() -> None:
    spans = abbreviation_spans("ส.อบจ. และ อบจ.")
    out = str(annotate("ส.อบจ. และ อบจ.", spans))
    assert out.count("<abbr") == 2
    assert ">ส.อบจ.</abbr>" in out and ">อบจ.</abbr>" in out


def test_abbreviations_get_their_full_form_as_title() -> None:
    text = "แผนพัฒนาของ อปท. และ ก.บ.จ."
    out = str(annotate(text, abbreviation_spans(text)))
    assert '<abbr title="องค์กรปกครองส่วนท้องถิ่น — local government organisation">อปท.</abbr>' in out
    assert "คณะกรรมการบริหารงานจังหวัดแบบบูรณาการ" in out


def test_latin_abbreviation_is_not_marked_inside_a_longer_word() -> None:
    assert abbreviation_spans("KMS and SKM") == []
    assert len(abbreviation_spans("แผน KM ปี 2564")) == 1


def test_render_body_keeps_line_breaks_items_and_sets_footnotes_apart() -> None:
    text = (
        "มาตรา ๔๕ \nองค์การบริหารส่วนจังหวัดมีอำนาจหน้าที่\nดังต่อไปนี้\n(๑)\nตราข้อบัญญัติ\n"
        "(๖/๑)[๔๖]\nให้ความช่วยเหลือ\n(๗\nทวิ)[๔๗]\nบำรุงรักษาศิลปะ\n \n"
        "[๔๖] มาตรา ๔๕ (๖/๑) เพิ่มโดย\nพระราชบัญญัติ (ฉบับที่ ๕)\n"
    )
    out = str(render_body(text))
    assert "<p>มาตรา ๔๕<br>\nองค์การบริหารส่วนจังหวัดมีอำนาจหน้าที่<br>\nดังต่อไปนี้</p>" in out
    assert '<li><span class="marker">(๑)</span> ตราข้อบัญญัติ</li>' in out
    assert '<a class="fnref" href="#fn-46">[๔๖]</a>' in out
    assert '<span class="marker">(๗ ทวิ)' in out
    assert '<aside class="footnotes"><p class="footnote" id="fn-46">' in out
    assert "เพิ่มโดย พระราชบัญญัติ (ฉบับที่ ๕)</p></aside>" in out


def test_render_body_lays_out_tab_separated_lines_as_a_table() -> None:
    out = str(render_body("ที่\tกิจกรรม\n๑\tการบ่งชี้ความรู้ <b>\n"))
    assert "<table><tr><td>ที่</td><td>กิจกรรม</td></tr>" in out
    assert "<td>การบ่งชี้ความรู้ &lt;b&gt;</td>" in out


def test_render_body_escapes_hostile_text() -> None:
    out = str(render_body('<img src=x onerror=alert(1)>\n" onmouseover="x\n{{7*7}}\n'))
    assert "<img" not in out and "&lt;img src=x onerror=alert(1)&gt;" in out
    assert "&#34; onmouseover=&#34;x" in out and "{{7*7}}" in out


class Ref:
    def __init__(self, start: int, end: int, doc_id: str | None, key: str | None) -> None:
        self.start, self.end, self.doc_id, self.section_key = start, end, doc_id, key
        self.label = "ref"


def test_prose_references_found_over_the_whole_text_are_linked_on_their_line() -> None:
    text = "ตาม พ.ร.บ.องค์การบริหารส่วนจังหวัด\nมาตรา 45 (8) และระเบียบฯ ข้อ 17 (2)\n"
    start = text.index("มาตรา")
    other = text.index("ข้อ 17")

    def refs(t: str) -> list[Ref]:
        assert t == text  # the whole text, so the law named on the line before counts
        return [Ref(start, start + 12, "pao act", "s45"), Ref(other, other + 10, None, None)]

    out = str(render_body(text, prose_spans(text, refs)))
    assert '<a class="lawref" href="/docs/pao%20act?hl=s45#s45" title="ref">มาตรา 45 (8)</a>' in out
    assert out.count("lawref") == 1  # the unresolved ข้อ 17 stays plain text
    assert '<abbr title="พระราชบัญญัติ — Act">พ.ร.บ.</abbr>' in out


def test_doc_url_quotes_ids_and_anchors() -> None:
    assert doc_url("a b/c", 's1"><x') == "/docs/a%20b%2Fc?hl=s1%22%3E%3Cx#s1%22%3E%3Cx"


def test_buddhist_era_date_uses_thai_month_and_bangkok_time() -> None:
    # 20:30 UTC on 31 Dec 2026 is already 1 January 2570 in Thailand.
    assert be_date(datetime(2026, 12, 31, 20, 30, tzinfo=UTC)) == "1 มกราคม พ.ศ. 2570"
    assert be_date(datetime(2026, 11, 22, 1, 0)) == "22 พฤศจิกายน พ.ศ. 2569"
    assert be_date(datetime(2026, 11, 22, 1, 0), "en") == "22 November B.E. 2569"


def test_glossary_source_has_the_abbreviations_the_issue_names() -> None:
    shorts = {a.short for a in ABBREVIATIONS}
    assert {"อปท.", "อบจ.", "อบต.", "ก.บ.จ.", "ก.บ.ภ."} <= shorts


def test_items_of_a_section_get_ids_the_authority_check_links_to_once_each() -> None:
    from kmportal.web.lawtext import render_body

    text = (
        "มาตรา ๔๕\nให้มีอำนาจ\n(๑)\nตรา\n(๗\nทวิ)[๔๗]\nบำรุง\n(๖/๑)[๔]\nให้\n\nความใน\n(๑) ของวรรคหนึ่ง\n"
    )
    html = str(render_body(text, anchor="s45"))
    assert '<li id="s45-i1">' in html and '<li id="s45-i7-x2">' in html
    assert '<li id="s45-i6-1">' in html
    assert html.count('id="s45-i1"') == 1  # a reference starting a line is no second anchor
    handbook = str(render_body("หัวข้อ\n1. จัดให้มีน้ำ\n2. ขยะ\n", anchor="p11"))
    assert '<li id="p11-n1">' in handbook and '<li id="p11-n2">' in handbook
    assert "<li>" in str(render_body("(๑) ก\n(๒) ข\n"))  # no anchor, no ids
