"""One writer per data directory.

An ingest, an embedding pass, a reindex or a removal changes the database and
publishes index generations; two at once would interleave their generations,
and a portal rebuilding a stale index while an ingest runs would fight it. The
writer holds an exclusive ``flock`` on ``<index dir>/writer.lock`` for as long
as it works; the kernel drops the lock when the process dies, even by kill -9,
so a crashed writer never blocks the next one.
"""

from __future__ import annotations

import fcntl
import os
import time
from pathlib import Path
from types import TracebackType

from kmportal.errors import Conflict
from kmportal.messages import msg

LOCK_NAME = "writer.lock"


class WriterLock:
    def __init__(self, index_dir: Path) -> None:
        self.path = index_dir / LOCK_NAME
        self._fd: int | None = None

    def acquire(self, *, timeout: float = 0.0) -> bool:
        """Take the lock, waiting up to ``timeout`` seconds; False if another
        process (or another handle in this one) holds it."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        deadline = time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    os.close(fd)
                    return False
                time.sleep(0.05)
                continue
            break
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode())
        self._fd = fd
        return True

    def release(self) -> None:
        if self._fd is not None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None

    def holder(self) -> str:
        try:
            return self.path.read_text(encoding="utf-8").strip() or "?"
        except OSError:
            return "?"

    def __enter__(self) -> WriterLock:
        if not self.acquire():
            raise Conflict(msg("index.writer_busy", pid=self.holder()))
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()


def writer_active(index_dir: Path) -> bool:
    """True while another writer holds the lock of ``index_dir``. Only looks:
    the lock file is opened read-only and never created or written, so a portal
    on a read-only data directory can still ask, and the holder's pid stays."""
    try:
        fd = os.open(index_dir / LOCK_NAME, os.O_RDONLY)
    except OSError:
        return False  # no lock file: nobody has ever written here
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(fd)  # closing drops a lock this probe took
    return False
