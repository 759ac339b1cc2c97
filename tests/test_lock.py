"""One writer per data directory, released even by kill -9."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kmportal.errors import Conflict
from kmportal.index.lock import LOCK_NAME, WriterLock, writer_active


def test_a_second_writer_is_refused_with_the_holders_pid(tmp_path: Path) -> None:
    with WriterLock(tmp_path):
        assert writer_active(tmp_path)
        with pytest.raises(Conflict) as err, WriterLock(tmp_path):
            pass
        assert "Another ingest" in err.value.message and str(__import__("os").getpid()) in (
            err.value.message
        )
    assert not writer_active(tmp_path)


def test_a_writer_killed_with_sigkill_releases_the_lock(tmp_path: Path) -> None:
    code = (
        "import sys, time; from pathlib import Path; from kmportal.index.lock import WriterLock\n"
        "lock = WriterLock(Path(sys.argv[1])); assert lock.acquire(); print('held', flush=True)\n"
        "time.sleep(60)\n"
    )
    child = subprocess.Popen(
        [sys.executable, "-c", code, str(tmp_path)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "held"
        assert writer_active(tmp_path)
        assert not WriterLock(tmp_path).acquire(timeout=0.2)
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(10)
        child.stdout.close()  # type: ignore[union-attr]
    t0 = time.monotonic()
    lock = WriterLock(tmp_path)
    assert lock.acquire(timeout=5)
    lock.release()
    assert time.monotonic() - t0 < 5


def test_asking_whether_a_writer_is_at_work_only_looks(tmp_path: Path) -> None:
    """The portal asks on every /docs and /healthz, also on a read-only data
    directory: the question creates no file and leaves the holder's pid."""
    assert writer_active(tmp_path) is False
    assert not (tmp_path / LOCK_NAME).exists()
    lock = WriterLock(tmp_path)
    assert lock.acquire()
    try:
        pid = (tmp_path / LOCK_NAME).read_text(encoding="utf-8")
        assert writer_active(tmp_path) is True
        assert (tmp_path / LOCK_NAME).read_text(encoding="utf-8") == pid
    finally:
        lock.release()
    assert writer_active(tmp_path) is False
