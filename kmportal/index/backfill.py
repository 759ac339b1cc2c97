"""Give stored chunks their vectors, a batch at a time, resumably.

Ingest stores every chunk without a vector first, so the whole library is
searchable by words within minutes; this pass embeds what is still missing:
chunks, and the wordings of the register of powers (table ``power``), which a
document's ``pending_vectors`` counts with its chunks.
Each batch is one transaction (its vectors and the documents' pending counts
together): killed at any moment, a rerun embeds only what is still missing,
and the vector cache, when set, makes even the lost batch cheap.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass

import numpy as np
from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, func, select

from kmportal.docstore.models import Document
from kmportal.index.embed import Embedder
from kmportal.index.publish import Publisher

BATCH_CHUNKS = 256
# A chunk stored with an empty vector is searchable by words only, by design
# (see ``ingest.pipeline.dense_section``); NULL means "not embedded yet".
NO_VECTOR = b""

Progress = Callable[[str, object], None]


@dataclass(frozen=True)
class Pending:
    documents: int
    chunks: int


def pending(session: Session, *, embedder: str | None = None) -> Pending:
    stmt = select(func.count(), func.coalesce(func.sum(Document.pending_vectors), 0)).where(
        col(Document.pending_vectors) > 0
    )
    if embedder is not None:
        stmt = stmt.where(col(Document.embedded_with) == embedder)
    docs, chunks = session.exec(stmt).one()
    return Pending(int(docs), int(chunks))


# In the order documents were stored (ingested_at, not SQLite's rowid, which
# PostgreSQL lacks), so vectors follow words in the order a reader saw them.
_NEXT_DOCS = text(
    "SELECT id, pending_vectors FROM document "
    "WHERE pending_vectors > 0 AND embedded_with = :model ORDER BY ingested_at, id LIMIT 64"
)
# (table, its text column): what waits for a vector.
_TABLES = (("chunk", "embed_text"), ("power", "text"))
_PENDING = (
    "SELECT id, doc_id, {column} FROM {table} "
    "WHERE doc_id IN ({docs}) AND embedding IS NULL ORDER BY id LIMIT :n"
)
_SET_VECTOR = "UPDATE {table} SET embedding = :v WHERE id = :id AND embedding IS NULL"
_RECOUNT = text(
    "UPDATE document SET pending_vectors = "
    "(SELECT count(*) FROM chunk WHERE chunk.doc_id = document.id AND embedding IS NULL) + "
    "(SELECT count(*) FROM power WHERE power.doc_id = document.id AND embedding IS NULL) "
    "WHERE id = :doc"
)
Row = tuple[str, int, str, str]  # (table, id, doc id, text)


def _next_batch(session: Session, model: str, size: int, *, taken: Sequence[Row] = ()) -> list[Row]:
    """Up to ``size`` rows still without a vector, documents in stored order,
    leaving out ``taken`` (the batch being embedded, its vectors not stored yet)."""
    skip = {(r[0], r[1]) for r in taken}
    held = Counter(r[2] for r in taken)
    docs, total = [], 0
    for doc_id, n in session.execute(_NEXT_DOCS, {"model": model}):
        if n <= held[doc_id]:
            continue
        docs.append(doc_id)
        total += n - held[doc_id]
        if total >= size:
            break
    if not docs:
        return []
    marks = ",".join(f":d{i}" for i in range(len(docs)))
    params: dict[str, object] = {f"d{i}": d for i, d in enumerate(docs)}
    out: list[Row] = []
    for table, column in _TABLES:
        params["n"] = size - len(out) + len(skip)
        # nosec B608: names from _TABLES, values through numbered placeholders only.
        sql = _PENDING.format(column=column, table=table, docs=marks)  # nosec B608
        found = session.execute(text(sql), params)
        rows = ((table, int(r[0]), str(r[1]), str(r[2])) for r in found)
        out += [r for r in rows if (r[0], r[1]) not in skip][: size - len(out)]
        if len(out) >= size:
            break
    return out


def _store(engine: Engine, rows: list[Row], vectors: np.ndarray) -> None:
    """One transaction: the batch's vectors and its documents' pending counts."""
    with Session(engine) as session:
        for table, _column in _TABLES:
            values = [
                {"id": rid, "v": np.asarray(v, dtype=np.float32).tobytes()}
                for (t, rid, _d, _x), v in zip(rows, vectors, strict=True)
                if t == table
            ]
            if values:
                session.execute(text(_SET_VECTOR.format(table=table)), values)
        for doc_id in sorted({r[2] for r in rows}):
            session.execute(_RECOUNT, {"doc": doc_id})
        session.commit()


def embed_pending(
    engine: Engine,
    embedder: Embedder,
    *,
    publisher: Publisher | None = None,
    progress: Progress | None = None,
    batch: int | None = None,
    stop: threading.Event | None = None,
) -> int:
    """Embed every chunk still without a vector (or until ``stop`` is set, between
    batches); returns how many were embedded."""
    batch = batch or BATCH_CHUNKS
    with Session(engine) as session:
        todo = pending(session, embedder=embedder.name)
    if progress:
        progress("embedding", todo.chunks)
    tick = (lambda n: progress("chunks", n)) if progress else None
    done = 0
    stopped = stop.is_set if stop is not None else (lambda: False)
    # The next batch embeds while this one is stored and published: the
    # embedding workers used to sit idle through those writes.
    with ThreadPoolExecutor(1, thread_name_prefix="embed-batch") as runner:
        rows: list[Row] = []
        job: Future[np.ndarray] | None = None
        while True:
            if job is None:
                with Session(engine) as session:
                    rows = [] if stopped() else _next_batch(session, embedder.name, batch)
                if not rows:
                    break
                job = runner.submit(embedder.embed_passages, [r[3] for r in rows], progress=tick)
            following: list[Row] = []
            if not stopped():
                with Session(engine) as session:
                    following = _next_batch(session, embedder.name, batch, taken=rows)
            vectors = job.result()
            job = None
            if following and not stopped():
                job = runner.submit(
                    embedder.embed_passages, [r[3] for r in following], progress=tick
                )
            _store(engine, rows, vectors)
            done += len(rows)
            if publisher is not None:
                publisher.changed("vectors added")
                publisher.maybe()
            rows = following
    return done


class EarlyEmbed:
    """Embeds the documents already stored while an ingest parses the rest.

    Why: parsing and storing run in one Python thread, on one core, for minutes
    when the whole law library arrives (671 Acts), while the embedding that follows
    is the long part of the build; started together, the embedding workers take
    the other core from the first stored document on. No publishing and no
    progress here: the ingest's own thread does both, and takes over with
    ``embed_pending`` once parsing is done (:meth:`finish`).
    """

    def __init__(self, engine: Engine, embedder: Embedder) -> None:
        self.engine = engine
        self.embedder = embedder
        self.embedded = 0
        self._error: BaseException | None = None
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="early-embed", daemon=True)

    def start(self) -> EarlyEmbed:
        self._thread.start()
        return self

    def _run(self) -> None:
        try:
            while not self._stop.is_set():
                done = embed_pending(self.engine, self.embedder, stop=self._stop)
                self.embedded += done
                if not done:  # caught up with the parser: wait for more documents
                    self._stop.wait(0.5)
        except BaseException as exc:  # re-raised in the ingest's thread by finish()
            self._error = exc

    def finish(self) -> int:
        """Stop after the batch in hand; how many were embedded (re-raises its error)."""
        self._stop.set()
        self._thread.join()
        error, self._error = self._error, None
        if error is not None:
            raise error
        return self.embedded
