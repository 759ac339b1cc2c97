"""Hostile text in user names, display names, token names, login attempts and
the audit trail is shown as text, never as markup — in every page that shows it
and in the CSV export."""

from __future__ import annotations

import csv
import io

import pytest
from fastapi.testclient import TestClient
from helpers.auth import csrf_token
from helpers.portal import Portal, build_portal
from helpers.web import HOSTILE, PAYLOAD, assert_no_injected_markup


@pytest.fixture(scope="module")
def portal(tmp_path_factory: pytest.TempPathFactory) -> Portal:
    portal = build_portal(tmp_path_factory.mktemp("xss") / "data")
    admin = portal.client("admin")
    for i, text in enumerate([PAYLOAD, *HOSTILE]):
        r = admin.post(
            "/admin/users",
            data={
                "username": f"hostile{i}",
                "display_name": text,
                "role": "viewer",
                "password": "long enough password",
            },
            follow_redirects=False,
        )
        assert r.status_code == 303, r.text
    visitor = TestClient(portal.app, client=("192.0.2.1", 1))
    for text in [PAYLOAD, *HOSTILE]:
        visitor.post(
            "/login",
            data={"csrf_token": csrf_token(visitor), "username": text, "password": "x"},
        )
    return portal


def _assert_text_not_markup(html: str) -> None:
    assert_no_injected_markup(html)
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "{{7*7}}" in html  # shown as typed, not evaluated by a template


def test_hostile_display_names_render_as_text_on_the_users_page(portal: Portal) -> None:
    _assert_text_not_markup(portal.client("admin").get("/admin/users").text)


def test_hostile_login_names_render_as_text_on_the_audit_page(portal: Portal) -> None:
    html = portal.client("admin").get("/admin/audit?action=login.failure").text
    _assert_text_not_markup(html)
    assert html.count("login.failure") >= len(HOSTILE) + 1


def test_a_hostile_user_name_is_refused_and_echoed_only_as_text(portal: Portal) -> None:
    r = portal.client("admin").post(
        "/admin/users",
        data={"username": PAYLOAD, "role": "viewer", "password": "long enough password"},
    )
    assert r.status_code == 422
    _assert_text_not_markup(r.text)


def test_a_failed_login_echoes_the_name_only_as_text(portal: Portal) -> None:
    client = portal.client("anonymous")
    r = client.post(
        "/login",
        data={"csrf_token": csrf_token(client), "username": PAYLOAD, "password": "x"},
    )
    assert r.status_code in (401, 429)
    _assert_text_not_markup(r.text)


def test_a_hostile_next_parameter_stays_inside_its_attribute(portal: Portal) -> None:
    html = portal.client("anonymous").get("/login", params={"next": "/" + PAYLOAD}).text
    _assert_text_not_markup(html)


def test_hostile_token_names_render_as_text(portal: Portal) -> None:
    client = portal.client("viewer")
    r = client.post("/account/tokens", data={"name": PAYLOAD})
    assert r.status_code == 200
    _assert_text_not_markup(client.get("/account").text)
    html = portal.client("admin").get("/admin/audit?action=token.create").text
    _assert_text_not_markup(html)


def test_the_audit_csv_neutralises_formulas_and_keeps_the_text(portal: Portal) -> None:
    client = portal.client("anonymous")
    formula = '=HYPERLINK("http://evil.example","x")'
    client.post(
        "/login", data={"csrf_token": csrf_token(client), "username": formula, "password": "x"}
    )
    body = portal.client("admin").get("/admin/audit.csv").text
    rows = list(csv.reader(io.StringIO(body.lstrip("\ufeff"))))
    assert rows[0] == ["id", "at", "actor", "action", "target", "detail", "ip"]
    targets = [row[4] for row in rows[1:]]
    assert "'" + formula in targets and formula not in targets
    assert PAYLOAD in targets  # text, exactly as typed
    for row in rows[1:]:
        assert not any(cell.startswith(("=", "+", "-", "@")) for cell in row), row
