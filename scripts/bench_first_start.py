#!/usr/bin/env python
"""First start on a data directory built by the CLI (issue 15), on a real corpus.

Ingests --corpus (default ../shared/corpus/acts) with ``kmportal ingest`` into a
temporary directory, reusing passage vectors from the embed cache, then --starts
times copies that directory to a fresh one and starts ``kmportal serve`` on it:
launch → first ``/healthz`` answer → ``index_loaded`` true, then ten different
searches (the first against the tenth). Counts ERROR lines and tracebacks in
each server log. Prints the figures and appends a row to docs/benchmarks.md
(section "First start"), with the 1-minute load average before and after.

    nice -n 10 .venv/bin/python scripts/bench_first_start.py [--starts 20] [--corpus DIR]
"""

from __future__ import annotations

import argparse
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
REPORT = ROOT / "docs" / "benchmarks.md"
SECTION = "## First start (`scripts/bench_first_start.py`)"
INTRO = (
    "A data directory made by `kmportal ingest`, copied fresh for every start of\n"
    "`kmportal serve` (issue 15): seconds from launch to the first `/healthz`\n"
    "answer, then to `index_loaded` (index open and the warm-up search done),\n"
    "and the first of ten different searches against the tenth. *clean* counts\n"
    "starts whose log has no ERROR and no traceback. *load* is the 1-minute load\n"
    "average before / after the run.\n\n"
    "| date (UTC) | commit | corpus | chunks | starts | clean | launch→answering p50 / max s "
    "| →index_loaded p50 / max s | first search p50 / max ms | tenth p50 ms | load |\n"
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n"
)
QUERIES = (
    "อบจ. ทำประปาได้ไหม",
    "มาตรา 45 พ.ร.บ.อบจ.",
    "อำนาจหน้าที่ขององค์การบริหารส่วนจังหวัด",
    "ข้อบัญญัติงบประมาณรายจ่ายประจำปี",
    "การเลือกตั้งนายกองค์การบริหารส่วนจังหวัด",
    "สิทธิขอดูข้อมูลข่าวสารของราชการ",
    "which powers allow water supply projects",
    "right to access official information",
    "เทศบาลตำบลมีหน้าที่อะไรบ้าง",
    "การกระจายอำนาจให้แก่องค์กรปกครองส่วนท้องถิ่น",
)
CLI = [sys.executable, "-c", "from kmportal.cli import main; main()"]


def _env(cache: Path | None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KMPORTAL_")}
    if cache is not None:
        env["KMPORTAL_EMBED_CACHE"] = str(cache)
    return env


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait(predicate: object, timeout: float) -> float:
    t0 = time.monotonic()
    while time.monotonic() - t0 < timeout:
        try:
            if predicate():  # type: ignore[operator]
                return time.monotonic() - t0
        except httpx.TransportError:
            pass
        time.sleep(0.05)
    raise TimeoutError(f"not within {timeout} s")


def one_start(built: Path, work: Path, n: int, cache: Path | None) -> dict[str, float | bool]:
    data = work / f"start-{n}"
    shutil.copytree(built, data)
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    log = work / f"serve-{n}.log"
    cmd = [*CLI, "--data-dir", str(data), "serve", "--port", str(port)]
    with log.open("wb") as out:
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, env=_env(cache))
    try:
        up = _wait(lambda: httpx.get(f"{url}/healthz", timeout=1).status_code < 600, 120)
        loaded = _wait(lambda: httpx.get(f"{url}/healthz", timeout=2).json()["index_loaded"], 120)
        times = []
        with httpx.Client(base_url=url, timeout=60) as client:
            for q in QUERIES:
                t0 = time.perf_counter()
                client.get("/api/search", params={"q": q, "k": 10}).raise_for_status()
                times.append(time.perf_counter() - t0)
    finally:
        proc.terminate()
        proc.wait(30)
    text = log.read_text(encoding="utf-8", errors="replace")
    shutil.rmtree(data)
    clean = "ERROR" not in text and "Traceback" not in text
    if not clean:
        print(f"start {n}: errors in the log\n{text}", file=sys.stderr)
    return {"up": up, "loaded": loaded, "first": times[0], "tenth": times[-1], "clean": clean}


def _chunks(built: Path) -> int:
    import sqlite3

    with sqlite3.connect(built / "kmportal.db") as con:
        return int(con.execute("SELECT count(*) FROM chunk").fetchone()[0])


def _commit() -> str:
    done = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
    )
    return done.stdout.strip() or "?"


def _report(row: str) -> None:
    """Add ``row`` at the end of the section's table (notes below it stay below)."""
    text = REPORT.read_text(encoding="utf-8") if REPORT.exists() else "# Benchmarks\n"
    if SECTION not in text:
        text = text.rstrip() + f"\n\n{SECTION}\n\n{INTRO}"
    head, _, tail = text.partition(SECTION)
    body, sep, rest = tail.partition("\n## ")
    lines = body.split("\n")
    last = max(i for i, line in enumerate(lines) if line.startswith("|"))
    lines.insert(last + 1, row)
    REPORT.write_text(head + SECTION + "\n".join(lines) + (f"\n## {rest}" if sep else ""), "utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "acts")
    ap.add_argument("--starts", type=int, default=20)
    ap.add_argument(
        "--embed-cache",
        type=Path,
        default=Path.home() / ".cache" / "kmportal" / "vectors.sqlite",
        help="passage vectors by model and text (KMPORTAL_EMBED_CACHE); 'none' to embed",
    )
    args = ap.parse_args()
    cache = None if str(args.embed_cache) == "none" else args.embed_cache
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="kmportal-first-start-") as tmp:
        work = Path(tmp)
        built = work / "built"
        t0 = time.monotonic()
        ingest = [*CLI, "--data-dir", str(built), "ingest", str(args.corpus)]
        subprocess.run(ingest, env=_env(cache), check=True)
        print(f"ingested {args.corpus} in {time.monotonic() - t0:.1f} s")
        runs = []
        for n in range(args.starts):
            runs.append(one_start(built, work, n, cache))
            r = runs[-1]
            print(
                f"start {n + 1:2}: answering {r['up']:.2f} s, index_loaded +{r['loaded']:.2f} s, "
                f"first search {r['first'] * 1000:.0f} ms, tenth {r['tenth'] * 1000:.0f} ms"
                + ("" if r["clean"] else "  ERRORS IN LOG")
            )
        chunks = _chunks(built)
    load_after = os.getloadavg()[0]

    def col(key: str) -> list[float]:
        return [float(r[key]) for r in runs]

    clean = sum(bool(r["clean"]) for r in runs)
    row = (
        f"| {datetime.now(UTC):%Y-%m-%d %H:%M} | {_commit()} | {args.corpus.name} | {chunks} "
        f"| {len(runs)} | {clean} "
        f"| {statistics.median(col('up')):.2f} / {max(col('up')):.2f} "
        f"| {statistics.median(col('loaded')):.2f} / {max(col('loaded')):.2f} "
        f"| {statistics.median(col('first')) * 1000:.0f} / {max(col('first')) * 1000:.0f} "
        f"| {statistics.median(col('tenth')) * 1000:.0f} "
        f"| {load_before:.1f} / {load_after:.1f} |"
    )
    print(row)
    _report(row)


if __name__ == "__main__":
    main()
