"""BM25 over token lists, stored as a sparse matrix and a vocabulary file.

The tokeniser is not part of this module: callers pass tokens, and the manifest
records which tokeniser made them, so index and queries cannot drift apart.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    # Imported where used: SciPy costs a seventh of a second, which the portal's
    # start-up need not spend before /healthz answers (the warm-up loads it).
    from scipy import sparse


class BM25:
    def __init__(self, matrix: sparse.csc_matrix, vocab: dict[str, int]) -> None:
        self.matrix = matrix  # (n_docs, n_terms) BM25 weight of each term in each doc
        self.vocab = vocab

    @classmethod
    def build(cls, docs: Sequence[Sequence[str]], *, k1: float = 1.2, b: float = 0.75) -> BM25:
        counts, vocab = term_counts(docs)
        return cls.from_counts(counts, vocab, k1=k1, b=b)

    @classmethod
    def from_counts(
        cls, counts: sparse.spmatrix, vocab: dict[str, int], *, k1: float = 1.2, b: float = 0.75
    ) -> BM25:
        """BM25 from a (documents x terms) matrix of term frequencies. Whole-array
        arithmetic: a Python loop per token took most of a 50k-chunk build."""
        from scipy import sparse

        tf = sparse.csr_matrix(counts, dtype=np.float32)
        tf.sum_duplicates()
        n_docs = tf.shape[0]
        lengths = np.asarray(tf.sum(axis=1), dtype=np.float32).ravel()
        row_arr = np.repeat(np.arange(n_docs, dtype=np.int64), np.diff(tf.indptr))
        col_arr = tf.indices.astype(np.int64)
        tf_arr = tf.data
        df = np.bincount(col_arr, minlength=len(vocab)).astype(np.float32)
        # Rows without words (windows embedded for the dense arm only) are not
        # documents for BM25: they must not change its idf or average length.
        n = max(int(np.count_nonzero(lengths)), 1)
        idf = np.log1p((n - df + 0.5) / (df + 0.5))
        avg = float(lengths[lengths > 0].mean()) if lengths.any() else 1.0
        norm = k1 * (1 - b + b * lengths[row_arr] / max(avg, 1e-9))
        weights = idf[col_arr] * tf_arr * (k1 + 1) / (tf_arr + norm)
        matrix = sparse.csc_matrix((weights, (row_arr, col_arr)), shape=(n_docs, len(vocab)))
        return cls(matrix, vocab)

    def scores(self, query: Sequence[str] | Mapping[str, float]) -> np.ndarray:
        """BM25 of every document; ``query`` is a list of terms or a mapping of
        term to weight (a repeated term counts once per occurrence)."""
        weights = query if isinstance(query, Mapping) else Counter(query)
        counts = {t: w for t, w in weights.items() if t in self.vocab}
        out = np.zeros(self.matrix.shape[0], dtype=np.float32)
        m = self.matrix
        for term, qtf in counts.items():
            j = self.vocab[term]
            lo, hi = m.indptr[j], m.indptr[j + 1]
            out[m.indices[lo:hi]] += qtf * m.data[lo:hi]
        return out

    def save(self, folder: Path, name: str) -> list[Path]:
        from scipy import sparse

        mpath, vpath = folder / f"{name}.npz", folder / f"{name}.vocab.json"
        sparse.save_npz(mpath, self.matrix.tocsc(), compressed=False)
        vpath.write_text(json.dumps(self.vocab, ensure_ascii=False), encoding="utf-8")
        return [mpath, vpath]

    @staticmethod
    def files(name: str) -> list[str]:
        return [f"{name}.npz", f"{name}.vocab.json"]

    @classmethod
    def load(cls, folder: Path, name: str) -> BM25:
        from scipy import sparse

        matrix = sparse.load_npz(folder / f"{name}.npz").tocsc()
        vocab = json.loads((folder / f"{name}.vocab.json").read_text(encoding="utf-8"))
        return cls(matrix, vocab)


def term_counts(docs: Sequence[Sequence[str]]) -> tuple[sparse.csr_matrix, dict[str, int]]:
    """Term frequencies of token lists as a sparse matrix, and the vocabulary
    (ids in order of first appearance)."""
    from scipy import sparse

    vocab: dict[str, int] = {}
    cols = np.fromiter((vocab.setdefault(t, len(vocab)) for d in docs for t in d), dtype=np.int64)
    lengths = np.fromiter((len(d) for d in docs), dtype=np.int64, count=len(docs))
    rows = np.repeat(np.arange(len(docs), dtype=np.int64), lengths)
    ones = np.ones(len(cols), dtype=np.float32)
    counts = sparse.csr_matrix((ones, (rows, cols)), shape=(len(docs), len(vocab)))
    return counts, vocab
