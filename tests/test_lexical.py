"""BM25 over token lists."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from kmportal.index.lexical import BM25

DOCS = [
    ["องค์การบริหารส่วนจังหวัด", "มี", "อำนาจหน้าที่", "จัดเก็บ", "ภาษี"],
    ["สภา", "ประชุม", "สมัย", "วิสามัญ"],
    ["ภาษี", "ภาษี", "ภาษี", "น้ำมัน"],
    ["นายก", "วาระ", "สี่", "ปี", "นายก"],
    [],
]


def test_a_document_with_the_term_outranks_those_without() -> None:
    bm = BM25.build(DOCS)
    s = bm.scores(["ประชุม"])
    assert int(np.argmax(s)) == 1
    assert s[1] > 0 and all(s[i] == 0 for i in (0, 2, 3, 4))


def test_more_occurrences_in_a_short_document_score_higher() -> None:
    s = BM25.build(DOCS).scores(["ภาษี"])
    assert s[2] > s[0] > 0


def test_a_rare_term_weighs_more_than_a_common_one() -> None:
    bm = BM25.build(DOCS)
    s = bm.scores(["ภาษี", "อำนาจหน้าที่"])
    # doc 0 has the rare term and the common one; doc 2 only the common one (thrice).
    assert s[0] > s[2]


def test_matching_more_query_terms_ranks_higher() -> None:
    s = BM25.build(DOCS).scores(["นายก", "วาระ"])
    assert int(np.argmax(s)) == 3
    assert s[3] > BM25.build(DOCS).scores(["นายก"])[3]


def test_unknown_terms_score_zero_everywhere() -> None:
    bm = BM25.build(DOCS)
    assert not bm.scores(["ไม่มีคำนี้", "xyz"]).any()
    assert not bm.scores([]).any()
    assert bm.scores(["ไม่มีคำนี้"]).shape == (len(DOCS),)


def test_a_repeated_query_term_counts_more() -> None:
    bm = BM25.build(DOCS)
    assert bm.scores(["ภาษี", "ภาษี"])[0] == 2 * bm.scores(["ภาษี"])[0]


def test_an_empty_index_scores_nothing() -> None:
    bm = BM25.build([])
    assert bm.scores(["ภาษี"]).shape == (0,)


def test_save_and_load_round_trip_keeps_scores_and_thai_vocabulary(tmp_path: Path) -> None:
    bm = BM25.build(DOCS)
    files = bm.save(tmp_path, "words")
    assert {p.name for p in files} == {"words.npz", "words.vocab.json"}
    assert "ภาษี" in (tmp_path / "words.vocab.json").read_text(encoding="utf-8")
    loaded = BM25.load(tmp_path, "words")
    assert loaded.vocab == bm.vocab
    for q in (["ภาษี"], ["นายก", "วาระ"], ["ไม่มี"]):
        np.testing.assert_allclose(loaded.scores(q), bm.scores(q))


def test_rows_without_words_change_neither_idf_nor_average_length() -> None:
    # Fine windows are stored as rows without words: BM25 must score the worded
    # rows exactly as if those rows were not there.
    words = [d for d in DOCS if d]
    padded = BM25.build([*words, [], [], [], []])
    plain = BM25.build(words)
    for query in (["ภาษี"], ["นายก", "วาระ"], ["สภา", "ภาษี"]):
        assert np.allclose(padded.scores(query)[: len(words)], plain.scores(query))
        assert not padded.scores(query)[len(words) :].any()
