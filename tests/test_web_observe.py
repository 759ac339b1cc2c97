"""The request log (:mod:`kmportal.web.observe`, :mod:`kmportal.web.logs`): one
JSON line per request with method, path, status, duration, account and client,
and nothing secret; the search text of visitors only while
``KMPORTAL_LOG_QUERIES`` is on; the client address and scheme taken from
X-Forwarded-* only when the proxy is trusted (``KMPORTAL_TRUSTED_PROXIES``)."""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient
from helpers.auth import PASSWORD, create_account, csrf_token, sign_in
from helpers.server import serving
from helpers.web import StubService
from sqlmodel import Session, col, select

from kmportal.auth.models import LoginAttempt, Role
from kmportal.db import make_engine
from kmportal.settings import Settings
from kmportal.web.app import create_app
from kmportal.web.logs import JsonFormatter


class Lines(logging.Handler):
    """The request log's lines, formatted as ``kmportal serve`` writes them."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.setFormatter(JsonFormatter())
        self.lines: list[dict[str, object]] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(json.loads(self.format(record)))

    def find(self, path: str) -> dict[str, object]:
        return next(line for line in reversed(self.lines) if line.get("path") == path)


@pytest.fixture
def lines() -> Iterator[Lines]:
    handler = Lines()
    logger = logging.getLogger("kmportal.request")
    level = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    yield handler
    logger.removeHandler(handler)
    logger.setLevel(level)


def portal(settings: Settings, **overrides: object) -> TestClient:
    changed = settings.model_copy(update=overrides)
    return TestClient(create_app(changed, service=StubService()))  # type: ignore[arg-type]


def test_a_request_is_one_json_line_with_what_happened_and_who_asked(
    settings: Settings, lines: Lines
) -> None:
    with portal(settings) as client:
        client.get("/docs?page=2")
        name = sign_in(client, Role.coordinator)
        client.get("/km")
        client.get("/no/such/page")
    docs = lines.find("/docs")
    assert docs["method"] == "GET" and docs["status"] == 200 and docs["user_id"] is None
    assert isinstance(docs["duration_ms"], float) and docs["client"] == "testclient"
    assert docs["logger"] == "kmportal.request" and docs["level"] == "info"
    assert "page" not in json.dumps(docs)  # the query string is not logged
    km = lines.find("/km")
    assert km["status"] == 200 and isinstance(km["user_id"], int) and name not in json.dumps(km)
    assert lines.find("/no/such/page")["status"] == 404


@pytest.mark.parametrize("log_queries", [True, False])
def test_a_visitors_search_text_is_logged_only_while_log_queries_is_on(
    settings: Settings, lines: Lines, log_queries: bool
) -> None:
    with portal(settings, log_queries=log_queries) as client:
        client.get("/search", params={"q": "อบจ. ทำประปาได้ไหม", "kind": "act"})
        anonymous = lines.find("/search")
        sign_in(client, Role.viewer)
        client.get("/search", params={"q": "มาตรา 45"})
        staff = lines.find("/search")
    assert ("query" in anonymous) is log_queries
    if log_queries:
        assert anonymous["query"] == "อบจ. ทำประปาได้ไหม"
    assert staff["query"] == "มาตรา 45" and staff["user_id"] is not None


def test_nothing_secret_reaches_the_log(settings: Settings, lines: Lines) -> None:
    create_account(settings, "clerk", Role.admin)
    with portal(settings) as client:
        token = csrf_token(client)
        client.post(
            "/login",
            data={"csrf_token": token, "username": "clerk", "password": PASSWORD, "next": "/"},
        )
        session = client.cookies.get("kmportal_session")
        made = client.post(
            "/account/tokens", data={"name": "รายงาน"}, headers={"X-CSRF-Token": token}
        )
        found = re.search(r"kmp_[A-Za-z0-9_-]{20,}", made.text)
        assert found, made.text
        secret = found.group(0)
        client.get("/api/search?q=x", headers={"Authorization": f"Bearer {secret}"})
        client.post("/login", data={"csrf_token": token, "username": "clerk", "password": "wrong"})
    text = "\n".join(json.dumps(line, ensure_ascii=False) for line in lines.lines)
    assert session and token and secret
    for value in (PASSWORD, "wrong", session, token, secret):
        assert value not in text


def _attempt_ips(settings: Settings) -> list[str | None]:
    engine = make_engine(settings)
    try:
        with Session(engine) as session:
            return list(session.exec(select(LoginAttempt.ip).order_by(col(LoginAttempt.id))))
    finally:
        engine.dispose()


def _failed_login(client: TestClient, headers: dict[str, str]) -> None:
    token = csrf_token(client)
    client.post(
        "/login",
        data={"csrf_token": token, "username": "nobody", "password": "wrong-Pa55-for-nobody"},
        headers=headers,
    )


FORWARDED = {"X-Forwarded-For": "203.0.113.7", "X-Forwarded-Proto": "https"}


def test_forwarded_headers_count_only_from_a_trusted_proxy(
    settings: Settings, lines: Lines
) -> None:
    # The test client's address is "testclient": a proxy the default does not trust.
    with portal(settings) as client:
        _failed_login(client, FORWARDED)
        assert lines.find("/login")["client"] == "testclient"
        assert "__Host-kmportal_csrf" not in client.cookies
    assert _attempt_ips(settings) == ["testclient"]
    with portal(settings, trusted_proxies="10.0.0.0/8, testclient") as client:
        client.get("/login", headers=FORWARDED)
        assert "__Host-kmportal_csrf" in client.cookies  # HTTPS as the proxy said
        assert lines.find("/login")["client"] == "203.0.113.7"
    with portal(settings, trusted_proxies="testclient") as client:
        _failed_login(client, {"X-Forwarded-For": "198.51.100.4"})
    assert _attempt_ips(settings) == ["testclient", "198.51.100.4"]


def test_kmportal_serve_writes_json_lines_and_no_access_log(
    settings: Settings, tmp_path: Path
) -> None:
    log = tmp_path / "serve.log"
    with serving(settings, log) as server:
        answer = httpx.get(f"{server.url}/docs", params={"q": "x"}, headers=FORWARDED)
        assert answer.status_code == 200
    written = [ln for ln in log.read_text().splitlines() if ln.strip()]
    assert written[0].startswith("kmportal: serving")  # the command's own line, on stdout
    records = [json.loads(line) for line in written[1:]]  # every log line is JSON
    assert any("Uvicorn running" in r["message"] for r in records)
    docs = next(r for r in records if r.get("path") == "/docs")
    # The default trusts a proxy on this machine (127.0.0.1), so its X-Forwarded-For counts.
    assert docs["status"] == 200 and docs["client"] == "203.0.113.7" and "query" not in docs
    assert not any(r["logger"] == "uvicorn.access" for r in records)
