"""The one tokeniser: word tokens, query tokens and the sub-word field."""

from __future__ import annotations

from kmportal.thai.normalize import normalize
from kmportal.thai.tokenize import (
    is_stopword,
    is_word_at,
    nouns,
    query_tokens,
    subword_tokens,
    word_tokens,
)

PAO = "องค์การบริหารส่วนจังหวัด"


def test_the_compound_is_one_dictionary_word_so_its_parts_are_not_word_tokens() -> None:
    toks = word_tokens(f"{PAO}มีอำนาจหน้าที่")
    assert PAO in toks
    assert "จังหวัด" not in toks  # the compound problem


def test_a_word_hidden_inside_a_compound_is_found_through_subword_tokens() -> None:
    doc = set(subword_tokens(word_tokens(PAO)))
    query = subword_tokens(word_tokens("จังหวัด"))
    assert query
    assert set(query) <= doc


def test_subword_tokens_of_unrelated_words_do_not_overlap() -> None:
    assert not set(subword_tokens(["จังหวัด"])) & set(subword_tokens(["งบประมาณ"]))


def test_subword_tokens_ignore_non_thai_and_keep_short_words_whole() -> None:
    assert subword_tokens(["45", "pao", "(8)"]) == []
    assert subword_tokens(["ทำ"]) == ["ทำ"]
    assert subword_tokens(["จังหวัด"], n=3) == ["จัง", "ังห", "งหว", "หวั", "วัด"]


def test_word_tokens_drop_punctuation_and_keep_numbers_and_latin_words() -> None:
    toks = word_tokens(normalize("มาตรา ๔๕ — PAO, Act!"))
    assert "มาตรา" in toks and "45" in toks and "pao" in toks and "act" in toks
    assert not any(t in {"—", ",", "!", " "} for t in toks)


def test_word_tokens_work_line_by_line_and_skip_blank_lines() -> None:
    assert word_tokens("\n\nน้ำ\n\n\nถนน\n") == ["น้ำ", "ถนน"]


def test_question_particles_are_dropped_from_queries() -> None:
    q = query_tokens(normalize("อบจ. เก็บภาษีน้ำมันได้ไหม"))
    assert "ไหม" not in q and "ได้ไหม" not in q
    assert PAO in q and "น้ำมัน" in q
    assert query_tokens(normalize("ประชุมสภากี่วัน")) == ["ประชุม", "สภา", "วัน"]


def test_question_particles_are_kept_in_document_tokens() -> None:
    assert "ไหม" in word_tokens("เก็บภาษีได้ไหม")


def test_english_function_words_are_dropped_from_queries() -> None:
    assert query_tokens("what are the powers of the pao") == ["powers", "pao"]


def test_a_query_made_only_of_stopwords_keeps_its_words_rather_than_becoming_empty() -> None:
    assert query_tokens("ไหม") == ["ไหม"]


def test_punctuation_and_emoji_give_no_tokens() -> None:
    assert query_tokens(normalize("!!! ??? ...")) == []
    assert query_tokens(normalize("😀🎉")) == []


def at(text: str, word: str) -> bool:
    start = text.index(word)
    return is_word_at(text, start, start + len(word))


def test_a_word_is_found_on_the_tokenisers_cuts_or_whole_inside_a_compound() -> None:
    assert at("อบจ.ทำประปาได้ไหม", "ประปา")
    assert at("ระบบน้ำประปาหมู่บ้าน", "ประปา")  # น้ำประปา is one token; น้ำ is a word
    assert at("ซ่อมถนนลูกรัง", "ถนน")
    # Across a cut, the rest of each token being words: ผู้ประสบภัย|แล้ง.
    assert at("ช่วยเหลือผู้ประสบภัยแล้ง", "ภัยแล้ง")
    assert not at("ให้ผู้ว่างงาน", "ผู้ว่า")  # runs into the next word
    assert not at("ความสงบเรียบร้อย", "งบ")  # the rest of the compound is no word
    assert not is_word_at("ถนน", 0, 9) and not is_word_at("ถนน", 2, 2)


def test_function_words_are_stopwords_but_the_domains_own_words_are_not() -> None:
    assert is_stopword("ระหว่าง") and is_stopword("และ")
    assert not is_stopword("วัน") and not is_stopword("ศาสนา")


def test_nouns_are_read_in_context_and_a_verb_of_the_work_is_not_one() -> None:
    words = word_tokens("ขยายเขตระบบจำหน่ายไฟฟ้าแรงต่ำ")
    found = nouns(words)
    assert "ไฟฟ้า" in found
    assert "ขยาย" not in found and "จำหน่าย" not in found
    assert nouns([]) == []
