"""web/storage.py: while the data directory cannot be written, reads answer as
ever and every change is refused with 503 naming the cause in the reader's
language, before anything is done; a write that fails for a storage fault all
the same is a 503 too, never a 500; /healthz says degraded with the reason."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from helpers.auth import sign_in

from kmportal.auth.models import Role
from kmportal.faults import Cause
from kmportal.web import storage


@pytest.fixture
def full(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Cause | None]]:
    state: list[Cause | None] = [Cause.disk_full]
    monkeypatch.setattr(storage, "_probe", lambda _folder: state[0])
    monkeypatch.setattr(storage, "PROBE_EVERY", 0.0)
    monkeypatch.setattr(storage, "REMEMBER_FAILURE", 0.0)
    yield state


def test_changes_are_refused_and_reads_answer_while_the_disk_is_full(
    client: TestClient, full: list[Cause | None]
) -> None:
    full[0] = None
    sign_in(client, Role.coordinator)
    full[0] = Cause.disk_full
    assert client.get("/docs").status_code == 200
    assert client.get("/api/km/plans").status_code == 200
    r = client.post("/api/km/plans/load-example", json={})
    assert r.status_code == 503 and "ดิสก์" in r.json()["error"]
    client.cookies.set("lang", "en")
    r = client.post("/api/km/plans/load-example", json={})
    assert "the data disk is full" in r.json()["error"]
    health = client.get("/healthz")
    assert health.status_code == 503 and health.json()["reasons"] == ["disk_full"]
    assert client.get("/readyz").status_code == 200
    assert client.get("/api/km/plans").json() == []  # nothing was made
    full[0] = None
    assert client.post("/api/km/plans/load-example", json={}).status_code == 201
    assert client.get("/healthz").json() == {"status": "ok", "index_loaded": True, "database": "ok"}


def test_a_write_failing_for_a_full_disk_is_a_503_not_a_500(app: FastAPI) -> None:
    @app.get("/boom")
    def boom() -> None:
        raise sqlite3.OperationalError("database or disk is full")

    with TestClient(app) as client:
        r = client.get("/boom")
        assert r.status_code == 503 and "ดิสก์" in r.text
        assert client.get("/healthz").json()["reasons"] == ["disk_full"]
