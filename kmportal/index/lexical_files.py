"""The lexical files of an index generation: BM25 over the chunks' words and
over their sub-word n-grams, built from the tokens stored with each chunk, or
linked unchanged from the previous generation when its chunks are the same
(while vectors arrive, only the vector files change).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from kmportal.index.lexical import BM25, term_counts
from kmportal.index.manifest import Manifest
from kmportal.thai.tokenize import ENGINE, subword_tokens

if TYPE_CHECKING:
    from scipy import sparse

TOKENIZER = f"pythainlp-{ENGINE}+char3"
LEXICAL_FILES = ("chunk_ids.npy", *BM25.files("words"), *BM25.files("subwords"))


def subword_counts(
    words: sparse.csr_matrix, vocab: dict[str, int]
) -> tuple[sparse.csr_matrix, dict[str, int]]:
    """Sub-word term frequencies of every chunk from its word frequencies: the
    same counts as tokenising each chunk's words into n-grams, as one sparse
    product over the vocabulary instead of a Python loop over every token."""
    from scipy import sparse  # see lexical.py: not on the start-up path

    grams: dict[str, int] = {}
    rows, cols = [], []
    for word, j in vocab.items():
        for g in subword_tokens([word]):
            rows.append(j)
            cols.append(grams.setdefault(g, len(grams)))
    expand = sparse.csr_matrix(
        (np.ones(len(rows), dtype=np.float32), (rows, cols)), shape=(len(vocab), len(grams))
    )
    return words @ expand, grams


def build_lexical(folder: Path, tokens: list[str]) -> None:
    """The word and sub-word BM25 files of chunks given as space-joined tokens."""
    counts, vocab = term_counts([t.split() for t in tokens])
    BM25.from_counts(counts, vocab).save(folder, "words")
    sub_counts, grams = subword_counts(counts, vocab)
    BM25.from_counts(sub_counts, grams).save(folder, "subwords")


def link_lexical(
    previous: Path | None, folder: Path, lexical: str, ids: np.ndarray
) -> dict[str, str] | None:
    """Reuse the previous generation's lexical files when the chunks are the same;
    their checksums, or None when they had to be built."""
    if previous is None:
        return None
    try:
        old = Manifest.read(previous)
        if old.lexical_fingerprint != lexical or old.tokenizer != TOKENIZER:
            return None
        for name in LEXICAL_FILES:
            os.link(previous / name, folder / name)
        if not np.array_equal(np.load(folder / "chunk_ids.npy"), ids):
            raise ValueError("other chunks")
        return {name: old.files[name] for name in LEXICAL_FILES}
    except (OSError, ValueError, TypeError, KeyError):
        for name in LEXICAL_FILES:
            (folder / name).unlink(missing_ok=True)
        return None
