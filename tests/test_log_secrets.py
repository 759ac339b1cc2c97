"""The whole run's log check (``helpers/logcheck.py``, wired in
``tests/conftest.py``) is live and can fail: the secrets a sign-in and an API
token make are recorded, the run's log file receives the request log, and a
secret written to a log is found — in the run's own log by value, in a
server's log also by its shape."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from helpers.auth import PASSWORD, api_token, sign_in
from helpers.logcheck import SECRETS, Secrets, leaks

from kmportal.auth.models import Role
from kmportal.settings import Settings


def test_the_run_records_its_secrets_and_logs_every_request(
    client: TestClient, settings: Settings, request: pytest.FixtureRequest
) -> None:
    sign_in(client, Role.admin)
    session = client.cookies.get("kmportal_session")
    token = api_token(settings, "test-admin")
    assert PASSWORD in SECRETS.passwords
    assert session in SECRETS.tokens and token.removeprefix("kmp_") in SECRETS.tokens
    client.get("/docs", params={"marker": "log-check"})
    run_log: Path = request.getfixturevalue("_no_secret_in_any_log")
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert '"path": "/docs"' in run_log.read_text("utf-8")


def test_a_secret_in_a_log_line_is_found() -> None:
    made = Secrets()
    token = made.token("Q" * 8 + "r2-_" * 8 + "Zz1")
    made.password("correct horse battery staple")
    made.password("short")  # refused before hashing: not tracked
    assert len(token) == 43
    assert leaks("nothing to see", made) == []
    assert leaks(f'{{"cookie": "kmportal_session={token}"}}', made) == ["token QQQQ…"]
    assert leaks(f"Authorization: Bearer kmp_{token}", made) == ["token QQQQ…"]
    assert leaks("password=correct horse battery staple", made) == ["password corr…"]
    assert leaks("password=short", made) == []


def test_a_servers_log_is_also_searched_for_token_shaped_text() -> None:
    unknown = "kmp_" + "A" * 43
    assert leaks(f"GET /x {unknown}", Secrets()) == []
    assert leaks(f"GET /x {unknown}", Secrets(), shaped=True) == ["token-shaped kmp_…"]
    assert leaks("sha256 " + "ab" * 32, Secrets(), shaped=True) == []  # a digest is no token
