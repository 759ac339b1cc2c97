"""BM25 over token lists, stored as a sparse matrix and a vocabulary file.

The tokeniser is not part of this module: callers pass tokens, and the manifest
records which tokeniser made them, so index and queries cannot drift apart.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path

import numpy as np
from scipy import sparse


class BM25:
    def __init__(self, matrix: sparse.csc_matrix, vocab: dict[str, int]) -> None:
        self.matrix = matrix  # (n_docs, n_terms) BM25 weight of each term in each doc
        self.vocab = vocab

    @classmethod
    def build(cls, docs: Sequence[Sequence[str]], *, k1: float = 1.2, b: float = 0.75) -> BM25:
        vocab: dict[str, int] = {}
        rows, cols, tfs = [], [], []
        lengths = np.zeros(len(docs), dtype=np.float32)
        for i, toks in enumerate(docs):
            lengths[i] = len(toks)
            for term, tf in Counter(toks).items():
                rows.append(i)
                cols.append(vocab.setdefault(term, len(vocab)))
                tfs.append(tf)
        # Rows without words (windows embedded for the dense arm only) are not
        # documents for BM25: they must not change its idf or average length.
        n = max(int(np.count_nonzero(lengths)), 1)
        tf_arr = np.asarray(tfs, dtype=np.float32)
        row_arr = np.asarray(rows, dtype=np.int64)
        col_arr = np.asarray(cols, dtype=np.int64)
        df = np.bincount(col_arr, minlength=len(vocab)).astype(np.float32)
        idf = np.log1p((n - df + 0.5) / (df + 0.5))
        avg = float(lengths[lengths > 0].mean()) if lengths.any() else 1.0
        norm = k1 * (1 - b + b * lengths[row_arr] / max(avg, 1e-9))
        weights = idf[col_arr] * tf_arr * (k1 + 1) / (tf_arr + norm)
        matrix = sparse.csc_matrix((weights, (row_arr, col_arr)), shape=(len(docs), len(vocab)))
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
        mpath, vpath = folder / f"{name}.npz", folder / f"{name}.vocab.json"
        sparse.save_npz(mpath, self.matrix.tocsc(), compressed=False)
        vpath.write_text(json.dumps(self.vocab, ensure_ascii=False), encoding="utf-8")
        return [mpath, vpath]

    @classmethod
    def load(cls, folder: Path, name: str) -> BM25:
        matrix = sparse.load_npz(folder / f"{name}.npz").tocsc()
        vocab = json.loads((folder / f"{name}.vocab.json").read_text(encoding="utf-8"))
        return cls(matrix, vocab)
