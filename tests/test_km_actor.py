"""Issue 16: the actor of every KM change is the signed-in account, whatever a
form, a JSON body or a query string says; a typed name is kept only as
"recorded on behalf of". The KM history page and its CSV show both."""

from __future__ import annotations

import csv
import io
from typing import Any

import pytest
from fastapi.testclient import TestClient
from helpers.auth import api_token, create_account, sign_in
from sqlmodel import Session

from kmportal.auth.models import Role
from kmportal.db import make_engine
from kmportal.settings import Settings

OTHER = "ผู้อื่น"
# Every way a request could try to name someone else as the actor.
SPOOF: dict[str, Any] = {
    "entered_by": OTHER,
    "actor": OTHER,
    "actor_id": 999,
    "user_id": 999,
    "by": OTHER,
}
SPOOF_QUERY = {"by": OTHER, "actor": OTHER, "entered_by": OTHER, "actor_id": "999"}
HX = {"HX-Request": "true"}


@pytest.fixture
def somchai(client: TestClient, settings: Settings) -> int:
    """Sign ``client`` in as a coordinator with a display name; returns the account id."""
    user_id = create_account(settings, "somchai", Role.coordinator, display_name="สมชาย ใจดี")
    sign_in(client, Role.coordinator, username="somchai")
    return user_id


def _history(client: TestClient) -> list[dict[str, Any]]:
    entries: list[dict[str, Any]] = client.get("/api/km/audit").json()
    return entries


def _first_indicator(plan: dict[str, Any], step: int = 1) -> dict[str, Any]:
    ind: dict[str, Any] = plan["steps"][step - 1]["activities"][0]["indicators"][0]
    return ind


def test_no_form_json_or_query_string_can_name_another_actor(
    client: TestClient, somchai: int
) -> None:
    # JSON, with every spoofing field and query parameter.
    r = client.post("/api/km/plans/load-example", json=SPOOF, params=SPOOF_QUERY)
    assert r.status_code == 201
    plan = client.get(f"/api/km/plans/{r.json()['plan_id']}").json()
    ind = _first_indicator(plan)
    r = client.patch(
        f"/api/km/plans/{plan['id']}", json={"km_goal": "ใหม่", **SPOOF}, params=SPOOF_QUERY
    )
    assert r.status_code == 200
    r = client.post(
        f"/api/km/plans/{plan['id']}/steps/2/activities",
        json={"description": "อบรม", "start": "2564-01", "end": "2564-02", **SPOOF},
        params=SPOOF_QUERY,
    )
    assert r.status_code == 201
    act_id = r.json()["id"]
    assert client.patch(f"/api/km/activities/{act_id}", json={"end": "2564-03", **SPOOF}).is_success
    r = client.post(
        f"/api/km/activities/{act_id}/indicators",
        json={"name": "ผู้เข้าอบรม", "type": "participation", "comparison": ">", "target": 80} | SPOOF,
    )
    assert r.status_code == 201
    assert client.patch(f"/api/km/indicators/{ind['id']}", json={"target": 75, **SPOOF}).is_success
    body = {"date": "2021-03-10", "invited": 18, "attended": 14, "description": "ประชุม"}
    r = client.post(f"/api/km/indicators/{ind['id']}/logs", json=body | SPOOF, params=SPOOF_QUERY)
    assert r.status_code == 201
    log = r.json()["log"]
    assert (log["entered_by"], log["entered_by_id"], log["on_behalf_of"]) == (
        "สมชาย ใจดี",
        somchai,
        OTHER,
    )
    assert client.patch(f"/api/km/logs/{log['id']}", json={"attended": 15, **SPOOF}).is_success
    assert client.delete(f"/api/km/logs/{log['id']}", params=SPOOF_QUERY).is_success

    # The forms, with the same fields.
    form = {k: str(v) for k, v in SPOOF.items()}
    r = client.post(
        "/km/plans",
        data={"unit": "กองคลัง", "fiscal_year": "2567", "km_goal": "ลดข้อผิดพลาด", **form},
        params=SPOOF_QUERY,
        follow_redirects=False,
    )
    assert r.status_code == 303
    r = client.post(
        f"/km/indicators/{ind['id']}/logs",
        data={**{k: str(v) for k, v in body.items()}, **form},
        params=SPOOF_QUERY,
        headers=HX,
    )
    assert r.status_code == 200
    form_log = client.get(f"/api/km/indicators/{ind['id']}/logs").json()[0]
    assert (form_log["entered_by"], form_log["entered_by_id"]) == ("สมชาย ใจดี", somchai)
    r = client.post(
        f"/km/logs/{form_log['id']}",
        data={"action": "delete", "where": "step", **form},
        params=SPOOF_QUERY,
        headers=HX,
    )
    assert r.status_code == 200

    entries = _history(client)
    assert len(entries) > 20  # the example plan, and every change above
    assert {(e["actor"], e["actor_id"]) for e in entries} == {("สมชาย ใจดี", somchai)}
    # The typed name is kept as a note (a DELETE has no body, so none there).
    assert {e["on_behalf_of"] for e in entries} == {OTHER, ""}
    assert {e["action"] for e in entries} >= {"create", "update", "delete", "load"}


def test_an_api_token_acts_as_its_account(
    client: TestClient, settings: Settings, somchai: int
) -> None:
    bearer = TestClient(client.app)
    bearer.headers["Authorization"] = f"Bearer {api_token(settings, 'somchai')}"
    r = bearer.post("/api/km/plans/load-example", json={"entered_by": OTHER})
    assert r.status_code == 201
    assert {(e["actor"], e["actor_id"]) for e in _history(client)} == {("สมชาย ใจดี", somchai)}


def test_the_history_page_and_csv_show_the_account_and_the_on_behalf_of_text(
    client: TestClient, somchai: int
) -> None:
    client.post("/api/km/plans/load-example", json={"on_behalf_of": "=HYPERLINK(1)"})
    page = client.get("/km/history").text
    assert "สมชาย ใจดี" in page and f"บัญชี #{somchai}" in page
    assert "บันทึกแทน =HYPERLINK(1)" in page
    r = client.get("/km/history.csv")
    assert r.headers["content-disposition"].startswith("attachment")
    rows = list(csv.DictReader(io.StringIO(r.text.lstrip("\ufeff"))))
    assert rows and all(row["actor"] == "สมชาย ใจดี" for row in rows)
    assert all(row["actor_id"] == str(somchai) for row in rows)
    assert all(row["on_behalf_of"] == "'=HYPERLINK(1)" for row in rows)  # never a formula


def test_rows_from_before_accounts_keep_their_typed_name_marked_as_such(
    client: TestClient, settings: Settings, somchai: int
) -> None:
    from kmportal.km.models import AuditEntry

    engine = make_engine(settings)
    try:
        with Session(engine) as session:
            session.add(AuditEntry(actor="ชื่อที่พิมพ์เอง", action="create", entity="plan"))
            session.commit()
    finally:
        engine.dispose()
    old = next(e for e in _history(client) if e["actor"] == "ชื่อที่พิมพ์เอง")
    assert old["actor_id"] is None
    assert "ชื่อที่พิมพ์ (ก่อนมีบัญชีผู้ใช้)" in client.get("/km/history").text
