"""The admin documents page in headless Chromium: upload a Thai text through the
real form, watch its job reach "done", find it from the search box; and see a
file whose content contradicts its name refused in Thai. A deterministic fake
embedder keeps the model unloaded. Screenshots go to test-artifacts/."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING
from urllib.parse import quote

import pytest
from conftest import (
    ARTIFACTS,
    DESKTOP,
    ConsoleLog,
    assert_accessible,
    open_page,
    serve_in_thread,
    sign_in_browser,
)
from helpers.auth import create_account
from helpers.thai_corpus import FakeEmbedder

from kmportal.auth.models import Role
from kmportal.ingest.pipeline import ingest_paths
from kmportal.search.service import SearchService
from kmportal.settings import Settings
from kmportal.web.app import create_app

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

pytestmark = pytest.mark.e2e

HANDBOOK = "คู่มือการจัดทำแผนพัฒนาท้องถิ่น\n\nการจัดทำแผนพัฒนาท้องถิ่นสี่ปี และการติดตามผล\n"
WORD = "กระจับปี่"  # in the upload only, never in the handbook
UPLOAD_NAME = "ระเบียบดนตรีไทย.txt"
UPLOAD_ID = "ระเบียบดนตรีไทย"
UPLOAD_TEXT = f"ระเบียบการฝึกซ้อมดนตรีไทยของหมู่บ้าน\n\nผู้เรียนฝึกบรรเลง{WORD}ทุกวันเสาร์ที่ศาลาประชาคม\n"
PNG_BYTES = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + bytes(32)


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    tmp = tmp_path_factory.mktemp("e2e-upload")
    settings = Settings(
        data_dir=tmp / "data", corpus_dir=tmp / "corpus", upload_dir=tmp / "uploads"
    )
    base = settings.corpus_dir / "base-handbook.txt"
    base.parent.mkdir(parents=True)
    base.write_text(HANDBOOK, "utf-8")
    ingest_paths(settings, [base], embedder=FakeEmbedder())
    service = SearchService.open(settings, embedder=FakeEmbedder())
    create_account(settings, "admin", Role.admin)
    with serve_in_thread(create_app(settings, service=service)) as url:
        yield url


def shot(page: Page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    # caret="hide" (the default) leaves style="" on every input; htmx's settle then
    # copies it onto the swapped-in copy, which the CSP (style-src 'self') reports.
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True, caret="initial")


def upload(page: Page, name: str, content: bytes, mime: str) -> None:
    page.locator("#upload-file").set_input_files(
        {"name": name, "mimeType": mime, "buffer": content}
    )
    page.get_by_role("button", name="อัปโหลด", exact=True).click()


def test_an_admin_uploads_a_thai_text_in_the_browser_and_finds_it_from_the_search_box(
    browser: Browser, base_url: str, console: ConsoleLog
) -> None:
    from playwright.sync_api import expect

    page = open_page(browser, DESKTOP, console)
    sign_in_browser(page, base_url, "admin", "/admin/documents")
    expect(page.locator("#documents")).not_to_contain_text(UPLOAD_ID)
    shot(page, "upload-before")
    assert_accessible(page, "/admin/documents")

    upload(page, UPLOAD_NAME, UPLOAD_TEXT.encode(), "text/plain")
    job = page.locator("#upload-result .upload-job")
    expect(job).to_contain_text(UPLOAD_NAME)
    # The partial polls itself every second until the ingest has finished.
    expect(job).to_have_class(re.compile(r"\bupload-job--done\b"), timeout=15_000)
    expect(job.locator(".upload-job__status")).to_have_text("เสร็จแล้ว")
    expect(job.locator(".upload-job__progress")).to_contain_text("ไฟล์ 1/1")
    # The finished job tells the documents table to reload itself.
    expect(page.locator("#documents")).to_contain_text(UPLOAD_ID)
    assert page.url == f"{base_url}/admin/documents"  # htmx all along, no reload
    shot(page, "upload-done")
    assert_accessible(page, "/admin/documents after an upload")

    page.goto(base_url + "/")
    page.locator("#q").press_sequentially(WORD, delay=30)
    first = page.locator("#results .hit").first
    expect(first.locator(".hit__title a")).to_have_attribute(
        "href", re.compile("^" + re.escape(f"/docs/{quote(UPLOAD_ID)}"))
    )
    expect(page.locator("#results")).to_contain_text(WORD)
    shot(page, "upload-search")
    assert_accessible(page, "search results for the uploaded text")


def test_a_png_named_txt_is_refused_in_thai_on_the_documents_page(
    browser: Browser, base_url: str
) -> None:
    from playwright.sync_api import expect

    console = ConsoleLog()
    page = open_page(browser, DESKTOP, console)
    sign_in_browser(page, base_url, "admin", "/admin/documents")
    upload(page, "รูปภาพ.txt", PNG_BYTES, "text/plain")
    refusal = page.locator("#upload-result")
    expect(refusal).to_contain_text("ไฟล์ถูกปฏิเสธ")
    expect(refusal).to_contain_text("รูปภาพ.txt")
    expect(refusal).to_contain_text("PNG")
    expect(refusal).to_contain_text("ไม่ใช่ไฟล์ข้อความ")
    expect(page.locator("#documents")).not_to_contain_text("รูปภาพ")
    assert page.url == f"{base_url}/admin/documents"
    shot(page, "upload-refused")
    assert_accessible(page, "/admin/documents with a refused file")
    # Chromium logs every 4xx answer; the refusal is one on purpose, nothing else may be.
    unexpected = [e for e in console.errors if "status of 415" not in e]
    assert unexpected == [], console.errors
