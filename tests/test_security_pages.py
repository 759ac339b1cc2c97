"""The sign-in, account and admin pages: every UI string in the catalogue, in
Thai and English, and the header shows who is signed in."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from helpers.portal import Portal, build_portal

from kmportal import messages

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = [
    *sorted((ROOT / "templates" / "auth").glob("*.html")),
    ROOT / "templates" / "admin" / "users.html",
    ROOT / "templates" / "admin" / "audit.html",
    ROOT / "templates" / "base.html",
]


def test_every_string_key_of_the_security_pages_is_in_the_catalogue() -> None:
    import kmportal.web.security  # noqa: F401  (registers the strings)

    used: set[str] = set()
    for path in TEMPLATES:
        source = path.read_text(encoding="utf-8")
        used |= set(re.findall(r"""\bt\(\s*["']([\w.]+)["']\s*[,)]""", source))
    used |= {f"auth.role.{r}" for r in ("viewer", "coordinator", "admin")}  # built with ~
    assert len(used) > 30, "few t() calls found: the scan is broken"
    assert sorted(k for k in used if not messages.has(k)) == []


@pytest.fixture(scope="module")
def portal(tmp_path_factory: pytest.TempPathFactory) -> Portal:
    return build_portal(tmp_path_factory.mktemp("pages") / "data")


def test_the_login_page_speaks_thai_first_and_english_on_request(portal: Portal) -> None:
    client = portal.client("anonymous")
    assert "<h1>เข้าสู่ระบบ</h1>" in client.get("/login").text
    client.cookies.set("lang", "en")
    assert "<h1>Sign in</h1>" in client.get("/login").text


def test_the_header_shows_who_is_signed_in_and_admin_links_only_to_admins(
    portal: Portal,
) -> None:
    anonymous = portal.client("anonymous").get("/docs").text
    assert 'href="/login?next=/docs"' in anonymous and 'action="/logout"' not in anonymous
    coordinator = portal.client("coordinator").get("/docs").text
    assert "ผู้ใช้: user-coordinator" in coordinator and 'action="/logout"' in coordinator
    assert 'href="/admin/users"' not in coordinator and 'href="/km"' in coordinator
    viewer = portal.client("viewer").get("/docs").text
    assert 'href="/km"' not in viewer  # no link to a page the viewer may not open
    admin = portal.client("admin").get("/docs").text
    assert 'href="/admin/users"' in admin and 'href="/admin/audit"' in admin


def test_an_htmx_request_without_a_session_is_sent_to_the_login_page(portal: Portal) -> None:
    r = portal.client("anonymous").get(
        "/km/plans/1", headers={"HX-Request": "true"}, follow_redirects=False
    )
    assert r.status_code == 401
    assert r.headers["hx-redirect"] == "/login?next=%2Fkm%2Fplans%2F1"
