"""kill -9 of a real ``kmportal serve`` in the middle of an upload, at the points
that matter (``KMPORTAL_FAULT_POINT``): the next start settles the job by what
the database holds, removes what no document uses and needs nobody's help.

* after the document's rows commit, or after the index files are written but
  before they are published: the document is stored, so the job is ``done``,
  the index is rebuilt at start (with a log line saying why) and finds it, and
  uploading it again is "already present", never 409;
* before the commit: nothing is stored, so the job is ``failed`` (upload
  again), its kept file is swept with a log line, and uploading again works;
* a replacement killed before its commit: the document still shows and points
  at its old file, the new file goes.
"""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from helpers.faults import Admin, kept_files, rows, running, serve, until_killed, wait_for

from kmportal.settings import Settings

OLD = "คู่มือการประปาหมู่บ้าน\n\nการจัดให้มีน้ำสะอาดตามมาตรฐาน quendril สำหรับทุกหมู่บ้าน\n"
NEW = "คู่มือการประปาหมู่บ้าน ฉบับปรับปรุง\n\nการบำรุงรักษาระบบประปา zorblax ทุกไตรมาส\n"


def _job(settings: Settings) -> tuple[str, str]:
    found = rows(settings, "SELECT status, message FROM upload_job ORDER BY created_at DESC")
    return found[0]


def _hits(url: str, query: str) -> list[str]:
    r = httpx.get(f"{url}/api/search", params={"q": query}, timeout=30)
    assert r.status_code == 200, r.text
    return [hit["doc"] for hit in r.json()["results"]]


def _ready(url: str) -> bool:
    return httpx.get(f"{url}/readyz", timeout=5).status_code == 200


@pytest.mark.parametrize("point", ["ingest.after_commit", "index.before_publish"])
def test_killed_once_the_document_is_stored_the_job_is_done_after_restart(
    tmp_path: Path, point: str
) -> None:
    settings = Settings(data_dir=tmp_path / "data")
    server = serve(settings, tmp_path / "killed.log", point=point)
    admin = Admin(server)
    admin.upload_to_its_fault_point("water-guide.txt", OLD.encode())
    assert until_killed(server) == -9
    admin.close()
    assert _job(settings)[0] == "running"  # what the dead process left
    with running(settings, tmp_path / "restarted.log") as server:
        status, message = _job(settings)
        assert status == "done" and "no need to upload again" in message
        wait_for(lambda: _ready(server.url))
        assert _hits(server.url, "quendril")[:1] == ["water-guide"]
        again = Admin(server, "admin2")
        r = again.upload("water-guide.txt", OLD.encode())
        assert r.status_code == 200 and "อยู่แล้ว" in r.text, r.text
        again.close()
    log = (tmp_path / "restarted.log").read_text("utf-8")
    assert "building the search index" in log and "Traceback" not in log
    assert len(kept_files(settings)) == 1


def test_killed_before_the_commit_the_job_failed_and_its_file_is_swept(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "data")
    server = serve(settings, tmp_path / "killed.log", point="ingest.before_commit")
    admin = Admin(server)
    admin.upload_to_its_fault_point("water-guide.txt", OLD.encode())
    assert until_killed(server) == -9
    admin.close()
    assert len(kept_files(settings)) == 1  # the kept upload, no document uses it
    with running(settings, tmp_path / "restarted.log") as server:
        status, message = _job(settings)
        assert status == "failed" and "upload again" in message
        assert kept_files(settings) == []
        assert rows(settings, "SELECT id FROM document") == []
        admin = Admin(server, "admin2")
        assert admin.upload("water-guide.txt", OLD.encode()).status_code == 202
        wait_for(lambda: _job(settings)[0] == "done")
        admin.close()
        wait_for(lambda: _ready(server.url))
        assert _hits(server.url, "quendril")[:1] == ["water-guide"]
    log = (tmp_path / "restarted.log").read_text("utf-8")
    assert "removed an upload no document uses" in log and "Traceback" not in log


def test_a_replacement_killed_before_its_commit_keeps_the_old_version(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "data")
    with running(settings, tmp_path / "first.log") as server:
        admin = Admin(server)
        assert admin.upload("water-guide.txt", OLD.encode()).status_code == 202
        wait_for(lambda: _job(settings)[0] == "done")
        admin.close()
    (old_file,) = kept_files(settings)
    server = serve(settings, tmp_path / "killed.log", point="ingest.before_commit")
    admin = Admin(server)
    admin.upload_to_its_fault_point(
        "water-guide-v2.txt", NEW.encode(), url="/admin/documents/water-guide/replace"
    )
    assert until_killed(server) == -9
    admin.close()
    with running(settings, tmp_path / "restarted.log") as server:
        assert _job(settings)[0] == "failed"
        assert rows(settings, "SELECT source_path FROM document") == [(str(old_file),)]
        assert kept_files(settings) == [old_file]
        wait_for(lambda: _ready(server.url))
        assert _hits(server.url, "quendril")[:1] == ["water-guide"]
        (text,) = rows(settings, "SELECT text FROM document")[0]
        assert "quendril" in text and "zorblax" not in text
