"""A live portal (``kmportal serve`` in a subprocess, over a tiny ingested Thai
corpus) and Debian's headless Chromium driven by Playwright.

Playwright never downloads a browser here: it drives /usr/bin/chromium. Without
it the tests fail under CI (CI=1) and are skipped elsewhere."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx
import pytest

if TYPE_CHECKING:
    from fastapi import FastAPI
    from playwright.sync_api import Browser, Page

os.environ.setdefault("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}

# axe-core, vendored (tests run offline): tests/e2e/vendor/axe-core/README.md.
AXE_VERSION = "4.14.1"
AXE_SOURCE = (Path(__file__).parent / "vendor" / "axe-core" / "axe.min.js").read_text("utf-8")
BLOCKING_IMPACTS = ["serious", "critical"]
_RUN_AXE = """async (impacts) => {
  const result = await axe.run(document, {resultTypes: ['violations']});
  return result.violations.filter(v => impacts.includes(v.impact)).map(v => ({
    id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.map(n => n.target.join(' ') + ': ' + n.failureSummary.replace(/\\s+/g, ' ')),
  }));
}"""


def chromium_path() -> str | None:
    candidates = ("/usr/bin/chromium", shutil.which("chromium"), shutil.which("chromium-browser"))
    for candidate in candidates:
        if candidate and Path(candidate).exists():
            return candidate
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class LiveServer:
    url: str
    startup_seconds: float  # wall clock, launch to the first /healthz answer
    startup_cpu_seconds: float | None  # CPU the server process used meanwhile


def _cpu_seconds(pid: int) -> float | None:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    # utime and stime are fields 14 and 15 of stat; 12 and 13 after "pid (comm) ".
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


@pytest.fixture(scope="session")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    from helpers.tiny_corpus import ingest_fixture

    settings = ingest_fixture(tmp_path_factory.mktemp("e2e"))
    port = _free_port()
    ARTIFACTS.mkdir(exist_ok=True)
    log = (ARTIFACTS / "e2e-server.log").open("w", encoding="utf-8")
    cmd = [
        sys.executable,
        "-c",
        "from kmportal.cli import main; main()",
        "--data-dir",
        str(settings.data_dir),
        "serve",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
    ]
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, cwd=ROOT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = started + 30
        while True:
            if proc.poll() is not None:
                pytest.fail(f"kmportal serve exited with {proc.returncode}; see {log.name}")
            try:
                if httpx.get(f"{url}/healthz", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.perf_counter() > deadline:
                pytest.fail("kmportal serve did not answer /healthz within 30 s")
            time.sleep(0.05)
        yield LiveServer(url, time.perf_counter() - started, _cpu_seconds(proc.pid))
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    path = chromium_path()
    if path is None:
        message = "Debian's chromium is not installed (scripts/install.sh --dev installs it)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=path, args=CHROMIUM_ARGS)
        try:
            yield b
        finally:
            b.close()


@dataclass
class ConsoleLog:
    errors: list[str] = field(default_factory=list)


def open_page(
    browser: Browser, viewport: dict[str, int], console: ConsoleLog, **options: Any
) -> Page:
    """A page in a fresh context that records console errors and page errors."""
    context = browser.new_context(viewport=viewport, locale="th-TH", **options)
    page = context.new_page()
    page.on("console", lambda m: console.errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: console.errors.append(str(e)))
    return page


def axe_violations(page: Page) -> list[dict[str, Any]]:
    """The serious and critical violations axe-core finds on the page as it is now.

    axe is evaluated through the DevTools protocol, which the page's CSP does not
    govern, so the page is audited as served, strict CSP and all: nothing is
    relaxed for the audit and the page itself still cannot run inline script."""
    if not page.evaluate("() => typeof window.axe === 'object'"):
        page.evaluate(AXE_SOURCE)
    violations: list[dict[str, Any]] = page.evaluate(_RUN_AXE, BLOCKING_IMPACTS)
    return violations


def assert_accessible(page: Page, where: str = "") -> None:
    """No serious or critical axe-core violation on the page in its current state,
    at desktop and at phone width; the viewport is restored afterwards."""
    original = page.viewport_size
    problems = []
    for label, viewport in (("desktop", DESKTOP), ("phone", PHONE)):
        page.set_viewport_size(viewport)
        for v in axe_violations(page):
            nodes = "".join(f"\n    {n}" for n in v["nodes"])
            problems.append(f"[{label}] {v['impact']} {v['id']}: {v['help']}{nodes}")
    if original is not None:
        page.set_viewport_size(original)
    assert not problems, f"axe {AXE_VERSION} on {where or page.url}:\n" + "\n".join(problems)


@pytest.fixture
def console() -> Iterator[ConsoleLog]:
    log = ConsoleLog()
    yield log
    assert log.errors == [], f"console errors: {log.errors}"


def sign_in_browser(page: Page, base_url: str, username: str, next_path: str = "/") -> None:
    """Sign in through the real login form (and its CSRF token), landing on ``next_path``."""
    from helpers.auth import PASSWORD

    page.goto(f"{base_url}/login?next={next_path}")
    page.fill("#login-username", username)
    page.fill("#login-password", PASSWORD)
    page.get_by_role("button", name="เข้าสู่ระบบ").click()
    page.wait_for_url(f"{base_url}{next_path}")


@contextmanager
def serve_in_thread(app: FastAPI) -> Iterator[str]:
    """``app`` under uvicorn in a daemon thread; yields its base URL."""
    import uvicorn

    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=_free_port(), log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the portal did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{server.config.port}"
    finally:
        server.should_exit = True
        thread.join(10)
