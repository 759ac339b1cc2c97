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

    def search(self, query: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        k = min(k, len(self))
        if k <= 0:
            return np.zeros(0, dtype=np.float32), np.zeros(0, dtype=np.int64)
        scores, ids = self.index.search(
            np.ascontiguousarray(query.reshape(1, -1), dtype=np.float32), k
        )
        return scores[0], ids[0]

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
