"""kmportal.faults: storage faults are named from an OSError's errno or SQLite's
words, through the exceptions wrapping them; the probe finds a folder that
cannot be written or is nearly full."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError

from kmportal import faults
from kmportal.faults import Cause, cause_of, probe

FULL = "database or disk is full"


@pytest.mark.parametrize(
    ("exc", "cause"),
    [
        (OSError(errno.ENOSPC, "No space left on device"), Cause.disk_full),
        (OSError(errno.EROFS, "Read-only file system"), Cause.read_only),
        (PermissionError(errno.EACCES, "Permission denied"), Cause.permission),
        (sqlite3.OperationalError("database or disk is full"), Cause.disk_full),
        (sqlite3.OperationalError("attempt to write a readonly database"), Cause.read_only),
        (
            OperationalError("INSERT", {}, sqlite3.OperationalError("database or disk is full")),
            Cause.disk_full,
        ),
        (ValueError("nothing to do with the disk"), None),
        (sqlite3.OperationalError("no such table: x"), None),
    ],
)
def test_the_cause_is_named_through_wrappers(exc: BaseException, cause: Cause | None) -> None:
    assert cause_of(exc) == cause
    try:
        try:
            raise exc
        except BaseException as inner:
            raise RuntimeError("while saving") from inner
    except RuntimeError as outer:
        assert cause_of(outer) == cause


def test_the_probe_finds_a_writable_folder_and_a_nearly_full_one(tmp_path: Path) -> None:
    assert probe(tmp_path) is None
    assert list(tmp_path.iterdir()) == []  # the probe file is gone
    assert probe(tmp_path, min_free=1 << 62) == Cause.disk_full


def test_the_probe_names_a_refused_write(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object, **_kwargs: object) -> int:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(faults.os, "open", refuse)
    assert probe(tmp_path) == Cause.read_only


def test_a_fault_point_does_nothing_unless_named(monkeypatch: pytest.MonkeyPatch) -> None:
    killed: list[int] = []
    monkeypatch.setattr(faults.os, "kill", lambda pid, sig: killed.append(sig))
    monkeypatch.delenv(faults.FAULT_POINT_ENV, raising=False)
    faults.fault_point("ingest.after_commit")
    monkeypatch.setenv(faults.FAULT_POINT_ENV, "index.before_publish")
    faults.fault_point("ingest.after_commit")
    assert killed == []
    faults.fault_point("index.before_publish")
    assert killed == [9]
