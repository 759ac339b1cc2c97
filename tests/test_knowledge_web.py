"""Knowledge notes through the pages and the JSON API, over real search: write,
return, revise, publish and find a note within seconds; its law reference links
to the section; versions and their diff; an edit from an older revision refused
with the other version shown; attachments through the upload receiver; the bad
input of the issue (a 5 MB note, 10,000 tags, a changed note)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from helpers.auth import csrf_token
from helpers.knowledge import (
    CITING,
    KnowledgePortal,
    build,
    note,
    published,
    results_mention,
    review,
    search_docs,
    submit,
    wait_for,
)

from kmportal.auth.models import Role


@pytest.fixture(scope="module")
def portal(tmp_path_factory: pytest.TempPathFactory) -> KnowledgePortal:
    return build(tmp_path_factory.mktemp("knowledge-web"))


@pytest.fixture(scope="module")
def writer(portal: KnowledgePortal) -> TestClient:
    return portal.client(Role.viewer, "writer")


@pytest.fixture(scope="module")
def reader(portal: KnowledgePortal) -> TestClient:
    return portal.client(Role.viewer, "reader")


@pytest.fixture(scope="module")
def coordinator(portal: KnowledgePortal) -> TestClient:
    return portal.client(Role.coordinator, "km-coordinator")


def test_write_return_revise_publish_and_search_finds_it_first_within_seconds(
    writer: TestClient, reader: TestClient, coordinator: TestClient
) -> None:
    body = f"# วิธีขอใช้งบ\n\n{CITING} โดยยื่นแบบคำขอประปาหมู่บ้านวังเจ้า"
    n = note(writer, "การขอประปาหมู่บ้าน", body, tags=["ประปา", "งบลงทุน"])
    assert n["state"] == "draft" and n["version"] == 1
    # The citation links to the section of the Act in the viewer.
    assert '<a href="/docs/tiny-pao-act?hl=s45#s45" class="lawref"' in n["html"]
    assert n["references"][0]["url"] == "/docs/tiny-pao-act?hl=s45#s45"
    assert reader.get(f"/api/knowledge/notes/{n['id']}").status_code == 404
    assert coordinator.get(f"/api/knowledge/notes/{n['id']}").status_code == 404  # a draft
    submit(writer, n["id"])
    returned = review(coordinator, n["id"], "return", 1, "เพิ่มเอกสารที่ต้องใช้")
    assert returned["state"] == "returned"
    assert writer.get(f"/api/knowledge/notes/{n['id']}").json()["review_comment"] == (
        "เพิ่มเอกสารที่ต้องใช้"
    )
    revised = writer.put(
        f"/api/knowledge/notes/{n['id']}",
        json={
            "title": "การขอประปาหมู่บ้าน",
            "body": body + "\n\n## เอกสาร\n\nสำเนาทะเบียนบ้านวังเจ้า",
            "tags": ["ประปา"],
            "base_revision": returned["revision"],
            "submit": True,
        },
    ).json()
    assert (revised["state"], revised["version"]) == ("submitted", 2)
    review(coordinator, n["id"], "publish", 2)
    seconds = wait_for(
        lambda: search_docs(reader, "ประปาหมู่บ้านวังเจ้า")[:1] == [f"knowledge-note-{n['id']}"]
    )
    assert seconds < 5
    hit = reader.get("/api/search", params={"q": "สำเนาทะเบียนบ้านวังเจ้า"}).json()["results"][0]
    assert (hit["kind"], hit["section_key"]) == ("knowledge", "h2")  # chunked by heading
    assert set(search_docs(reader, "ประปาหมู่บ้านวังเจ้า", kind="knowledge")) == {
        f"knowledge-note-{n['id']}"
    }
    page = reader.get(f"/knowledge/notes/{n['id']}")
    assert page.status_code == 200 and 'id="h2"' in page.text
    r = reader.get(f"/docs/knowledge-note-{n['id']}?hl=h2", follow_redirects=False)
    assert r.headers["location"] == f"/knowledge/notes/{n['id']}?hl=h2"
    history = writer.get(f"/api/knowledge/notes/{n['id']}/history").json()
    assert [e["action"] for e in history["events"]] == [
        "create", "submit", "return", "edit", "submit", "publish",
    ]  # fmt: skip
    diff = writer.get(f"/api/knowledge/notes/{n['id']}/diff", params={"old": 1, "new": 2}).json()
    assert {"kind": "added", "text": "สำเนาทะเบียนบ้านวังเจ้า"} in diff["lines"]
    assert {"kind": "removed", "text": "แท็ก: ประปา, งบลงทุน"} in diff["lines"]
    assert "สำเนาทะเบียนบ้านวังเจ้า" in writer.get(f"/knowledge/notes/{n['id']}/history").text
    assert reader.get(f"/api/knowledge/notes/{n['id']}/history").status_code == 404


def test_a_revision_is_reviewed_while_the_published_version_stays(
    writer: TestClient, reader: TestClient, coordinator: TestClient
) -> None:
    n = published(writer, coordinator, "ขั้นตอนเบิกจ่ายเดิม", "เบิกจ่ายแบบเดิมรหัสอัลฟา")
    wait_for(lambda: results_mention(reader, "รหัสอัลฟา", "รหัสอัลฟา"))
    r = writer.put(
        f"/api/knowledge/notes/{n['id']}",
        json={"title": "ขั้นตอนเบิกจ่ายใหม่", "body": "แบบใหม่รหัสเบต้า", "base_revision": n["revision"]},
    )
    assert (r.json()["state"], r.json()["published_version"]) == ("draft", 1)
    seen = reader.get(f"/api/knowledge/notes/{n['id']}").json()
    assert (seen["title"], seen["state"], seen["working_version"]) == (
        "ขั้นตอนเบิกจ่ายเดิม",
        "published",
        None,
    )
    assert "รหัสเบต้า" not in reader.get(f"/knowledge/notes/{n['id']}").text
    assert reader.get(f"/api/knowledge/notes/{n['id']}", params={"version": 2}).status_code == 404
    assert not results_mention(reader, "รหัสเบต้า", "รหัสเบต้า")
    submit(writer, n["id"])
    review(coordinator, n["id"], "publish", 2)
    wait_for(lambda: results_mention(reader, "รหัสเบต้า", "รหัสเบต้า"))
    assert not results_mention(reader, "รหัสอัลฟา", "รหัสอัลฟา")


def test_an_edit_of_a_note_changed_meanwhile_is_refused_with_the_other_version_shown(
    portal: KnowledgePortal, writer: TestClient
) -> None:
    n = note(writer, "บันทึกสองแท็บ", "ฉบับแรก")
    other_tab = portal.client(Role.viewer, "writer")
    r = other_tab.put(
        f"/api/knowledge/notes/{n['id']}",
        json={"title": "บันทึกสองแท็บ", "body": "แก้จากแท็บที่สอง", "base_revision": n["revision"]},
    )
    assert r.status_code == 200
    stale = writer.put(
        f"/api/knowledge/notes/{n['id']}",
        json={"title": "บันทึกสองแท็บ", "body": "แก้จากแท็บแรก", "base_revision": n["revision"]},
    )
    assert stale.status_code == 409
    assert stale.json()["current"]["body"] == "แก้จากแท็บที่สอง"
    assert "เปลี่ยนไปแล้ว" in stale.json()["error"]
    # The page: the other version beside the form, the typed text still in it.
    page = writer.post(
        f"/knowledge/notes/{n['id']}",
        data={
            "csrf_token": csrf_token(writer),
            "title": "บันทึกสองแท็บ",
            "body": "ข้อความที่พิมพ์ไว้ไม่หาย",
            "base_revision": str(n["revision"]),
        },
        files={"attachment": ("", b"", "application/octet-stream")},
    )
    assert page.status_code == 409
    assert "ข้อความที่พิมพ์ไว้ไม่หาย" in page.text and "แก้จากแท็บที่สอง" in page.text
    fresh = re.search(r'name="base_revision" value="(\d+)"', page.text)
    assert fresh is not None and int(fresh.group(1)) == r.json()["revision"]
    versions = writer.get(f"/api/knowledge/notes/{n['id']}/history").json()["versions"]
    assert len(versions) == 2  # the refused edit stored nothing


def test_a_five_megabyte_note_is_refused_with_a_thai_message_naming_the_limit(
    writer: TestClient,
) -> None:
    huge = "ก" * (5 * 1024 * 1024 // 3)
    r = writer.post("/api/knowledge/notes", json={"title": "ยาวมาก", "body": huge})
    assert r.status_code == 422
    assert "KMPORTAL_KNOWLEDGE_MAX_CHARS" in r.json()["fields"]["body"]
    assert "เกินที่รับได้ 100,000 ตัวอักษร" in r.json()["fields"]["body"]
    page = writer.post(
        "/knowledge/notes",
        data={"csrf_token": csrf_token(writer), "title": "ยาวมาก", "body": huge},
        files={"attachment": ("", b"", "application/octet-stream")},
    )
    assert page.status_code == 422 and "KMPORTAL_KNOWLEDGE_MAX_CHARS" in page.text
    assert writer.get("/api/knowledge/notes/mine").json() == [
        x for x in writer.get("/api/knowledge/notes/mine").json() if x["title"] != "ยาวมาก"
    ]


def test_ten_thousand_tags_are_refused_and_tags_are_words(writer: TestClient) -> None:
    r = writer.post(
        "/api/knowledge/notes",
        json={"title": "แท็กเยอะ", "body": "x", "tags": [f"t{i}" for i in range(10_000)]},
    )
    assert r.status_code == 422 and "20" in r.json()["fields"]["tags"]
    r = writer.post("/api/knowledge/notes", json={"title": "t", "body": "x", "tags": ["<b>"]})
    assert r.status_code == 422 and "tags" in r.json()["fields"]
    ok = note(writer, "แท็กซ้ำ", "x", tags=[" #ประปา ", "ประปา", "KM", "km"])
    assert ok["tags"] == ["ประปา", "KM"]


def test_attachments_come_through_the_receiver_and_follow_publication(
    portal: KnowledgePortal, writer: TestClient, reader: TestClient, coordinator: TestClient
) -> None:
    n = published(writer, coordinator, "แบบฟอร์มขอประปา", "ดูไฟล์แนบ")
    r = writer.post(
        f"/api/knowledge/notes/{n['id']}/attachments",
        data={"base_revision": str(n["revision"])},
        files={
            "attachment": ("<img src=x onerror=alert(1)>.txt", "แบบฟอร์ม".encode(), "text/plain")
        },
    )
    assert r.status_code == 201, r.text
    url = r.json()["url"]
    assert r.json()["version"] == 2  # a new version to review, not the published one
    assert writer.get(url).status_code == 200
    assert reader.get(url).status_code == 404
    assert url not in reader.get(f"/knowledge/notes/{n['id']}").text
    page = writer.get(f"/knowledge/notes/{n['id']}").text
    assert "&lt;img src=x onerror=alert(1)&gt;.txt" in page and "<img" not in page
    submit(writer, n["id"])
    review(coordinator, n["id"], "publish", 2)
    got = reader.get(url)
    assert got.status_code == 200 and got.content == "แบบฟอร์ม".encode()
    assert got.headers["content-disposition"].startswith("attachment")
    assert got.headers["content-type"] == "application/octet-stream"
    bad = writer.post(
        f"/api/knowledge/notes/{n['id']}/attachments",
        data={
            "base_revision": str(writer.get(f"/api/knowledge/notes/{n['id']}").json()["revision"])
        },
        files={"attachment": ("page.html", b"<script>alert(1)</script>", "text/html")},
    )
    assert bad.status_code == 415
    fake = writer.post(
        f"/api/knowledge/notes/{n['id']}/attachments",
        data={
            "base_revision": str(writer.get(f"/api/knowledge/notes/{n['id']}").json()["revision"])
        },
        files={"attachment": ("scan.pdf", b"MZ not a pdf", "application/pdf")},
    )
    assert fake.status_code == 415
    incoming = Path(portal.settings.data_dir) / "knowledge-files" / "incoming"
    assert not any(incoming.iterdir())


def test_a_note_with_its_attachment_from_the_form(writer: TestClient) -> None:
    r = writer.post(
        "/knowledge/notes",
        data={
            "csrf_token": csrf_token(writer),
            "title": "พร้อมไฟล์",
            "body": "มีไฟล์",
            "action": "submit",
        },
        files={"attachment": ("ตาราง.csv", b"a,b\n1,2\n", "text/csv")},
        follow_redirects=False,
    )
    assert r.status_code == 303
    n = writer.get(r.headers["location"].replace("/knowledge/", "/api/knowledge/")).json()
    assert n["state"] == "submitted" and [a["name"] for a in n["attachments"]] == ["ตาราง.csv"]


def test_only_coordinators_review_and_only_authors_edit(
    writer: TestClient, reader: TestClient, coordinator: TestClient
) -> None:
    n = note(writer, "ของผู้เขียน", "x", submit=True)
    assert (
        reader.post(f"/api/knowledge/notes/{n['id']}/publish", json={"version": 1}).status_code
        == 403
    )
    assert (
        writer.post(f"/api/knowledge/notes/{n['id']}/publish", json={"version": 1}).status_code
        == 403
    )
    r = coordinator.put(
        f"/api/knowledge/notes/{n['id']}",
        json={"title": "x", "body": "y", "base_revision": n["revision"]},
    )
    assert r.status_code == 403
    # Publishing a version other than the one reviewed is refused.
    assert (
        coordinator.post(f"/api/knowledge/notes/{n['id']}/publish", json={"version": 7}).status_code
        == 409
    )
    r = coordinator.post(
        f"/api/knowledge/notes/{n['id']}/return", json={"version": 1, "comment": " "}
    )
    assert r.status_code == 422 and "comment" in r.json()["fields"]
