"""A real ``kmportal serve`` whose data directory cannot be written: a read-only
bind mount, and a small tmpfs filled to the last byte. Reads stay up for
everyone (anonymous search, documents, the handbook, a signed-in coordinator's
KM pages, whose token touch cannot be saved); every change answers 503 naming
the cause in Thai, with nothing half-written; ``/healthz`` says ``degraded``
with the reason (503) while ``/readyz`` stays 200; freeing the disk heals it
without a restart, and the next start on a writable directory is healthy."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
from helpers.faults import (
    bearer,
    execute,
    fill,
    read_only_view,
    rows,
    running,
    tmpfs,
    wait_for,
)
from helpers.tiny_corpus import write_fixture_corpus

from kmportal.auth.models import Role
from kmportal.settings import Settings

LOG = {"date": "2021-03-10", "description": "ประชุมแลกเปลี่ยนเรียนรู้", "invited": 18, "attended": 14}


def _ingested(settings: Settings) -> Settings:
    from kmportal.ingest.pipeline import ingest_paths

    files = write_fixture_corpus(settings.data_dir.parent / "corpus")
    assert len(ingest_paths(settings, files).added) == 2
    return settings


def _first_indicator(url: str, headers: dict[str, str]) -> int:
    plan_id = httpx.get(f"{url}/api/km/plans", headers=headers, timeout=30).json()[0]["id"]
    plan = httpx.get(f"{url}/api/km/plans/{plan_id}", headers=headers, timeout=30).json()
    return int(plan["steps"][0]["activities"][0]["indicators"][0]["id"])


def _reads_work(url: str, coordinator: dict[str, str]) -> None:
    hits = httpx.get(f"{url}/api/search", params={"q": "สมัยประชุมสามัญ"}, timeout=60)
    assert hits.status_code == 200 and hits.json()["results"], hits.text
    for page in ("/search?q=ประปา", "/docs", "/docs/tiny-pao-act", "/handbook"):
        assert httpx.get(f"{url}{page}", timeout=60).status_code == 200, page
    plans = httpx.get(f"{url}/api/km/plans", headers=coordinator, timeout=60)
    assert plans.status_code == 200, plans.text
    assert httpx.get(f"{url}/readyz", timeout=10).status_code == 200


def _refused(response: httpx.Response, thai: str) -> None:
    assert response.status_code == 503, response.text
    assert thai in response.text, response.text


def _health(url: str) -> tuple[int, dict[str, Any]]:
    r = httpx.get(f"{url}/healthz", timeout=10)
    return r.status_code, r.json()


def _clean(log: Path) -> None:
    text = log.read_text("utf-8")
    assert "Traceback" not in text and '"level": "error"' not in text, text[-3000:]


def test_a_read_only_data_directory_keeps_every_read_and_refuses_changes(tmp_path: Path) -> None:
    source = _ingested(Settings(data_dir=tmp_path / "data"))
    coordinator = bearer(source, "coordinator")
    admin = bearer(source, "admin", Role.admin)
    with running(source, tmp_path / "writable.log") as server:
        created = httpx.post(f"{server.url}/api/km/plans/load-example", headers=coordinator)
        assert created.status_code == 201
    execute(source, "UPDATE auth_api_token SET last_used_at = NULL")  # the next use touches it
    with read_only_view(source.data_dir, tmp_path / "ro") as view:
        settings = Settings(data_dir=view)
        with running(settings, tmp_path / "read-only.log") as server:
            _reads_work(server.url, coordinator)
            indicator = _first_indicator(server.url, coordinator)
            log = httpx.post(
                f"{server.url}/api/km/indicators/{indicator}/logs", headers=coordinator, json=LOG
            )
            _refused(log, "อ่านอย่างเดียว")
            upload = httpx.post(
                f"{server.url}/admin/documents",
                headers=admin,
                files={"file": ("new.txt", "ข้อความใหม่".encode(), "text/plain")},
            )
            _refused(upload, "อ่านอย่างเดียว")
            status, health = _health(server.url)
            assert status == 503 and health["status"] == "degraded"
            assert health["reasons"] == ["read_only"] and health["index_loaded"] is True
    _clean(tmp_path / "read-only.log")
    assert rows(source, "SELECT count(*) FROM activitylog") == [(0,)]
    with running(source, tmp_path / "healed.log") as server:
        status, health = _health(server.url)
        assert status == 200 and health["status"] == "ok" and health["index_loaded"] is True
        assert "reasons" not in health and health["library"]["ingest_running"] is False


def test_a_full_disk_keeps_every_read_refuses_changes_and_heals_when_freed(
    tmp_path: Path,
) -> None:
    with tmpfs(tmp_path / "disk", 48) as disk:
        settings = _ingested(Settings(data_dir=disk / "data"))
        coordinator = bearer(settings, "coordinator")
        admin = bearer(settings, "admin", Role.admin)
        with running(settings, tmp_path / "server.log") as server:
            url = server.url
            assert httpx.post(f"{url}/api/km/plans/load-example", headers=coordinator).is_success
            indicator = _first_indicator(url, coordinator)
            logs = f"{url}/api/km/indicators/{indicator}/logs"
            assert httpx.post(logs, headers=coordinator, json=LOG).status_code == 201
            execute(settings, "UPDATE auth_api_token SET last_used_at = NULL")
            filler = fill(disk)
            _reads_work(url, coordinator)
            _refused(httpx.post(logs, headers=coordinator, json=LOG), "ดิสก์")
            upload = httpx.post(
                f"{url}/admin/documents",
                headers=admin,
                files={"file": ("new.txt", "ข้อความใหม่".encode(), "text/plain")},
            )
            _refused(upload, "ดิสก์")
            status, health = _health(url)
            assert status == 503 and health["reasons"] == ["disk_full"]
            assert rows(settings, "SELECT count(*) FROM activitylog") == [(1,)]
            filler.unlink()
            wait_for(lambda: _health(url)[0] == 200, timeout=30)
            assert httpx.post(logs, headers=coordinator, json=LOG).status_code == 201
        assert rows(settings, "SELECT count(*) FROM activitylog") == [(2,)]
    _clean(tmp_path / "server.log")
