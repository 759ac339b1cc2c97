"""Putting published knowledge into search, and taking it out again, through
the ingest pipeline's public entry points (``ingest_paths``,
``remove_document``) and the search service's ``reload()`` — no second
indexing mechanism.

Each change only names a document id; the work, run on the portal's one ingest
worker (so never beside an upload's ingest), reads what the database says that
document should be *now* (:func:`~kmportal.knowledge.documents.desired_document`)
and makes the store match. Repeated, reordered or missed changes therefore all
end the same way, and :meth:`KnowledgeIndexer.sync_all` at start-up catches
up on anything a stopped process left undone.
"""

from __future__ import annotations

import concurrent.futures as cf
import logging
import os
from collections.abc import Callable
from pathlib import Path

from sqlalchemy.engine import Engine
from sqlmodel import Session

from kmportal.docstore.models import DocKind, Document
from kmportal.index.lock import LockWait
from kmportal.ingest.maintain import remove_document
from kmportal.ingest.pipeline import ingest_paths
from kmportal.knowledge.documents import desired_document, out_of_date
from kmportal.settings import Settings

log = logging.getLogger(__name__)

Submit = Callable[[Callable[[], None]], "cf.Future[None]"]


def documents_dir(settings: Settings) -> Path:
    return settings.data_dir / "knowledge" / "documents"


class KnowledgeIndexer:
    def __init__(
        self,
        *,
        settings: Settings,
        engine: Engine,
        service: Callable[[], object],
        submit: Submit,
    ) -> None:
        """``service`` gives the search service (its ``embedder`` and
        ``reload()``); ``submit`` runs a task on the one ingest worker."""
        self.settings = settings
        self.engine = engine
        self.service = service
        self.submit = submit
        # Behind a `kmportal ingest` or `reindex`: wait for it, as uploads do.
        self._wait = LockWait(settings.index_lock_wait, command="kmportal serve: knowledge")

    def sync(self, doc_id: str) -> cf.Future[None]:
        return self.submit(lambda: self._sync([doc_id]))

    def sync_all(self) -> cf.Future[None] | None:
        with Session(self.engine) as session:
            stale = out_of_date(session)
        if not stale:
            return None
        log.info("bringing %d knowledge document(s) up to date in search", len(stale))
        return self.submit(lambda: self._sync(stale))

    def _sync(self, doc_ids: list[str]) -> None:
        folder = documents_dir(self.settings)
        folder.mkdir(parents=True, exist_ok=True)
        service = self.service()
        changed = False
        for doc_id in doc_ids:
            path = folder / f"{doc_id}.md"
            with Session(self.engine) as session:
                doc = desired_document(session, doc_id)
                stored = session.get(Document, doc_id) is not None
            if doc is None:
                if stored:
                    remove_document(self.settings, doc_id, engine=self.engine, wait=self._wait)
                    changed = True
                path.unlink(missing_ok=True)
                continue
            tmp = path.with_suffix(".tmp")
            tmp.write_text(doc.text, encoding="utf-8")
            os.replace(tmp, path)
            report = ingest_paths(
                self.settings,
                [path],
                kind=DocKind.knowledge,
                embedder=getattr(service, "embedder", None),
                engine=self.engine,
                wait=self._wait,
            )
            for _file, reason in report.skipped:
                log.error("knowledge document %s was not indexed: %s", doc_id, reason)
            changed = changed or report.index_rebuilt
        reload = getattr(service, "reload", None)
        if changed and callable(reload):
            reload()
