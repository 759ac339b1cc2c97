"""Query analysis: language, lexical words, what the embedder reads."""

from __future__ import annotations

from kmportal.search.query import analyse


def test_an_english_question_keeps_its_content_words_for_the_lexical_arm() -> None:
    plan = analyse("How many career sacks did Jared Allen have in 2015?", max_chars=500)
    assert plan.lang == "en"
    assert plan.words == ("career", "sacks", "jared", "allen", "2015")
    assert set(plan.words) <= set(plan.tokens)


def test_the_embedder_reads_the_question_with_its_capitals() -> None:
    plan = analyse("Who was Martin Luther?", max_chars=500)
    assert plan.dense_text == "Who was Martin Luther?"
    assert plan.norm == "who was martin luther?"


def test_a_thai_question_keeps_its_words_and_marks_the_glossed_ones() -> None:
    plan = analyse("ขยะล้นเมือง อบจ. ทำอะไรได้", max_chars=500)
    assert plan.lang == "th"
    assert "ขยะ" in plan.words and "ขยะ" in plan.glossed
    assert "มูลฝอย" in plan.expansion and "มูลฝอย" not in plan.words


def test_expansion_lists_each_statute_word_once() -> None:
    plan = analyse("ขยะ ขยะ ขยะ", max_chars=500)
    assert len(plan.expansion) == len(set(plan.expansion))
