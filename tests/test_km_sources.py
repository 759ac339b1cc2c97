"""KM evidence the portal counts: a count indicator bound to "notes published in
category X" shows the right number after publish and unpublish, with the list
behind it; Q&As accepted, handbook chapters read by distinct people and staff
who searched (never what they searched) are counted within the period; a bound
indicator takes no logs; a log may name a published note as its evidence."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient
from helpers.knowledge import KnowledgePortal, build, published
from sqlalchemy import inspect

from kmportal.auth.models import Role
from kmportal.db import make_engine
from kmportal.thai import dates


@pytest.fixture(scope="module")
def portal(tmp_path_factory: pytest.TempPathFactory) -> KnowledgePortal:
    return build(tmp_path_factory.mktemp("km-sources"))


@pytest.fixture(scope="module")
def coordinator(portal: KnowledgePortal) -> TestClient:
    return portal.client(Role.coordinator, "km-lead")


@pytest.fixture(scope="module")
def writer(portal: KnowledgePortal) -> TestClient:
    return portal.client(Role.viewer, "note-writer")


def _this_month() -> str:
    today = dates.today()
    return f"{today.year + 543}-{today.month:02d}"


def _plan(coordinator: TestClient, unit: str) -> int:
    today = dates.today()
    fiscal = today.year + 543 + (1 if today.month >= 10 else 0)
    r = coordinator.post(
        "/api/km/plans", json={"unit": unit, "fiscal_year": fiscal, "km_goal": "แบ่งปันความรู้"}
    )
    assert r.status_code == 201, r.text
    plan_id: int = r.json()["id"]
    return plan_id


def _bound(coordinator: TestClient, plan_id: int, step: int, **source: Any) -> int:
    month = _this_month()
    r = coordinator.post(
        f"/api/km/plans/{plan_id}/steps/{step}/activities",
        json={"description": "เขียนบันทึก", "start": month, "end": month},
    )
    assert r.status_code == 201, r.text
    r = coordinator.post(
        f"/api/km/activities/{r.json()['id']}/indicators",
        json={"name": "จำนวน", "type": "count", "comparison": ">=", "target": 2, **source},
    )
    assert r.status_code == 201, r.text
    ind_id: int = r.json()["id"]
    return ind_id


def _indicator(coordinator: TestClient, ind_id: int) -> dict[str, Any]:
    r = coordinator.get(f"/api/km/indicators/{ind_id}")
    assert r.status_code == 200, r.text
    return r.json()  # type: ignore[no-any-return]


def test_notes_published_in_a_category_count_up_on_publish_and_down_on_unpublish(
    coordinator: TestClient, writer: TestClient
) -> None:
    x = coordinator.post("/api/knowledge/categories", json={"name": "การเงิน"}).json()["id"]
    y = coordinator.post("/api/knowledge/categories", json={"name": "พัสดุ"}).json()["id"]
    plan_id = _plan(coordinator, "กองคลัง")
    ind_id = _bound(coordinator, plan_id, 3, source="notes_published", source_category_id=x)
    everything = _bound(coordinator, plan_id, 4, source="notes_published")
    assert (
        _indicator(coordinator, ind_id)["actual"],
        _indicator(coordinator, ind_id)["status"],
    ) == (
        0.0,
        "not_met",
    )
    first = published(writer, coordinator, "เบิกเงินยืม", "x", category_id=x)
    published(writer, coordinator, "จัดซื้อ", "x", category_id=y)
    second = published(writer, coordinator, "ปิดบัญชี", "x", category_id=x)
    ind = _indicator(coordinator, ind_id)
    assert (ind["actual"], ind["met"], ind["source"]) == (2.0, True, "notes_published")
    assert [e["label"] for e in ind["evidence"]] == ["เบิกเงินยืม", "ปิดบัญชี"]
    assert ind["evidence"][0]["url"] == f"/knowledge/notes/{first['id']}"
    assert _indicator(coordinator, everything)["actual"] == 3.0
    r = coordinator.post(f"/api/knowledge/notes/{second['id']}/unpublish", json={})
    assert r.status_code == 200 and r.json()["published_version"] is None
    assert _indicator(coordinator, ind_id)["actual"] == 1.0
    page = coordinator.get(f"/km/plans/{plan_id}")
    assert "เบิกเงินยืม" in page.text and "ปิดบัญชี" not in page.text
    # Logs by hand are for unbound indicators.
    r = coordinator.post(
        f"/api/km/indicators/{ind_id}/logs",
        json={"date": dates.today().isoformat(), "count": 5, "description": "x"},
    )
    assert r.status_code == 422 and "นับจากข้อมูลในระบบ" in r.json()["error"]


def test_a_binding_is_for_counts_only(coordinator: TestClient) -> None:
    plan_id = _plan(coordinator, "กองช่าง")
    month = _this_month()
    act = coordinator.post(
        f"/api/km/plans/{plan_id}/steps/1/activities",
        json={"description": "อบรม", "start": month, "end": month},
    ).json()["id"]
    r = coordinator.post(
        f"/api/km/activities/{act}/indicators",
        json={"name": "ร้อยละ", "type": "participation", "comparison": ">", "target": 80,
              "source": "searchers"},
    )  # fmt: skip
    assert r.status_code == 422 and "source" in r.json()["fields"]
    r = coordinator.post(
        f"/api/km/activities/{act}/indicators",
        json={"name": "x", "type": "count", "comparison": ">", "target": 1, "source": "likes"},
    )
    assert r.status_code == 422 and "source" in r.json()["fields"]


def test_qa_accepted_chapters_read_and_searchers_are_counted_not_what_was_typed(
    portal: KnowledgePortal, coordinator: TestClient
) -> None:
    plan_id = _plan(coordinator, "สำนักปลัด")
    qa_ind = _bound(coordinator, plan_id, 6, source="qa_accepted")
    reads = _bound(coordinator, plan_id, 5, source="chapters_read")
    searchers = _bound(coordinator, plan_id, 7, source="searchers")
    a = portal.client(Role.viewer, "staff-a")
    b = portal.client(Role.viewer, "staff-b")
    q = a.post("/api/knowledge/questions", json={"title": "ขอใช้รถส่วนกลางอย่างไร"}).json()
    answered = b.post(f"/api/knowledge/questions/{q['id']}/answers", json={"body": "ยื่นแบบ"})
    a.post(
        f"/api/knowledge/questions/{q['id']}/accept",
        json={"answer_id": answered.json()["answers"][0]["id"]},
    )
    for client in (a, a, b):
        client.get("/handbook/tiny-handbook")
        client.get("/api/search", params={"q": "คำค้นลับเฉพาะ"})
    a.get("/search", params={"q": "อีกครั้ง"})
    TestClient(portal.app).get("/api/search", params={"q": "ไม่ได้เข้าระบบ"})
    assert _indicator(coordinator, qa_ind)["actual"] == 1.0
    assert [e["label"] for e in _indicator(coordinator, qa_ind)["evidence"]] == [
        "ขอใช้รถส่วนกลางอย่างไร"
    ]
    read = _indicator(coordinator, reads)
    assert read["actual"] == 2.0  # two people, one chapter each; a's second visit is the same
    assert all(e["url"].startswith("/handbook/tiny-handbook/") for e in read["evidence"])
    assert _indicator(coordinator, searchers)["actual"] == 2.0
    engine = make_engine(portal.settings)
    try:
        columns = {c["name"] for c in inspect(engine).get_columns("search_day")}
        assert columns == {"id", "user_id", "day"}  # who and when; never the query
        with engine.connect() as conn:
            dump = str(conn.exec_driver_sql("SELECT * FROM search_day").fetchall())
        assert "คำค้นลับเฉพาะ" not in dump
    finally:
        engine.dispose()


def test_a_log_may_name_a_published_note_as_its_evidence(
    coordinator: TestClient, writer: TestClient
) -> None:
    plan_id = _plan(coordinator, "กองการศึกษา")
    month = _this_month()
    act = coordinator.post(
        f"/api/km/plans/{plan_id}/steps/2/activities",
        json={"description": "ถอดบทเรียน", "start": month, "end": month},
    ).json()["id"]
    ind = coordinator.post(
        f"/api/km/activities/{act}/indicators",
        json={"name": "บทเรียน", "type": "count", "comparison": ">=", "target": 1},
    ).json()["id"]
    n = published(writer, coordinator, "บทเรียนโครงการ", "x")
    draft = writer.post("/api/knowledge/notes", json={"title": "ยังไม่เสร็จ", "body": "x"}).json()
    today = dates.today().isoformat()
    r = coordinator.post(
        f"/api/km/indicators/{ind}/logs",
        json={"date": today, "count": 1, "description": "x", "evidence_note_id": draft["id"]},
    )
    assert r.status_code == 422 and "evidence_note_id" in r.json()["fields"]
    r = coordinator.post(
        f"/api/km/indicators/{ind}/logs",
        json={"date": today, "count": 1, "description": "x", "evidence_note_id": n["id"]},
    )
    assert r.status_code == 201, r.text
    assert r.json()["log"]["evidence_note_id"] == n["id"]
    page = coordinator.get(f"/km/plans/{plan_id}/steps/2")
    assert f'href="/knowledge/notes/{n["id"]}"' in page.text
