#!/usr/bin/env python
"""Portal API speed: ``GET /api/search`` latency, warm, through the whole app.

Ingests ../shared/corpus/acts into a temporary data directory, or into
--data-dir when that holds no documents yet (kept, so the next run reuses it),
builds the app with ``create_app`` and times
``GET /api/search`` with FastAPI's TestClient over Thai and English queries:
each query once to warm it, then --rounds timed passes. Prints p50/p95 and
appends a row to docs/benchmarks-api.md.

    .venv/bin/python scripts/bench_api.py [--data-dir DIR] [--corpus DIR] [--rounds 5]
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from fastapi.testclient import TestClient
from sqlmodel import Session

from kmportal.docstore import service as docstore
from kmportal.settings import Settings
from kmportal.web.app import create_app

ROOT = Path(__file__).resolve().parent.parent
REPORT = ROOT / "docs" / "benchmarks-api.md"
QUERIES = [
    "อบจ. ทำประปาได้ไหม",
    "มาตรา 45 พ.ร.บ.อบจ.",
    "อำนาจหน้าที่ขององค์การบริหารส่วนจังหวัด",
    "การจัดทำแผนพัฒนาท้องถิ่น",
    "ข้อบัญญัติงบประมาณรายจ่ายประจำปี",
    "การเลือกตั้งนายกองค์การบริหารส่วนจังหวัด",
    "ค่าธรรมเนียมโรงแรม",
    "สิทธิขอดูข้อมูลข่าวสารของราชการ",
    "น้ำ",
    "which powers allow water supply projects",
    "Who approves the annual budget ordinance?",
    "right to access official information",
]
HEADER = (
    "# API benchmarks\n\n"
    "`GET /api/search` through the whole app (FastAPI TestClient, no network), warm:\n"
    "each query answered once before timing (that first answer, which embeds the\n"
    "query, is reported separately as *first p50 / p95*). Written by\n"
    "`scripts/bench_api.py`; *load* is the 1-minute load average when it ran.\n\n"
    "| date (UTC) | commit | corpus | docs | queries × rounds | p50 ms | p95 ms | max ms "
    "| first p50 / p95 ms | CPUs | load | threads |\n"
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n"
)


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def git_commit() -> str:
    try:
        out = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        )
    except (OSError, subprocess.CalledProcessError):
        return "?"
    return out.stdout.strip()


def load_average() -> str:
    try:
        return f"{os.getloadavg()[0]:.1f}"
    except OSError:
        return "?"


def count_documents(settings: Settings) -> int:
    if not settings.db_path.exists():
        return 0
    from kmportal.db import prepare_database

    engine = prepare_database(settings)
    with Session(engine) as session:
        n = len(docstore.list_documents(session))
    engine.dispose()
    return n


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--data-dir", type=Path, help="use this ingested data directory as it is")
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "acts")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--no-write", action="store_true", help="print only; leave the report alone")
    args = ap.parse_args()

    tmp: Path | None = None
    if args.data_dir is not None:
        settings = Settings(data_dir=args.data_dir)
    else:
        tmp = Path(tempfile.mkdtemp(prefix="kmportal-bench-api-"))
        settings = Settings(data_dir=tmp / "data")
    corpus_name = args.corpus.name
    if count_documents(settings) == 0:
        from kmportal.ingest.pipeline import ingest_paths

        print(f"ingesting {args.corpus} into {settings.data_dir} ...", flush=True)
        t0 = time.perf_counter()
        report = ingest_paths(settings, [args.corpus])
        print(f"  {len(report.added)} documents in {time.perf_counter() - t0:.1f} s", flush=True)
    elif args.data_dir is not None:
        corpus_name = str(args.data_dir)
    try:
        app = create_app(settings)
        with TestClient(app) as client:
            service = app.state.holder.get()
            with Session(service.engine) as session:
                n_docs = len(docstore.list_documents(session))
            if n_docs == 0:
                print("nothing ingested: nothing to measure", file=sys.stderr)
                return 1
            first: list[float] = []
            for q in QUERIES:  # warm: model, tokenizer, query cache
                t0 = time.perf_counter()
                r = client.get("/api/search", params={"q": q})
                first.append((time.perf_counter() - t0) * 1000)
                r.raise_for_status()
            samples: list[float] = []
            for _ in range(args.rounds):
                for q in QUERIES:
                    t0 = time.perf_counter()
                    r = client.get("/api/search", params={"q": q})
                    samples.append((time.perf_counter() - t0) * 1000)
                    r.raise_for_status()
    finally:
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)

    p50, p95, worst = percentile(samples, 0.5), percentile(samples, 0.95), max(samples)
    f50, f95 = percentile(first, 0.5), percentile(first, 0.95)
    print(
        f"GET /api/search warm over {len(QUERIES)} queries × {args.rounds} rounds "
        f"({n_docs} documents): p50 {p50:.1f} ms, p95 {p95:.1f} ms, max {worst:.1f} ms"
    )
    print(
        f"first answer to each query (embedding not yet cached): p50 {f50:.0f} ms, p95 {f95:.0f} ms"
    )
    if not args.no_write:
        REPORT.parent.mkdir(parents=True, exist_ok=True)
        if not REPORT.exists():
            REPORT.write_text(HEADER, encoding="utf-8")
        row = (
            f"| {datetime.now(UTC):%Y-%m-%d %H:%M} | {git_commit()} | {corpus_name} | {n_docs} "
            f"| {len(QUERIES)} × {args.rounds} | {p50:.1f} | {p95:.1f} | {worst:.1f} "
            f"| {f50:.0f} / {f95:.0f} | {os.cpu_count()} ({platform.machine()}) "
            f"| {load_average()} | {settings.threads} |\n"
        )
        with REPORT.open("a", encoding="utf-8") as fh:
            fh.write(row)
        print(f"appended to {REPORT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
