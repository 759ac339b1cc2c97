"""How much of a query the lexical arm can see, by script of the corpus."""

from __future__ import annotations

import pytest

from kmportal.index.lexical import BM25
from kmportal.search.query import analyse
from kmportal.search.reach import LexicalReach, script, script_shares
from kmportal.thai.tokenize import subword_tokens

# A Thai corpus that quotes one English name, and numbers.
THAI_DOCS = [
    ["องค์การบริหารส่วนจังหวัด", "จัดเก็บ", "ภาษี", "น้ำมัน"],
    ["สภา", "ประชุม", "สมัย", "วิสามัญ", "2540"],
    ["นักปฏิรูป", "ลูเธอร์", "luther", "แปล", "คัมภีร์"],
    ["ตลาด", "ชุมชน", "ริม", "แม่น้ำ", "เมย"],
]


def _reach(docs: list[list[str]]) -> LexicalReach:
    return LexicalReach(BM25.build(docs), BM25.build([subword_tokens(d) for d in docs]))


def test_script_tells_thai_latin_and_the_rest() -> None:
    assert script("ภาษี") == "thai"
    assert script("luther") == "latin"
    assert script("2540") == "other"
    assert script("km2") == "latin"


def test_script_shares_count_chunks_holding_each_word() -> None:
    shares = script_shares(BM25.build(THAI_DOCS))
    assert shares["latin"] == pytest.approx(1 / 18)
    assert shares["thai"] == pytest.approx(17 / 18)
    assert shares["other"] == 1.0


def test_a_thai_question_on_a_thai_corpus_reaches_its_known_words() -> None:
    reach = _reach(THAI_DOCS)
    assert reach(analyse("ภาษีน้ำมัน", max_chars=500)) == pytest.approx(17 / 18)
    # A word the corpus lacks reaches nothing; a compound's sub-words do.
    assert reach.word("ไฟฟ้า") == 0.0
    assert reach.word("จังหวัด") > 0


def test_an_english_question_reaches_a_thai_corpus_only_as_far_as_it_is_latin() -> None:
    reach = _reach(THAI_DOCS)
    plan = analyse("What did Luther translate in 2540?", max_chars=500)
    assert plan.lang == "en" and "luther" in plan.words
    # luther: the corpus's Latin share; 2540: a number counts fully; translate: nothing.
    expected = (1 / 18 + 1.0 + 0.0) / 3
    assert reach(plan) == pytest.approx(expected)


def test_an_english_question_reaches_an_english_corpus_fully() -> None:
    english = [["council", "meeting", "quorum"], ["budget", "ordinance", "council"]]
    plan = analyse("When is the council quorum reached?", max_chars=500, gloss=False)
    assert _reach(english)(plan) == pytest.approx(2 / 3)


def test_glossed_words_reach_as_far_as_the_corpus_is_thai() -> None:
    reach = _reach(THAI_DOCS)
    plan = analyse("PAO surcharge", max_chars=500)
    assert plan.glossed == {"pao", "surcharge"}
    assert reach(plan) == pytest.approx(17 / 18)
    assert _reach(THAI_DOCS)(analyse("PAO surcharge", max_chars=500, gloss=False)) == 0.0


def test_a_query_without_words_reaches_nothing() -> None:
    assert _reach(THAI_DOCS)(analyse("?!", max_chars=500)) == 0.0
