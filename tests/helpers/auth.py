"""Signing a test client in, the way a browser does: an account in the app's
database, the login form (with its CSRF token), the session cookie, and the
``X-CSRF-Token`` header htmx would send on every later request."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlmodel import Session

from kmportal.auth import apitokens, users
from kmportal.auth.models import Role
from kmportal.db import make_engine, prepare_database
from kmportal.settings import Settings

PASSWORD = "correct horse battery staple"


def create_account(
    settings: Settings,
    username: str,
    role: Role,
    password: str = PASSWORD,
    *,
    display_name: str = "",
) -> int:
    """The account's id (made unless it exists)."""
    engine = prepare_database(settings)
    try:
        with Session(engine) as session:
            user = users.find_user(session, username=username)
            if user is None:
                user = users.create_user(
                    session,
                    username=username,
                    password=password,
                    role=role,
                    display_name=display_name,
                    actor="test",
                )
            assert user.id is not None
            return user.id
    finally:
        engine.dispose()


def csrf_token(client: TestClient) -> str:
    """The client's CSRF cookie, fetching a page first when it has none."""
    token = client.cookies.get("kmportal_csrf")
    if token is None:
        client.get("/login")
        token = client.cookies.get("kmportal_csrf")
    assert token, "the portal set no CSRF cookie"
    return token


def sign_in(client: TestClient, role: Role = Role.coordinator, username: str | None = None) -> str:
    """Sign ``client`` in as a fresh account with ``role``; returns the user name."""
    settings = client.app.state.settings  # type: ignore[attr-defined]
    name = username or f"test-{role.value}"
    create_account(settings, name, role)
    token = csrf_token(client)
    r = client.post(
        "/login",
        data={"csrf_token": token, "username": name, "password": PASSWORD, "next": "/"},
        follow_redirects=False,
    )
    assert r.status_code == 303, r.text
    client.headers["X-CSRF-Token"] = token
    return name


def api_token(settings: Settings, username: str, name: str = "script") -> str:
    engine = make_engine(settings)
    try:
        with Session(engine) as session:
            user = users.get_user(session, username=username)
            return apitokens.create_token(session, user=user, name=name, ip=None)[1]
    finally:
        engine.dispose()
