"""What the fault tests (``tests/faults/``) do to a real ``kmportal serve``: kill
it at a named point, fill its disk (a small tmpfs), make its data directory
read-only (a read-only bind mount), and read its database behind its back; and
the real `kmportal` command, whose every expected failure is one line."""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from helpers.auth import api_token, create_account
from helpers.server import ROOT, Server, start, stop, wait_until_up
from kmportal.auth.models import Role
from kmportal.settings import Settings

BOUNDARY = "kmportal-fault-boundary"


def serve(settings: Settings, log: Path, *, point: str | None = None) -> Server:
    """A running server with its index loaded; with ``point``, one that kills
    itself on reaching it."""
    env = {"KMPORTAL_FAULT_POINT": point} if point else None
    server = start(settings, log, env=env)
    wait_until_up(server)
    wait_for(lambda: httpx.get(f"{server.url}/readyz", timeout=10).status_code == 200, 120)
    return server


def until_killed(server: Server, timeout: float = 60.0) -> int:
    """Wait for the server to reach its fault point; its return code (-9)."""
    try:
        return server.proc.wait(timeout)
    except subprocess.TimeoutExpired:
        stop(server)
        raise AssertionError("the server never reached its fault point") from None


@contextlib.contextmanager
def running(settings: Settings, log: Path) -> Iterator[Server]:
    server = serve(settings, log)
    try:
        yield server
    finally:
        stop(server)


class Admin:
    """An admin on a real server, by API token (the server's own password
    hashing costs seconds on a loaded machine), answered as htmx is."""

    def __init__(self, server: Server, username: str = "admin") -> None:
        self.client = httpx.Client(
            base_url=server.url,
            headers={**bearer(server.settings, username, Role.admin), "HX-Request": "true"},
            timeout=60,
        )

    def upload(self, name: str, content: bytes, url: str = "/admin/documents") -> httpx.Response:
        return self.client.post(url, files={"file": (name, content, "text/plain")})

    def upload_to_its_fault_point(
        self, name: str, content: bytes, url: str = "/admin/documents"
    ) -> None:
        """Upload to a server set to die at a fault point of the ingest: it
        answers 202, or dies before its answer leaves — the ingest runs beside
        the request, and on a fast run reaches the point first. Either way the
        job was recorded; what the next start makes of it is the test."""
        try:
            r = self.upload(name, content, url)
        except (httpx.RemoteProtocolError, httpx.ReadError):
            return
        assert r.status_code == 202, r.text

    def close(self) -> None:
        self.client.close()


def bearer(
    settings: Settings, username: str = "coordinator", role: Role = Role.coordinator
) -> dict[str, str]:
    create_account(settings, username, role)
    return {"Authorization": f"Bearer {api_token(settings, username)}"}


def rows(settings: Settings, sql: str, *args: object) -> list[tuple[Any, ...]]:
    """Read the database directly (read-only), as an operator checking would."""
    con = sqlite3.connect(f"file:{settings.db_path}?mode=ro", uri=True)
    try:
        return con.execute(sql, args).fetchall()
    finally:
        con.close()


def execute(settings: Settings, sql: str, *args: object) -> None:
    con = sqlite3.connect(settings.db_path)
    try:
        con.execute(sql, args)
        con.commit()
    finally:
        con.close()


def kept_files(settings: Settings) -> list[Path]:
    files = settings.upload_path / "files"
    return sorted(p for p in files.rglob("*") if p.is_file()) if files.is_dir() else []


def wait_for(check: Any, timeout: float = 30.0, every: float = 0.2) -> Any:
    deadline = time.monotonic() + timeout
    while True:
        got = check()
        if got:
            return got
        assert time.monotonic() < deadline, "condition not met in time"
        time.sleep(every)


def _mount(*args: str) -> None:
    done = subprocess.run(["mount", *args], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        pytest.skip(f"cannot mount here (needs root): {done.stderr.strip()}")


def _umount(path: Path) -> None:
    for _ in range(50):
        if subprocess.run(["umount", str(path)], capture_output=True, check=False).returncode == 0:
            return
        time.sleep(0.1)  # still busy for a moment after its last process ended
    subprocess.run(["umount", "-l", str(path)], check=False)


@contextlib.contextmanager
def tmpfs(path: Path, size_mb: int) -> Iterator[Path]:
    """A small file system of its own at ``path``: what fills it fills only it."""
    path.mkdir(parents=True, exist_ok=True)
    _mount("-t", "tmpfs", "-o", f"size={size_mb}m", "tmpfs", str(path))
    try:
        yield path
    finally:
        _umount(path)


@contextlib.contextmanager
def read_only_view(source: Path, view: Path) -> Iterator[Path]:
    """``source`` seen read-only at ``view`` (a read-only bind mount), as a
    read-only volume or a remount would show it; root cannot write it either."""
    view.mkdir(parents=True, exist_ok=True)
    _mount("--bind", str(source), str(view))
    try:
        done = subprocess.run(
            ["mount", "-o", "remount,bind,ro", str(view)], capture_output=True, check=False
        )
        assert done.returncode == 0, done.stderr
        yield view
    finally:
        _umount(view)


def fill(folder: Path) -> Path:
    """Write a filler file until the disk is full; returns it (delete it to free)."""
    filler = folder / "filler.bin"
    block = b"\0" * (256 * 1024)
    with filler.open("wb", buffering=0) as out:
        try:
            while True:
                out.write(block)
        except OSError as exc:
            assert exc.errno == errno.ENOSPC, exc
    with contextlib.suppress(OSError), filler.open("ab", buffering=0) as out:
        while True:  # the last crumbs
            out.write(b"\0" * 512)
    assert os.statvfs(folder).f_bavail < 8
    return filler


def kmportal(data_dir: Path, *args: str, debug: bool = False) -> subprocess.CompletedProcess[str]:
    """The real ``kmportal`` command on ``data_dir``, its output captured."""
    cmd = [sys.executable, "-c", "from kmportal.cli import main; main()"]
    cmd += ["--data-dir", str(data_dir), *(["--debug"] if debug else []), *args]
    return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=120)


def one_line(done: subprocess.CompletedProcess[str]) -> str:
    """The one ``error: ...`` line a failed command printed (and nothing else)."""
    assert done.returncode != 0, done.stdout + done.stderr
    lines = [ln for ln in done.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and lines[0].startswith("error: "), done.stderr
    assert "Traceback" not in done.stderr
    return lines[0]
