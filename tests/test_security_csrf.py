"""CSRF: every POST/PUT/PATCH/DELETE without the token, with a wrong one, or from
another site is refused with 403 and changes nothing; forms, htmx and
multipart uploads with the token work; Bearer scripts need none. And crawling
every GET route changes no row."""

from __future__ import annotations

import io
import re

import pytest
from fastapi.testclient import TestClient
from helpers.auth import api_token
from helpers.portal import Portal, app_routes, build_portal, fill

from kmportal.web.security.csrf import MAX_FORM_BYTES

UNSAFE = ("POST", "PUT", "PATCH", "DELETE")
EVIL = "http://evil.example"


@pytest.fixture(scope="module")
def portal(tmp_path_factory: pytest.TempPathFactory) -> Portal:
    return build_portal(tmp_path_factory.mktemp("csrf") / "data")


def _unsafe_routes(portal: Portal) -> list[tuple[str, str]]:
    routes = [(m, fill(p, portal.params)) for m, p in app_routes(portal) if m in UNSAFE]
    assert len(routes) > 25, "few state-changing routes found: the enumeration is broken"
    return routes


@pytest.mark.parametrize(
    "case",
    ["no token", "wrong token", "foreign origin", "foreign referer", "null origin", "no cookie"],
)
def test_every_state_changing_route_refuses_a_forged_request_and_changes_nothing(
    portal: Portal, case: str
) -> None:
    admin = portal.client("admin")
    token = admin.headers["X-CSRF-Token"]
    before = portal.dump()
    failures = []
    for method, url in _unsafe_routes(portal):
        headers = {"X-CSRF-Token": token}
        if case == "no token":
            headers = {}
        elif case == "wrong token":
            headers = {"X-CSRF-Token": "A" * 43}
        elif case == "foreign origin":
            headers["Origin"] = EVIL
        elif case == "foreign referer":
            headers["Referer"] = f"{EVIL}/page"
        elif case == "null origin":
            headers["Origin"] = "null"
        client = admin
        if case == "no cookie":
            # The session but not the CSRF cookie the token must match.
            client = TestClient(portal.app)
            client.cookies.set("kmportal_session", admin.cookies["kmportal_session"])
        del admin.headers["X-CSRF-Token"]
        try:
            r = client.request(method, url, headers=headers, follow_redirects=False)
        finally:
            admin.headers["X-CSRF-Token"] = token
        if r.status_code != 403:
            failures.append(f"{method} {url}: {r.status_code}")
    assert failures == []
    assert portal.dump() == before


def test_a_refused_form_says_why_in_the_portals_own_page(portal: Portal) -> None:
    admin = portal.client("admin")
    del admin.headers["X-CSRF-Token"]
    r = admin.post("/km/example", follow_redirects=False)
    assert r.status_code == 403
    assert "กรุณาโหลดหน้าใหม่" in r.text and "<html" in r.text
    api = admin.post("/api/km/plans", json={})
    assert api.status_code == 403 and set(api.json()) == {"error"}


def test_a_plain_form_with_the_hidden_field_works_without_javascript(portal: Portal) -> None:
    coordinator = portal.client("coordinator")
    token = coordinator.headers.pop("X-CSRF-Token")
    page = coordinator.get("/km")
    assert f'<input type="hidden" name="csrf_token" value="{token}">' in page.text
    r = coordinator.post("/km/example", data={"csrf_token": token}, follow_redirects=False)
    assert r.status_code == 303


def test_every_post_form_on_the_km_pages_carries_the_token_first(portal: Portal) -> None:
    coordinator = portal.client("coordinator")
    p = portal.params
    pages = [
        "/km",
        "/km/plans/new",
        f"/km/plans/{p['plan_id']}/edit",
        f"/km/plans/{p['plan_id']}/steps/1",
        f"/km/indicators/{p['indicator_id']}/logs/new",
        f"/km/logs/{p['log_id']}/edit",
    ]
    forms = 0
    for url in pages:
        html = coordinator.get(url).text
        for form in re.findall(r'<form[^>]*method="post"[^>]*>\s*(<[^>]*>)', html):
            forms += 1
            assert form.startswith('<input type="hidden" name="csrf_token"'), (url, form)
    assert forms >= 6


def test_htmx_pages_put_the_token_in_hx_headers(portal: Portal) -> None:
    viewer = portal.client("viewer")
    token = viewer.headers["X-CSRF-Token"]
    html = viewer.get("/docs").text
    assert f"""<body hx-headers='{{"X-CSRF-Token": "{token}"}}'>""" in html


def _multipart_log(token_first: str | None, padding: int = 0) -> tuple[bytes, str]:
    boundary = "kmportaltestboundary"
    parts = []
    if token_first is not None:
        parts.append(("csrf_token", None, token_first.encode()))
    fields = {"date": "2021-03-11", "invited": "10", "attended": "9", "description": "ประชุม"}
    parts += [(k, None, v.encode()) for k, v in fields.items()]
    parts.append(("entered_by", None, "สมศรี".encode()))
    parts.append(("evidence_upload", "notes.txt", b"x" * padding or b"notes"))
    body = io.BytesIO()
    for name, filename, value in parts:
        body.write(f"--{boundary}\r\n".encode())
        disposition = f'Content-Disposition: form-data; name="{name}"'
        if filename:
            disposition += f'; filename="{filename}"\r\nContent-Type: text/plain'
        body.write(disposition.encode() + b"\r\n\r\n" + value + b"\r\n")
    body.write(f"--{boundary}--\r\n".encode())
    return body.getvalue(), f"multipart/form-data; boundary={boundary}"


def test_a_multipart_form_with_the_hidden_field_first_is_accepted(portal: Portal) -> None:
    coordinator = portal.client("coordinator")
    token = coordinator.headers.pop("X-CSRF-Token")
    body, ctype = _multipart_log(token)
    r = coordinator.post(
        f"/km/indicators/{portal.params['indicator_id']}/logs",
        content=body,
        headers={"Content-Type": ctype},
        follow_redirects=False,
    )
    assert r.status_code == 303, r.text


def test_a_multipart_body_without_the_token_up_front_needs_the_header(portal: Portal) -> None:
    coordinator = portal.client("coordinator")
    token = coordinator.headers.pop("X-CSRF-Token")
    url = f"/km/indicators/{portal.params['indicator_id']}/logs"
    body, ctype = _multipart_log(None, padding=200_000)
    refused = coordinator.post(url, content=body, headers={"Content-Type": ctype})
    assert refused.status_code == 403
    sent = coordinator.post(
        url,
        content=body,
        headers={"Content-Type": ctype, "X-CSRF-Token": token},
        follow_redirects=False,
    )
    assert sent.status_code == 303


def test_an_oversized_form_body_is_refused_before_it_is_read(portal: Portal) -> None:
    coordinator = portal.client("coordinator")
    coordinator.headers.pop("X-CSRF-Token")
    r = coordinator.post(
        "/km/plans",
        content=b"unit=" + b"x" * (MAX_FORM_BYTES + 10),
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert r.status_code == 413


def test_a_bearer_script_needs_no_csrf_token(portal: Portal) -> None:
    portal.client("coordinator")  # makes sure the account exists
    token = api_token(portal.settings, "user-coordinator")
    script = TestClient(portal.app)
    r = script.post(
        "/api/km/plans/load-example",
        json={"entered_by": "script"},
        headers={"Authorization": f"Bearer {token}"},
    )
    assert r.status_code == 200  # already loaded by the fixture: nothing new
    anonymous = script.post("/api/km/plans/load-example", json={})
    assert anonymous.status_code == 403  # no Bearer: the CSRF check applies


def test_a_login_form_needs_the_token_too(portal: Portal) -> None:
    c = TestClient(portal.app)
    r = c.post("/login", data={"username": "user-admin", "password": "wrong-Pa55-for-csrf"})
    assert r.status_code == 403


def test_crawling_every_get_route_as_admin_changes_no_row(portal: Portal) -> None:
    admin = portal.client("admin")
    p = portal.params
    urls = [
        fill(path, p) if path != "/static" else "/static/css/portal.css"
        for method, path in app_routes(portal)
        if method == "GET"
    ]
    urls += [
        "/search?q=ประปา",
        "/?q=มาตรา 45&kind=act",
        "/api/search?q=ประปา",
        "/docs/pao?hl=s45",
        "/lang/th?next=/docs",
        f"/km/plans/{p['plan_id']}/export?format=csv",
        f"/km/indicators/{p['indicator_id']}/logs/new?where=step",
        "/km/history?entity=plan",
        "/admin/audit?action=login.success",
        "/admin/audit.csv?action=login.failure",
    ]
    before = portal.dump()
    statuses = {url: admin.get(url, follow_redirects=False).status_code for url in urls}
    assert portal.dump() == before
    assert sum(s == 200 for s in statuses.values()) > 40, statuses


def test_no_state_changing_route_answers_a_get(portal: Portal) -> None:
    routes = app_routes(portal)
    gets = {path for method, path in routes if method == "GET"}
    admin = portal.client("admin")
    for method, path in routes:
        if method in UNSAFE and path not in gets:
            r = admin.get(fill(path, portal.params), follow_redirects=False)
            # 405, or 422 where a GET route's pattern matches (load-example as plan_id)
            assert r.status_code in (405, 422), (method, path, r.status_code)


@pytest.mark.parametrize("header", ["Bearer", "Bearer ", "bearer  ", "Bearer not-a-token"])
def test_a_bearer_header_never_lets_the_session_cookie_skip_the_csrf_check(
    portal: Portal, header: str
) -> None:
    coordinator = portal.client("coordinator")
    coordinator.headers.pop("X-CSRF-Token")
    before = portal.dump()
    r = coordinator.post(
        "/api/km/plans", json={"unit": "x"}, headers={"Authorization": header, "Origin": EVIL}
    )
    assert r.status_code == 401
    assert portal.dump() == before
