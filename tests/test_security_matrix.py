"""Every route of the portal × every role: each gets exactly what it should.

``POLICY`` names, for each (method, path) of ``app.routes``, who may use it. A
route missing from it fails the test, so a new route cannot ship without a
decision. Anonymous visitors never reach KM data; reading the law is open to
them only while ``KMPORTAL_ANONYMOUS_READ`` is on.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.portal import ROLES, Portal, app_routes, build_portal, fill

PUBLIC = "public"  # anyone, signed in or not
READ = "read"  # anyone while anonymous read is on; else viewer and up
VIEWER = "viewer"
COORDINATOR = "coordinator"
ADMIN = "admin"
RANK = {"anonymous": 0, VIEWER: 1, COORDINATOR: 2, ADMIN: 3}

# (method, path) -> (who may, status for those who may on GET; None: any non-refusal)
POLICY: dict[tuple[str, str], tuple[str, int | None]] = {
    ("GET", "/healthz"): (PUBLIC, 200),
    ("GET", "/api/openapi.json"): (PUBLIC, 200),
    ("GET", "/static"): (PUBLIC, 200),
    ("GET", "/lang/{code}"): (PUBLIC, 303),
    ("GET", "/login"): (PUBLIC, 200),
    ("POST", "/login"): (PUBLIC, 401),  # no password given: refused, whoever asks
    ("POST", "/logout"): (PUBLIC, 303),
    # reading the law
    ("GET", "/"): (READ, 200),
    ("GET", "/search"): (READ, 200),
    ("GET", "/docs"): (READ, 200),
    ("GET", "/docs/{doc_id}"): (READ, 200),
    ("GET", "/handbook"): (READ, 200),
    ("GET", "/handbook/{doc_id}"): (READ, 200),
    ("GET", "/handbook/{doc_id}/{key}"): (READ, 200),
    ("GET", "/glossary"): (READ, 200),
    ("GET", "/api/search"): (READ, 200),
    ("GET", "/api/docs"): (READ, 200),
    ("GET", "/api/docs/{doc_id}"): (READ, 200),
    ("GET", "/api/docs/{doc_id}/sections/{section_key}"): (READ, 200),
    # the authority check: whoever may search
    ("GET", "/powers"): (READ, 200),
    ("GET", "/api/powers"): (READ, 200),
    ("POST", "/powers/sheet"): (READ, None),
    # one's own account
    ("GET", "/account"): (VIEWER, 200),
    ("POST", "/account/tokens"): (VIEWER, None),
    ("POST", "/account/tokens/{token_id}/revoke"): (VIEWER, None),
    # KM pages and API
    ("GET", "/km"): (COORDINATOR, 200),
    ("POST", "/km/example"): (COORDINATOR, None),
    ("GET", "/km/plans/new"): (COORDINATOR, 200),
    ("POST", "/km/plans"): (COORDINATOR, None),
    ("GET", "/km/plans/{plan_id}/edit"): (COORDINATOR, 200),
    ("POST", "/km/plans/{plan_id}/edit"): (COORDINATOR, None),
    ("GET", "/km/plans/{plan_id}"): (COORDINATOR, 200),
    ("GET", "/km/plans/{plan_id}/print"): (COORDINATOR, 200),
    ("GET", "/km/plans/{plan_id}/export"): (COORDINATOR, 200),
    ("GET", "/km/plans/{plan_id}/steps/{number}"): (COORDINATOR, 200),
    ("POST", "/km/plans/{plan_id}/steps/{number}/activities"): (COORDINATOR, None),
    ("POST", "/km/activities/{activity_id}/edit"): (COORDINATOR, None),
    ("POST", "/km/activities/{activity_id}/indicators"): (COORDINATOR, None),
    ("POST", "/km/indicators/{indicator_id}/edit"): (COORDINATOR, None),
    ("GET", "/km/indicators/{indicator_id}"): (COORDINATOR, 200),
    ("GET", "/km/indicators/{indicator_id}/logs/new"): (COORDINATOR, 200),
    ("POST", "/km/indicators/{indicator_id}/logs"): (COORDINATOR, None),
    ("GET", "/km/logs/{log_id}/edit"): (COORDINATOR, 200),
    ("POST", "/km/logs/{log_id}"): (COORDINATOR, None),
    ("GET", "/km/history"): (COORDINATOR, 200),
    ("GET", "/km/history.csv"): (COORDINATOR, 200),
    ("GET", "/km/evidence/{name}"): (COORDINATOR, 200),
    ("GET", "/km/km.css"): (COORDINATOR, 200),
    ("GET", "/api/km/plans"): (COORDINATOR, 200),
    ("POST", "/api/km/plans"): (COORDINATOR, None),
    ("POST", "/api/km/plans/load-example"): (COORDINATOR, None),
    ("GET", "/api/km/plans/{plan_id}"): (COORDINATOR, 200),
    ("PATCH", "/api/km/plans/{plan_id}"): (COORDINATOR, None),
    ("POST", "/api/km/plans/{plan_id}/steps/{number}/activities"): (COORDINATOR, None),
    ("PATCH", "/api/km/activities/{activity_id}"): (COORDINATOR, None),
    ("POST", "/api/km/activities/{activity_id}/indicators"): (COORDINATOR, None),
    ("GET", "/api/km/indicators/{indicator_id}"): (COORDINATOR, 200),
    ("PATCH", "/api/km/indicators/{indicator_id}"): (COORDINATOR, None),
    ("GET", "/api/km/indicators/{indicator_id}/logs"): (COORDINATOR, 200),
    ("POST", "/api/km/indicators/{indicator_id}/logs"): (COORDINATOR, None),
    ("PATCH", "/api/km/logs/{log_id}"): (COORDINATOR, None),
    ("DELETE", "/api/km/logs/{log_id}"): (COORDINATOR, None),
    ("GET", "/api/km/audit"): (COORDINATOR, 200),
    # administration
    ("GET", "/admin/users"): (ADMIN, 200),
    ("POST", "/admin/users"): (ADMIN, None),
    ("POST", "/admin/users/{username}/role"): (ADMIN, None),
    ("POST", "/admin/users/{username}/disable"): (ADMIN, None),
    ("POST", "/admin/users/{username}/enable"): (ADMIN, None),
    ("POST", "/admin/users/{username}/password"): (ADMIN, None),
    ("GET", "/admin/audit"): (ADMIN, 200),
    ("GET", "/admin/audit.csv"): (ADMIN, 200),
    ("GET", "/metrics"): (ADMIN, 200),
}
# Document upload (kmportal.web.routes.admin): admins only.
UPLOAD_POLICY: dict[tuple[str, str], tuple[str, int | None]] = {
    ("GET", "/admin/documents"): (ADMIN, 200),
    ("POST", "/admin/documents"): (ADMIN, None),
    ("POST", "/admin/documents/{doc_id}/replace"): (ADMIN, None),
    ("POST", "/admin/documents/{doc_id}/remove"): (ADMIN, None),
    ("GET", "/admin/documents/jobs/{job_id}"): (ADMIN, None),
}
FULL_POLICY = {**POLICY, **UPLOAD_POLICY}


def _url(method: str, path: str, params: dict[str, str]) -> str:
    if path == "/static":
        return "/static/css/portal.css"
    url = fill(path, params)
    if path == "/lang/{code}":
        url += "?next=/docs"
    if path == "/api/search":
        url += "?q=ประปา"
    if path in ("/api/powers", "/powers"):
        url += "?project=ประปา"
    return url


def expected_refusal(
    role: str, need: str, *, anonymous_read: bool, api_or_unsafe: bool
) -> int | None:
    """The status ``role`` must get, or None when it is let through."""
    if need == PUBLIC or (need == READ and anonymous_read):
        return None
    level = VIEWER if need == READ else need
    if RANK[role] >= RANK[level]:
        return None
    if role == "anonymous":
        return 401 if api_or_unsafe else 303
    return 403


@pytest.fixture(scope="module")
def portal(tmp_path_factory: pytest.TempPathFactory) -> Portal:
    return build_portal(tmp_path_factory.mktemp("matrix") / "data")


@pytest.fixture(scope="module")
def closed_portal(tmp_path_factory: pytest.TempPathFactory) -> Portal:
    return build_portal(tmp_path_factory.mktemp("closed") / "data", anonymous_read=False)


def test_every_route_has_a_decision_in_the_matrix(portal: Portal) -> None:
    routes = app_routes(portal)
    assert len(routes) > 50, "few routes found: the enumeration is broken"
    missing = [r for r in routes if r not in FULL_POLICY]
    assert not missing, f"routes without an entry in POLICY: {missing}"
    stale = [r for r in POLICY if r not in routes]
    assert not stale, f"POLICY names routes the app does not have: {stale}"


def test_a_route_without_an_entry_fails_the_matrix(portal: Portal) -> None:
    from fastapi import APIRouter

    router = APIRouter()

    @router.get("/brand-new")
    def brand_new() -> dict[str, str]:
        return {}

    portal.app.include_router(router)
    try:
        with pytest.raises(AssertionError, match="brand-new"):
            test_every_route_has_a_decision_in_the_matrix(portal)
    finally:
        portal.app.router.routes.pop()


def _run_matrix(portal: Portal, *, anonymous_read: bool) -> list[str]:
    failures: list[str] = []
    # What destroys fixtures (a log deleted) runs after everything else, signing
    # out last; each route is tried by every role before the next route.
    routes = sorted(app_routes(portal), key=lambda r: (r == ("POST", "/logout"), r[0] == "DELETE"))
    clients = {role: portal.client(role) for role in ROLES}
    for method, path in routes:
        for role, client in clients.items():
            need, ok_status = FULL_POLICY[(method, path)]
            url = _url(method, path, portal.params)
            api_or_unsafe = path.startswith("/api/") or method != "GET"
            r = client.request(method, url, follow_redirects=False)
            refusal = expected_refusal(
                role, need, anonymous_read=anonymous_read, api_or_unsafe=api_or_unsafe
            )
            where = f"{role} {method} {url}: {r.status_code}"
            if refusal is not None:
                if r.status_code != refusal:
                    failures.append(f"{where}, expected {refusal}")
                elif refusal == 303 and not r.headers["location"].startswith("/login?next="):
                    failures.append(f"{where} redirects to {r.headers['location']}, not /login")
            elif ok_status is not None:
                if r.status_code != ok_status:
                    failures.append(f"{where}, expected {ok_status}")
            elif r.status_code in (401, 403) or r.status_code >= 500:
                failures.append(f"{where}, expected to be let through")
            elif r.status_code == 303 and r.headers["location"].startswith("/login"):
                failures.append(f"{where} sent to the login page")
    return failures


def test_each_role_gets_exactly_what_it_should_on_every_route(portal: Portal) -> None:
    assert _run_matrix(portal, anonymous_read=True) == []


def test_without_anonymous_read_visitors_must_sign_in_even_to_search(
    closed_portal: Portal,
) -> None:
    assert _run_matrix(closed_portal, anonymous_read=False) == []


@pytest.mark.parametrize(
    "url", ["/km", "/api/km/plans", "/api/km/plans/1", "/km/history", "/api/km/audit"]
)
def test_anonymous_visitors_never_see_km_data(portal: Portal, url: str) -> None:
    r = portal.client("anonymous").get(url, follow_redirects=False)
    if url.startswith("/api/"):
        assert r.status_code == 401 and set(r.json()) == {"error"}
    else:
        assert r.status_code == 303 and r.headers["location"].startswith("/login?next=")
    assert "กองยุทธศาสตร์" not in r.text  # the example plan's unit


def test_a_page_refused_to_a_visitor_sends_them_to_login_and_back(portal: Portal) -> None:
    r = portal.client("anonymous").get("/km/history?entity=plan", follow_redirects=False)
    assert r.status_code == 303
    assert r.headers["location"] == "/login?next=%2Fkm%2Fhistory%3Fentity%3Dplan"


def test_matrix_fixture_paths_exist(portal: Portal) -> None:
    # The fill values must name real things, or "200 for the allowed" proves little.
    admin = portal.client("admin")
    for url in ("/docs/pao", "/handbook/hb/p2", f"/km/plans/{portal.params['plan_id']}"):
        assert admin.get(url).status_code == 200, url
    assert Path(portal.settings.data_dir).is_dir()
