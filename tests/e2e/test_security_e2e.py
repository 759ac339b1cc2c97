"""In headless Chromium: signing in and out through the real forms, the account
and admin pages under the strict CSP (no console errors, no serious or critical
axe-core violation),
and hostile names that never run as script."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest
import uvicorn
from conftest import DESKTOP, PHONE, ConsoleLog, assert_accessible, open_page, sign_in_browser
from helpers.auth import PASSWORD
from helpers.portal import build_portal
from helpers.web import PAYLOAD

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

pytestmark = pytest.mark.e2e

HOSTILE_NAMES = [PAYLOAD, "<img src=x onerror=alert(3)>", "{{7*7}}"]


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    portal = build_portal(tmp_path_factory.mktemp("e2e-security") / "data")
    admin = portal.client("admin")
    for i, name in enumerate(HOSTILE_NAMES):
        r = admin.post(
            "/admin/users",
            data={"username": f"evil{i}", "display_name": name, "password": PASSWORD},
            follow_redirects=False,
        )
        assert r.status_code == 303
        anon = portal.client("anonymous")
        anon.post("/login", data={"username": name, "password": "x"})
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(
        uvicorn.Config(portal.app, host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline:
            pytest.fail("the portal did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(10)


def _no_dialogs(page: Page) -> list[str]:
    dialogs: list[str] = []

    def on_dialog(dialog) -> None:  # type: ignore[no-untyped-def]
        dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    return dialogs


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_admin_pages_work_under_the_csp_and_hostile_names_stay_text(
    browser: Browser, base_url: str, console: ConsoleLog, viewport: dict[str, int]
) -> None:
    page = open_page(browser, viewport, console)
    dialogs = _no_dialogs(page)
    sign_in_browser(page, base_url, "user-admin", "/admin/users")
    for path in ("/admin/users", "/admin/audit?action=login.failure", "/account"):
        page.goto(base_url + path)
        if viewport is DESKTOP:  # the audit itself covers both widths
            assert_accessible(page, path)
        assert page.locator("img").count() == 0
    page.goto(base_url + "/admin/users")
    for name in HOSTILE_NAMES:
        assert page.get_by_text(name, exact=True).count() >= 1
    assert dialogs == []


def test_signing_in_creating_a_token_and_signing_out_in_the_browser(
    browser: Browser, base_url: str, console: ConsoleLog
) -> None:
    page = open_page(browser, DESKTOP, console)
    page.goto(base_url + "/km")
    assert "/login?next=" in page.url  # the visitor is sent to sign in first
    assert_accessible(page, "the sign-in page")
    page.fill("#login-username", "user-coordinator")
    page.fill("#login-password", PASSWORD)
    page.get_by_role("button", name="เข้าสู่ระบบ").click()
    page.wait_for_url(f"{base_url}/km")
    page.goto(base_url + "/account")
    page.fill("#token-name", "รายงานประจำคืน")
    page.get_by_role("button", name="สร้างโทเคน").click()
    token = page.locator("#new-token").inner_text()
    assert token.startswith("kmp_")
    assert_accessible(page, "/account showing a new token")
    page.goto(base_url + "/account")
    assert page.locator("#new-token").count() == 0  # shown once
    assert page.get_by_text("รายงานประจำคืน").count() == 1
    page.get_by_role("button", name="ออกจากระบบ").click()
    page.wait_for_url(base_url + "/")
    page.goto(base_url + "/km")
    assert "/login?next=" in page.url
