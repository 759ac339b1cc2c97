"""The portal in a real headless Chromium: search as you type in Thai, follow a
citation to the highlighted section, work without JavaScript, pass axe-core's
accessibility audit at desktop and phone width under the strict CSP, and leave
screenshots in test-artifacts/."""

from __future__ import annotations

import os
import re
import time
from typing import TYPE_CHECKING
from urllib.parse import quote

import pytest
from conftest import (
    ARTIFACTS,
    DESKTOP,
    PHONE,
    ConsoleLog,
    LiveServer,
    assert_accessible,
    axe_violations,
    open_page,
)

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

pytestmark = pytest.mark.e2e

QUERY = "อบจ. ทำประปาได้ไหม"


def shot(page: Page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=False)


def type_query_and_wait_for_results(page: Page, query: str) -> float:
    """Types like a person; returns ms from the last keystroke to the results."""
    box = page.locator("#q")
    box.click()
    box.press_sequentially(query, delay=40)
    typed = time.perf_counter()
    page.wait_for_function(
        "q => new URLSearchParams(location.search).get('q') === q"
        " && document.querySelector('#results .hit') !== null",
        arg=query,
        timeout=10_000,
    )
    return (time.perf_counter() - typed) * 1000


def test_server_starts_within_five_seconds(live_server: LiveServer) -> None:
    wall, cpu = live_server.startup_seconds, live_server.startup_cpu_seconds
    (ARTIFACTS / "e2e-startup.txt").write_text(
        f"launch to /healthz: {wall:.2f} s wall, {cpu} s CPU, load {os.getloadavg()}\n",
        encoding="utf-8",
    )
    if os.getloadavg()[0] > (os.cpu_count() or 1) and cpu is not None:
        # Other jobs hold the CPUs: wall time measures them, not us. The work the
        # server itself did to start must still fit in the budget.
        assert cpu < 5, f"startup used {cpu:.2f} s of CPU"
    else:
        assert wall < 5, f"startup took {wall:.2f} s"


@pytest.mark.parametrize(("label", "viewport"), [("desktop", DESKTOP), ("phone", PHONE)])
def test_typing_a_thai_query_shows_results_and_the_citation_opens_the_highlighted_section(
    browser: Browser,
    live_server: LiveServer,
    console: ConsoleLog,
    label: str,
    viewport: dict[str, int],
) -> None:
    page = open_page(browser, viewport, console)
    page.goto(live_server.url + "/")
    assert page.locator("#results .examples").is_visible()

    # The first time, the query's embedding is computed (the search core's
    # cost); the second time measures what the portal adds: debounce, request,
    # render and swap.
    cold_ms = type_query_and_wait_for_results(page, QUERY)
    page.locator("#q").fill("")
    page.wait_for_selector("#results .examples")
    warm_ms = type_query_and_wait_for_results(page, QUERY)
    (ARTIFACTS / f"e2e-latency-{label}.txt").write_text(
        f"last keystroke to results: first {cold_ms:.0f} ms, repeated {warm_ms:.0f} ms\n",
        encoding="utf-8",
    )
    assert warm_ms < 1000, f"results took {warm_ms:.0f} ms after the last keystroke"

    assert page.title().startswith(QUERY)
    assert re.fullmatch(r"พบ \d+ รายการ", page.locator("#search-status").inner_text().strip())
    first = page.locator("#results .hit").first
    citation = first.locator("a.citation")
    assert citation.inner_text().split()[:2] == ["มาตรา", "46"]
    assert first.locator("mark").count() >= 1
    assert "/search?q=" in page.url  # the search is a shareable URL
    shot(page, f"search-results-{label}")
    if label == "desktop":  # the audit itself covers both widths
        assert_accessible(page, "results swapped in by htmx")

    citation.click()
    page.wait_for_url(re.compile(r"/docs/tiny-pao-act\?hl=s46#s46$"))
    section = page.locator("section#s46")
    assert "sec--hl" in (section.get_attribute("class") or "")
    assert section.is_visible() and section.evaluate(
        "el => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight; }"
    ), "the highlighted section should be scrolled into view"
    background = section.evaluate("el => getComputedStyle(el).backgroundColor")
    assert background not in ("rgba(0, 0, 0, 0)", "transparent")
    assert page.locator(".related li").count() >= 1
    shot(page, f"document-highlighted-{label}")


def test_changing_a_filter_updates_the_results_in_place(
    browser: Browser, live_server: LiveServer, console: ConsoleLog
) -> None:
    page = open_page(browser, DESKTOP, console)
    page.goto(live_server.url + "/")
    type_query_and_wait_for_results(page, QUERY)
    page.evaluate("document.body.dataset.marker = 'same page'")
    page.locator("#kind").select_option("handbook")
    page.wait_for_url(re.compile(r"kind=handbook"))
    page.wait_for_function(
        "[...document.querySelectorAll('#results .hit .badge')].every(b => b.textContent === 'คู่มือ')"
    )
    assert page.locator("#results .hit").count() >= 1
    assert page.evaluate("document.body.dataset.marker") == "same page"  # swapped, not reloaded
    assert_accessible(page, "results filtered in place")


def test_search_works_with_javascript_turned_off(
    browser: Browser, live_server: LiveServer, console: ConsoleLog
) -> None:
    page = open_page(browser, DESKTOP, console, java_script_enabled=False)
    page.goto(live_server.url + "/")
    page.locator("#q").fill(QUERY)
    page.locator("#q").press("Enter")
    page.wait_for_url(re.compile(r"/search\?q="))
    assert page.locator("#results .hit a.citation").first.inner_text().startswith("มาตรา 46")
    page.locator("#kind").select_option("handbook")
    page.locator("button[type=submit]").click()
    page.wait_for_url(re.compile(r"kind=handbook"))
    kinds = page.locator("#results .hit .badge").all_inner_texts()
    assert kinds and set(kinds) == {"คู่มือ"}


@pytest.mark.parametrize(("label", "viewport"), [("desktop", DESKTOP), ("phone", PHONE)])
def test_handbook_chapters_page_forward_with_links_and_abbreviations(
    browser: Browser,
    live_server: LiveServer,
    console: ConsoleLog,
    label: str,
    viewport: dict[str, int],
) -> None:
    page = open_page(browser, viewport, console)
    page.goto(live_server.url + "/handbook")
    shot(page, f"handbook-{label}")
    page.locator("ol.chapters a").first.click()
    page.wait_for_url(re.compile(r"/handbook/tiny-handbook/p1$"))
    assert page.locator("abbr[title^='องค์กรปกครองส่วนท้องถิ่น']").count() >= 1
    shot(page, f"handbook-chapter-{label}")
    if label == "desktop":  # the audit itself covers both widths
        assert_accessible(page, "a handbook chapter")
    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    assert scroll_width <= viewport["width"], "the page must not scroll sideways"
    page.locator("a[rel=next]").click()
    page.wait_for_url(re.compile(r"/handbook/tiny-handbook/p2$"))
    page.locator("a[rel=prev]").click()
    page.wait_for_url(re.compile(r"/handbook/tiny-handbook/p1$"))
    page.locator("a.lawref").first.click()  # มาตรา 45 (8) in the handbook text
    page.wait_for_url(re.compile(r"/docs/tiny-pao-act\?hl=s45#s45$"))
    assert "sec--hl" in (page.locator("section#s45").get_attribute("class") or "")


@pytest.mark.parametrize(
    "path",
    [
        "/",
        f"/search?q={quote(QUERY)}",
        f"/search?q={quote(QUERY)}&kind=handbook",
        "/search?q=zzqxv",  # no results
        "/docs",
        "/docs/tiny-pao-act?hl=s45#s45",
        "/handbook",
        "/handbook/tiny-handbook",
        "/handbook/tiny-handbook/p2",
        "/glossary",
        "/powers",
        f"/powers?project={quote('ก่อสร้างระบบประปาหมู่บ้าน')}&org=pao",
        "/login",
        "/docs/no-such-document",
    ],
)
def test_every_page_passes_axe_at_desktop_and_phone_width_without_console_errors(
    browser: Browser, live_server: LiveServer, console: ConsoleLog, path: str
) -> None:
    page = open_page(browser, DESKTOP, console)
    response = page.goto(live_server.url + path)
    assert response is not None
    if path == "/docs/no-such-document":
        assert response.status == 404
        console.errors.clear()  # Chromium logs the 404 status of the page itself
    assert_accessible(page, path)
    shot(page, "page" + (re.sub(r"[^a-z0-9]+", "-", path.split("?")[0]).rstrip("-") or "-start"))
    page.set_viewport_size(PHONE)
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"], (
        f"{path} scrolls sideways at phone width"
    )


def test_the_authority_check_answers_in_place_and_copies_a_citation_in_one_click(
    browser: Browser, live_server: LiveServer, console: ConsoleLog
) -> None:
    page = open_page(browser, DESKTOP, console, permissions=["clipboard-read", "clipboard-write"])
    page.goto(live_server.url + "/powers")
    page.fill("#project", "ก่อสร้างระบบประปาหมู่บ้าน")
    page.locator("#powers-form button[type=submit]").click()
    button = page.locator("#power-result button.copy").first
    button.wait_for(state="visible")  # shown by portal.js, hidden without it
    page.wait_for_url(re.compile(r"/powers\?project="))  # htmx keeps the URL shareable
    label = button.get_attribute("data-copy")
    assert label and label.startswith("มาตรา ๔๖ แห่งพระราชบัญญัติองค์การบริหารส่วนจังหวัด")
    button.click()
    assert page.evaluate("navigator.clipboard.readText()") == label
    page.locator("#power-result a.citation").first.click()
    page.wait_for_url(re.compile(r"/docs/tiny-pao-act\?hl=s46#s46$"))
    shot(page, "powers-citation-opened")


def test_the_audit_reports_serious_and_critical_violations_with_their_elements(
    browser: Browser, console: ConsoleLog
) -> None:
    page = open_page(browser, DESKTOP, console)
    page.set_content(
        "<html><head><title>x</title></head><body><main><h1>x</h1>"
        '<input id="nolabel"><p style="color:#bbb">faint text</p><a href="/"></a>'
        "</main></body></html>"
    )
    found = {v["id"]: v for v in axe_violations(page)}
    assert {"html-has-lang", "label", "color-contrast", "link-name"} <= set(found)
    assert {v["impact"] for v in found.values()} <= {"serious", "critical"}
    assert any("#nolabel" in n for n in found["label"]["nodes"])
    with pytest.raises(AssertionError, match=r"\[phone\] critical label"):
        assert_accessible(page)


def test_the_strict_csp_stays_in_force_on_audited_pages(
    browser: Browser, live_server: LiveServer, console: ConsoleLog
) -> None:
    page = open_page(browser, DESKTOP, console)
    response = page.goto(live_server.url + "/docs")
    assert response is not None
    csp = response.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert_accessible(page, "/docs")
    # The audit ran, yet the page itself still may not run inline script.
    from playwright.sync_api import Error

    with pytest.raises(Error, match="violates the following Content Security Policy"):
        page.add_script_tag(content="document.body.dataset.inline = 'ran'")
    assert page.evaluate("document.body.dataset.inline") is None
    assert [e for e in console.errors if "Content Security Policy" not in e] == []
    console.errors.clear()  # the refusal itself, logged by Chromium


def test_a_highlight_link_without_its_anchor_still_scrolls_to_the_section(
    browser: Browser, live_server: LiveServer, console: ConsoleLog
) -> None:
    page = open_page(browser, PHONE, console)
    page.goto(live_server.url + "/docs/tiny-pao-act?hl=s70")
    section = page.locator("section#s70")
    assert section.evaluate(
        "el => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight; }"
    )
    assert section.evaluate("el => el === document.activeElement")


def test_keyboard_user_can_skip_to_content_and_sees_where_focus_is(
    browser: Browser, live_server: LiveServer, console: ConsoleLog
) -> None:
    page = open_page(browser, DESKTOP, console)
    page.goto(live_server.url + "/")
    page.keyboard.press("Tab")
    skip = page.locator(".skip-link")
    assert skip.evaluate("el => el === document.activeElement")
    assert skip.evaluate("el => el.getBoundingClientRect().top >= 0"), "skip link shows on focus"
    page.keyboard.press("Tab")
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline not in ("none", ""), "focus must be visible"
    page.locator("#q").focus()
    page.keyboard.type("มาตรา 45")
    page.keyboard.press("Enter")
    # A locator wait, not wait_for_function: a string predicate is eval'd in the
    # page, which the CSP (no 'unsafe-eval') rightly refuses after a navigation.
    page.locator("#results .hit").first.wait_for()


def test_english_switch_translates_the_interface(
    browser: Browser, live_server: LiveServer, console: ConsoleLog
) -> None:
    page = open_page(browser, DESKTOP, console)
    page.goto(live_server.url + "/docs")
    page.locator(".lang-switch").click()
    page.wait_for_url(re.compile(r"/docs$"))
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("h1").inner_text() == "All documents"
    assert_accessible(page, "/docs in English")
    page.locator(".lang-switch").click()
    page.wait_for_url(re.compile(r"/docs$"))
    assert page.locator("h1").inner_text() == "เอกสารทั้งหมด"
