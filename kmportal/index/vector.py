"""Dense vectors in FAISS. Exhaustive inner product: at tens of thousands of
chunks a scan answers in milliseconds, and no approximate search means no recall
to tune.

The rows are held as float16 (FAISS's fp16 scalar quantizer): one query scans
every row, and over the library's 49,000 vectors that scan is bound by memory —
float32 rows took 9-11 ms a query, half the bytes 6-8 ms. Over the library a
score moves by at most 5e-5, and rows change places only where float32 had them
within 1e-4 of each other, mostly identical texts of different Acts
(docs/benchmarks.md)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    # Imported where used, like SciPy in lexical.py: not on the start-up path.
    import faiss


class VectorIndex:
    def __init__(self, index: faiss.Index) -> None:
        self.index = index

    @property
    def dim(self) -> int:
        return int(self.index.d)

    def __len__(self) -> int:
        return int(self.index.ntotal)

    @classmethod
    def build(cls, vectors: np.ndarray, dim: int) -> VectorIndex:
        import faiss

        index = faiss.IndexScalarQuantizer(
            dim, faiss.ScalarQuantizer.QT_fp16, faiss.METRIC_INNER_PRODUCT
        )
        if len(vectors):
            index.add(np.ascontiguousarray(vectors, dtype=np.float32))
        return cls(index)

    def search(
        self, query: np.ndarray, k: int, *, rows: np.ndarray | None = None
    ) -> tuple[np.ndarray, np.ndarray]:
        """The ``k`` best rows by inner product. ``rows``, a boolean mask over
        all rows, limits the search to those it marks: FAISS skips the others
        (a bitmap selector), so the depth stays ``k`` however many are left
        out — asking for every row instead costs a heap the size of the index
        (28 against 10 ms over the library's 55,000 rows)."""
        import faiss

        k = min(k, len(self))
        if k <= 0:
            return np.zeros(0, dtype=np.float32), np.zeros(0, dtype=np.int64)
        # FAISS spreads queries over its threads, and this is one query: a team
        # of two only wakes a second thread that then spins against the query
        # embedder's (8 ms a cold library query). The setting is the calling
        # thread's own, so each request's thread sets it.
        faiss.omp_set_num_threads(1)
        params = None
        if rows is not None:
            bits = np.packbits(rows, bitorder="little")
            # The selector reads ``bits`` through a pointer: it lives until the search ends.
            selector = faiss.IDSelectorBitmap(len(rows), faiss.swig_ptr(bits))
            params = faiss.SearchParameters()
            params.sel = selector
        scores, ids = self.index.search(
            np.ascontiguousarray(query.reshape(1, -1), dtype=np.float32), k, params=params
        )
        found = ids[0] >= 0  # fewer than k rows selected
        return scores[0][found], ids[0][found]

    def vector(self, row: int) -> np.ndarray:
        return np.asarray(self.index.reconstruct(int(row)), dtype=np.float32)

    def save(self, path: Path) -> Path:
        import faiss

        faiss.write_index(self.index, str(path))
        return path

    @classmethod
    def load(cls, path: Path) -> VectorIndex:
        import faiss

        index = faiss.read_index(str(path))
        if isinstance(index, faiss.IndexFlat):
            # A generation written before the rows were float16: held as the new
            # ones are, so an index answers the same whichever wrote it.
            return cls.build(index.reconstruct_n(0, index.ntotal), index.d)
        return cls(index)
