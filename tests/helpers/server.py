"""A real ``kmportal serve`` in a subprocess, and what tests do to it over a real
socket: sign in through the login form, stream a huge chunked body while
watching the server's resident memory (from /proc/<pid>/status)."""

from __future__ import annotations

import os
import re
import select
import socket
import subprocess
import sys
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx

from helpers.logcheck import SERVER_LOGS
from kmportal.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
MB = 1024 * 1024
GB = 1024 * MB


@dataclass
class Server:
    url: str
    port: int
    proc: subprocess.Popen[bytes]
    settings: Settings
    log: Path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def rss_kb(pid: int) -> int:
    found = re.search(r"^VmRSS:\s+(\d+) kB", Path(f"/proc/{pid}/status").read_text(), re.M)
    assert found
    return int(found.group(1))


def start(settings: Settings, log: Path, *, env: dict[str, str] | None = None) -> Server:
    """``kmportal --data-dir ... serve`` with no KMPORTAL_* of the test run's own."""
    port = free_port()
    clean = {k: v for k, v in os.environ.items() if not k.startswith("KMPORTAL_")}
    cmd = [sys.executable, "-c", "from kmportal.cli import main; main()"]
    cmd += ["--data-dir", str(settings.data_dir), "serve", "--port", str(port)]
    SERVER_LOGS.append(log)  # checked for secrets at the end of the run
    with log.open("wb") as out:
        proc = subprocess.Popen(
            cmd, stdout=out, stderr=subprocess.STDOUT, cwd=ROOT, env={**clean, **(env or {})}
        )
    return Server(f"http://127.0.0.1:{port}", port, proc, settings, log)


def wait_until_up(server: Server, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while True:
        assert server.proc.poll() is None, server.log.read_text()
        try:
            if httpx.get(f"{server.url}/healthz", timeout=1).status_code in (200, 503):
                return
        except httpx.TransportError:
            pass
        assert time.monotonic() < deadline, "kmportal serve did not start"
        time.sleep(0.1)


def stop(server: Server) -> None:
    server.proc.terminate()
    try:
        server.proc.wait(10)
    except subprocess.TimeoutExpired:
        server.proc.kill()
        server.proc.wait()


@contextmanager
def serving(settings: Settings, log: Path) -> Iterator[Server]:
    server = start(settings, log)
    try:
        wait_until_up(server)
        yield server
    finally:
        stop(server)


def sign_in(url: str, username: str, password: str) -> tuple[str, str]:
    """(Cookie header, CSRF token) of a session, through the login form."""
    with httpx.Client(base_url=url) as client:
        client.get("/login")
        token = client.cookies["kmportal_csrf"]
        r = client.post(
            "/login",
            data={"csrf_token": token, "username": username, "password": password, "next": "/"},
        )
        assert r.status_code in (200, 303), r.text
        cookie = "; ".join(f"{k}={v}" for k, v in client.cookies.items())
    return cookie, token


def multipart_gigabyte(boundary: str, field: str, filename: str) -> Iterator[bytes]:
    """A multipart body whose one file part is 1 GB of text, in 64 KB pieces."""
    yield (
        f'--{boundary}\r\nContent-Disposition: form-data; name="{field}"; '
        f'filename="{filename}"\r\n\r\n'
    ).encode()
    piece = b"a" * (64 * 1024)
    for _ in range(GB // len(piece)):
        yield piece
    yield f"\r\n--{boundary}--\r\n".encode()


@dataclass
class Refusal:
    response: bytes  # what the server answered (at least its status line and headers)
    sent: int  # body bytes sent before it answered
    seconds: float
    rss_growth_mb: float


def stream_until_answered(server: Server, head: str, pieces: Iterable[bytes]) -> Refusal:
    """Send ``head`` and then ``pieces`` as a chunked body, stopping the moment
    the server answers, as a browser does; the server's RSS is sampled meanwhile."""
    pid = server.proc.pid
    base = peak = rss_kb(pid)
    sent = 0
    t0 = time.monotonic()
    with socket.create_connection(("127.0.0.1", server.port), timeout=10) as sock:
        sock.sendall(head.encode() + b"Transfer-Encoding: chunked\r\n\r\n")
        try:
            for n, piece in enumerate(pieces):
                sock.sendall(f"{len(piece):x}\r\n".encode() + piece + b"\r\n")
                sent += len(piece)
                if n % 32 == 0:
                    peak = max(peak, rss_kb(pid))
                if select.select([sock], [], [], 0)[0]:
                    break
        except (BrokenPipeError, ConnectionResetError):
            pass
        response = b""
        try:
            while b"\r\n\r\n" not in response:
                data = sock.recv(65536)
                if not data:
                    break
                response += data
        except ConnectionResetError:
            pass
    seconds = time.monotonic() - t0
    peak = max(peak, rss_kb(pid))
    return Refusal(response, sent, seconds, (peak - base) / 1024)
