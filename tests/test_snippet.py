"""Plain-text snippets and the spans to highlight."""

from __future__ import annotations

from kmportal.search.snippet import find_spans, make_snippet, term_variants


def test_short_text_is_returned_whole_with_whitespace_collapsed() -> None:
    snippet, marks = make_snippet("สั้น ๆ\n\n  จังหวัด", ["จังหวัด"])
    assert snippet == "สั้น ๆ จังหวัด"
    assert [snippet[a:b] for a, b in marks] == ["จังหวัด"]


def test_arabic_digits_in_the_query_highlight_thai_digits_in_the_text() -> None:
    snippet, marks = make_snippet("มาตรา ๔๕ องค์การบริหารส่วนจังหวัด", ["45"])
    assert [snippet[a:b] for a, b in marks] == ["๔๕"]
    assert set(term_variants(["45"])) == {"45", "๔๕"}


def test_single_characters_are_not_highlighted_but_single_digits_are() -> None:
    assert term_variants(["ก", "x"]) == []
    assert set(term_variants(["8"])) == {"8", "๘"}


def test_overlapping_and_adjacent_matches_merge_into_one_span() -> None:
    assert find_spans("องค์การบริหารส่วนจังหวัด", ["ส่วนจังหวัด", "จังหวัด", "บริหาร"]) == [(7, 24)]


def test_matching_ignores_case() -> None:
    assert find_spans("The PAO Act", ["pao"]) == [(4, 7)]


def test_a_long_text_gives_a_window_around_the_matches_with_ellipses() -> None:
    text = "ข้อความนำ " * 80 + "ภาษีบำรุงองค์การบริหารส่วนจังหวัดจากน้ำมัน " + "ข้อความท้าย " * 80
    snippet, marks = make_snippet(text, ["ภาษี", "น้ำมัน"])
    assert len(snippet) <= 280 + 4
    assert snippet.startswith("… ") and snippet.endswith(" …")
    assert {snippet[a:b] for a, b in marks} == {"ภาษี", "น้ำมัน"}


def test_the_window_prefers_the_place_with_the_most_distinct_words() -> None:
    text = "ภาษี " + "ข้อความอื่น " * 60 + "ภาษีน้ำมันเบนซิน ภาษี น้ำมันดีเซล " + "ท้าย " * 60
    snippet, marks = make_snippet(text, ["ภาษี", "น้ำมันเบนซิน", "น้ำมันดีเซล"])
    found = {snippet[a:b] for a, b in marks}
    assert {"น้ำมันเบนซิน", "น้ำมันดีเซล"} <= found or "ภาษีน้ำมันเบนซิน" in found


def test_no_terms_gives_the_opening_and_no_marks() -> None:
    text = "เริ่มต้น " + "คำ " * 200
    snippet, marks = make_snippet(text, [])
    assert snippet.startswith("เริ่มต้น") and snippet.endswith(" …")
    assert marks == ()


def test_the_snippet_is_plain_text_and_markup_in_the_source_stays_literal() -> None:
    snippet, marks = make_snippet("<b>อำนาจ</b> & <script>x</script>", ["อำนาจ"])
    assert snippet == "<b>อำนาจ</b> & <script>x</script>"
    assert [snippet[a:b] for a, b in marks] == ["อำนาจ"]


def test_regex_characters_in_terms_are_literal() -> None:
    snippet, marks = make_snippet("ตาม (๘) และ (9)", ["(8)", "a.b"])
    assert [snippet[a:b] for a, b in marks] == ["(๘)"]
