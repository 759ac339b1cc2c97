"""Brute force: at most 10 failed logins per account and per client address in
15 minutes, then 429 with Retry-After; every attempt, refused ones too, audited."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from helpers.auth import PASSWORD, create_account, csrf_token
from sqlmodel import Session

from kmportal.auth import audit, login
from kmportal.auth.models import Role, utcnow
from kmportal.db import make_engine, prepare_database
from kmportal.settings import Settings
from kmportal.web.app import create_app


@pytest.fixture
def settings_with_user(tmp_path: Path) -> Settings:
    settings = Settings(data_dir=tmp_path / "data")
    create_account(settings, "somsri", Role.coordinator)
    return settings


def _attempt(client: TestClient, username: str, password: str):  # type: ignore[no-untyped-def]
    return client.post(
        "/login",
        data={"csrf_token": csrf_token(client), "username": username, "password": password},
        follow_redirects=False,
    )


def _count(settings: Settings, action: str) -> int:
    engine = make_engine(settings)
    try:
        with Session(engine) as s:
            return audit.count_entries(s, action=action)
    finally:
        engine.dispose()


def test_150_wrong_passwords_are_throttled_after_10_and_all_audited(
    settings_with_user: Settings,
) -> None:
    client = TestClient(create_app(settings_with_user, service=None))
    statuses = []
    for i in range(150):
        r = _attempt(client, "somsri", f"wrong password {i:03d}")
        statuses.append(r.status_code)
        if r.status_code == 429:
            retry = int(r.headers["retry-after"])
            assert 0 < retry <= 15 * 60 + 1
            assert "กรุณารอ" in r.text
    assert statuses[:10] == [401] * 10
    assert statuses[10:] == [429] * 140
    assert _count(settings_with_user, "login.failure") == 10
    assert _count(settings_with_user, "login.throttled") == 140
    # Even the right password waits: a guess during the lockout proves nothing.
    assert _attempt(client, "somsri", PASSWORD).status_code == 429


def test_the_address_is_throttled_across_accounts(settings_with_user: Settings) -> None:
    app = create_app(settings_with_user, service=None)
    attacker = TestClient(app, client=("203.0.113.9", 4000))
    for i in range(10):
        assert _attempt(attacker, f"guess{i}", "wrong password!").status_code == 401
    assert _attempt(attacker, "somsri", PASSWORD).status_code == 429
    # Another address may still sign in to the account that was not attacked.
    office = TestClient(app, client=("10.0.0.5", 4000))
    assert _attempt(office, "somsri", PASSWORD).status_code == 303


def test_the_account_is_throttled_across_addresses(settings_with_user: Settings) -> None:
    app = create_app(settings_with_user, service=None)
    for i in range(10):
        c = TestClient(app, client=(f"198.51.100.{i}", 4000))
        assert _attempt(c, "somsri", "wrong password!").status_code == 401
    fresh = TestClient(app, client=("198.51.100.200", 4000))
    assert _attempt(fresh, "somsri", PASSWORD).status_code == 429


def test_the_lock_lifts_once_the_failures_leave_the_15_minute_window(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "data")
    create_account(settings, "somsri", Role.viewer)
    engine = prepare_database(settings)
    start = utcnow()
    with Session(engine) as s:
        for i in range(10):
            when = start + dt.timedelta(seconds=i)
            assert not login.log_in(
                s, username="somsri", password="nope", ip="1.2.3.4", now=when
            ).ok
        blocked = login.log_in(
            s,
            username="somsri",
            password=PASSWORD,
            ip="1.2.3.4",
            now=start + dt.timedelta(minutes=5),
        )
        assert blocked.retry_after is not None and 590 <= blocked.retry_after <= 601
        later = start + dt.timedelta(minutes=15, seconds=1)
        assert login.log_in(s, username="somsri", password=PASSWORD, ip="1.2.3.4", now=later).ok
    engine.dispose()


def test_successful_logins_are_audited_with_their_address(settings_with_user: Settings) -> None:
    client = TestClient(create_app(settings_with_user, service=None), client=("10.1.2.3", 5))
    assert _attempt(client, "somsri", PASSWORD).status_code == 303
    engine = make_engine(settings_with_user)
    with Session(engine) as s:
        entry = audit.list_entries(s, action="login.success")[0]
    engine.dispose()
    assert (entry.actor, entry.target, entry.ip) == ("somsri", "somsri", "10.1.2.3")
