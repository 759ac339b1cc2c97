"""One index builder per data directory, released even by kill -9; a refusal
names the live holder, its command and how long it has held the lock."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from helpers.child import holding
from helpers.web import StubService

from kmportal.errors import Conflict
from kmportal.index.lock import LOCK_NAME, Holder, LockWait, WriterLock, busy_message, writer_active
from kmportal.messages import bilingual
from kmportal.settings import Settings
from kmportal.web.app import create_app


def test_a_second_writer_is_refused_naming_the_holder_and_its_age(tmp_path: Path) -> None:
    with WriterLock(tmp_path, command="kmportal reindex"):
        assert writer_active(tmp_path)
        with pytest.raises(Conflict) as err, WriterLock(tmp_path):
            pass
    message = err.value.message
    assert "Another index builder" in message and "ดัชนีค้นหากำลังถูกสร้างโดยงานอื่น" in message
    assert f"kmportal reindex (pid {os.getpid()} on {socket.gethostname()})" in message
    assert "holding the lock for 0 s" in message
    assert not writer_active(tmp_path)


def test_the_lock_file_says_who_holds_it_as_json(tmp_path: Path) -> None:
    with WriterLock(tmp_path, command="kmportal ingest /corpus"):
        data = json.loads((tmp_path / LOCK_NAME).read_text(encoding="utf-8"))
    assert data["pid"] == os.getpid() and data["host"] == socket.gethostname()
    assert data["command"] == "kmportal ingest /corpus"
    started = datetime.fromisoformat(data["started"])
    assert abs((datetime.now(UTC) - started).total_seconds()) < 5


def test_the_age_is_that_of_the_holders_start(tmp_path: Path) -> None:
    an_hour_ago = datetime.now(UTC) - timedelta(minutes=65)
    holder = Holder(os.getpid(), socket.gethostname(), "kmportal ingest", an_hour_ago)
    assert "holding the lock for 65 min" in bilingual(busy_message(holder))
    hours = Holder(1, "other-host", "kmportal embed", an_hour_ago - timedelta(hours=2))
    assert "3 h 5 min" in bilingual(busy_message(hours))


def test_the_command_line_in_the_lock_file_hides_database_passwords(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        sys, "argv", ["kmportal", "--database-url", "postgresql://km:s3cret@db/km", "reindex"]
    )
    with WriterLock(tmp_path):
        text = (tmp_path / LOCK_NAME).read_text(encoding="utf-8")
    assert "s3cret" not in text and "postgresql://***@db/km" in text


def test_a_waiting_builder_is_told_the_holder_then_gets_the_lock_when_it_goes(
    tmp_path: Path,
) -> None:
    first = WriterLock(tmp_path, command="kmportal reindex")
    assert first.acquire()
    seen: list[Holder | None] = []
    threading.Timer(0.5, first.release).start()
    second = WriterLock(tmp_path)
    t0 = time.monotonic()
    assert second.acquire(wait=LockWait(10, on_wait=seen.append))
    second.release()
    assert 0.4 < time.monotonic() - t0 < 5
    assert len(seen) == 1 and seen[0] is not None and seen[0].command == "kmportal reindex"


def test_a_bounded_wait_ends_in_a_refusal_and_give_up_ends_it_early(tmp_path: Path) -> None:
    with WriterLock(tmp_path):
        t0 = time.monotonic()
        with pytest.raises(Conflict), WriterLock(tmp_path, wait=LockWait(0.3)):
            pass
        assert 0.3 <= time.monotonic() - t0 < 3
        t0 = time.monotonic()
        assert not WriterLock(tmp_path).acquire(wait=LockWait(30, give_up=lambda: True))
        assert time.monotonic() - t0 < 1


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
    lock = WriterLock(tmp_path, command="the next builder")
    assert lock.acquire(timeout=5)
    try:
        # The dead builder's description is replaced: a refusal names the live one.
        assert (holder := lock.holder()) is not None and holder.command == "the next builder"
    finally:
        lock.release()
    assert time.monotonic() - t0 < 5


def test_a_refusal_never_names_a_dead_builder(tmp_path: Path) -> None:
    """Between a new holder's flock and its write, the file still describes the
    dead builder before it: the refusal reads again rather than name it."""
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        check=True,
        capture_output=True,
        text=True,
    )
    stale = Holder(int(dead.stdout), socket.gethostname(), "killed ingest", datetime.now(UTC))
    (tmp_path / LOCK_NAME).write_text(stale.as_json(), encoding="utf-8")
    assert not stale.alive()
    found = WriterLock(tmp_path).holder(patience=0.2)
    assert found is not None and found.command == "killed ingest"  # nothing better to say
    lock = WriterLock(tmp_path, command="live builder")

    def take_over_late() -> None:
        time.sleep(0.2)
        assert lock.acquire()

    taker = threading.Thread(target=take_over_late)
    taker.start()
    try:
        holder = WriterLock(tmp_path).holder(patience=5)
        assert holder is not None and holder.command == "live builder"
    finally:
        taker.join()
        lock.release()


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


def test_healthz_names_the_process_that_builds_the_index(settings: Settings) -> None:
    """Another process (here a real child) holds the index lock: /healthz says
    who, and says nothing once it has gone."""
    code = (
        "from pathlib import Path; from kmportal.index.lock import WriterLock\n"
        "lock = WriterLock(Path(sys.argv[1]), command='kmportal ingest library')\n"
        "assert lock.acquire(); print('held', flush=True)"
    )
    with TestClient(create_app(settings, service=StubService())) as client:  # type: ignore[arg-type]
        assert "index_builder" not in client.get("/healthz").json()
        with holding(code, str(settings.index_dir)) as (child, said):
            assert said == "held"
            builder = client.get("/healthz").json()["index_builder"]
            assert builder["command"] == "kmportal ingest library"
            assert builder["pid"] == child.pid and builder["host"] == socket.gethostname()
            assert 0 <= builder["held_seconds"] < 60
        assert "index_builder" not in client.get("/healthz").json()
