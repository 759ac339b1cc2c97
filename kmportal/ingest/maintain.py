"""Changes to the store other than adding files: removing a document, and
computing every vector again with another model. Both hold the writer lock and
end with a published index that every server sharing the database picks up.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from kmportal.db import prepare_database
from kmportal.docstore import generation
from kmportal.docstore.models import Document
from kmportal.errors import NotFound
from kmportal.index import store
from kmportal.index.backfill import embed_pending
from kmportal.index.embed import Embedder, embedder_name, make_embedder
from kmportal.index.lock import NO_WAIT, LockWait, WriterLock
from kmportal.index.store import stored_dim
from kmportal.ingest.amends import link_amendments
from kmportal.ingest.pipeline import Progress, delete_rows
from kmportal.settings import Settings


def _rebuild(engine: Engine, settings: Settings, name: str, dim: int, reason: str) -> None:
    """This directory's index, then the generation every server sharing the
    database watches — raised even when the build fails: the rows are committed."""
    try:
        store.build(engine, settings.index_dir, embedder=name, dim=dim, reason=reason)
    finally:
        generation.bump(engine)


def remove_document(
    settings: Settings, doc_id: str, *, engine: Engine | None = None, wait: LockWait = NO_WAIT
) -> None:
    engine = engine or prepare_database(settings)
    with WriterLock(settings.index_dir, wait=wait), Session(engine) as session:
        if session.get(Document, doc_id) is None:
            raise NotFound(f"ไม่พบเอกสาร '{doc_id}' (no such document)")
        delete_rows(session, doc_id)
        session.commit()
        link_amendments(engine)
        # Rebuild with the model the remaining vectors came from: removing a
        # document must not turn into a change of embedder.
        used = set(session.exec(select(Document.embedded_with)))
        name = used.pop() if len(used) == 1 else embedder_name(settings)
        _rebuild(engine, settings, name, stored_dim(engine), f"document removed: {doc_id}")


_FORGET_VECTORS = [
    text(
        "UPDATE chunk SET embedding = NULL WHERE length(embedding) > 0 AND doc_id IN "
        "(SELECT id FROM document WHERE embedded_with != :model)"
    ),
    text(
        "UPDATE power SET embedding = NULL WHERE length(embedding) > 0 AND doc_id IN "
        "(SELECT id FROM document WHERE embedded_with != :model)"
    ),
]
_ADOPT = text(
    "UPDATE document SET embedded_with = :model, pending_vectors = "
    "(SELECT count(*) FROM chunk WHERE chunk.doc_id = document.id AND embedding IS NULL) + "
    "(SELECT count(*) FROM power WHERE power.doc_id = document.id AND embedding IS NULL) "
    "WHERE embedded_with != :model"
)


def reembed_all(
    settings: Settings,
    *,
    embedder: Embedder | None = None,
    progress: Progress | None = None,
    wait: LockWait = NO_WAIT,
) -> int:
    """Embed every stored chunk again with the configured embedder (after the
    operator switched models). The old vectors are dropped first, in one
    transaction, then the chunks are embedded like any pending ones: an
    interrupted run is finished by running it again (or `kmportal embed`)."""
    engine = prepare_database(settings)
    embedder = embedder or make_embedder(settings)
    with WriterLock(settings.index_dir, wait=wait):
        with Session(engine) as session:
            for forget in _FORGET_VECTORS:
                session.execute(forget, {"model": embedder.name})
            session.execute(_ADOPT, {"model": embedder.name})
            session.commit()
        done = embed_pending(engine, embedder, progress=progress)
        _rebuild(
            engine,
            settings,
            embedder.name,
            embedder.dim,
            f"vectors recomputed with {embedder.name}",
        )
    return done
