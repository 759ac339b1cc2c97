"""The audit trail records who did what, when and from where — logins, user
changes, tokens and KM changes — and admins read and export it."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from helpers.auth import sign_in
from helpers.portal import Portal, build_portal
from sqlmodel import Session

from kmportal.auth import audit
from kmportal.db import make_engine


@pytest.fixture
def portal(tmp_path: Path) -> Portal:
    return build_portal(tmp_path / "data")


def _entries(portal: Portal, action: str) -> list[audit.AuditEntry]:
    engine = make_engine(portal.settings)
    try:
        with Session(engine) as s:
            return audit.list_entries(s, action=action)
    finally:
        engine.dispose()


def test_a_km_change_is_audited_with_the_account_and_address(portal: Portal) -> None:
    before = len(_entries(portal, "km.change"))
    coordinator = TestClient(portal.app, client=("10.9.8.7", 1))
    sign_in(coordinator, username="user-coordinator")
    r = coordinator.patch(
        f"/api/km/plans/{portal.params['plan_id']}",
        json={"km_goal": "เป้าหมายใหม่", "entered_by": "สมศรี"},
    )
    assert r.status_code == 200
    refused = coordinator.post("/api/km/plans", json={})
    assert refused.status_code == 422
    entries = _entries(portal, "km.change")
    assert len(entries) == before + 1  # the refused one changed nothing: not recorded
    e = entries[0]
    assert (e.actor, e.ip, e.target) == (
        "user-coordinator",
        "10.9.8.7",
        f"/api/km/plans/{portal.params['plan_id']}",
    )
    assert '"method": "PATCH"' in e.detail


def test_admins_read_the_trail_newest_first_and_page_through_it(portal: Portal) -> None:
    admin = portal.client("admin")
    for i in range(105):
        admin.post("/account/tokens", data={"name": f"token {i:03d}"})
    first = admin.get("/admin/audit?action=token.create").text
    assert "token 104" in first and "token 004" not in first
    assert 'href="/admin/audit?page=1&amp;action=token.create"' in first
    second = admin.get("/admin/audit?action=token.create&page=1").text
    assert "token 004" in second and "token 104" not in second


def test_the_csv_export_has_every_entry(portal: Portal) -> None:
    admin = portal.client("admin")
    r = admin.get("/admin/audit.csv")
    assert r.headers["content-type"].startswith("text/csv")
    assert "attachment" in r.headers["content-disposition"]
    rows = list(csv.reader(io.StringIO(r.text.lstrip("\ufeff"))))
    actions = {row[3] for row in rows[1:]}
    assert {"user.create", "login.success", "km.change"} <= actions
    engine = make_engine(portal.settings)
    with Session(engine) as s:
        assert len(rows) - 1 == audit.count_entries(s)
    engine.dispose()


def test_only_admins_see_the_trail(portal: Portal) -> None:
    for role in ("viewer", "coordinator"):
        assert portal.client(role).get("/admin/audit").status_code == 403
        assert portal.client(role).get("/admin/audit.csv").status_code == 403
