"""The 1 GB upload against a real ``kmportal serve`` (uvicorn) over a real socket:
the server answers 413 while the body is still arriving, within 5 s, and its
resident memory (read from /proc/<pid>/status) grows by less than 100 MB."""

from __future__ import annotations

import os
import re
import select
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from auth_helpers import PASSWORD, create_account

from kmportal.auth.models import Role
from kmportal.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
MB = 1024 * 1024
GB = 1024 * MB
BOUNDARY = "kmportal-socket-boundary"


@dataclass
class Server:
    url: str
    port: int
    proc: subprocess.Popen[bytes]
    settings: Settings


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def rss_kb(pid: int) -> int:
    found = re.search(r"^VmRSS:\s+(\d+) kB", Path(f"/proc/{pid}/status").read_text(), re.M)
    assert found
    return int(found.group(1))


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    settings = Settings(data_dir=tmp_path / "data", corpus_dir=tmp_path / "corpus")
    create_account(settings, "admin", Role.admin)
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("KMPORTAL_")}
    cmd = [sys.executable, "-c", "from kmportal.cli import main; main()"]
    cmd += ["--data-dir", str(settings.data_dir), "serve", "--port", str(port)]
    log = (tmp_path / "server.log").open("wb")
    proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, cwd=ROOT, env=env)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            assert proc.poll() is None, (tmp_path / "server.log").read_text()
            try:
                if httpx.get(f"{url}/healthz", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert time.monotonic() < deadline, "kmportal serve did not start"
            time.sleep(0.2)
        yield Server(url, port, proc, settings)
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


def sign_in(url: str) -> tuple[str, str]:
    """(Cookie header, CSRF token) of an admin session, through the login form."""
    with httpx.Client(base_url=url) as client:
        client.get("/login")
        token = client.cookies["kmportal_csrf"]
        r = client.post(
            "/login",
            data={"csrf_token": token, "username": "admin", "password": PASSWORD, "next": "/"},
        )
        assert r.status_code in (200, 303), r.text
        # The documents page opens the upload runner before we start measuring.
        assert client.get("/admin/documents").status_code == 200
        cookie = "; ".join(f"{k}={v}" for k, v in client.cookies.items())
    return cookie, token


def body_pieces() -> Iterator[bytes]:
    yield (
        f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="huge.txt"\r\n\r\n'
    ).encode()
    piece = b"a" * (64 * 1024)
    for _ in range(GB // len(piece)):
        yield piece
    yield f"\r\n--{BOUNDARY}--\r\n".encode()


def test_a_real_server_refuses_a_1_gb_chunked_upload_while_it_streams(server: Server) -> None:
    cookie, token = sign_in(server.url)
    pid = server.proc.pid
    base = rss_kb(pid)
    peak = base
    sent = 0
    head = (
        "POST /admin/documents HTTP/1.1\r\n"
        f"Host: 127.0.0.1:{server.port}\r\n"
        f"Cookie: {cookie}\r\n"
        f"X-CSRF-Token: {token}\r\n"
        "HX-Request: true\r\n"
        f"Content-Type: multipart/form-data; boundary={BOUNDARY}\r\n"
        "Transfer-Encoding: chunked\r\n\r\n"
    ).encode()
    t0 = time.monotonic()
    with socket.create_connection(("127.0.0.1", server.port), timeout=10) as sock:
        sock.sendall(head)
        try:
            for n, piece in enumerate(body_pieces()):
                sock.sendall(f"{len(piece):x}\r\n".encode() + piece + b"\r\n")
                sent += len(piece)
                if n % 32 == 0:
                    peak = max(peak, rss_kb(pid))
                if select.select([sock], [], [], 0)[0]:
                    break  # the server has answered: stop sending, as a browser does
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
    elapsed = time.monotonic() - t0
    peak = max(peak, rss_kb(pid))
    growth_mb = (peak - base) / 1024
    sent_mb = sent / MB
    print(f"real server: 413 after {sent_mb:.1f} MB sent, {elapsed:.2f} s, RSS +{growth_mb:.1f} MB")
    assert response.startswith(b"HTTP/1.1 413"), response[:200]
    assert elapsed < 5
    assert sent < 64 * MB  # the limit (25 MB) plus what the socket buffers held
    assert growth_mb < 100
    uploads = server.settings.data_dir / "uploads"
    assert [p for p in uploads.rglob("*") if p.is_file()] == []
    assert httpx.get(f"{server.url}/healthz", timeout=2).status_code == 200
