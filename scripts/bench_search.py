#!/usr/bin/env python
"""Search-core speed: index build, re-ingest, query latency, memory.

Builds a fresh data directory from ../shared/corpus/{acts,handbook,news} (or,
with --scale N, from the first N Acts of thai-law-all), then times
`SearchService.search` warm. Prints the figures and writes them as JSON to
indexes/benchmarks/search[-scaleN].json.

    .venv/bin/python scripts/bench_search.py [--corpus DIR] [--scale N] [--rounds 5]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from kmportal.db import make_engine
from kmportal.index import store
from kmportal.index.embed import embedder_name
from kmportal.ingest.pipeline import ingest_paths
from kmportal.search.service import SearchService
from kmportal.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
EXTRA_QUERIES = [
    "อบจ. ทำประปาได้ไหม",
    "มาตรา 45 พ.ร.บ.อบจ.",
    "which powers allow water supply projects",
    "ค่าธรรมเนียมโรงแรม",
    "ม.๑๗ (๑๖) กฎหมายกระจายอำนาจ",
    "ข้อบัญญัติงบประมาณ",
    "น้ำ",
    "Who chairs the provincial planning committee?",
    "การเลือกตั้งนายกองค์การบริหารส่วนจังหวัด",
]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    ap.add_argument(
        "--scale",
        default="0",
        help="ingest the first N Acts of thai-law-all instead; 'all': the whole library "
        "through the real commands (scripts/bench_library.py)",
    )
    ap.add_argument("--kills", type=int, default=0, help="with --scale all: see bench_library")
    ap.add_argument("--reuse", action="store_true", help="with --scale all and --keep")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--keep", type=Path, help="keep the data directory here")
    args = ap.parse_args()
    if args.scale == "all":
        import bench_library

        args.queries = 200
        return bench_library.run(args)
    args.scale = int(args.scale)

    data = args.keep or Path(tempfile.mkdtemp(prefix="kmbench-"))
    if data.exists():
        shutil.rmtree(data)
    settings = Settings(data_dir=data)
    if args.scale:
        files = sorted((args.corpus / "thai-law-all").glob("*.txt"))[: args.scale]
        stage = Path(tempfile.mkdtemp(prefix="kmbench-src-"))
        for f in files:  # a folder of its own so the "acts" kind hint applies
            (stage / "acts").mkdir(exist_ok=True)
            (stage / "acts" / f.name).symlink_to(f.resolve())
        paths = [stage / "acts"]
    else:
        paths = [args.corpus / p for p in ("acts", "handbook", "news")]

    t0 = time.perf_counter()
    report = ingest_paths(settings, paths)
    build_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    again = ingest_paths(settings, paths)
    reingest_s = time.perf_counter() - t0
    assert not again.changed, "re-ingest of unchanged files changed something"
    t0 = time.perf_counter()
    manifest = store.build(
        make_engine(settings), settings.index_dir, embedder=embedder_name(settings), dim=384
    )
    index_only_s = time.perf_counter() - t0

    t0 = time.perf_counter()
    svc = SearchService.open(settings)
    open_s = time.perf_counter() - t0
    dev = ROOT.parent / "shared" / "eval" / "queries-dev.jsonl"
    queries = [
        json.loads(x)["query"] for x in dev.read_text(encoding="utf-8").splitlines() if x.strip()
    ]
    queries += EXTRA_QUERIES
    for q in queries:  # warm: model loaded, caches primed the way a live portal's are
        svc.search(q)
    lat: list[float] = []
    for _ in range(args.rounds):
        svc._qcache.clear()  # measure the embedder too, not the query cache
        for q in queries:
            t = time.perf_counter()
            svc.search(q, k=10)
            lat.append((time.perf_counter() - t) * 1000)
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    result = {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": f"{platform.machine()} {platform.node()} cpus={os.cpu_count()}",
        "corpus": f"thai-law-all first {args.scale}" if args.scale else "acts+handbook+news",
        "documents": len(report.added),
        "skipped": len(report.skipped),
        "chunks": manifest.chunk_count,
        "ingest_build_s": round(build_s, 1),
        "chunks_per_s": round(report.chunks / build_s, 2) if build_s else None,
        "reingest_unchanged_s": round(reingest_s, 2),
        "index_files_rebuild_s": round(index_only_s, 2),
        "service_open_s": round(open_s, 2),
        "queries": len(lat),
        "search_p50_ms": round(statistics.median(lat), 1),
        "search_p95_ms": round(percentile(lat, 0.95), 1),
        "search_max_ms": round(max(lat), 1),
        "peak_rss_mb": round(rss_mb),
        # Other work on the two cores slows the embedder's OpenMP threads a lot:
        # compare runs only at similar load.
        "load_average_1m": round(os.getloadavg()[0], 2),
    }
    out_dir = ROOT / "indexes" / "benchmarks"
    out_dir.mkdir(parents=True, exist_ok=True)
    name = f"search-scale{args.scale}.json" if args.scale else "search.json"
    (out_dir / name).write_text(json.dumps(result, ensure_ascii=False, indent=2), encoding="utf-8")
    for key, value in result.items():
        print(f"{key:>24}: {value}")
    if not args.keep:
        shutil.rmtree(data, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
