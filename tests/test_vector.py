"""The FAISS vector index."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from kmportal.index.vector import VectorIndex

# Rows are held as float16: a unit vector's components and scores within this.
FP16 = 1e-3


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
    np.testing.assert_allclose(scores, (vectors @ q)[ids], atol=FP16)


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
    np.testing.assert_allclose(loaded.vector(7), vectors[7], atol=FP16)
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
    np.testing.assert_allclose(scores, full[ids], atol=FP16)


def test_fewer_marked_rows_than_asked_for_gives_only_those(vectors: np.ndarray) -> None:
    marked = np.zeros(len(vectors), dtype=bool)
    marked[[2, 11, 17]] = True
    scores, ids = VectorIndex.build(vectors, 16).search(vectors[0], 50, rows=marked)
    assert sorted(ids.tolist()) == [2, 11, 17] and len(scores) == 3


def test_rows_are_held_in_half_the_bytes_of_float32(tmp_path: Path) -> None:
    many = unit(np.random.default_rng(3).normal(size=(2000, 64)))
    path = VectorIndex.build(many, 64).save(tmp_path / "vectors.faiss")
    assert path.stat().st_size < 2000 * 64 * 4 * 0.6


def test_an_index_written_as_float32_loads_and_answers_as_a_new_one(
    tmp_path: Path, vectors: np.ndarray
) -> None:
    import faiss

    old = faiss.IndexFlatIP(16)
    old.add(vectors)
    faiss.write_index(old, str(tmp_path / "old.faiss"))
    loaded = VectorIndex.load(tmp_path / "old.faiss")
    fresh = VectorIndex.build(vectors, 16)
    assert not isinstance(loaded.index, faiss.IndexFlat)
    for q in vectors[:5]:
        a, b = loaded.search(q, 8), fresh.search(q, 8)
        assert a[1].tolist() == b[1].tolist()
        np.testing.assert_array_equal(a[0], b[0])


def test_a_search_scans_on_the_calling_thread_alone(vectors: np.ndarray) -> None:
    # A second FAISS thread has no query to take and spins against the query
    # embedder's team; the setting is per thread, as each request has its own.
    import threading

    import faiss

    idx = VectorIndex.build(vectors, 16)
    seen: list[int] = []

    def request() -> None:
        faiss.omp_set_num_threads(2)
        idx.search(vectors[0], 3)
        seen.append(faiss.omp_get_max_threads())

    t = threading.Thread(target=request)
    t.start()
    t.join(timeout=10)
    assert seen == [1]
