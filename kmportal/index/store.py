"""Build, publish and open the on-disk indexes of a data directory.

Embeddings live in the database beside their chunks, so the index files are a
cache that can always be rebuilt from the database in seconds. A build writes a
new generation folder and then switches the ``CURRENT`` pointer with an atomic
rename: a reader sees the old index or the new one, never half of each, and an
ingest killed midway leaves the previous generation intact.

A chunk is searchable by words as soon as it is stored; its vector may come
later. The lexical files cover every chunk, the vector file has a zero row for
a chunk without a vector yet and ``has_vector.npy`` says which rows are real.
While vectors arrive only the vector files change: the lexical files of the
previous generation are linked into the new one instead of being rebuilt.

A generation is deleted only when nobody uses it: see :mod:`kmportal.index.generations`.
"""

from __future__ import annotations

import hashlib
import logging
import shutil
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from kmportal.docstore.models import Chunk, Document
from kmportal.errors import IndexUnavailable
from kmportal.faults import fault_point
from kmportal.index.generations import Hold, current_folder, hold_current, publish
from kmportal.index.lexical import BM25
from kmportal.index.lexical_files import LEXICAL_FILES, TOKENIZER, build_lexical, link_lexical
from kmportal.index.lock import WriterLock, describe
from kmportal.index.manifest import Manifest, file_sha256
from kmportal.index.vector import VectorIndex
from kmportal.messages import msg

log = logging.getLogger(__name__)

_BUILD_LOCK = threading.Lock()
_BUILDS = [0]  # builds under way in this process


@dataclass
class LoadedIndex:
    folder: Path
    manifest: Manifest
    vectors: VectorIndex
    chunk_ids: np.ndarray  # row in the indexes -> Chunk.id
    has_vector: np.ndarray  # row -> whether its vector is real (else a zero row)
    words: BM25
    subwords: BM25
    hold: Hold | None = None  # keeps the folder from being pruned while this is in use


@dataclass(frozen=True)
class Fingerprint:
    full: str  # changes with any stored document, chunk or vector
    lexical: str  # changes with documents and chunks, not with vectors
    chunks: int
    embedded: int


# Per document, not per chunk: the chunk table holds every text and vector
# (hundreds of MB for the whole library), its doc_id index answers this alone.
_FINGERPRINT_SQL = text(
    "SELECT d.id, d.content_hash, d.ingest_version, d.ingested_at, d.embedded_with, "
    "d.pending_vectors, count(c.id), min(c.id), max(c.id) "
    "FROM document d LEFT JOIN chunk c ON c.doc_id = d.id GROUP BY d.id ORDER BY d.id"
)


def db_fingerprint(session: Session) -> Fingerprint:
    full, lexical = hashlib.sha256(), hashlib.sha256()
    chunks = embedded = 0
    for doc_id, digest, version, at, model, pending, n, lo, hi in session.execute(_FINGERPRINT_SQL):
        lexical.update(f"{doc_id}:{digest}:{version}:{at}:{n}:{lo}:{hi}\n".encode())
        full.update(f"{doc_id}:{digest}:{version}:{at}:{n}:{lo}:{hi}:{model}:{pending}\n".encode())
        chunks += n
        embedded += n - min(pending, n)
    return Fingerprint(full.hexdigest(), lexical.hexdigest(), chunks, embedded)


def embedded_otherwise(session: Session, embedder: str) -> list[str]:
    """Documents whose vectors another embedder made: searching them with this
    embedder's queries would silently give wrong neighbours."""
    stmt = select(Document.id).where(col(Document.embedded_with) != embedder)
    return list(session.exec(stmt))


def _vectors(rows: list[tuple[int, bytes | None]], dim: int, embedder: str) -> np.ndarray:
    vecs = np.zeros((len(rows), dim), dtype=np.float32)
    for i, (cid, blob) in enumerate(rows):
        if not blob:  # not embedded yet (NULL), or searchable by words only (empty)
            continue
        emb = np.frombuffer(blob, dtype=np.float32)
        if emb.shape != (dim,):
            raise IndexUnavailable(
                f"chunk {cid} has no {dim}-d embedding from {embedder}; "
                "run `kmportal reindex --reembed`"
            )
        vecs[i] = emb
    return vecs


def stored_dim(engine: Engine) -> int:
    """The dimension of the vectors in the database (384, that of the default
    model, while it holds none), so an index can be rebuilt without the model."""
    with Session(engine) as session:
        # Not a chunk still waiting for its vector (NULL) or one without by design (empty).
        emb = session.exec(
            select(Chunk.embedding).where(text("length(embedding) > 0")).limit(1)
        ).first()
    return len(emb or b"") // 4 or 384


def building() -> bool:
    """A build is under way in this process (``/healthz``: index rebuilding)."""
    return _BUILDS[0] > 0


def build(
    engine: Engine, index_dir: Path, *, embedder: str, dim: int, reason: str = "requested"
) -> Manifest:
    """Build a new generation from the database and publish it; ``reason`` is
    logged. A build that fails (disk full) leaves no half-written generation."""
    log.info("building the search index: %s", reason)
    with _BUILD_LOCK:
        _BUILDS[0] += 1
    try:
        return _build(engine, index_dir, embedder=embedder, dim=dim)
    finally:
        with _BUILD_LOCK:
            _BUILDS[0] -= 1


def _build(engine: Engine, index_dir: Path, *, embedder: str, dim: int) -> Manifest:
    t0 = time.perf_counter()
    if index_dir.exists() and not index_dir.is_dir():
        raise IndexUnavailable(msg("index.not_a_folder", path=str(index_dir)))
    index_dir.mkdir(parents=True, exist_ok=True)
    # The generation linked from stays while its files are linked.
    previous_hold = hold_current(index_dir)
    try:
        return _build_beside(
            engine, index_dir, previous_hold.folder if previous_hold else None, embedder, dim, t0
        )
    finally:
        if previous_hold is not None:
            previous_hold.release()


def _build_beside(
    engine: Engine, index_dir: Path, previous: Path | None, embedder: str, dim: int, t0: float
) -> Manifest:
    name = f"gen-{datetime.now(UTC):%Y%m%dT%H%M%S%f}"
    folder = index_dir / name
    with Session(engine) as session:
        others = embedded_otherwise(session, embedder)
        if others:
            raise IndexUnavailable(
                f"{len(others)} document(s) were embedded with another model than {embedder} "
                f"(e.g. {others[0]}); run `kmportal reindex --reembed`"
            )
        fp = db_fingerprint(session)
        vec_rows = session.exec(select(Chunk.id, Chunk.embedding).order_by(col(Chunk.id))).all()
        vecs = _vectors(
            [(int(r[0] or 0), r[1]) for r in vec_rows], dim, embedder
        )  # refuses before anything is written
        ids = np.asarray([r[0] for r in vec_rows], dtype=np.int64)
        has_vector = np.asarray([bool(r[1]) for r in vec_rows], dtype=bool)
        folder.mkdir()
        own = Hold.take(folder)  # not pruned by anyone while it is written
        try:
            reused = link_lexical(previous, folder, fp.lexical, ids)
        except BaseException:
            shutil.rmtree(folder, ignore_errors=True)
            raise
        if reused is None:
            lex_rows = session.exec(select(Chunk.id, Chunk.tokens).order_by(col(Chunk.id))).all()
    try:
        return _write(
            folder,
            previous_reused=reused,
            lex_rows=lex_rows if reused is None else [],
            ids=ids,
            vecs=vecs,
            has_vector=has_vector,
            fp=fp,
            embedder=embedder,
            dim=dim,
            t0=t0,
        )
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    finally:
        if own is not None:
            own.release()


def _write(
    folder: Path,
    *,
    previous_reused: dict[str, str] | None,
    lex_rows: Sequence[tuple[int | None, str]],
    ids: np.ndarray,
    vecs: np.ndarray,
    has_vector: np.ndarray,
    fp: Fingerprint,
    embedder: str,
    dim: int,
    t0: float,
) -> Manifest:
    reused = previous_reused
    if reused is None:
        if [r[0] for r in lex_rows] != ids.tolist():
            raise IndexUnavailable("the chunks changed while the index was built; build again")
        np.save(folder / "chunk_ids.npy", ids)
        build_lexical(folder, [r[1] for r in lex_rows])
        reused = {n: file_sha256(folder / n) for n in LEXICAL_FILES}
    files = [VectorIndex.build(vecs, dim).save(folder / "vectors.faiss")]
    np.save(folder / "has_vector.npy", has_vector)
    files.append(folder / "has_vector.npy")
    manifest = Manifest(
        embedder=embedder,
        dim=dim,
        tokenizer=TOKENIZER,
        chunk_count=len(ids),
        db_fingerprint=fp.full,
        built_at=datetime.now(UTC).isoformat(timespec="seconds"),
        build_seconds=round(time.perf_counter() - t0, 3),
        files={**reused, **{p.name: file_sha256(p) for p in files}},
        lexical_fingerprint=fp.lexical,
        embedded_count=int(has_vector.sum()),
    )
    manifest.write(folder)
    fault_point("index.before_publish")
    publish(folder.parent, folder.name)
    log.info("published index %s (%d chunks)", folder.name, len(ids))
    return manifest


def check(engine: Engine, index_dir: Path, *, embedder: str) -> list[str]:
    """Reasons the current index cannot serve this database; empty when it can."""
    if index_dir.exists() and not index_dir.is_dir():
        return [f"the index path {index_dir} is not a folder"]
    hold = hold_current(index_dir)
    if hold is None:
        return ["no index has been built yet"]
    try:
        return _check(engine, hold.folder, embedder=embedder)
    finally:
        hold.release()


def _check(engine: Engine, folder: Path, *, embedder: str) -> list[str]:
    try:
        manifest = Manifest.read(folder)
    except (OSError, ValueError, TypeError) as exc:
        return [f"unreadable manifest: {exc}"]
    problems = manifest.problems(folder)
    if manifest.tokenizer != TOKENIZER:
        problems.append(
            f"index tokenised with {manifest.tokenizer}, this kmportal uses {TOKENIZER}"
        )
    if manifest.embedder != embedder:
        problems.append(f"index built with {manifest.embedder}, settings ask for {embedder}")
    with Session(engine) as session:
        fp = db_fingerprint(session)
    if fp.full != manifest.db_fingerprint:
        problems.append(
            f"index holds {manifest.chunk_count} chunks but the database has {fp.chunks} "
            "(or they changed)"
        )
    return problems


def load(index_dir: Path, *, previous: LoadedIndex | None = None) -> LoadedIndex:
    """The current generation, held (see :class:`Hold`) while it is in use.
    Its lexical part is ``previous``'s when both hold the same lexical files."""
    hold = hold_current(index_dir)
    if hold is None:
        raise IndexUnavailable("no index has been built yet; run `kmportal ingest PATH`")
    try:
        return _load(hold, previous)
    except BaseException:
        hold.release()
        raise


def _same_lexical(old: Manifest, new: Manifest) -> bool:
    return all(
        old.files.get(n) is not None and old.files.get(n) == new.files.get(n) for n in LEXICAL_FILES
    )


def same_words(old: LoadedIndex, new: LoadedIndex) -> bool:
    """The two generations hold the same chunks in the same rows with the same
    words (a generation that only added vectors links its lexical files from
    the one before; the manifest's checksums say so, and ``check`` verified them)."""
    return _same_lexical(old.manifest, new.manifest)


def _load(hold: Hold, previous: LoadedIndex | None = None) -> LoadedIndex:
    folder = hold.folder
    manifest = Manifest.read(folder)
    if previous is not None and _same_lexical(previous.manifest, manifest):
        # Shared, not read again: a loaded index is never changed in memory.
        return replace(
            previous,
            folder=folder,
            manifest=manifest,
            vectors=VectorIndex.load(folder / "vectors.faiss"),
            has_vector=_has_vector(folder, len(previous.chunk_ids)),
            hold=hold,
        )
    chunk_ids = np.load(folder / "chunk_ids.npy")
    return LoadedIndex(
        folder=folder,
        manifest=manifest,
        vectors=VectorIndex.load(folder / "vectors.faiss"),
        chunk_ids=chunk_ids,
        has_vector=_has_vector(folder, len(chunk_ids)),
        words=BM25.load(folder, "words"),
        subwords=BM25.load(folder, "subwords"),
        hold=hold,
    )


def _has_vector(folder: Path, rows: int) -> np.ndarray:
    path = folder / "has_vector.npy"
    return np.load(path) if path.exists() else np.ones(rows, dtype=bool)


def open_for_search(
    engine: Engine,
    index_dir: Path,
    *,
    embedder: str,
    notes: list[str],
    previous: LoadedIndex | None = None,
) -> LoadedIndex | None:
    """The index a search should use now. A stale index is rebuilt from the
    database first, unless a writer (an ingest) is at work: then the last
    generation it published is served as it stands, and the next one is picked
    up when it appears. None while nothing has been published yet. ``previous``:
    the index in use, whose lexical part is shared when it did not change."""
    problems = check(engine, index_dir, embedder=embedder)
    if problems:
        lock = WriterLock(index_dir, command="kmportal serve: rebuild at start")
        if lock.acquire():
            try:
                # Another builder may have published what was missing meanwhile.
                problems = check(engine, index_dir, embedder=embedder)
                if problems:
                    build(
                        engine,
                        index_dir,
                        embedder=embedder,
                        dim=stored_dim(engine),
                        reason="; ".join(problems),
                    )
            finally:
                lock.release()
            if problems:
                notes.append("index rebuilt at start: " + "; ".join(problems))
        else:
            log.info(
                "another index builder is at work (%s): serving the last published index",
                describe(lock.holder()),
            )
            notes.append(
                "ingest running: serving the last published index until the next one "
                f"({'; '.join(problems)})"
            )
            if current_folder(index_dir) is None:
                return None
    return load(index_dir, previous=previous)
