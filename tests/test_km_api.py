"""The KM JSON API under /api/km, through the real app."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient
from helpers.auth import sign_in

from kmportal.auth.models import Role


@pytest.fixture(autouse=True)
def _coordinator(client: TestClient) -> None:
    sign_in(client, Role.coordinator)


@pytest.fixture
def plan(client: TestClient) -> dict[str, Any]:
    r = client.post("/api/km/plans/load-example", json={"entered_by": "ผู้ทดสอบ"})
    assert r.status_code == 201
    return client.get(f"/api/km/plans/{r.json()['plan_id']}").json()


def _ind(plan: dict[str, Any], step: int) -> dict[str, Any]:
    ind: dict[str, Any] = plan["steps"][step - 1]["activities"][0]["indicators"][0]
    return ind


def _log(**over: object) -> dict[str, object]:
    body: dict[str, object] = {"date": "2021-03-10", "description": "ประชุม", "entered_by": "สมศรี"}
    body.update(over)
    return body


def test_plans_list_is_empty_then_has_the_example(client: TestClient) -> None:
    assert client.get("/api/km/plans").json() == []
    client.post("/api/km/plans/load-example", json={})
    plans = client.get("/api/km/plans").json()
    assert [(p["unit"], p["fiscal_year"], p["n_indicators"]) for p in plans] == [
        ("กองยุทธศาสตร์และงบประมาณ", 2564, 7)
    ]


def test_loading_the_example_twice_answers_200_the_second_time(client: TestClient) -> None:
    first = client.post("/api/km/plans/load-example", json={})
    second = client.post("/api/km/plans/load-example", json={})
    assert (first.status_code, second.status_code) == (201, 200)
    assert second.json() == {"plan_id": first.json()["plan_id"], "created": False}


def test_plan_detail_nests_steps_activities_indicators_with_target_actual_met(
    plan: dict[str, Any],
) -> None:
    assert [s["number"] for s in plan["steps"]] == list(range(1, 8))
    ind = _ind(plan, 1)
    assert {"target", "actual", "met"} <= set(ind)
    assert (ind["target"], ind["actual"], ind["met"], ind["status"]) == (
        70.0,
        None,
        None,
        "no_data",
    )


def test_posting_a_log_returns_it_with_the_recomputed_indicator(
    client: TestClient, plan: dict[str, Any]
) -> None:
    r = client.post(
        f"/api/km/indicators/{_ind(plan, 1)['id']}/logs", json=_log(invited=18, attended=14)
    )
    assert r.status_code == 201
    body = r.json()
    assert body["log"]["raw"] == {"attended": 14, "invited": 18}
    assert (body["indicator"]["actual"], body["indicator"]["met"]) == (77.8, True)


@pytest.mark.parametrize(
    ("body", "words"),
    [
        (_log(invited=18, attended=20), "มากกว่าผู้ได้รับเชิญ"),
        (_log(invited=-1, attended=0), "ต้องไม่ติดลบ"),
        (_log(invited=18), "กรุณาระบุผู้เข้าร่วม"),
        (_log(invited=18, attended=1.5), "ต้องเป็นจำนวนเต็ม"),
    ],
)
def test_an_invalid_log_is_422_with_the_thai_message_and_not_stored(
    client: TestClient, plan: dict[str, Any], body: dict[str, object], words: str
) -> None:
    ind_id = _ind(plan, 1)["id"]
    r = client.post(f"/api/km/indicators/{ind_id}/logs", json=body)
    assert r.status_code == 422
    assert words in r.json()["error"]
    assert client.get(f"/api/km/indicators/{ind_id}/logs").json() == []


def test_a_log_for_an_unknown_indicator_is_404_in_thai(client: TestClient) -> None:
    r = client.post("/api/km/indicators/999/logs", json=_log(invited=1, attended=1))
    assert r.status_code == 404 and "ไม่พบตัวชี้วัด" in r.json()["error"]


def test_an_unknown_plan_is_404_in_thai(client: TestClient) -> None:
    r = client.get("/api/km/plans/999")
    assert r.status_code == 404 and "ไม่พบแผน" in r.json()["error"]


def test_editing_and_deleting_a_log_recompute_the_indicator(
    client: TestClient, plan: dict[str, Any]
) -> None:
    ind_id = _ind(plan, 2)["id"]
    log_id = client.post(
        f"/api/km/indicators/{ind_id}/logs", json=_log(checked=50, correct=43)
    ).json()["log"]["id"]
    r = client.patch(f"/api/km/logs/{log_id}", json={"correct": 35, "entered_by": "สมหญิง"})
    assert r.status_code == 200
    assert (r.json()["indicator"]["actual"], r.json()["indicator"]["met"]) == (70.0, False)
    r = client.delete(f"/api/km/logs/{log_id}", params={"by": "สมหญิง"})
    assert r.status_code == 200 and r.json()["indicator"]["status"] == "no_data"
    actions = [
        e["action"]
        for e in client.get("/api/km/audit", params={"entity": "log", "entity_id": log_id}).json()
    ]
    assert actions == ["delete", "update", "create"]


def test_a_plan_is_created_with_activities_and_indicators(client: TestClient) -> None:
    r = client.post(
        "/api/km/plans",
        json={
            "unit": "กองคลัง",
            "fiscal_year": 2567,
            "km_goal": "ลดข้อผิดพลาดการเบิกจ่าย",
            "entered_by": "ก",
        },
    )
    assert r.status_code == 201
    plan_id = r.json()["id"]
    r = client.post(
        f"/api/km/plans/{plan_id}/steps/1/activities",
        json={"description": "ประชุม", "start": "2567-01", "end": "2567-02", "entered_by": "ก"},
    )
    assert r.status_code == 201
    r = client.post(
        f"/api/km/activities/{r.json()['id']}/indicators",
        json={
            "name": "ผู้เข้าร่วม",
            "type": "participation",
            "comparison": "≥",
            "target": 80,
            "entered_by": "ก",
        },
    )
    assert r.status_code == 201 and r.json()["target_display"] == "≥ 80%"
    step = client.get(f"/api/km/plans/{plan_id}").json()["steps"][0]
    assert step["period_th"] == "ม.ค. - ก.พ. 2567"


def test_a_percentage_target_of_150_is_422_and_not_stored(
    client: TestClient, plan: dict[str, Any]
) -> None:
    act_id = _ind(plan, 1)["activity_id"]
    r = client.post(
        f"/api/km/activities/{act_id}/indicators",
        json={"name": "x", "type": "accuracy", "comparison": ">", "target": 150, "entered_by": "ก"},
    )
    assert r.status_code == 422 and "0 ถึง 100" in r.json()["error"]
    r = client.get(f"/api/km/plans/{plan['id']}").json()
    assert len(r["steps"][0]["activities"][0]["indicators"]) == 1


def test_an_end_month_before_the_start_is_422(client: TestClient, plan: dict[str, Any]) -> None:
    r = client.post(
        f"/api/km/plans/{plan['id']}/steps/2/activities",
        json={"description": "x", "start": "2564-05", "end": "2564-04", "entered_by": "ก"},
    )
    assert r.status_code == 422 and "ต้องไม่ก่อนเดือนเริ่ม" in r.json()["error"]


def test_patching_a_plan_records_the_account_and_the_typed_name_only_as_a_note(
    client: TestClient, plan: dict[str, Any]
) -> None:
    r = client.patch(f"/api/km/plans/{plan['id']}", json={"km_goal": "ใหม่", "entered_by": "สมชาย"})
    assert r.status_code == 200 and r.json()["km_goal"] == "ใหม่"
    audit = client.get("/api/km/audit", params={"entity": "plan"}).json()
    assert (audit[0]["actor"], audit[0]["action"]) == ("test-coordinator", "update")
    assert audit[0]["on_behalf_of"] == "สมชาย" and audit[0]["actor_id"] is not None
