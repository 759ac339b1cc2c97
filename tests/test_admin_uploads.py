"""The admin document pages over HTTP: who may use them, the hostile uploads of the
issue's bar (each refused or contained within 5 s, memory and disk bounded), and
upload, replace and remove end to end with the portal's own SearchService."""

from __future__ import annotations

import io
import re
import sys
import time
import zipfile
from collections.abc import Iterator, MutableMapping
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from helpers.auth import sign_in
from helpers.thai_corpus import FakeEmbedder
from sqlmodel import Session, select

from kmportal.auth.models import AuditEntry, Role
from kmportal.ingest import parse
from kmportal.ingest.pipeline import ingest_paths
from kmportal.search.service import SearchService
from kmportal.settings import Settings
from kmportal.web import admin_uploads
from kmportal.web.app import create_app

pytestmark = pytest.mark.storage

MB = 1024 * 1024
GB = 1024 * MB
BOUNDARY = "kmportal-web-boundary"
HANDBOOK = "คู่มือการจัดทำแผนพัฒนาท้องถิ่น\n\nการจัดทำแผนพัฒนาท้องถิ่นสี่ปี และการติดตามผล\n"
UPLOAD_TEXT = "ระเบียบการใช้น้ำประปาหมู่บ้าน\n\nหมู่บ้านใช้น้ำประปาอย่างประหยัด zorblax ทุกครัวเรือน\n"
NEW_TEXT = "ระเบียบการใช้น้ำประปาหมู่บ้าน\n\nฉบับปรับปรุง quendril ทุกครัวเรือน\n"


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(
        data_dir=tmp_path / "data",
        corpus_dir=tmp_path / "corpus",
        upload_dir=tmp_path / "uploads",
        upload_max_bytes=25 * MB,
    )


@pytest.fixture
def service(settings: Settings) -> SearchService:
    base = settings.corpus_dir / "handbook" / "base-handbook.txt"
    base.parent.mkdir(parents=True)
    base.write_text(HANDBOOK, "utf-8")
    ingest_paths(settings, [base], embedder=FakeEmbedder())
    return SearchService.open(settings, embedder=FakeEmbedder())


@pytest.fixture
def admin(client: TestClient) -> TestClient:
    sign_in(client, Role.admin)
    client.headers["HX-Request"] = "true"
    return client


def files_under(root: Path) -> set[Path]:
    return {p for p in root.rglob("*") if p.is_file()}


def upload(
    client: TestClient,
    name: str,
    content: bytes,
    *,
    url: str = "/admin/documents",
    kind: str = "",
) -> Any:
    return client.post(
        url,
        files={"file": (name, content, "application/octet-stream")},
        data={"kind": kind},
        follow_redirects=False,
    )


def job_id(html: str) -> str:
    found = re.search(r'id="job-([0-9a-f]{32})"', html)
    assert found, html
    return found.group(1)


def poll(client: TestClient, jid: str, timeout: float = 10.0) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        r = client.get(f"/admin/documents/jobs/{jid}")
        assert r.status_code == 200
        if 'hx-trigger="every 1s"' not in r.text:
            return r
        time.sleep(0.05)
    raise AssertionError(f"job {jid} did not finish: {r.text}")


def audit_actions(settings: Settings) -> list[tuple[str, str]]:
    from kmportal.db import make_engine

    engine = make_engine(settings)
    try:
        with Session(engine) as session:
            rows = session.exec(select(AuditEntry).order_by(AuditEntry.id)).all()  # type: ignore[arg-type]
            return [(r.action, r.target) for r in rows if r.action.startswith("document.")]
    finally:
        engine.dispose()


# -- who may ---------------------------------------------------------------------


def test_an_admin_sees_the_documents_with_replace_and_remove_and_the_upload_form(
    admin: TestClient,
) -> None:
    r = admin.get("/admin/documents", headers={"HX-Request": "false"})
    assert r.status_code == 200
    assert 'enctype="multipart/form-data"' in r.text and 'name="file"' in r.text
    assert 'action="/admin/documents/base-handbook/replace"' in r.text
    assert 'action="/admin/documents/base-handbook/remove"' in r.text
    assert '<option value="act">' in r.text  # the kind override


@pytest.mark.parametrize("role", [Role.viewer, Role.coordinator])
def test_a_signed_in_non_admin_is_refused_every_document_route(
    client: TestClient, role: Role, settings: Settings
) -> None:
    sign_in(client, role)
    assert client.get("/admin/documents").status_code == 403
    r = upload(client, "a.txt", UPLOAD_TEXT.encode())
    assert r.status_code == 403
    assert client.post("/admin/documents/base-handbook/remove").status_code == 403
    assert (
        upload(client, "a.txt", b"x", url="/admin/documents/base-handbook/replace").status_code
        == 403
    )
    assert client.get("/admin/documents/jobs/" + "0" * 32).status_code == 403
    assert not settings.upload_path.exists() or files_under(settings.upload_path) == set()


def test_an_anonymous_visitor_is_sent_to_sign_in_and_cannot_upload(
    client: TestClient, settings: Settings
) -> None:
    r = client.get("/admin/documents", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith("/login?next=")
    r = upload(client, "a.txt", UPLOAD_TEXT.encode())
    assert r.status_code in (401, 403)
    assert not settings.upload_path.exists() or files_under(settings.upload_path) == set()


# -- the happy path ------------------------------------------------------------------


def test_an_uploaded_thai_text_becomes_searchable_through_the_portal(
    admin: TestClient, service: SearchService, settings: Settings
) -> None:
    r = upload(admin, "ระเบียบ น้ำประปา.txt", UPLOAD_TEXT.encode())
    assert r.status_code == 202, r.text
    done = poll(admin, job_id(r.text))
    assert "upload-job--done" in done.text and done.headers["HX-Trigger"] == (
        "kmportal-documents-changed"
    )
    assert "ระเบียบ-น้ำประปา" in done.text
    results = admin.get("/api/search", params={"q": "zorblax"}).json()["results"]
    assert results[0]["doc"] == "ระเบียบ-น้ำประปา"
    assert service.search("zorblax").results[0].doc == "ระเบียบ-น้ำประปา"
    page = admin.get("/admin/documents", headers={"HX-Request": "false"}).text
    assert "ระเบียบ-น้ำประปา" in page
    assert ("document.upload", "ระเบียบ-น้ำประปา") in audit_actions(settings)


def test_while_an_upload_is_being_ingested_the_portal_answers_from_the_old_index(
    settings: Settings,
) -> None:
    from helpers.thai_corpus import GatedEmbedder

    embedder = GatedEmbedder()
    base = settings.corpus_dir / "base-handbook.txt"
    base.parent.mkdir(parents=True)
    base.write_text(HANDBOOK, "utf-8")
    ingest_paths(settings, [base], embedder=embedder)
    service = SearchService.open(settings, embedder=embedder)
    with TestClient(create_app(settings, service=service)) as client:
        sign_in(client, Role.admin)
        client.headers["HX-Request"] = "true"
        embedder.waiting.clear()
        embedder.gate.clear()
        r = upload(client, "water.txt", UPLOAD_TEXT.encode())
        assert r.status_code == 202
        assert embedder.waiting.wait(5)
        running = client.get(f"/admin/documents/jobs/{job_id(r.text)}")
        assert "upload-job--running" in running.text and 'hx-trigger="every 1s"' in running.text
        during = client.get("/api/search", params={"q": "zorblax"}).json()["results"]
        assert {hit["doc"] for hit in during} == {"base-handbook"}
        embedder.gate.set()
        assert "upload-job--done" in poll(client, job_id(r.text)).text
        after = client.get("/api/search", params={"q": "zorblax"}).json()["results"]
        assert after[0]["doc"] == "water"


def test_without_htmx_an_upload_redirects_to_the_page_and_the_job_has_its_own_page(
    admin: TestClient,
) -> None:
    admin.headers.pop("HX-Request")
    r = upload(admin, "notice.txt", UPLOAD_TEXT.encode())
    assert r.status_code == 303 and r.headers["location"].startswith("/admin/documents#job-")
    jid = r.headers["location"].rsplit("-", 1)[1]
    page = admin.get(f"/admin/documents/jobs/{jid}")
    assert page.status_code == 200 and "<html" in page.text and f'id="job-{jid}"' in page.text


def test_a_plain_form_upload_with_the_token_as_its_first_field_works_without_javascript(
    admin: TestClient,
) -> None:
    token = admin.headers.pop("X-CSRF-Token")
    admin.headers.pop("HX-Request")
    r = admin.post(
        "/admin/documents",
        data={"csrf_token": token, "kind": "news"},
        files={"file": ("ข่าว.txt", UPLOAD_TEXT.encode(), "text/plain")},
        follow_redirects=False,
    )
    assert r.status_code == 303, r.text
    r = admin.post(
        "/admin/documents",
        data={"kind": "news"},
        files={"file": ("ข่าว2.txt", UPLOAD_TEXT.encode(), "text/plain")},
        follow_redirects=False,
    )
    assert r.status_code == 403  # and without the token it is refused


def test_replace_and_remove_through_the_page_leave_no_old_chunks_and_are_audited(
    admin: TestClient, service: SearchService, settings: Settings
) -> None:
    poll(admin, job_id(upload(admin, "water.txt", UPLOAD_TEXT.encode()).text))
    r = upload(admin, "anything.md", NEW_TEXT.encode(), url="/admin/documents/water/replace")
    assert r.status_code == 202
    assert "upload-job--done" in poll(admin, job_id(r.text)).text
    assert not any("zorblax" in h.text for h in service.search("zorblax", k=20).results)
    assert service.search("quendril").results[0].doc == "water"
    r = admin.post("/admin/documents/water/remove")
    assert r.status_code == 202
    assert "upload-job--done" in poll(admin, job_id(r.text)).text
    assert "water" not in {h.doc for h in service.search("quendril", k=20).results}
    assert admin.get("/docs/water").status_code == 404
    assert files_under(settings.upload_path / "files") == set()
    actions = audit_actions(settings)
    for action in ("document.upload", "document.replace", "document.remove"):
        assert (action, "water") in actions


def test_an_upload_under_an_existing_id_is_refused_with_a_conflict(admin: TestClient) -> None:
    r = upload(admin, "base-handbook.txt", UPLOAD_TEXT.encode())
    assert r.status_code == 409
    assert "มีเอกสารรหัส base-handbook อยู่แล้ว" in r.text and "แทนที่" in r.text
    admin.cookies.set("lang", "en")  # the reader's language, not both at once
    r = upload(admin, "base-handbook.txt", UPLOAD_TEXT.encode())
    assert r.status_code == 409 and "already exists" in r.text and "อยู่แล้ว" not in r.text


def test_replacing_or_removing_an_unknown_document_is_not_found(admin: TestClient) -> None:
    assert upload(admin, "a.txt", b"x", url="/admin/documents/nope/replace").status_code == 404
    assert admin.post("/admin/documents/nope/remove").status_code == 404


def test_a_file_name_full_of_markup_is_shown_as_text_everywhere(admin: TestClient) -> None:
    name = '<script>alert(1)</script>" onmouseover="x{{7*7}}.txt'
    r = upload(admin, name, UPLOAD_TEXT.encode())
    assert r.status_code == 202
    done = poll(admin, job_id(r.text))
    page = admin.get("/admin/documents", headers={"HX-Request": "false"}).text
    for html in (r.text, done.text, page):
        assert "<script>alert" not in html and '" onmouseover=' not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in done.text
    assert "x{{7*7}}.txt" in done.text  # shown as typed, never evaluated


def test_an_unknown_kind_is_refused(admin: TestClient) -> None:
    r = upload(admin, "a.txt", UPLOAD_TEXT.encode(), kind="<script>")
    assert r.status_code == 422 and "ประเภทเอกสารไม่ถูกต้อง" in r.text
    admin.cookies.set("lang", "en")
    r = upload(admin, "a.txt", UPLOAD_TEXT.encode(), kind="<script>")
    assert r.status_code == 422 and "unknown document kind" in r.text
    assert "<script>" not in r.text


def test_the_portal_fails_a_previous_run_s_jobs_at_start_and_stops_its_runner_at_shutdown(
    settings: Settings, service: SearchService
) -> None:
    from kmportal.docstore.jobs import JobAction, JobStatus
    from kmportal.uploads.jobs import create_job, update_job

    stale = create_job(
        service.engine, action=JobAction.upload, doc_id="x", actor="t", status=JobStatus.queued
    )
    update_job(service.engine, stale.id, instance=None)  # left by a run before this one
    app = create_app(settings, service=service)
    with TestClient(app) as c:
        sign_in(c, Role.admin)
        r = c.get(f"/admin/documents/jobs/{stale.id}", headers={"HX-Request": "true"})
        assert "upload-job--failed" in r.text and "restart" in r.text
        assert 'hx-trigger="every 1s"' not in r.text
        runner = app.state.upload_runner
        assert not runner.closed
    assert runner.closed


# -- the hostile uploads of the bar ------------------------------------------------------


def docx_bomb() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", "<w:document/>")
        with zf.open("word/media/padding.bin", "w") as entry:
            block = bytes(MB)
            for _ in range(210):
                entry.write(block)
    return buf.getvalue()


EXECUTABLE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + bytes(100)
DOS_EXE = EXECUTABLE + b"This program cannot be run in DOS mode"


@pytest.mark.parametrize(
    ("name", "content", "status", "expected"),
    [
        (
            "report.pdf",
            EXECUTABLE + b"This program cannot be run in DOS mode",
            415,
            "Windows program",
        ),
        ("bomb.docx", None, 415, "zip bomb"),
        ("setup.exe", EXECUTABLE, 415, "ไม่รองรับไฟล์ชนิด .exe"),
    ],
    ids=["exe-renamed-pdf", "docx-zip-bomb", "exe"],
)
def test_a_hostile_file_is_refused_within_5_s_with_a_clear_message_and_nothing_kept(
    admin: TestClient,
    settings: Settings,
    tmp_path: Path,
    name: str,
    content: bytes | None,
    status: int,
    expected: str,
) -> None:
    data = docx_bomb() if content is None else content
    before = files_under(tmp_path)
    t0 = time.monotonic()
    r = upload(admin, name, data)
    elapsed = time.monotonic() - t0
    assert elapsed < 5, elapsed
    assert r.status_code == status
    assert expected in r.text and "ไฟล์" in r.text
    assert files_under(tmp_path) - before == set()
    assert "document.upload_refused" in {action for action, _target in audit_actions(settings)}


def test_a_pdf_that_loops_its_reader_is_refused_at_the_time_limit_within_5_s(
    admin: TestClient, settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    hang = [sys.executable, "-c", "while True: pass"]
    monkeypatch.setattr(parse, "_pdf_command", lambda _path: hang)
    settings.upload_check_seconds = 2.0
    before = files_under(tmp_path)
    t0 = time.monotonic()
    r = upload(admin, "loop.pdf", b"%PDF-1.7\n" + bytes(2000))
    elapsed = time.monotonic() - t0
    assert 2 <= elapsed < 5, elapsed
    assert r.status_code == 415
    assert "longer than 2 s" in r.text and "loop.pdf" in r.text
    assert files_under(tmp_path) - before == set()
    assert admin.get("/api/search", params={"q": "แผนพัฒนา"}).status_code == 200


def test_a_check_slower_than_the_answer_wait_carries_on_and_fails_in_the_job(
    admin: TestClient, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    hang = [sys.executable, "-c", "import time; time.sleep(60)"]
    monkeypatch.setattr(parse, "_pdf_command", lambda _path: hang)
    monkeypatch.setattr(admin_uploads, "ANSWER_WAIT", 0.2)
    # The answer comes after ANSWER_WAIT, long before the check's own limit: the
    # page says "checking" (the job is not settled). The limit leaves a loaded
    # CI machine room (a check's child is forked from the whole test process).
    settings.upload_check_seconds = 3.0
    t0 = time.monotonic()
    r = upload(admin, "slow.pdf", b"%PDF-1.7\n" + bytes(2000))
    assert r.status_code == 202 and time.monotonic() - t0 < 3.0
    assert "upload-job--checking" in r.text and 'hx-trigger="every 1s"' in r.text
    done = poll(admin, job_id(r.text), timeout=8)
    assert 3.0 <= time.monotonic() - t0 < 8
    assert "upload-job--failed" in done.text and "longer than 3 s" in done.text
    assert files_under(settings.upload_path) == set()


def test_a_file_named_with_a_path_is_contained_in_the_upload_folder(
    admin: TestClient, settings: Settings, tmp_path: Path
) -> None:
    before = files_under(tmp_path)
    t0 = time.monotonic()
    r = upload(admin, "../../etc/passwd.txt", b"root:x:0:0:root:/root:/bin/bash\n" * 3)
    assert r.status_code == 202
    poll(admin, job_id(r.text))
    assert time.monotonic() - t0 < 5
    new = files_under(tmp_path) - before
    uploads, data = settings.upload_path.resolve(), settings.data_dir.resolve()
    for path in new:
        resolved = path.resolve()
        assert (
            resolved.is_relative_to(uploads)
            or resolved.is_relative_to(data / "index")
            or (resolved.parent == data and resolved.name.startswith("kmportal.db"))
        ), path
    stored = [p for p in new if p.name.endswith(".txt")]
    assert len(stored) == 1 and stored[0].parent.parent == uploads / "files"
    assert stored[0].name == "passwd.txt" and re.fullmatch(r"[0-9a-f]{32}", stored[0].parent.name)
    assert not (tmp_path.parent / "etc").exists()
    assert "../../etc/passwd.txt" in admin.get(f"/admin/documents/jobs/{job_id(r.text)}").text


# -- a 1 GB body, through the ASGI interface so nothing buffers it for us ----------------


def vm_rss_kb() -> int:
    status = Path("/proc/self/status").read_text()
    found = re.search(r"^VmRSS:\s+(\d+) kB", status, flags=re.M)
    assert found
    return int(found.group(1))


class StreamedPost:
    """POST a lazily generated body straight into the app, the way a server would:
    chunk by chunk, counting what the app pulls and the process's peak RSS."""

    def __init__(
        self, client: TestClient, path: str, body: Iterator[bytes], **headers: str
    ) -> None:
        self.client = client
        self.path = path
        self.body = body
        cookie = "; ".join(f"{k}={v}" for k, v in client.cookies.items())
        self.headers = [
            (b"host", b"testserver"),
            (b"cookie", cookie.encode()),
            (b"x-csrf-token", client.headers.get("X-CSRF-Token", "").encode()),
            (b"content-type", f"multipart/form-data; boundary={BOUNDARY}".encode()),
            *((k.replace("_", "-").lower().encode(), v.encode()) for k, v in headers.items()),
        ]
        self.pulled = 0
        self.status = 0
        self.response = b""
        self.peak_rss = 0
        self.finished = False

    async def _run(self) -> None:
        async def receive() -> dict[str, Any]:
            if self.finished:
                return {"type": "http.disconnect"}
            chunk = next(self.body, None)
            if chunk is None:
                return {"type": "http.request", "body": b"", "more_body": False}
            self.pulled += len(chunk)
            if self.pulled % (8 * MB) < len(chunk):
                self.peak_rss = max(self.peak_rss, vm_rss_kb())
            return {"type": "http.request", "body": chunk, "more_body": True}

        async def send(message: MutableMapping[str, Any]) -> None:
            if message["type"] == "http.response.start":
                self.status = message["status"]
            elif message["type"] == "http.response.body":
                self.response += message.get("body", b"")
                self.finished = not message.get("more_body", False)

        scope = {
            "type": "http",
            "asgi": {"version": "3.0"},
            "http_version": "1.1",
            "method": "POST",
            "scheme": "http",
            "path": self.path,
            "raw_path": self.path.encode(),
            "root_path": "",
            "query_string": b"",
            "headers": self.headers,
            "client": ("testclient", 50000),
            "server": ("testserver", 80),
            "state": {},
        }
        await self.client.app(scope, receive, send)

    def run(self) -> float:
        t0 = time.monotonic()
        portal = self.client.portal
        assert portal is not None
        portal.call(self._run)
        self.peak_rss = max(self.peak_rss, vm_rss_kb())
        return time.monotonic() - t0


def gigabyte_body(filename: str = "huge.txt") -> Iterator[bytes]:
    yield (
        f"--{BOUNDARY}\r\n"
        f'Content-Disposition: form-data; name="file"; filename="{filename}"\r\n'
        "Content-Type: text/plain\r\n\r\n"
    ).encode()
    chunk = b"\xe0\xb8\x81" * (64 * 1024 // 3)  # ก... one buffer, yielded again and again
    sent = 0
    while sent < GB:
        yield chunk
        sent += len(chunk)
    yield f"\r\n--{BOUNDARY}--\r\n".encode()


def test_a_1_gb_body_is_refused_while_streaming_within_5_s_and_memory_stays_flat(
    admin: TestClient, settings: Settings, tmp_path: Path
) -> None:
    admin.get("/admin/documents")  # the runner and its tables exist before we measure
    before_files = files_under(tmp_path)
    post = StreamedPost(admin, "/admin/documents", gigabyte_body())
    base_rss = vm_rss_kb()
    elapsed = post.run()
    growth_mb = (post.peak_rss - base_rss) / 1024
    read_mb = post.pulled / MB
    print(f"1 GB body: 413 in {elapsed:.2f} s after {read_mb:.1f} MB, RSS +{growth_mb:.1f} MB")
    assert post.status == 413
    assert "ใหญ่เกินกำหนด" in post.response.decode() and "25 MB" in post.response.decode()
    assert elapsed < 5
    assert post.pulled < settings.upload_max_bytes + 256 * 1024, post.pulled
    assert growth_mb < 100
    assert files_under(tmp_path) - before_files == set()


def test_a_declared_1_gb_body_is_refused_before_a_byte_is_read(admin: TestClient) -> None:
    post = StreamedPost(admin, "/admin/documents", gigabyte_body(), content_length=str(GB + 200))
    assert post.run() < 1
    assert post.status == 413 and post.pulled == 0


def test_a_non_admin_sending_1_gb_is_refused_before_the_body_is_read(client: TestClient) -> None:
    sign_in(client, Role.coordinator)
    post = StreamedPost(client, "/admin/documents", gigabyte_body())
    post.run()
    assert post.status == 403 and post.pulled == 0


def test_the_streaming_post_helper_does_deliver_a_small_body_to_the_app(
    admin: TestClient,
) -> None:
    body = iter(
        [
            f"--{BOUNDARY}\r\n".encode(),
            b'Content-Disposition: form-data; name="file"; filename="tiny.txt"\r\n\r\n',
            UPLOAD_TEXT.encode(),
            f"\r\n--{BOUNDARY}--\r\n".encode(),
        ]
    )
    post = StreamedPost(admin, "/admin/documents", body, hx_request="true")
    post.run()
    assert post.status == 202, post.response
