"""A portal with something behind every route, for the security tests: law
documents (a stand-in search service), the KM example plan with a log and an
evidence file, one account per role, and a target account for admin actions."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from fastapi import FastAPI
from fastapi.routing import iter_route_contexts
from fastapi.testclient import TestClient
from sqlalchemy import text
from sqlmodel import Session
from starlette.routing import Mount

from helpers.auth import PASSWORD, create_account, csrf_token, sign_in
from helpers.web import FakeService, add_act_and_handbook
from kmportal.auth.models import Role
from kmportal.db import make_engine, prepare_database
from kmportal.settings import Settings
from kmportal.web.app import create_app

ROLES = ("anonymous", "viewer", "coordinator", "admin")
TARGET_USER = "target-user"


@dataclass
class Portal:
    app: FastAPI
    settings: Settings
    params: dict[str, str] = field(default_factory=dict)

    def client(self, role: str) -> TestClient:
        """A client signed in as ``role`` (or anonymous), sending its CSRF header."""
        c = TestClient(self.app, raise_server_exceptions=False)
        if role == "anonymous":
            c.headers["X-CSRF-Token"] = csrf_token(c)
        else:
            sign_in(c, Role(role), username=f"user-{role}")
        return c

    def dump(self) -> dict[str, list[tuple[object, ...]]]:
        """Every row of every table, to tell whether anything changed."""
        engine = make_engine(self.settings)
        try:
            with engine.connect() as conn:
                names = [
                    r[0]
                    for r in conn.execute(
                        text("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
                    )
                ]
                return {
                    name: [tuple(row) for row in conn.execute(text(f'SELECT * FROM "{name}"'))]
                    for name in names
                }
        finally:
            engine.dispose()


def build_portal(data_dir: Path, **overrides: object) -> Portal:
    settings = Settings(data_dir=data_dir, **overrides)  # type: ignore[arg-type]
    engine = prepare_database(settings)
    with Session(engine) as s:
        add_act_and_handbook(s)
        s.commit()
    app = create_app(settings, service=FakeService(engine))
    create_account(settings, TARGET_USER, Role.viewer, PASSWORD)
    portal = Portal(app=app, settings=settings)

    seeder = portal.client("coordinator")
    plan_id = seeder.post("/api/km/plans/load-example", json={"entered_by": "seed"}).json()[
        "plan_id"
    ]
    plan = seeder.get(f"/api/km/plans/{plan_id}").json()
    activity = plan["steps"][0]["activities"][0]
    indicator_id = activity["indicators"][0]["id"]
    log = seeder.post(
        f"/api/km/indicators/{indicator_id}/logs",
        json={
            "date": "2021-03-10",
            "invited": 18,
            "attended": 14,
            "description": "ประชุม",
            "entered_by": "seed",
        },
    )
    assert log.status_code == 201, log.text
    with_file = seeder.post(
        f"/km/indicators/{indicator_id}/logs",
        data={"date": "2021-03-11", "invited": "5", "attended": "5", "description": "สรุป"},
        files={"evidence_upload": ("minutes.txt", b"minutes", "text/plain")},
    )
    assert with_file.status_code == 200, with_file.text
    logged = seeder.get(f"/api/km/indicators/{indicator_id}/logs").json()
    name = next(x["evidence_file"] for x in logged if x["evidence_file"])
    portal.params = {
        "plan_id": str(plan_id),
        "number": "1",
        "activity_id": str(activity["id"]),
        "indicator_id": str(indicator_id),
        "log_id": str(log.json()["log"]["id"]),
        "doc_id": "pao",
        "section_key": "s45",
        "key": "p2",
        "name": name,
        "code": "en",
        "username": TARGET_USER,
        "token_id": "999999",
        "job_id": "no-such-job",
    }
    return portal


def fill(path: str, params: dict[str, str]) -> str:
    """The route's path with its parameters filled in (handbook routes get the handbook)."""
    values = dict(params)
    if path.startswith("/handbook/"):
        values["doc_id"] = "hb"
    if path.startswith("/admin/documents/"):
        values["doc_id"] = "no-such-doc"  # never remove the fixture's documents
    for name, value in values.items():
        path = path.replace("{" + name + "}", value)
    assert "{" not in path, f"no fixture value for a parameter of {path}"
    return path


def app_routes(portal: Portal) -> list[tuple[str, str]]:
    """(method, path) of every route, included routers flattened; a mount is a GET."""
    found: list[tuple[str, str]] = []
    for ctx in iter_route_contexts(portal.app.routes):
        assert ctx.path is not None, f"a route without a path: {ctx!r}"
        if isinstance(ctx.original_route, Mount):
            found.append(("GET", ctx.path))
        else:
            assert ctx.methods, f"a route without methods: {ctx!r}"
            found += [(m, ctx.path) for m in sorted(ctx.methods) if m != "HEAD"]
    return found
