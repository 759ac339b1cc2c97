"""Questions and answers: staff ask, colleagues answer, the asker or a
coordinator accepts — and the accepted pair is found by search; questions
nobody has answered are listed for step 1 of the KM plan."""

from __future__ import annotations

import pytest
from helpers.auth import csrf_token
from helpers.knowledge import KnowledgePortal, build, results_mention, wait_for

from kmportal.auth.models import Role


@pytest.fixture(scope="module")
def portal(tmp_path_factory: pytest.TempPathFactory) -> KnowledgePortal:
    return build(tmp_path_factory.mktemp("knowledge-qa"))


def test_ask_answer_accept_and_find_it(portal: KnowledgePortal) -> None:
    asker = portal.client(Role.viewer, "asker")
    helper = portal.client(Role.viewer, "helper")
    other = portal.client(Role.viewer, "bystander")
    q = asker.post(
        "/api/knowledge/questions",
        json={"title": "ขอเบิกค่าเดินทางไปราชการต่างจังหวัดอย่างไร", "body": "รายละเอียด"},
    ).json()
    unanswered = other.get("/api/knowledge/questions", params={"unanswered": True}).json()
    assert q["id"] in [x["id"] for x in unanswered]
    assert "ขอเบิกค่าเดินทาง" in other.get("/knowledge/questions?unanswered=true").text
    answer = helper.post(
        f"/api/knowledge/questions/{q['id']}/answers",
        json={"body": "ใช้แบบ บก.๑๑๑ ตามระเบียบกระทรวงการคลังคำตอบพิเศษ"},
    ).json()["answers"][0]
    assert q["id"] not in [
        x["id"] for x in other.get("/api/knowledge/questions?unanswered=true").json()
    ]
    assert not results_mention(other, "คำตอบพิเศษ", "คำตอบพิเศษ")  # not accepted yet
    r = other.post(f"/api/knowledge/questions/{q['id']}/accept", json={"answer_id": answer["id"]})
    assert r.status_code == 403
    r = asker.post(f"/api/knowledge/questions/{q['id']}/accept", json={"answer_id": 999999})
    assert r.status_code == 422
    r = asker.post(f"/api/knowledge/questions/{q['id']}/accept", json={"answer_id": answer["id"]})
    assert r.status_code == 200 and r.json()["answers"][0]["accepted"]
    wait_for(lambda: results_mention(other, "คำตอบพิเศษ", "คำตอบพิเศษ"))
    hits = other.get("/api/search", params={"q": "คำตอบพิเศษ", "kind": "knowledge"}).json()
    hit = hits["results"][0]
    assert hit["doc"] == f"knowledge-qa-{q['id']}" and hit["section_key"] == "h1"
    page = other.get(f"/knowledge/questions/{q['id']}")
    assert 'id="h1"' in page.text  # the accepted answer's anchor, as search keys it


def test_a_coordinator_may_accept_and_bad_input_is_refused(portal: KnowledgePortal) -> None:
    asker = portal.client(Role.viewer, "asker2")
    coordinator = portal.client(Role.coordinator, "coord2")
    r = asker.post("/api/knowledge/questions", json={"title": " ", "body": ""})
    assert r.status_code == 422 and "title" in r.json()["fields"]
    q = asker.post("/api/knowledge/questions", json={"title": "ถามไว้"}).json()
    r = asker.post(f"/api/knowledge/questions/{q['id']}/answers", json={"body": "ก" * 100_001})
    assert r.status_code == 422 and "KMPORTAL_KNOWLEDGE_MAX_CHARS" in r.json()["fields"]["body"]
    a = coordinator.post(f"/api/knowledge/questions/{q['id']}/answers", json={"body": "ตอบ"})
    aid = a.json()["answers"][0]["id"]
    r = coordinator.post(f"/api/knowledge/questions/{q['id']}/accept", json={"answer_id": aid})
    assert r.status_code == 200
    page = asker.post(
        f"/knowledge/questions/{q['id']}/answers",
        data={"csrf_token": csrf_token(asker), "body": ""},
    )
    assert page.status_code == 422 and "กรุณาเขียนเนื้อหา" in page.text
