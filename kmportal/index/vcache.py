"""A file of passage vectors keyed by model and text, shared across data directories.

Embedding is the slow part of every build (about 10 passages/s on two cores);
the same chunk text embedded by the same model always gives the same vector.
Evaluation runs ingest the same corpora into fresh data directories again and
again, and an operator rebuilding a data directory re-embeds text it already
embedded: with ``KMPORTAL_EMBED_CACHE`` set, each text is embedded once.

A cache kept only to save time (the search service's store of the law's words)
is ``best_effort``: a locked, full or broken file then costs the time it was
to save — it is read as empty and not written, with a log line — never the
answer that needed the vectors.
"""

from __future__ import annotations

import hashlib
import logging
import sqlite3
import threading
from collections.abc import Sequence
from pathlib import Path

import numpy as np

log = logging.getLogger(__name__)
_SCHEMA = "CREATE TABLE IF NOT EXISTS vec (key BLOB PRIMARY KEY, v BLOB NOT NULL)"


class VectorCache:
    def __init__(self, path: Path, *, best_effort: bool = False, timeout: float = 30) -> None:
        self.path = path
        self.best_effort = best_effort
        self._lock = threading.Lock()
        self._db: sqlite3.Connection | None = None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(path, check_same_thread=False, timeout=timeout)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute(_SCHEMA)
        except (OSError, sqlite3.Error) as exc:
            if not best_effort:
                raise
            log.warning("vector cache %s not opened, embedding instead: %s", path, exc)

    @staticmethod
    def key(model: str, text: str) -> bytes:
        return hashlib.sha256(f"{model}\x00{text}".encode()).digest()

    def get_many(self, model: str, texts: Sequence[str], dim: int) -> list[np.ndarray | None]:
        try:
            return self._get_many(model, texts, dim)
        except sqlite3.Error as exc:
            if not self.best_effort:
                raise
            log.warning("vector cache %s unreadable, embedding instead: %s", self.path, exc)
            return [None] * len(texts)

    def _get_many(self, model: str, texts: Sequence[str], dim: int) -> list[np.ndarray | None]:
        keys = [self.key(model, t) for t in texts]
        found: dict[bytes, bytes] = {}
        with self._lock:
            if self._db is None:
                return [None] * len(texts)
            for start in range(0, len(keys), 500):
                part = keys[start : start + 500]
                # nosec B608: the statement is built from "?" placeholders only.
                marks = ",".join("?" * len(part))
                sql = f"SELECT key, v FROM vec WHERE key IN ({marks})"  # nosec B608
                rows = self._db.execute(sql, part)
                found.update(rows.fetchall())
        out: list[np.ndarray | None] = []
        for k in keys:
            blob = found.get(k)
            vec = np.frombuffer(blob, dtype=np.float32) if blob is not None else None
            out.append(vec if vec is not None and vec.shape == (dim,) else None)
        return out

    def put_many(self, model: str, texts: Sequence[str], vectors: np.ndarray) -> None:
        try:
            self._put_many(model, texts, vectors)
        except sqlite3.Error as exc:
            if not self.best_effort:
                raise
            log.warning("vector cache %s not written: %s", self.path, exc)

    def _put_many(self, model: str, texts: Sequence[str], vectors: np.ndarray) -> None:
        rows = [
            (self.key(model, t), np.ascontiguousarray(v, dtype=np.float32).tobytes())
            for t, v in zip(texts, vectors, strict=True)
        ]
        with self._lock:
            if self._db is None:
                return
            with self._db:
                self._db.executemany("INSERT OR REPLACE INTO vec (key, v) VALUES (?, ?)", rows)

    def close(self) -> None:
        with self._lock:
            if self._db is not None:
                self._db.close()
