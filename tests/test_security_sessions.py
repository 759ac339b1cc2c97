"""Sessions and API tokens: server-side, ended by logout, disabling or a new
password; a new id at every login; cookies HttpOnly/SameSite (Secure and
``__Host-`` under HTTPS); idle and absolute timeouts; tokens shown once,
stored hashed, refused after revocation or when their user is disabled."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from helpers.auth import PASSWORD, api_token, create_account, csrf_token, sign_in
from helpers.portal import Portal, build_portal
from sqlmodel import Session, select

from kmportal.auth import sessions, users
from kmportal.auth.models import AuthSession, Role, User, utcnow
from kmportal.db import make_engine, prepare_database
from kmportal.settings import Settings
from kmportal.web.app import create_app


@pytest.fixture
def portal(tmp_path: Path) -> Portal:
    return build_portal(tmp_path / "data")


def _login(client: TestClient, username: str, password: str = PASSWORD, **extra: str) -> object:
    return client.post(
        "/login",
        data={
            "csrf_token": csrf_token(client),
            "username": username,
            "password": password,
            **extra,
        },
        follow_redirects=False,
    )


def _session_rows(settings: Settings) -> list[AuthSession]:
    engine = make_engine(settings)
    try:
        with Session(engine) as s:
            return list(s.exec(select(AuthSession)))
    finally:
        engine.dispose()


def _disable(settings: Settings, username: str) -> None:
    engine = make_engine(settings)
    try:
        with Session(engine) as s:
            users.set_disabled(s, username=username, disabled=True, actor="test")
    finally:
        engine.dispose()


def test_a_session_cookie_replayed_after_logout_is_refused(portal: Portal) -> None:
    client = portal.client("coordinator")
    stolen = client.cookies["kmportal_session"]
    assert client.get("/km").status_code == 200
    assert client.post("/logout", follow_redirects=False).status_code == 303
    replay = TestClient(portal.app)
    replay.cookies.set("kmportal_session", stolen)
    assert replay.get("/km", follow_redirects=False).status_code == 303
    assert replay.get("/api/km/plans").status_code == 401
    assert replay.get("/account", follow_redirects=False).headers["location"].startswith("/login")


def test_logout_clears_the_cookie_and_shows_the_visitor_signed_out(portal: Portal) -> None:
    client = portal.client("viewer")
    r = client.post("/logout", follow_redirects=False)
    assert (
        'kmportal_session=""' in r.headers["set-cookie"] or "Max-Age=0" in r.headers["set-cookie"]
    )
    assert 'action="/logout"' not in client.get("/docs").text


def test_every_login_gets_a_new_session_id_and_ends_the_one_it_replaces(portal: Portal) -> None:
    create_account(portal.settings, "somchai", Role.viewer)
    client = TestClient(portal.app)
    assert _login(client, "somchai").status_code == 303
    first = client.cookies["kmportal_session"]
    assert _login(client, "somchai").status_code == 303
    second = client.cookies["kmportal_session"]
    assert first != second
    old = TestClient(portal.app)
    old.cookies.set("kmportal_session", first)
    assert old.get("/account", follow_redirects=False).status_code == 303


def test_the_database_holds_only_a_digest_of_the_session_id(portal: Portal) -> None:
    client = portal.client("viewer")
    secret = client.cookies["kmportal_session"]
    assert len(secret) >= 40
    dump = repr(portal.dump())
    assert secret not in dump
    assert PASSWORD not in dump


def test_disabling_a_user_ends_their_sessions_and_tokens_at_once(portal: Portal) -> None:
    client = portal.client("coordinator")
    token = api_token(portal.settings, "user-coordinator")
    bearer = {"Authorization": f"Bearer {token}"}
    script = TestClient(portal.app)
    assert script.get("/api/km/plans", headers=bearer).status_code == 200
    _disable(portal.settings, "user-coordinator")
    assert client.get("/km", follow_redirects=False).status_code == 303
    assert script.get("/api/km/plans", headers=bearer).status_code == 401
    assert _session_rows(portal.settings) == [
        r
        for r in _session_rows(portal.settings)
        if r.user_id != _user_id(portal, "user-coordinator")
    ]
    # Enabling the account again does not bring the old token back.
    engine = make_engine(portal.settings)
    with Session(engine) as s:
        users.set_disabled(s, username="user-coordinator", disabled=False, actor="test")
    engine.dispose()
    assert script.get("/api/km/plans", headers=bearer).status_code == 401


def _user_id(portal: Portal, username: str) -> int:
    engine = make_engine(portal.settings)
    try:
        with Session(engine) as s:
            user = users.get_user(s, username=username)
            assert user.id is not None
            return user.id
    finally:
        engine.dispose()


def test_a_disabled_user_cannot_sign_in_even_with_the_right_password(portal: Portal) -> None:
    create_account(portal.settings, "leaver", Role.viewer)
    _disable(portal.settings, "leaver")
    r = _login(TestClient(portal.app), "leaver")
    assert r.status_code == 401
    assert "kmportal_session" not in r.headers.get("set-cookie", "")


def test_the_admin_page_disables_a_user_and_their_session_stops_working(portal: Portal) -> None:
    victim = portal.client("viewer")
    admin = portal.client("admin")
    assert victim.get("/account").status_code == 200
    r = admin.post("/admin/users/user-viewer/disable", follow_redirects=False)
    assert r.status_code == 303
    assert victim.get("/account", follow_redirects=False).status_code == 303
    assert "ระงับแล้ว" in admin.get("/admin/users").text


def test_a_new_password_ends_the_users_sessions(portal: Portal) -> None:
    victim = portal.client("viewer")
    admin = portal.client("admin")
    r = admin.post(
        "/admin/users/user-viewer/password",
        data={"password": "a brand new passphrase"},
        follow_redirects=False,
    )
    assert r.status_code == 303
    assert victim.get("/account", follow_redirects=False).status_code == 303
    assert (
        _login(TestClient(portal.app), "user-viewer", "a brand new passphrase").status_code == 303
    )


def test_cookies_are_httponly_and_samesite_lax_without_secure_over_http(portal: Portal) -> None:
    create_account(portal.settings, "somsri", Role.viewer)
    r = _login(TestClient(portal.app), "somsri")
    cookie = r.headers["set-cookie"].lower()
    assert cookie.startswith("kmportal_session=")
    assert "httponly" in cookie and "samesite=lax" in cookie and "path=/" in cookie
    assert "secure" not in cookie


@pytest.mark.parametrize("how", ["setting", "https"])
def test_cookies_are_secure_with_the_host_prefix_under_https(tmp_path: Path, how: str) -> None:
    settings = Settings(data_dir=tmp_path / "data", secure_cookies=how == "setting")
    app = create_app(settings, service=None)
    create_account(settings, "somsri", Role.viewer)
    base = "https://portal.example" if how == "https" else "http://testserver"
    client = TestClient(app, base_url=base)
    page = client.get("/login")
    csrf_cookie = page.headers["set-cookie"]
    assert csrf_cookie.startswith("__Host-kmportal_csrf=") and "Secure" in csrf_cookie
    token = csrf_cookie.split("=", 1)[1].split(";", 1)[0]
    r = client.post(
        "/login",
        data={"csrf_token": token, "username": "somsri", "password": PASSWORD},
        headers={"Cookie": f"__Host-kmportal_csrf={token}"},
        follow_redirects=False,
    )
    cookie = r.headers["set-cookie"]
    assert cookie.startswith("__Host-kmportal_session=")
    assert "Secure" in cookie and "HttpOnly" in cookie and "Path=/" in cookie
    assert "Domain" not in cookie


def test_sessions_end_after_the_idle_and_the_absolute_timeout(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "data")
    create_account(settings, "somsri", Role.viewer)
    engine = prepare_database(settings)
    limits = sessions.Timeouts(idle=dt.timedelta(minutes=30), absolute=dt.timedelta(hours=10))
    with Session(engine, expire_on_commit=False) as s:
        user = users.get_user(s, username="somsri")
        secret = sessions.start_session(s, user=user, ip=None)
        s.commit()
        start = utcnow()
        # Used every 20 minutes: alive until the absolute limit, then ended.
        for k in range(1, 30):  # up to 9 h 40 min after login
            now = start + k * dt.timedelta(minutes=20)
            assert sessions.resolve(s, secret=secret, timeouts=limits, now=now) is not None, now
        now = start + dt.timedelta(hours=10, minutes=1)
        assert sessions.resolve(s, secret=secret, timeouts=limits, now=now) is None

        idle = sessions.start_session(s, user=user, ip=None)
        s.commit()
        later = utcnow() + dt.timedelta(minutes=31)
        assert sessions.resolve(s, secret=idle, timeouts=limits, now=later) is None
        # An ended session stays ended, even if asked about "earlier".
        assert sessions.resolve(s, secret=idle, timeouts=limits) is None
    engine.dispose()


def test_an_api_token_is_shown_once_and_stored_only_as_a_digest(portal: Portal) -> None:
    client = portal.client("viewer")
    r = client.post("/account/tokens", data={"name": "nightly report"})
    assert r.status_code == 200 and r.headers["cache-control"] == "no-store"
    token = r.text.split('id="new-token">', 1)[1].split("<", 1)[0]
    assert token.startswith("kmp_") and len(token) > 40
    assert token not in client.get("/account").text
    assert token not in repr(portal.dump())
    script = TestClient(portal.app)
    me = script.get("/api/docs", headers={"Authorization": f"Bearer {token}"})
    assert me.status_code == 200


def test_a_bearer_token_carries_its_users_role_and_no_more(portal: Portal) -> None:
    portal.client("viewer")
    viewer_token = api_token(portal.settings, "user-viewer")
    script = TestClient(portal.app)
    bearer = {"Authorization": f"Bearer {viewer_token}"}
    assert script.get("/api/docs", headers=bearer).status_code == 200
    assert script.get("/api/km/plans", headers=bearer).status_code == 403
    assert script.post("/api/km/plans/load-example", json={}, headers=bearer).status_code == 403


def test_a_revoked_or_made_up_token_is_refused(portal: Portal) -> None:
    client = portal.client("coordinator")
    created = client.post("/account/tokens", data={"name": "cron"})
    token = created.text.split('id="new-token">', 1)[1].split("<", 1)[0]
    token_id = created.text.split('action="/account/tokens/', 1)[1].split("/", 1)[0]
    script = TestClient(portal.app)
    bearer = {"Authorization": f"Bearer {token}"}
    assert script.get("/api/km/plans", headers=bearer).status_code == 200
    assert (
        client.post(f"/account/tokens/{token_id}/revoke", follow_redirects=False).status_code == 303
    )
    assert script.get("/api/km/plans", headers=bearer).status_code == 401
    fake = {"Authorization": "Bearer kmp_" + "A" * 43}
    r = script.get("/api/docs", headers=fake)
    assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer"


def test_a_user_cannot_revoke_someone_elses_token(portal: Portal) -> None:
    portal.client("admin")
    token = api_token(portal.settings, "user-admin")
    engine = make_engine(portal.settings)
    with Session(engine) as s:
        from kmportal.auth.models import ApiToken

        token_id = s.exec(select(ApiToken.id)).first()
    engine.dispose()
    viewer = portal.client("viewer")
    assert viewer.post(f"/account/tokens/{token_id}/revoke").status_code == 404
    script = TestClient(portal.app)
    assert (
        script.get("/api/km/plans", headers={"Authorization": f"Bearer {token}"}).status_code == 200
    )


@pytest.mark.parametrize("target", ["https://evil.example/", "//evil.example/", "/\\evil.example"])
def test_login_never_redirects_off_site(portal: Portal, target: str) -> None:
    create_account(portal.settings, "somsri", Role.viewer)
    r = _login(TestClient(portal.app), "somsri", next=target)
    assert r.status_code == 303 and r.headers["location"] == "/"


def test_login_returns_to_the_page_that_asked_for_it(portal: Portal) -> None:
    client = TestClient(portal.app)
    create_account(portal.settings, "user-coordinator", Role.coordinator)
    ask = client.get("/km/history?entity=plan", follow_redirects=False)
    login_page = client.get(ask.headers["location"])
    assert 'name="next" value="/km/history?entity=plan"' in login_page.text
    r = _login(client, "user-coordinator", next="/km/history?entity=plan")
    assert r.headers["location"] == "/km/history?entity=plan"


def test_passwords_are_never_logged_nor_stored(
    portal: Portal, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    secret = "my very secret passphrase 42"
    create_account(portal.settings, "careful", Role.viewer, secret)
    _login(TestClient(portal.app), "careful", secret)
    _login(TestClient(portal.app), "careful", secret + " typo")
    assert secret not in caplog.text
    assert secret not in repr(portal.dump())


def test_a_password_shorter_than_12_characters_is_refused(portal: Portal) -> None:
    admin = portal.client("admin")
    r = admin.post(
        "/admin/users",
        data={"username": "shorty", "password": "eleven char", "role": "viewer"},
    )
    assert r.status_code == 422 and "12" in r.text
    engine = make_engine(portal.settings)
    with Session(engine) as s:
        assert users.find_user(s, username="shorty") is None
        stored = s.exec(select(User.password_hash)).first()
    engine.dispose()
    assert stored is not None and stored.startswith("$argon2id$")


def test_an_admin_creates_a_user_who_can_then_sign_in(portal: Portal) -> None:
    admin = portal.client("admin")
    r = admin.post(
        "/admin/users",
        data={
            "username": "newbie",
            "display_name": "สมหญิง",
            "role": "coordinator",
            "password": "twelve chars long",
        },
        follow_redirects=False,
    )
    assert r.status_code == 303
    newbie = TestClient(portal.app)
    assert _login(newbie, "newbie", "twelve chars long").status_code == 303
    assert newbie.get("/km").status_code == 200
    assert admin.post("/admin/users/newbie/role", data={"role": "viewer"}).status_code == 200
    assert newbie.get("/km", follow_redirects=False).status_code == 403


def test_an_admin_cannot_lock_themselves_out(portal: Portal) -> None:
    admin = portal.client("admin")
    assert admin.post("/admin/users/user-admin/disable").status_code == 409
    assert admin.post("/admin/users/user-admin/role", data={"role": "viewer"}).status_code == 409
    assert admin.get("/admin/users").status_code == 200


def test_sign_in_helper_uses_the_real_form(portal: Portal) -> None:
    client = TestClient(portal.app)
    name = sign_in(client, Role.viewer, username="helper")
    assert "helper" in client.get("/account").text and name == "helper"
