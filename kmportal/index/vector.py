"""Dense vectors in FAISS. Exact inner product: at tens of thousands of chunks a
flat index answers in milliseconds, and exact search means no recall to tune."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    # Imported where used, like SciPy in lexical.py: not on the start-up path.
    import faiss


def set_threads(n: int) -> None:
    """FAISS's OpenMP pool; kept to the configured cores so it does not fight
    the embedder for them."""
    import faiss

    faiss.omp_set_num_threads(n)


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

        index = faiss.IndexFlatIP(dim)
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
        k = min(k, len(self))
        if k <= 0:
            return np.zeros(0, dtype=np.float32), np.zeros(0, dtype=np.int64)
        params = None
        if rows is not None:
            import faiss

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

        return cls(faiss.read_index(str(path)))
