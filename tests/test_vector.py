"""The FAISS vector index."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from kmportal.index.vector import VectorIndex


def unit(rows: np.ndarray) -> np.ndarray:
    return (rows / np.linalg.norm(rows, axis=1, keepdims=True)).astype(np.float32)


@pytest.fixture
def vectors() -> np.ndarray:
    rng = np.random.default_rng(7)
    return unit(rng.normal(size=(20, 16)))


def test_search_returns_rows_in_order_of_inner_product(vectors: np.ndarray) -> None:
    idx = VectorIndex.build(vectors, 16)
    q = vectors[5] + 0.1 * vectors[9]
    scores, ids = idx.search(q, 5)
    assert ids[0] == 5
    expected = np.argsort(-(vectors @ q))[:5]
    assert list(ids) == list(expected)
    assert list(scores) == sorted(scores, reverse=True)
    np.testing.assert_allclose(scores, (vectors @ q)[ids], rtol=1e-5)


def test_k_larger_than_the_index_returns_every_row_once(vectors: np.ndarray) -> None:
    idx = VectorIndex.build(vectors[:3], 16)
    scores, ids = idx.search(vectors[0], 50)
    assert sorted(ids.tolist()) == [0, 1, 2]
    assert len(scores) == 3


def test_an_empty_index_and_k_zero_return_nothing(vectors: np.ndarray) -> None:
    empty = VectorIndex.build(np.zeros((0, 16), dtype=np.float32), 16)
    assert len(empty) == 0 and empty.dim == 16
    for idx, k in ((empty, 5), (VectorIndex.build(vectors, 16), 0)):
        scores, ids = idx.search(vectors[0], k)
        assert scores.shape == (0,) and ids.shape == (0,)


def test_a_float64_query_is_accepted(vectors: np.ndarray) -> None:
    _, ids = VectorIndex.build(vectors, 16).search(vectors[3].astype(np.float64), 1)
    assert ids.tolist() == [3]


def test_save_and_load_round_trip(tmp_path: Path, vectors: np.ndarray) -> None:
    idx = VectorIndex.build(vectors, 16)
    path = idx.save(tmp_path / "vectors.faiss")
    loaded = VectorIndex.load(path)
    assert len(loaded) == 20 and loaded.dim == 16
    np.testing.assert_allclose(loaded.vector(7), vectors[7], rtol=1e-6)
    a, b = idx.search(vectors[1], 4), loaded.search(vectors[1], 4)
    assert a[1].tolist() == b[1].tolist()


def test_a_mask_keeps_the_depth_among_the_rows_it_marks(vectors: np.ndarray) -> None:
    idx = VectorIndex.build(vectors, 16)
    full = vectors @ vectors[3]
    marked = np.ones(len(vectors), dtype=bool)
    marked[np.argsort(-full)[:10]] = False  # the 10 nearest rows are left out
    scores, ids = idx.search(vectors[3], 5, rows=marked)
    assert len(ids) == 5 and marked[ids].all()
    assert ids.tolist() == np.argsort(-np.where(marked, full, -np.inf))[:5].tolist()
    np.testing.assert_allclose(scores, full[ids], rtol=1e-5)


def test_fewer_marked_rows_than_asked_for_gives_only_those(vectors: np.ndarray) -> None:
    marked = np.zeros(len(vectors), dtype=bool)
    marked[[2, 11, 17]] = True
    scores, ids = VectorIndex.build(vectors, 16).search(vectors[0], 50, rows=marked)
    assert sorted(ids.tolist()) == [2, 11, 17] and len(scores) == 3
