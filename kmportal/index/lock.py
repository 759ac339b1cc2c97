"""One index builder per data directory, across processes.

An ingest, an embedding pass, a reindex, a removal, the portal's upload worker
and its automatic rebuild at start all change the index and publish
generations; two at once would interleave their generations and prune each
other's folders. The builder holds an exclusive ``flock`` on
``<index dir>/writer.lock`` for as long as it works; the kernel drops the lock
when the process dies, even by kill -9, so a crashed builder never blocks the
next one: its lock is stale and simply taken over.

The holder writes who it is into the file (pid, host, command, start time, as
JSON), so a refusal names the owner and how long it has held the lock. The
description is only believed while the lock is held: a file left by a dead
builder, or read in the instant between a new holder's flock and its write,
is read again until it names a holder that is alive.
"""

from __future__ import annotations

import fcntl
import json
import os
import re
import socket
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

from kmportal.errors import Conflict
from kmportal.messages import Message, msg

LOCK_NAME = "writer.lock"
POLL = 0.05  # seconds between attempts while waiting for the lock


@dataclass(frozen=True)
class Holder:
    """Who holds (or last held) the lock, as its holder wrote it."""

    pid: int
    host: str
    command: str
    started: datetime

    def age_seconds(self) -> float:
        return max((datetime.now(UTC) - self.started).total_seconds(), 0.0)

    def alive(self) -> bool:
        """Whether the process still runs (only knowable on the same host)."""
        if self.host != socket.gethostname():
            return True
        try:
            os.kill(self.pid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:
            return True  # another user's process: it exists
        return True

    def as_json(self) -> str:
        return json.dumps(
            {
                "pid": self.pid,
                "host": self.host,
                "command": self.command,
                "started": self.started.isoformat(timespec="seconds"),
            },
            ensure_ascii=False,
        )

    @classmethod
    def parse(cls, text: str) -> Holder | None:
        try:
            data = json.loads(text)
            return cls(
                pid=int(data["pid"]),
                host=str(data["host"]),
                command=str(data["command"]),
                started=datetime.fromisoformat(data["started"]),
            )
        except (ValueError, TypeError, KeyError):
            return None  # empty, half-written, or a bare pid from an older release

    @classmethod
    def me(cls, command: str | None) -> Holder:
        return cls(
            pid=os.getpid(),
            host=socket.gethostname(),
            command=command or _command_line(),
            started=datetime.now(UTC),
        )


@dataclass(frozen=True)
class LockWait:
    """How a builder waits for the lock: at most ``seconds``; ``on_wait`` is
    told who holds it once, when the wait begins; ``give_up`` ends the wait
    early (the portal shutting down)."""

    seconds: float = 0.0
    on_wait: Callable[[Holder | None], None] | None = None
    give_up: Callable[[], bool] | None = None
    command: str | None = None  # what the holder says it runs (else its command line)


NO_WAIT = LockWait()


_CREDENTIALS = re.compile(r"://[^/@\s]*@")


def _command_line() -> str:
    """This process's command line as the lock file may show it: credentials
    in a database URL blanked, long ones cut."""
    args = [Path(sys.argv[0]).name, *sys.argv[1:]] if sys.argv and sys.argv[0] else ["python"]
    line = _CREDENTIALS.sub("://***@", " ".join(args))
    return line if len(line) <= 120 else line[:119] + "…"


def _age(seconds: float) -> str:
    """Seconds as the refusal says them: 45 s, 12 min, 3 h 5 min."""
    s = int(seconds)
    if s < 120:
        return f"{s} s"
    if s < 7200:
        return f"{s // 60} min"
    return f"{s // 3600} h {s % 3600 // 60} min"


def describe(holder: Holder | None) -> Message:
    """Who builds, where, and for how long."""
    if holder is None:
        return msg("index.holder_unknown")
    return msg(
        "index.holder",
        command=holder.command,
        pid=holder.pid,
        host=holder.host,
        age=_age(holder.age_seconds()),
    )


def busy_message(holder: Holder | None) -> Message:
    return msg("index.writer_busy", holder=describe(holder))


class WriterLock:
    def __init__(
        self, index_dir: Path, *, wait: LockWait = NO_WAIT, command: str | None = None
    ) -> None:
        """``with WriterLock(...)`` waits as ``wait`` says, then refuses with
        :class:`Conflict` naming the holder; ``command`` is what the holder
        says it runs (the command line by default)."""
        self.path = index_dir / LOCK_NAME
        self.wait = wait
        self.command = command
        self._fd: int | None = None

    def acquire(self, *, timeout: float = 0.0, wait: LockWait | None = None) -> bool:
        """Take the lock, waiting up to ``timeout`` seconds (or as ``wait``
        says); False if another process (or another handle in this one) holds
        it still."""
        wait = wait or LockWait(timeout)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        deadline = time.monotonic() + wait.seconds
        told = False
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                gave_up = wait.give_up is not None and wait.give_up()
                if gave_up or time.monotonic() >= deadline:
                    os.close(fd)
                    return False
                if not told and wait.on_wait is not None:
                    told = True
                    wait.on_wait(self.holder())
                time.sleep(POLL)
                continue
            break
        # Whatever a dead holder left is replaced: the lock is ours now.
        data = Holder.me(self.command or wait.command).as_json().encode()
        os.ftruncate(fd, 0)
        os.pwrite(fd, data, 0)
        self._fd = fd
        return True

    def release(self) -> None:
        if self._fd is not None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None

    def holder(self, *, patience: float = 0.5) -> Holder | None:
        """The live holder as it described itself; read again for up to
        ``patience`` seconds while the file is empty, half-written or still
        names a dead builder (a new holder is about to write)."""
        deadline = time.monotonic() + patience
        while True:
            try:
                found = Holder.parse(self.path.read_text(encoding="utf-8"))
            except OSError:
                found = None
            if (found is not None and found.alive()) or time.monotonic() >= deadline:
                return found
            time.sleep(POLL)

    def __enter__(self) -> WriterLock:
        if not self.acquire(wait=self.wait):
            raise Conflict(busy_message(self.holder()))
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
