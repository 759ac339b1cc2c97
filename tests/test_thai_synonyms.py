"""Synonyms from the Thai WordNet PyThaiNLP ships."""

from __future__ import annotations

from kmportal.thai.synonyms import synonyms


def test_a_noun_has_the_other_lemmas_of_its_senses() -> None:
    # The everyday word and the statute's (ม.๑๗ (๒๗) "คนชรา") are one WordNet sense.
    assert "คนชรา" in synonyms("ผู้สูงอายุ")
    assert "ผู้สูงอายุ" in synonyms("คนชรา")
    assert "ผู้สูงอายุ" not in synonyms("ผู้สูงอายุ")


def test_only_noun_senses_count() -> None:
    # จ่าย (to pay) shares a verb sense with ใช้ (to spend): a verb names no field.
    assert "ใช้" not in synonyms("จ่าย")


def test_an_unknown_word_has_none() -> None:
    assert synonyms("คำที่ไม่มีในพจนานุกรมแน่นอน") == ()
