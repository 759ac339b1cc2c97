"""Issue 15's bar: a data directory made by the CLI starts cleanly, every time.

A small Thai corpus is written by the test and ingested with the real CLI into
a data directory; then, 20 times, a copy of that directory gets a fresh
``kmportal serve``: its log has no ERROR and no traceback, ``/healthz`` reports
the index loaded within 5 s of the server answering, and the first search is
not markedly slower than the tenth (the warm-up paid for the lazy loads).
``scripts/bench_first_start.py`` does the same on the acts corpus.

The 5 s and the first search's margin hold on a quiet machine; when other work
shares the cores (the project's two are shared), both are stretched by the
load per core, measured as the test starts, so the test stays a check of
behaviour rather than of the neighbours."""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from helpers.server import ROOT, start, stop, wait_until_up
from helpers.tiny_corpus import write_fixture_corpus

from kmportal.settings import Settings

STARTS = 20
# >= 1: how much slower than quiet the machine is now.
SLOWDOWN = max(1.0, os.getloadavg()[0] / (os.cpu_count() or 1))
QUERIES = (
    "อบจ. ทำประปาได้ไหม",
    "มาตรา 45 พ.ร.บ.อบจ.",
    "สมัยประชุมสามัญ",
    "รายได้ขององค์การบริหารส่วนจังหวัด",
    "การติดตามและประเมินผล",
    "which powers allow water supply projects",
    "ก.บ.จ.",
    "ไฟฟ้าหรือแสงสว่าง",
    "ข้อบัญญัติ",
    "แผนพัฒนาท้องถิ่น",
)


def _cli_ingest(data_dir: Path, corpus: Path) -> None:
    cmd = [sys.executable, "-c", "from kmportal.cli import main; main()"]
    cmd += ["--data-dir", str(data_dir), "ingest", str(corpus)]
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "added 2" in done.stdout, done.stdout + done.stderr


def _until_loaded(url: str, timeout: float) -> float:
    t0 = time.monotonic()
    while time.monotonic() - t0 < timeout:
        health = httpx.get(f"{url}/healthz", timeout=2).json()
        assert health["status"] == "ok", health
        if health["index_loaded"]:
            return time.monotonic() - t0
        time.sleep(0.05)
    raise AssertionError(f"index not loaded within {timeout} s")


def _search_seconds(url: str) -> list[float]:
    times = []
    with httpx.Client(base_url=url, timeout=30) as client:
        for q in QUERIES:
            t0 = time.perf_counter()
            r = client.get("/api/search", params={"q": q, "k": 5})
            times.append(time.perf_counter() - t0)
            assert r.status_code == 200, r.text
    return times


@pytest.mark.slow
def test_a_cli_built_directory_starts_cleanly_twenty_times(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    write_fixture_corpus(corpus)
    built = tmp_path / "built"
    _cli_ingest(built, corpus)
    loads, firsts, tenths = [], [], []
    for n in range(STARTS):
        data = tmp_path / f"start-{n}"
        shutil.copytree(built, data)
        settings = Settings(data_dir=data, corpus_dir=corpus)
        server = start(settings, tmp_path / f"serve-{n}.log")
        try:
            wait_until_up(server)
            loads.append(_until_loaded(server.url, timeout=5.0 * SLOWDOWN))
            times = _search_seconds(server.url)
            firsts.append(times[0])
            tenths.append(times[-1])
        finally:
            stop(server)
        log = server.log.read_text(encoding="utf-8", errors="replace")
        assert "ERROR" not in log and "Traceback" not in log, log
        shutil.rmtree(data)
    print(
        f"(load x{SLOWDOWN:.1f}) {STARTS} starts: index loaded after {max(loads):.2f} s at most "
        f"(median {statistics.median(loads):.2f}); first search median "
        f"{statistics.median(firsts) * 1000:.0f} ms, "
        f"tenth {statistics.median(tenths) * 1000:.0f} ms"
    )
    # Not markedly slower: within 3x the tenth and never more than 0.5 s above it.
    for first, tenth in zip(firsts, tenths, strict=True):
        assert first <= max(3 * tenth, tenth + 0.5 * SLOWDOWN), (first, tenth)
