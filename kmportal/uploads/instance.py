"""Which running portal an upload job belongs to, and whether that portal is gone.

Several ``kmportal serve`` processes may share one database. A job is run by
the process that received it, so at start-up a portal may settle only the
unfinished jobs of processes that no longer run (its own previous run, one
that crashed) — never those another live server is still working on. Each
process names itself once at start (host, pid, start time); the jobs it runs
carry that name and a heartbeat it renews every few seconds while they are
unfinished. A job's owner is gone when it ran on this host and its pid is dead
(or is now this process's: a container restarted with the same pid), or when
its heartbeat is older than ``STALE_SECONDS``.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from sqlalchemy import func, select, update
from sqlalchemy.engine import Engine
from sqlmodel import col

from kmportal.docstore.jobs import JobStatus, UploadJob, utcnow
from kmportal.faults import cause_of

log = logging.getLogger(__name__)

HEARTBEAT_SECONDS = 10.0
# Several missed heartbeats: a server paused this long (a stalled VM) is
# treated as gone, and its jobs settled by the database.
STALE_SECONDS = 6 * HEARTBEAT_SECONDS


@dataclass(frozen=True)
class Instance:
    host: str
    pid: int
    started: str  # UTC, to the microsecond: a pid reused later is another instance

    @property
    def id(self) -> str:
        return f"{self.host}/{self.pid}/{self.started}"

    @classmethod
    def parse(cls, text: str) -> Instance | None:
        host, _, rest = text.rpartition("/")
        host, _, pid = host.rpartition("/")
        try:
            return cls(host, int(pid), rest) if host else None
        except ValueError:
            return None


@cache
def _this(pid: int) -> Instance:
    return Instance(socket.gethostname(), pid, f"{utcnow():%Y%m%dT%H%M%S%f}")


def this_instance() -> Instance:
    """This process, named at its first call (per pid: a forked child is another)."""
    return _this(os.getpid())


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _aware(when: dt.datetime) -> dt.datetime:
    # SQLite gives back naive datetimes; they were written in UTC.
    return when if when.tzinfo else when.replace(tzinfo=dt.UTC)


def owner_gone(job: UploadJob, *, now: dt.datetime | None = None, at_start: bool = False) -> bool:
    """Whether the process that runs ``job`` no longer does. A job naming no
    server was written by a release before this one: at start-up it is settled
    as that release did; while running, only once it has not moved for
    ``STALE_SECONDS`` (an older server may still run it during an upgrade)."""
    now = now or utcnow()
    if not job.instance:
        return at_start or _older(job.updated_at, now)
    me = this_instance()
    if job.instance == me.id:
        return False
    owner = Instance.parse(job.instance)
    same_host = owner is not None and owner.host == me.host
    if same_host and owner is not None and (owner.pid == me.pid or not _pid_alive(owner.pid)):
        return True
    return _older(job.heartbeat_at, now)


def _older(when: dt.datetime | None, now: dt.datetime) -> bool:
    return when is None or (now - _aware(when)).total_seconds() > STALE_SECONDS


def beat(engine: Engine) -> int:
    """Renew the heartbeat of this process's unfinished jobs; how many. Nothing
    is written while there are none (a read-only database stays quiet)."""
    mine = (col(UploadJob.instance) == this_instance().id) & col(UploadJob.status).not_in(
        [JobStatus.done, JobStatus.failed]
    )
    with engine.begin() as conn:
        if not conn.execute(select(func.count()).select_from(UploadJob).where(mine)).scalar():
            return 0
        stmt = update(UploadJob).where(mine).values(heartbeat_at=utcnow())
        return int(conn.execute(stmt).rowcount or 0)


class Heartbeat:
    """A daemon thread: every ``interval`` seconds, this process's jobs are
    marked alive and ``also`` runs (settling the jobs of servers gone since)."""

    def __init__(
        self,
        engine: Engine,
        *,
        interval: float = HEARTBEAT_SECONDS,
        also: Callable[[], object] | None = None,
    ) -> None:
        self.engine = engine
        self.interval = interval
        self.also = also
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="kmportal-heartbeat", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(self.interval + 5)

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            try:
                beat(self.engine)
                if self.also is not None:
                    self.also()
            except Exception as exc:
                # A read-only or full database: the jobs' owner is still alive,
                # and says so again at the next beat that can be written.
                if cause_of(exc) is None:
                    log.exception("the upload jobs' heartbeat failed")
                else:
                    log.warning("the upload jobs' heartbeat could not be written: %s", exc)
