"""Degrade, don't die: whether the portal can write now, and the refusal of
writes while it cannot.

:class:`StorageWatch` knows whether the data directory can be written: the
database was opened read-only, a probe (a small file written, synced and
deleted; the free space) failed a moment ago, or a write failed with a storage
fault (:func:`kmportal.faults.cause_of`) a moment ago. ``/healthz`` reports it.

:class:`WriteGuard` answers every change (POST, PUT, PATCH, DELETE) with 503
and the cause, in the reader's language, while the watch says the portal
cannot write — before anything is half-done, so a change and its audit record
are made together or not at all. Reads never pass through it, and what reads
write on the side (a session's last-seen time) gives way silently
(:mod:`kmportal.auth.sessions`).
"""

from __future__ import annotations

import logging
import threading
import time
from pathlib import Path

import anyio
from sqlalchemy.engine import Engine
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from kmportal.db import read_only
from kmportal.faults import Cause, cause_of, probe
from kmportal.settings import Settings

log = logging.getLogger(__name__)

PROBE_EVERY = 2.0  # seconds a probe's answer is trusted
REMEMBER_FAILURE = 10.0  # seconds a failed write counts, whatever the probe says
UNSAFE = frozenset({"POST", "PUT", "PATCH", "DELETE"})


class StorageWatch:
    def __init__(self, settings: Settings, engine: Engine) -> None:
        self.folders = sorted({settings.data_dir, settings.db_path.parent})
        self.read_only_db = read_only(engine)
        self._lock = threading.Lock()
        self._probed: tuple[float, Cause | None] | None = None
        self._failed: tuple[float, Cause] | None = None
        self._reported: Cause | None = None

    def cause(self) -> Cause | None:
        """Why the portal cannot write now, or None when it can."""
        if self.read_only_db:
            return Cause.read_only
        now = time.monotonic()
        with self._lock:
            failed, probed = self._failed, self._probed
        if failed is not None and now - failed[0] < REMEMBER_FAILURE:
            return failed[1]
        if probed is None or now - probed[0] >= PROBE_EVERY:
            found = next((c for f in self.folders if (c := _probe(f)) is not None), None)
            probed = (now, found)
            with self._lock:
                self._probed = probed
            self._log_change(found)
        return probed[1]

    def noted(self, cause: Cause) -> None:
        """A write just failed for ``cause``."""
        with self._lock:
            self._failed = (time.monotonic(), cause)
        self._log_change(cause)

    def _log_change(self, cause: Cause | None) -> None:
        with self._lock:
            changed, self._reported = cause != self._reported, cause
        if changed and cause is not None:
            log.warning("the data directory cannot be written: %s", cause.error().message)
        elif changed:
            log.info("the data directory can be written again")


def _probe(folder: Path) -> Cause | None:
    return probe(folder) if folder.is_dir() else None


def watch_of(request: Request) -> StorageWatch:
    watch = request.app.state.storage
    assert isinstance(watch, StorageWatch)
    return watch


class WriteGuard:
    """Refuses changes (503, the cause named) while the watch says no write can
    succeed; a write that fails for a storage fault all the same (the disk
    filled a moment ago) is answered the same way and noted — one warning line,
    not an error with a traceback."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request = Request(scope, receive)
        watch = watch_of(request)
        if scope["method"] in UNSAFE:
            cause = await anyio.to_thread.run_sync(watch.cause)
            if cause is not None:
                await self._refuse(request, cause, send)
                return
        started = False

        async def watched(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receive, watched)
        except Exception as exc:
            cause = cause_of(exc)
            if cause is None or started:
                raise
            watch.noted(cause)
            log.warning(
                "%s %s refused: %s", request.method, request.url.path, cause.error().message
            )
            await self._refuse(request, cause, send)

    @staticmethod
    async def _refuse(request: Request, cause: Cause, send: Send) -> None:
        from kmportal.web.errors import domain_response

        response = domain_response(request, cause.error())
        await response(request.scope, request.receive, send)
