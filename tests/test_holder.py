"""The app's search service holder: opened in the background with a log line
per failed try, its state on ``/healthz``, and pages that need no search never
waiting for it (issue 15, and issue 12's one database dependency)."""

from __future__ import annotations

import logging
import sys
import threading
import time

import pytest
from fastapi.testclient import TestClient
from helpers.auth import sign_in

from kmportal.auth.models import Role
from kmportal.errors import IndexUnavailable
from kmportal.search import service as search_service
from kmportal.settings import Settings
from kmportal.web import holder as holder_module
from kmportal.web.app import create_app


def test_a_failed_open_is_retried_with_a_log_line_per_try_and_then_serves(
    settings: Settings, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    real_open = search_service.SearchService.open
    tries: list[int] = []

    def flaky(cls: type, *args: object, **kwargs: object) -> object:
        tries.append(1)
        if len(tries) < 3:
            raise IndexUnavailable(f"ยังเปิดไม่ได้ ครั้งที่ {len(tries)}")
        return real_open(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(search_service.SearchService, "open", classmethod(flaky))
    monkeypatch.setattr(holder_module, "RETRY_DELAY", 0.01)
    caplog.set_level(logging.WARNING, logger="kmportal.web.holder")
    with TestClient(create_app(settings)) as client:
        deadline = time.monotonic() + 30
        while not client.get("/healthz").json()["index_loaded"]:
            assert time.monotonic() < deadline
            time.sleep(0.05)
        health = client.get("/healthz").json()
        assert {k: health[k] for k in ("status", "index_loaded", "database")} == {
            "status": "ok",
            "index_loaded": True,
            "database": "ok",
        }
    lines = [r.getMessage() for r in caplog.records]
    assert len(tries) == 3
    assert [line for line in lines if "try" in line] == [
        "opening the search service failed (try 1 of 3): ยังเปิดไม่ได้ ครั้งที่ 1",
        "opening the search service failed (try 2 of 3): ยังเปิดไม่ได้ ครั้งที่ 2",
    ]
    assert all(r.levelno == logging.WARNING for r in caplog.records)


def test_pages_that_need_no_search_never_wait_for_the_search_service(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = threading.Event()

    def slow(cls: type, *args: object, **kwargs: object) -> object:
        release.wait(30)  # a model that takes its time to load
        raise IndexUnavailable("ไม่ได้โหลด")

    monkeypatch.setattr(search_service.SearchService, "open", classmethod(slow))
    monkeypatch.setattr(holder_module, "OPEN_TRIES", 1)
    try:
        with TestClient(create_app(settings)) as client:
            t0 = time.monotonic()
            assert client.get("/healthz").json()["index_loaded"] is False
            assert client.get("/docs").status_code == 200
            assert client.get("/api/docs").status_code == 200
            assert client.get("/login").status_code == 200
            sign_in(client, Role.coordinator)
            assert client.get("/account").status_code == 200
            assert client.get("/km").status_code == 200
            assert client.get("/api/km/plans").status_code == 200
            assert time.monotonic() - t0 < 10
            assert not release.is_set()
            release.set()
    finally:
        release.set()


def test_requests_get_the_gil_promptly_while_the_service_warms_up_and_not_after(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[float] = []

    def opening(cls: type, *args: object, **kwargs: object) -> object:
        seen.append(sys.getswitchinterval())
        raise IndexUnavailable("ไม่มีดัชนี")

    monkeypatch.setattr(search_service.SearchService, "open", classmethod(opening))
    monkeypatch.setattr(holder_module, "OPEN_TRIES", 1)
    usual = sys.getswitchinterval()
    held = holder_module.ServiceHolder(settings, None, None)  # type: ignore[arg-type]
    held.warm_up()
    held.close()
    assert seen == [holder_module.WARM_UP_SWITCH_INTERVAL] and seen[0] < usual
    assert sys.getswitchinterval() == usual


def test_the_warm_up_runs_a_search_and_an_authority_check_for_the_portals_kind(
    settings: Settings,
) -> None:
    calls: list[tuple[str, str | None]] = []

    class Service:
        is_empty = False

        def search(self, query: str, **kw: object) -> None:
            calls.append(("search", None))

        def check_powers(self, project: str, *, org: str, k: int = 10) -> None:
            calls.append(("powers", org))

    held = holder_module.ServiceHolder(
        settings.model_copy(update={"org_kind": "tao"}),
        None,  # type: ignore[arg-type]
        None,
    )
    held._open = lambda: Service()  # type: ignore[method-assign]
    held.warm_up()
    held.close()
    # A reader's first check no longer pays for the kin vocabulary.
    assert calls == [("search", None), ("powers", "tao")]
