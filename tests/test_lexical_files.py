"""The lexical files of a generation (:mod:`kmportal.index.lexical_files`)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import numpy as np

from kmportal.index.lexical import term_counts
from kmportal.index.lexical_files import (
    LEXICAL_FILES,
    TOKENIZER,
    build_lexical,
    link_lexical,
    subword_counts,
)
from kmportal.index.manifest import Manifest, file_sha256
from kmportal.thai.tokenize import subword_tokens

CHUNKS = ["องค์การ บริหาร ส่วน จังหวัด", "ประปา หมู่บ้าน ประปา", "มาตรา 45 (8)", ""]


def test_subword_counts_equal_tokenising_each_chunk_into_ngrams() -> None:
    docs = [c.split() for c in CHUNKS]
    counts, vocab = term_counts(docs)
    sub, grams = subword_counts(counts, vocab)
    for row, doc in enumerate(docs):
        got = {g: sub[row, j] for g, j in grams.items() if sub[row, j]}
        assert got == Counter(subword_tokens(doc))


def _generation(folder: Path, ids: np.ndarray, *, tokenizer: str = TOKENIZER) -> None:
    folder.mkdir()
    np.save(folder / "chunk_ids.npy", ids)
    build_lexical(folder, CHUNKS)
    files = {name: file_sha256(folder / name) for name in LEXICAL_FILES}
    Manifest(
        "e", 4, tokenizer, len(ids), "full", "now", 0.0, files, lexical_fingerprint="lex"
    ).write(folder)


def test_files_are_linked_from_a_generation_with_the_same_chunks(tmp_path: Path) -> None:
    ids = np.arange(len(CHUNKS), dtype=np.int64)
    _generation(tmp_path / "gen-1", ids)
    (new := tmp_path / "gen-2").mkdir()
    reused = link_lexical(tmp_path / "gen-1", new, "lex", ids)
    assert reused is not None and set(reused) == set(LEXICAL_FILES)
    assert (new / "words.npz").stat().st_ino == (tmp_path / "gen-1" / "words.npz").stat().st_ino


def test_nothing_is_linked_when_chunks_or_tokeniser_differ(tmp_path: Path) -> None:
    ids = np.arange(len(CHUNKS), dtype=np.int64)
    _generation(tmp_path / "same-text-other-ids", ids)
    _generation(tmp_path / "other-tokeniser", ids, tokenizer="pythainlp-other")
    cases = [
        ("same-text-other-ids", "lex", ids + 1),
        ("same-text-other-ids", "other chunks", ids),
        ("other-tokeniser", "lex", ids),
    ]
    for n, (old, fingerprint, wanted) in enumerate(cases):
        (new := tmp_path / f"new-{n}").mkdir()
        assert link_lexical(tmp_path / old, new, fingerprint, wanted) is None
        assert not any(new.iterdir())  # nothing half-linked is left behind
