"""Writing an upload job's row while it runs: progress a few times a second,
and state changes that survive a database that cannot be written for a while.

A disk that fills up mid-job must not lose the job's outcome: the change is
kept in memory (pages that poll the job see it) and saved at the next chance.
"""

from __future__ import annotations

import logging
import threading
import time

from sqlalchemy.engine import Engine

from kmportal.docstore.jobs import UploadJob
from kmportal.faults import cause_of
from kmportal.uploads.jobs import update_job

log = logging.getLogger(__name__)

PROGRESS_EVERY = 0.3  # seconds between progress writes to the job row


class JobWrites:
    """``update_job`` with a memory for what the database refused."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._lock = threading.Lock()
        self._unwritten: dict[str, dict[str, object]] = {}

    def update(self, job_id: str, **values: object) -> None:
        """``update_job``, or, when the database cannot be written now (a storage
        fault, :func:`kmportal.faults.cause_of`), the change kept in memory
        (shown by :meth:`overlaid`) and written at the next chance."""
        with self._lock:
            pending = {**self._unwritten.pop(job_id, {}), **values}
        try:
            update_job(self.engine, job_id, **pending)
        except Exception as exc:
            if cause_of(exc) is None:
                raise
            with self._lock:
                self._unwritten[job_id] = pending
            log.warning("upload job %s: its state is kept in memory until it can be saved", job_id)

    def overlaid(self, job: UploadJob) -> UploadJob:
        """``job`` as read from the database, with the changes not yet saved."""
        with self._lock:
            values = dict(self._unwritten.get(job.id, {}))
        for name, value in values.items():
            setattr(job, name, value)
        return job

    def flush(self) -> None:
        """Try again to save every change the database refused before."""
        with self._lock:
            waiting = list(self._unwritten)
        for job_id in waiting:
            try:
                self.update(job_id)
            except Exception:
                log.exception("saving upload job %s failed", job_id)


class JobProgress:
    """The pipeline's progress callback, written to the job row a few times a second."""

    def __init__(self, engine: Engine, job_id: str) -> None:
        self.engine = engine
        self.job_id = job_id
        self.files_total = 0
        self.files_started = 0
        self.chunks = 0
        self._last = 0.0

    def __call__(self, event: str, detail: object) -> None:
        if event == "files" and isinstance(detail, int):
            self.files_total = detail
        elif event == "file":
            self.files_started += 1
        elif event == "chunks" and isinstance(detail, int):
            self.chunks += detail
        now = time.monotonic()
        if now - self._last >= PROGRESS_EVERY:
            self._last = now
            self.flush()

    def flush(self) -> None:
        update_job(
            self.engine,
            self.job_id,
            files_total=self.files_total,
            files_done=max(self.files_started - 1, 0),
            chunks_done=self.chunks,
        )
