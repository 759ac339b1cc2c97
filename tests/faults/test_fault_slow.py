"""Slow and vanishing clients against a real ``kmportal serve`` (its read
timeouts set to one second): headers trickled byte by byte, a body that stalls
and an upload its client aborts are each cut off or dropped with one info line
and no traceback, the partial upload deleted, and the server keeps answering.
An idle keep-alive connection, on the other hand, stays open past the idle
limit of a client's or proxy's pool, so the client always closes it first."""

from __future__ import annotations

import http.client
import socket
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from helpers.faults import bearer, wait_for
from helpers.server import Server, start, stop, wait_until_up

from kmportal.auth.models import Role
from kmportal.settings import Settings

LIMITS = {"KMPORTAL_HEADER_TIMEOUT": "1", "KMPORTAL_BODY_TIMEOUT": "1"}


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    tmp = tmp_path_factory.mktemp("slow")
    server = start(Settings(data_dir=tmp / "data"), tmp / "server.log", env=LIMITS)
    try:
        wait_until_up(server)
        yield server
    finally:
        stop(server)


def _answer(sock: socket.socket, within: float) -> tuple[bytes, float]:
    """What the server sends until it closes the connection, and when it closed."""
    t0 = time.monotonic()
    sock.settimeout(within)
    got = b""
    while True:
        data = sock.recv(65536)
        if not data:
            return got, time.monotonic() - t0
        got += data


def test_headers_trickled_byte_by_byte_are_cut_off_with_408(server: Server) -> None:
    with socket.create_connection(("127.0.0.1", server.port)) as sock:
        sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n")
        t0 = time.monotonic()
        try:
            for byte in b"X-Slow: " + b"a" * 40:
                sock.sendall(bytes([byte]))
                time.sleep(0.1)
        except (BrokenPipeError, ConnectionResetError):
            pass
        answer, _ = _answer(sock, 10)
    assert answer.startswith(b"HTTP/1.1 408"), answer
    assert time.monotonic() - t0 < 4  # not the 4 s the trickle would have taken


def test_a_body_that_stalls_is_cut_off_and_logged_as_one_line(server: Server) -> None:
    auth = bearer(server.settings, "coordinator")["Authorization"]
    with socket.create_connection(("127.0.0.1", server.port)) as sock:
        sock.sendall(
            b"POST /api/km/plans/load-example HTTP/1.1\r\nHost: x\r\nAuthorization: "
            + auth.encode()
            + b"\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"
        )
        answer, seconds = _answer(sock, 10)
    assert answer.startswith(b"HTTP/1.1 408") and seconds < 5, answer
    log = wait_for(lambda: _log_with(server, "slow client"))
    assert "Traceback" not in log and '"level": "error"' not in log


def test_an_upload_its_client_aborts_is_an_info_line_and_leaves_no_file(server: Server) -> None:
    auth = bearer(server.settings, "admin", role=Role.admin)
    head = (
        "POST /admin/documents HTTP/1.1\r\nHost: x\r\n"
        f"Authorization: {auth['Authorization']}\r\n"
        "Content-Type: multipart/form-data; boundary=b\r\nContent-Length: 100000\r\n\r\n"
        '--b\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n\r\n'
    )
    with socket.create_connection(("127.0.0.1", server.port)) as sock:
        sock.sendall(head.encode() + "ข้อความ".encode() * 500)
        time.sleep(0.3)
    log = wait_for(lambda: _log_with(server, "client went away"))
    assert "Traceback" not in log and '"level": "error"' not in log
    incoming = server.settings.upload_path / "incoming"
    wait_for(lambda: not incoming.exists() or not any(incoming.iterdir()))
    assert httpx.get(f"{server.url}/healthz", timeout=10).status_code == 200


def _log_with(server: Server, words: str) -> str | None:
    text = Path(server.log).read_text("utf-8")
    return text if words in text else None


def test_an_idle_keep_alive_connection_outlives_the_clients_own_idle_limit(server: Server) -> None:
    # httpx keeps an idle connection 5 s, nginx's upstream pool 60 s; uvicorn's
    # own default (5 s) closed it first, and a request sent as it closed was reset.
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    try:
        conn.request("GET", "/healthz")
        first = conn.getresponse()
        first.read()
        assert first.status == 200 and conn.sock is not None
        address = conn.sock.getsockname()
        time.sleep(6)
        conn.request("GET", "/healthz")  # on the same socket: the server closing it fails here
        again = conn.getresponse()
        again.read()
        assert again.status == 200 and conn.sock.getsockname() == address
    finally:
        conn.close()
