"""End to end in headless Chromium: open the seed plan, add a log through the
inline form, and see the indicator, the chart and the overview update; axe-core
audits each state. Screenshots of the dashboard go to test-artifacts/ (gitignored)."""

from __future__ import annotations

import socket
import threading
import time
import types
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from conftest import assert_accessible
from helpers.auth import PASSWORD, create_account

from kmportal.auth.models import Role
from kmportal.settings import Settings
from kmportal.web.app import create_app

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

pytestmark = pytest.mark.e2e

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    import uvicorn

    settings = Settings(data_dir=tmp_path_factory.mktemp("e2e") / "data")
    # The KM pages never need the search service; a stand-in keeps the model unloaded.
    stub = types.SimpleNamespace(engine=None, is_empty=True)
    app = create_app(settings, service=stub)  # type: ignore[arg-type]
    create_account(settings, "coordinator", Role.coordinator)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
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


@pytest.fixture(scope="module")
def page(base_url: str, browser: Browser) -> Iterator[Page]:
    """A fresh context; ``browser`` (tests/e2e/conftest.py) skips or fails without Chromium."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="th-TH")
    pg = context.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    pg.errors = errors  # type: ignore[attr-defined]
    # KM is for coordinators: sign in through the real form (and its CSRF token).
    pg.goto(f"{base_url}/login?next=/km")
    pg.fill("#login-username", "coordinator")
    pg.fill("#login-password", PASSWORD)
    pg.get_by_role("button", name="เข้าสู่ระบบ").click()
    pg.wait_for_url(f"{base_url}/km")
    yield pg
    context.close()


def _unexpected(errors: list[str]) -> list[str]:
    # A refused form answers 422 on purpose (htmx swaps it in); Chromium logs every 4xx.
    return [e for e in errors if "status of 422" not in e]


def test_adding_a_log_in_the_browser_updates_indicator_chart_and_overview(
    page: Page, base_url: str
) -> None:
    from playwright.sync_api import expect

    ARTIFACTS.mkdir(exist_ok=True)
    page.goto(f"{base_url}/km")
    assert_accessible(page, "/km with no plan")
    page.get_by_role("button", name="โหลดแผนตัวอย่าง").click()
    page.wait_for_url("**/km/plans/*")
    card = page.locator("article.km-ind").first
    expect(card.get_by_test_id("actual")).to_have_text("ไม่มีข้อมูล")
    expect(card.locator("circle.km-point")).to_have_count(0)
    expect(page.locator("#step-1")).to_have_attribute("data-status", "not_started")
    page.screenshot(path=str(ARTIFACTS / "km-dashboard-before.png"), full_page=True)
    assert_accessible(page, "the seed plan")

    card.get_by_test_id("add-log").click()
    form = card.get_by_test_id("log-form")
    expect(form).to_be_visible()
    form.get_by_label("วันที่ดำเนินการ").fill("2021-03-10")
    form.get_by_label("ผู้ได้รับเชิญ").fill("18")
    form.get_by_label("ผู้เข้าร่วม").fill("24")
    form.get_by_label("สิ่งที่ดำเนินการ").fill("ประชุมระดมความคิดเห็น")
    form.get_by_label("บันทึกแทน (ถ้ามี)").fill("สมศรี")  # a note; the account records it
    form.get_by_role("button", name="บันทึก", exact=True).click()
    error = page.locator(".km-field-error[data-field=attended]")
    expect(error).to_contain_text("มากกว่าผู้ได้รับเชิญ")
    page.screenshot(path=str(ARTIFACTS / "km-dashboard-field-error.png"), full_page=True)
    assert_accessible(page, "a log form refused with a field error")

    card = page.locator("article.km-ind").first
    card.get_by_label("ผู้เข้าร่วม").fill("14")
    card.get_by_role("button", name="บันทึก", exact=True).click()
    card = page.locator("article.km-ind").first
    expect(card.get_by_test_id("actual")).to_have_text("77.8%")
    expect(card.get_by_test_id("verdict")).to_have_text("บรรลุ")
    expect(card.locator("circle.km-point")).to_have_count(1)
    expect(page.locator("#step-1")).to_have_attribute("data-status", "done")
    expect(page.locator("#km-summary")).to_contain_text("บรรลุ 1")
    assert page.url.endswith(tuple("0123456789"))  # stayed on the dashboard: htmx, no reload
    page.screenshot(path=str(ARTIFACTS / "km-dashboard-after.png"), full_page=True)

    # A second meeting: the chart gains a point and a line, the rate is re-aggregated.
    card.get_by_test_id("add-log").click()
    form = card.get_by_test_id("log-form")
    form.get_by_label("วันที่ดำเนินการ").fill("2021-03-25")
    form.get_by_label("ผู้ได้รับเชิญ").fill("12")
    form.get_by_label("ผู้เข้าร่วม").fill("4")
    form.get_by_label("สิ่งที่ดำเนินการ").fill("ประชุมครั้งที่ 2")
    form.get_by_role("button", name="บันทึก", exact=True).click()
    card = page.locator("article.km-ind").first
    expect(card.get_by_test_id("actual")).to_have_text("60.0%")  # 18 of 30, not mean of rates
    expect(card.get_by_test_id("verdict")).to_have_text("ไม่บรรลุ")
    expect(card.locator("circle.km-point")).to_have_count(2)
    expect(card.locator("polyline.km-line")).to_have_count(1)
    page.screenshot(path=str(ARTIFACTS / "km-dashboard-two-logs.png"), full_page=True)
    assert_accessible(page, "the plan with two logs and a chart")
    assert _unexpected(page.errors) == []  # type: ignore[attr-defined]
