"""Every response carries the security headers — pages, API, redirects, static
files, 401/403/404/413/429 and a crash's 500 — and production mode hides the
API schema and every traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from helpers.portal import Portal, build_portal

from kmportal.web.security.headers import CSP

EXPECTED = {
    "content-security-policy": CSP,
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "same-origin",
}


def assert_security_headers(r) -> None:  # type: ignore[no-untyped-def]
    for name, value in EXPECTED.items():
        assert r.headers.get_list(name) == [value], (r.request.url, r.status_code, name)


def test_the_csp_allows_no_inline_script_or_style() -> None:
    directives = dict(d.strip().split(" ", 1) for d in CSP.split(";"))
    assert directives["script-src"] == "'self'" and directives["style-src"] == "'self'"
    assert "unsafe" not in CSP
    assert directives["frame-ancestors"] == "'none'" and directives["object-src"] == "'none'"


@pytest.fixture(scope="module")
def portal(tmp_path_factory: pytest.TempPathFactory) -> Portal:
    return build_portal(tmp_path_factory.mktemp("headers") / "data")


@pytest.mark.parametrize(
    ("role", "method", "url", "status"),
    [
        ("anonymous", "GET", "/", 200),
        ("anonymous", "GET", "/api/search?q=ประปา", 200),
        ("anonymous", "GET", "/static/css/portal.css", 200),
        ("anonymous", "GET", "/static/vendor/htmx.min.js", 200),
        ("anonymous", "GET", "/static/no-such-file.js", 404),
        ("anonymous", "GET", "/no-such-page", 404),
        ("anonymous", "GET", "/api/docs/no-such-doc", 404),
        ("anonymous", "GET", "/km", 303),
        ("anonymous", "GET", "/api/km/plans", 401),
        ("viewer", "GET", "/km", 403),
        ("anonymous", "POST", "/logout", 303),
        ("anonymous", "GET", "/healthz", 200),
        ("coordinator", "GET", "/km/km.css", 200),
        ("coordinator", "GET", "/km/plans/1/export?format=csv", 200),
        ("admin", "GET", "/admin/audit.csv", 200),
    ],
)
def test_headers_are_on_every_kind_of_answer(
    portal: Portal, role: str, method: str, url: str, status: int
) -> None:
    r = portal.client(role).request(method, url, follow_redirects=False)
    assert r.status_code == status
    assert_security_headers(r)


def test_headers_are_on_a_refused_forgery_and_an_oversized_form(portal: Portal) -> None:
    client = portal.client("coordinator")
    client.headers.pop("X-CSRF-Token")
    forged = client.post("/km/example")
    assert forged.status_code == 403
    assert_security_headers(forged)
    big = client.post(
        "/km/plans",
        content=b"x" * 2_000_000,
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert big.status_code == 413
    assert_security_headers(big)


def test_headers_are_on_a_throttled_login(tmp_path: Path) -> None:
    portal = build_portal(tmp_path / "data")
    client = portal.client("anonymous")
    for _ in range(11):
        r = client.post("/login", data={"username": "user-admin", "password": "wrong password"})
    assert r.status_code == 429
    assert_security_headers(r)


def _crashing(tmp_path: Path, mode: str) -> TestClient:
    portal = build_portal(tmp_path / "data", mode=mode)
    service = portal.app.state.holder.get()
    service.fail_with = RuntimeError("secret internals /srv/km/traceback.py")
    return TestClient(portal.app, raise_server_exceptions=False)


@pytest.mark.parametrize("mode", ["development", "production"])
def test_a_crash_is_a_500_with_headers_and_without_a_traceback(tmp_path: Path, mode: str) -> None:
    client = _crashing(tmp_path, mode)
    for url in ("/search?q=ประปา", "/api/search?q=ประปา"):
        r = client.get(url)
        assert r.status_code == 500
        assert_security_headers(r)
        assert "secret internals" not in r.text and "Traceback" not in r.text


def test_production_mode_serves_no_api_schema_or_docs(tmp_path: Path) -> None:
    portal = build_portal(tmp_path / "data", mode="production")
    client = portal.client("admin")
    for url in ("/api/openapi.json", "/openapi.json", "/redoc", "/api/docs/swagger"):
        r = client.get(url)
        assert r.status_code == 404, url
        assert_security_headers(r)
    dev = build_portal(tmp_path / "dev", mode="development")
    assert dev.client("anonymous").get("/api/openapi.json").status_code == 200
