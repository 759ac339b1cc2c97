"""What goes wrong with the disk, named: a write that failed because the disk is
full, the folder is read-only or we lack the permission is a *storage fault*,
answered as such (503 with the cause on the web, one sentence in the CLI),
never as an unexpected error.

Also the fault tests' hook: ``KMPORTAL_FAULT_POINT=<name>`` makes the process
kill itself (SIGKILL, as ``kill -9`` would) when it reaches the point of that
name. It is read only where a point is passed and costs one dictionary lookup;
without the variable nothing happens.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import signal
import sqlite3
import uuid
from enum import StrEnum
from pathlib import Path

from kmportal.errors import StorageUnavailable
from kmportal.messages import msg

FAULT_POINT_ENV = "KMPORTAL_FAULT_POINT"
# Writes need room for SQLite's journal and an index generation; below this the
# data directory counts as full before a write fails halfway.
MIN_FREE_BYTES = 8 * 1024 * 1024


class Cause(StrEnum):
    disk_full = "disk_full"
    read_only = "read_only"
    permission = "permission"

    def error(self) -> StorageUnavailable:
        return StorageUnavailable(msg(f"storage.{self.value}"), detail=self)


_ERRNO = {
    errno.ENOSPC: Cause.disk_full,
    errno.EDQUOT: Cause.disk_full,
    errno.EFBIG: Cause.disk_full,
    errno.EROFS: Cause.read_only,
    errno.EACCES: Cause.permission,
    errno.EPERM: Cause.permission,
}
# SQLite's own words for the same faults (sqlite3.OperationalError has no errno).
_SQLITE = (
    ("database or disk is full", Cause.disk_full),
    ("attempt to write a readonly database", Cause.read_only),
    ("readonly database", Cause.read_only),
    ("unable to open database file", Cause.permission),
)


def cause_of(exc: BaseException | None) -> Cause | None:
    """The storage fault behind ``exc`` (looking through its causes), or None."""
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if isinstance(exc, StorageUnavailable) and isinstance(exc.detail, Cause):
            return exc.detail
        if isinstance(exc, OSError) and exc.errno in _ERRNO:
            return _ERRNO[exc.errno]
        if isinstance(exc, sqlite3.Error):
            text = str(exc).lower()
            for words, cause in _SQLITE:
                if words in text:
                    return cause
        exc = getattr(exc, "orig", None) or exc.__cause__ or exc.__context__
    return None


def probe(folder: Path, *, min_free: int = MIN_FREE_BYTES) -> Cause | None:
    """Can ``folder`` be written now? Creates, writes, syncs and deletes a small
    file (what a read-only mount, a missing permission or a full disk refuse),
    then checks the free space."""
    path = folder / f".probe-{uuid.uuid4().hex}"
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            os.write(fd, b"\0" * 4096)
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError as exc:
        return _ERRNO.get(exc.errno or 0, Cause.permission)
    finally:
        with contextlib.suppress(OSError):
            path.unlink(missing_ok=True)
    return Cause.disk_full if free_bytes(folder) < min_free else None


def free_bytes(folder: Path) -> int:
    try:
        st = os.statvfs(folder)
    except OSError:
        return 0
    return st.f_bavail * st.f_frsize


def fault_point(name: str) -> None:
    """The fault tests' kill switch (see the module's docstring)."""
    if os.environ.get(FAULT_POINT_ENV) == name:
        logging.getLogger(__name__).warning("fault point %s: killing the process", name)
        for handler in logging.getLogger().handlers:
            handler.flush()
        os.kill(os.getpid(), signal.SIGKILL)
