"""Check and ingest uploaded files in the background, one ingest at a time.

A new upload's job goes ``checking`` (content checked by parse.py: magic bytes,
DOCX zip directory, PDF in a time- and memory-capped child) -> ``queued`` ->
``running`` (the pipeline writes each document in its own transaction and
publishes a new index generation atomically) -> ``done`` once the portal's search
service has reloaded; or ``failed`` with a message. Searches answer from the
previous index until that reload.
"""

from __future__ import annotations

import concurrent.futures as cf
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import Engine

from kmportal.docstore.jobs import JobAction, JobStatus, UploadJob
from kmportal.docstore.models import DocKind
from kmportal.errors import KmportalError
from kmportal.faults import cause_of, fault_point
from kmportal.index.lock import Holder, LockWait, describe
from kmportal.ingest.maintain import remove_document
from kmportal.ingest.parse import parse_file
from kmportal.ingest.pipeline import ingest_paths
from kmportal.messages import Message, bilingual, msg
from kmportal.settings import Settings
from kmportal.uploads import documents, errors
from kmportal.uploads.errors import done_message, refusal_message
from kmportal.uploads.job_state import JobProgress, JobWrites
from kmportal.uploads.jobs import create_job, get_job, recent_jobs, update_job
from kmportal.uploads.receive import ReceivedUpload
from kmportal.uploads.reconcile import forget_previous, reconcile, remember_previous, settle
from kmportal.uploads.storage import UploadStore

log = logging.getLogger(__name__)

CHECK_WORKERS = 2


def _stored(message: Message) -> str:
    """Job rows keep their message in the fixed bilingual format: the page that
    polls them and the log both show it as it was written."""
    return bilingual(message)


@dataclass(frozen=True)
class CheckOutcome:
    job: UploadJob
    refused: KmportalError | None = None


def recover(settings: Settings, engine: Engine) -> int:
    """At startup: every job a previous process left unfinished is settled by the
    database (done if its document got stored, else failed), half-received and
    orphaned files are deleted (see :mod:`kmportal.uploads.reconcile`). Returns
    how many jobs were settled."""
    out = reconcile(engine, UploadStore(settings.upload_path))
    return len(out.done) + len(out.failed)


class UploadRunner:
    def __init__(self, *, settings: Settings, engine: Engine, service: object) -> None:
        """``service`` is the portal's search service: its ``embedder`` embeds the
        upload and ``reload()`` shows it in search, when it has them."""
        self.settings = settings
        self.service = service
        self.engine = engine
        self.store = UploadStore(settings.upload_path)
        self.store.ensure()
        self._checks = cf.ThreadPoolExecutor(CHECK_WORKERS, "kmportal-upload-check")
        self._worker = cf.ThreadPoolExecutor(1, "kmportal-ingest")
        self._lock = threading.Lock()
        self._closed = False
        # Job changes the database refused (disk full): shown, and saved later.
        self._writes = JobWrites(engine)
        # Why the last document stored could not be indexed yet (for /healthz).
        self.index_problem: str | None = None

    # -- submitting ----------------------------------------------------------
    def submit_upload(
        self,
        received: ReceivedUpload,
        *,
        doc_id: str,
        kind: DocKind | None,
        replace: bool,
        actor: str | None,
    ) -> tuple[UploadJob, cf.Future[CheckOutcome]]:
        job = create_job(
            self.engine,
            action=JobAction.replacement if replace else JobAction.upload,
            doc_id=doc_id,
            actor=actor,
            original_name=received.original_name,
            size=received.size,
            sha256=received.sha256,
            kind=kind.value if kind else None,
        )
        with self._lock:
            if self._closed:
                self.store.discard(received.path)
                raise errors.shutting_down()
            future = self._checks.submit(self._check, job.id, received, doc_id, kind, replace)
        return job, future

    def already_present(
        self, received: ReceivedUpload, *, doc_id: str, actor: str | None
    ) -> UploadJob:
        """A finished job for an upload of exactly what is stored under ``doc_id``."""
        return create_job(
            self.engine,
            action=JobAction.upload,
            doc_id=doc_id,
            actor=actor,
            status=JobStatus.done,
            original_name=received.original_name,
            size=received.size,
            sha256=received.sha256,
            message=_stored(msg("uploads.already_present", doc_id=doc_id)),
        )

    def submit_remove(self, *, doc_id: str, actor: str | None) -> UploadJob:
        job = create_job(
            self.engine,
            action=JobAction.removal,
            doc_id=doc_id,
            actor=actor,
            status=JobStatus.queued,
        )
        with self._lock:
            if self._closed:
                raise errors.shutting_down()
            self._worker.submit(self._guarded, job.id, self._remove, job.id, doc_id)
        return job

    def submit_task(self, fn: Callable[[], None]) -> cf.Future[None]:
        """Other work that writes the document store and publishes the index (a
        knowledge note going into search) runs on the same one worker as the
        ingests: one writer at a time, in the order asked."""
        with self._lock:
            if self._closed:
                raise errors.shutting_down()
            return self._worker.submit(self._logged, fn)

    @staticmethod
    def _logged(fn: Callable[[], None]) -> None:
        try:
            fn()
        except Exception:
            log.exception("a background index task failed")
            raise

    def job(self, job_id: str) -> UploadJob:
        self._writes.flush()
        return self._writes.overlaid(get_job(self.engine, job_id))

    def recent_jobs(self) -> list[UploadJob]:
        self._writes.flush()
        return [self._writes.overlaid(job) for job in recent_jobs(self.engine)]

    @property
    def closed(self) -> bool:
        return self._closed

    def close(self) -> None:
        """Stop taking work and wait for the job under way; queued ones are dropped
        (the next start marks them failed)."""
        with self._lock:
            self._closed = True
        self._checks.shutdown(wait=True, cancel_futures=True)
        self._worker.shutdown(wait=True, cancel_futures=True)

    # -- checking ------------------------------------------------------------
    def _check(
        self,
        job_id: str,
        received: ReceivedUpload,
        doc_id: str,
        kind: DocKind | None,
        replace: bool,
    ) -> CheckOutcome:
        try:
            parse_file(
                received.path,
                max_bytes=self.settings.upload_max_bytes,
                pdf_timeout=self.settings.upload_check_seconds,
            )
            stored = self.store.keep(received.path, doc_id=doc_id)
            fault_point("upload.kept")
        except KmportalError as exc:
            self.store.discard(received.path)
            message = refusal_message(
                exc.message, original=received.original_name, path=received.path
            )
            job = update_job(self.engine, job_id, status=JobStatus.failed, message=_stored(message))
            return CheckOutcome(job, refused=type(exc)(message))
        except Exception:
            log.exception("checking upload %s failed", job_id)
            self.store.discard(received.path)
            failure = msg("uploads.check_failed")
            job = update_job(self.engine, job_id, status=JobStatus.failed, message=_stored(failure))
            return CheckOutcome(job, refused=KmportalError(failure))
        job = update_job(
            self.engine,
            job_id,
            status=JobStatus.queued,
            stored_path=str(stored.relative_to(self.store.root)),
            message=_stored(msg("uploads.queued")),
        )
        with self._lock:
            if not self._closed:
                self._worker.submit(
                    self._guarded, job_id, self._ingest, job, stored, doc_id, kind, replace
                )
        return CheckOutcome(job)

    # -- the worker ----------------------------------------------------------
    def _guarded(self, job_id: str, fn: Callable[..., None], *args: object) -> None:
        """Run a job step; whatever goes wrong, the job ends as the database says:
        ``done`` if its document got stored after all (the index then follows),
        else ``failed`` with the reason."""
        try:
            fn(*args)
        except Exception as exc:
            cause = cause_of(exc)
            if cause is not None:
                log.warning("upload job %s stopped: %s", job_id, cause.error().message)
                detail = cause.error().msg
            elif isinstance(exc, KmportalError):  # expected (another builder): no traceback
                log.warning("upload job %s stopped: %s", job_id, exc.message)
                detail = exc.msg
            else:
                log.exception("upload job %s failed", job_id)
                detail = type(exc).__name__
            self._settle_after_failure(job_id, detail)

    def _settle_after_failure(self, job_id: str, detail: Message | str) -> None:
        job = self.job(job_id)
        status, _ = settle(self.engine, job)
        if status != JobStatus.done:
            failure = msg("uploads.ingest_failed", detail=detail)
            self._writes.update(job_id, status=JobStatus.failed, message=_stored(failure))
            return
        try:
            self._reload()
        except Exception as exc:
            log.warning("rebuilding the index after upload job %s failed: %s", job_id, exc)
            message = msg("uploads.index_pending", doc_id=job.doc_id, reason=detail)
            self.index_problem = bilingual(message)
        else:
            self.index_problem = None
            message = msg("uploads.stored_anyway", doc_id=job.doc_id)
        self._writes.update(job_id, status=JobStatus.done, files_done=1, message=_stored(message))

    def _ingest(
        self, job: UploadJob, path: Path, doc_id: str, kind: DocKind | None, replace: bool
    ) -> None:
        update_job(
            self.engine,
            job.id,
            status=JobStatus.running,
            message=_stored(msg("uploads.ingesting")),
        )
        previous = documents.source_path(self.engine, doc_id)
        if previous is not None and not replace:
            self.store.discard(path)
            if documents.content_hash(self.engine, doc_id) == job.sha256:
                self._writes.update(
                    job.id,
                    status=JobStatus.done,
                    message=_stored(msg("uploads.already_present", doc_id=doc_id)),
                )
                return
            self._writes.update(
                job.id, status=JobStatus.failed, message=errors.exists(doc_id).message
            )
            return
        if previous is not None:
            # Claimed before the ingest (the pipeline refuses an id another file
            # holds); the old path is noted beside the new file first, so a
            # kill before the commit can be undone at the next start.
            remember_previous(path, previous)
            documents.set_source_path(self.engine, doc_id, str(path))
        progress = JobProgress(self.engine, job.id)
        try:
            report = ingest_paths(
                self.settings,
                [path],
                kind=kind,
                embedder=getattr(self.service, "embedder", None),
                engine=self.engine,
                progress=progress,
                wait=self._lock_wait(job.id),
            )
        except BaseException:
            self._undo(job, path, doc_id, previous)
            raise
        progress.flush()
        if report.index_rebuilt:
            self._reload()
        if report.skipped or report.duplicates:
            # A copy of a stored document is not stored again: say so, as a refusal.
            self._undo(job, path, doc_id, previous)
            reasons = "; ".join(r for _file, r in [*report.skipped, *report.duplicates])
            message = refusal_message(reasons, original=job.original_name, path=path)
            self._writes.update(job.id, status=JobStatus.failed, message=_stored(message))
            return
        forget_previous(path)
        if previous is not None and previous != str(path) and self.store.owns(previous):
            self.store.discard(Path(previous))
        self.index_problem = None
        self._writes.update(
            job.id,
            status=JobStatus.done,
            files_done=1,
            message=_stored(done_message(doc_id, report)),
        )

    def _undo(self, job: UploadJob, path: Path, doc_id: str, previous: str | None) -> None:
        """After a failed ingest: unless the new version got stored, the document
        points at its old file again and the new file goes."""
        if documents.content_hash(self.engine, doc_id) == job.sha256:
            forget_previous(path)
            return
        if previous is not None:
            documents.set_source_path(self.engine, doc_id, previous)
        self.store.discard(path)

    def _remove(self, job_id: str, doc_id: str) -> None:
        update_job(
            self.engine,
            job_id,
            status=JobStatus.running,
            message=_stored(msg("uploads.removing")),
        )
        previous = documents.source_path(self.engine, doc_id)
        remove_document(self.settings, doc_id, engine=self.engine, wait=self._lock_wait(job_id))
        self._reload()
        if previous is not None and self.store.owns(previous):
            self.store.discard(Path(previous))
        self._writes.update(
            job_id,
            status=JobStatus.done,
            message=_stored(msg("uploads.removed", doc_id=doc_id)),
        )

    def _lock_wait(self, job_id: str) -> LockWait:
        """Behind another index builder (a `kmportal reindex`, another server on
        this data directory) a job waits, saying for whom, and fails naming it
        after ``index_lock_wait`` seconds; a shutdown ends the wait."""

        def waiting(holder: Holder | None) -> None:
            log.info("upload job %s waits for the index lock: %s", job_id, describe(holder))
            message = msg("uploads.waiting_for_index", holder=describe(holder))
            self._writes.update(job_id, message=_stored(message))

        return LockWait(
            self.settings.index_lock_wait,
            on_wait=waiting,
            give_up=lambda: self._closed,
            command=f"kmportal serve: upload job {job_id}",
        )

    def _reload(self) -> None:
        reload = getattr(self.service, "reload", None)
        if callable(reload):
            log.info("reloading the search index after an upload job")
            reload()
        else:
            log.warning("the search service cannot reload; restart the portal to see changes")
