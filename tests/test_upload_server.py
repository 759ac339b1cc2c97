"""The 1 GB upload against a real ``kmportal serve`` (uvicorn) over a real socket:
the server answers 413 while the body is still arriving, within 5 s, and its
resident memory grows by less than 100 MB."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from helpers.auth import PASSWORD, create_account
from helpers.server import MB, Server, multipart_gigabyte, serving, sign_in, stream_until_answered

from kmportal.auth.models import Role
from kmportal.settings import Settings

BOUNDARY = "kmportal-socket-boundary"


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    settings = Settings(data_dir=tmp_path / "data", corpus_dir=tmp_path / "corpus")
    create_account(settings, "admin", Role.admin)
    with serving(settings, tmp_path / "server.log") as server:
        yield server


def test_a_real_server_refuses_a_1_gb_chunked_upload_while_it_streams(server: Server) -> None:
    cookie, token = sign_in(server.url, "admin", PASSWORD)
    # The documents page opens the upload runner before we start measuring.
    assert httpx.get(f"{server.url}/admin/documents", headers={"Cookie": cookie}).status_code == 200
    head = (
        "POST /admin/documents HTTP/1.1\r\n"
        f"Host: 127.0.0.1:{server.port}\r\n"
        f"Cookie: {cookie}\r\n"
        f"X-CSRF-Token: {token}\r\n"
        "HX-Request: true\r\n"
        f"Content-Type: multipart/form-data; boundary={BOUNDARY}\r\n"
    )
    got = stream_until_answered(server, head, multipart_gigabyte(BOUNDARY, "file", "huge.txt"))
    print(
        f"real server: 413 after {got.sent / MB:.1f} MB sent, {got.seconds:.2f} s, "
        f"RSS +{got.rss_growth_mb:.1f} MB"
    )
    assert got.response.startswith(b"HTTP/1.1 413"), got.response[:200]
    assert got.seconds < 5
    assert got.sent < 64 * MB  # the limit (25 MB) plus what the socket buffers held
    assert got.rss_growth_mb < 100
    uploads = server.settings.data_dir / "uploads"
    assert [p for p in uploads.rglob("*") if p.is_file()] == []
    assert httpx.get(f"{server.url}/healthz", timeout=2).status_code == 200
