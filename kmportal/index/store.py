"""Build, publish and open the on-disk indexes of a data directory.

Embeddings live in the database beside their chunks, so the index files are a
cache that can always be rebuilt from the database in seconds. A build writes a
new generation folder and then switches the ``CURRENT`` pointer with an atomic
rename: a reader sees the old index or the new one, never half of each, and an
ingest killed midway leaves the previous generation intact.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from kmportal.docstore.models import Chunk, Document
from kmportal.errors import IndexUnavailable
from kmportal.faults import fault_point
from kmportal.index.lexical import BM25
from kmportal.index.manifest import Manifest, file_sha256
from kmportal.index.vector import VectorIndex
from kmportal.messages import msg
from kmportal.thai.tokenize import ENGINE, subword_tokens

log = logging.getLogger(__name__)

POINTER = "CURRENT"
_BUILD_LOCK = threading.Lock()
_BUILDS = [0]  # builds under way in this process
TOKENIZER = f"pythainlp-{ENGINE}+char3"


@dataclass
class LoadedIndex:
    folder: Path
    manifest: Manifest
    vectors: VectorIndex
    chunk_ids: np.ndarray  # row in the indexes -> Chunk.id
    words: BM25
    subwords: BM25


def db_fingerprint(session: Session) -> tuple[str, int]:
    h = hashlib.sha256()
    rows = session.exec(
        select(Chunk.id, Document.content_hash, Document.embedded_with)
        .join(Document, col(Document.id) == col(Chunk.doc_id))
        .order_by(col(Chunk.id))
    ).all()
    for cid, digest, embedder in rows:
        h.update(f"{cid}:{digest}:{embedder}\n".encode())
    return h.hexdigest(), len(rows)


def embedded_otherwise(session: Session, embedder: str) -> list[str]:
    """Documents whose vectors another embedder made: searching them with this
    embedder's queries would silently give wrong neighbours."""
    stmt = select(Document.id).where(col(Document.embedded_with) != embedder)
    return list(session.exec(stmt))


def current_folder(index_dir: Path) -> Path | None:
    pointer = index_dir / POINTER
    if not pointer.exists():
        return None
    folder = index_dir / pointer.read_text(encoding="utf-8").strip()
    return folder if folder.is_dir() else None


def stored_dim(engine: Engine) -> int:
    """The dimension of the vectors in the database (384, that of the default
    model, while it holds none), so an index can be rebuilt without the model."""
    with Session(engine) as session:
        emb = session.exec(select(Chunk.embedding).limit(1)).first()
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
    with Session(engine) as session:
        others = embedded_otherwise(session, embedder)
        if others:
            raise IndexUnavailable(
                f"{len(others)} document(s) were embedded with another model than {embedder} "
                f"(e.g. {others[0]}); run `kmportal reindex --reembed`"
            )
        fingerprint, _ = db_fingerprint(session)
        rows = session.exec(
            select(Chunk.id, Chunk.tokens, Chunk.embedding).order_by(col(Chunk.id))
        ).all()
    ids = np.asarray([r[0] for r in rows], dtype=np.int64)
    word_docs = [r[1].split() for r in rows]
    vecs = np.zeros((len(rows), dim), dtype=np.float32)
    for i, r in enumerate(rows):
        emb = np.frombuffer(r[2] or b"", dtype=np.float32)
        if emb.shape != (dim,):
            raise IndexUnavailable(
                f"chunk {r[0]} has no {dim}-d embedding from {embedder}; "
                "run `kmportal reindex --reembed`"
            )
        vecs[i] = emb

    name = f"gen-{datetime.now(UTC):%Y%m%dT%H%M%S%f}"
    folder = index_dir / name
    folder.mkdir()
    try:
        return _write(folder, vecs, ids, word_docs, embedder, dim, fingerprint, t0)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise


def _write(
    folder: Path,
    vecs: np.ndarray,
    ids: np.ndarray,
    word_docs: list[list[str]],
    embedder: str,
    dim: int,
    fingerprint: str,
    t0: float,
) -> Manifest:
    files = [VectorIndex.build(vecs, dim).save(folder / "vectors.faiss")]
    np.save(folder / "chunk_ids.npy", ids)
    files.append(folder / "chunk_ids.npy")
    files += BM25.build(word_docs).save(folder, "words")
    files += BM25.build([subword_tokens(d) for d in word_docs]).save(folder, "subwords")
    manifest = Manifest(
        embedder=embedder,
        dim=dim,
        tokenizer=TOKENIZER,
        chunk_count=len(ids),
        db_fingerprint=fingerprint,
        built_at=datetime.now(UTC).isoformat(timespec="seconds"),
        build_seconds=round(time.perf_counter() - t0, 3),
        files={p.name: file_sha256(p) for p in files},
    )
    manifest.write(folder)
    fault_point("index.before_publish")
    _publish(folder.parent, folder.name)
    log.info("published index %s (%d chunks)", folder.name, len(ids))
    return manifest


def _publish(index_dir: Path, name: str) -> None:
    tmp = index_dir / f"{POINTER}.tmp"
    tmp.write_text(name, encoding="utf-8")
    os.replace(tmp, index_dir / POINTER)
    for old in index_dir.glob("gen-*"):
        if old.name != name:
            shutil.rmtree(old, ignore_errors=True)


def check(engine: Engine, index_dir: Path, *, embedder: str) -> list[str]:
    """Reasons the current index cannot serve this database; empty when it can."""
    if index_dir.exists() and not index_dir.is_dir():
        return [f"the index path {index_dir} is not a folder"]
    folder = current_folder(index_dir)
    if folder is None:
        return ["no index has been built yet"]
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
        fingerprint, count = db_fingerprint(session)
    if fingerprint != manifest.db_fingerprint:
        problems.append(
            f"index holds {manifest.chunk_count} chunks but the database has {count} "
            "(or they changed)"
        )
    return problems


def load(index_dir: Path) -> LoadedIndex:
    folder = current_folder(index_dir)
    if folder is None:
        raise IndexUnavailable("no index has been built yet; run `kmportal ingest PATH`")
    manifest = Manifest.read(folder)
    return LoadedIndex(
        folder=folder,
        manifest=manifest,
        vectors=VectorIndex.load(folder / "vectors.faiss"),
        chunk_ids=np.load(folder / "chunk_ids.npy"),
        words=BM25.load(folder, "words"),
        subwords=BM25.load(folder, "subwords"),
    )
