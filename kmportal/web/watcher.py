"""Keeps this server's search snapshot current when the corpus changes
elsewhere: another ``kmportal serve`` on the same PostgreSQL database finished an
upload, or ``kmportal ingest`` ran on any machine.

A thread reads the index generation (:mod:`kmportal.docstore.generation`, one
row) every ``KMPORTAL_INDEX_POLL_SECONDS``; when it has moved past the one the
snapshot was loaded at, the service rebuilds its snapshot — and, from the
vectors in the database, this server's own index files — in this thread, while
searches keep answering from the old snapshot until the new one is swapped in."""

from __future__ import annotations

import logging
import threading

from kmportal.web.holder import WARM_UP_QUERY, ServiceHolder

log = logging.getLogger(__name__)


class GenerationWatcher:
    def __init__(self, holder: ServiceHolder, *, interval: float) -> None:
        self.holder = holder
        self.interval = interval
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._failing = False  # log a failing database once, not every poll

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="kmportal-watcher", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 30.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            self.check()

    def check(self) -> bool:
        """One look at the generation; whether the snapshot was reloaded."""
        refresh = getattr(self.holder.service, "refresh", None)
        if not callable(refresh):
            return False  # not open yet (its open loads the newest), or a stand-in
        try:
            reloaded = bool(refresh())
        except Exception:
            if not self._failing:
                log.exception("reloading the search snapshot after an index change failed")
            self._failing = True
            return False
        if self._failing:
            log.info("the index generation can be read again")
        self._failing = False
        if reloaded:
            log.info(
                "search snapshot reloaded at index generation %s",
                getattr(self.holder.service, "generation", "?"),
            )
            self._warm()
        return reloaded

    def _warm(self) -> None:
        """A first corpus on a server that started empty: its query model was
        never loaded (the start-up warm-up skips an empty index). Load it here,
        not in a reader's first search."""
        service = self.holder.service
        try:
            if service is not None and not service.is_empty:
                service.search(WARM_UP_QUERY, k=1)
        except Exception:
            log.exception("the warm-up search after a reload failed")
