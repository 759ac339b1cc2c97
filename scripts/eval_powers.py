#!/usr/bin/env python
"""Authority-check quality and speed.

Ingests ../shared/corpus/{acts,handbook,news} (reusing --data-dir when it is up
to date), runs ../shared/eval/authority-dev.jsonl through ``kmportal powers
--batch --json`` (the command itself, in a subprocess) and prints the metrics
of ../shared/eval/score_authority.py (``--show`` prints its misses). Then times,
in this process with the model warm: a whole plan of 100 distinct titles
(``check_powers_many``, and the same plan uploaded as .xlsx to
``POST /powers/sheet``), and ``GET /api/powers`` through the whole app (p50 /
p95 over distinct titles, each embedded once). With ``--write`` the figures are
appended to docs/benchmarks.md with the load average.

    .venv/bin/python scripts/eval_powers.py [--cases FILE] [--data-dir DIR] [--show] [--write]
"""

from __future__ import annotations

import argparse
import io
import json
import os
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from benchdoc import insert_row

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
REPORT = ROOT / "docs" / "benchmarks.md"
HEADING = "## Authority check (`scripts/eval_powers.py`)"
# Distinct plan titles beyond the dev cases' own, for timing only: the same
# fields in other words, so no answer comes from the query-vector cache.
VARIANTS = (
    "",
    " ประจำปีงบประมาณ 2568",
    " (ระยะที่ 2)",
    " ตามแผนพัฒนาท้องถิ่น",
    " เพื่อประชาชนในเขตจังหวัด",
)


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def load_average() -> float:
    return os.getloadavg()[0]


def plan_titles(cases: list[dict[str, str]], n: int) -> list[tuple[str, str]]:
    out = []
    for variant in VARIANTS:
        for c in cases:
            out.append((c["project"] + variant, c["org_kind"]))
    while len(out) < n:
        out += [(t + f" แห่งที่ {len(out)}", o) for t, o in out[: n - len(out)]]
    return out[:n]


def run_batch(cases_path: Path, env: dict[str, str]) -> tuple[Path, float]:
    run = Path(tempfile.mkstemp(suffix=".jsonl")[1])
    exe = ROOT / ".venv" / "bin" / "kmportal"
    cmd = [str(exe), "powers", "--batch", str(cases_path), "--json"]
    t0 = time.perf_counter()
    with run.open("w", encoding="utf-8") as out:
        subprocess.run(cmd, env=env, stdout=out, check=True)
    return run, time.perf_counter() - t0


def timings(settings: object, cases: list[dict[str, str]]) -> dict[str, float]:
    from fastapi.testclient import TestClient
    from openpyxl import Workbook

    from kmportal.search.service import SearchService
    from kmportal.web.app import create_app

    svc = SearchService.open(settings)  # type: ignore[arg-type]
    svc.check_powers("อุ่นเครื่อง ก่อสร้างระบบประปาหมู่บ้าน", org="pao")
    titles = plan_titles(cases, 100)
    t0 = time.perf_counter()
    svc.check_powers_many(titles)
    plan_s = time.perf_counter() - t0

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["ที่", "ชื่อโครงการ"])
    for i, (t, _) in enumerate(plan_titles(cases, 100), 1):
        ws.append([i, t + " (แผนอัปโหลด)"])
    buf = io.BytesIO()
    wb.save(buf)
    app = create_app(settings, service=svc)  # type: ignore[arg-type]
    with TestClient(app) as client:
        token = client.get("/powers").cookies.get("kmportal_csrf") or client.cookies.get(
            "kmportal_csrf"
        )
        t0 = time.perf_counter()
        r = client.post(
            "/powers/sheet",
            files={"file": ("plan.xlsx", buf.getvalue(), "application/octet-stream")},
            data={"csrf_token": token or "", "org": "pao"},
            headers={"X-CSRF-Token": token or ""},
        )
        sheet_s = time.perf_counter() - t0
        if r.status_code != 200:
            raise SystemExit(f"plan upload failed: {r.status_code} {r.text[:200]}")
        lat = []
        for title, org in plan_titles(cases, 60):
            t0 = time.perf_counter()
            r = client.get("/api/powers", params={"project": title + " (API)", "org": org})
            lat.append((time.perf_counter() - t0) * 1000)
            assert r.status_code == 200, r.text
    return {
        "plan100_s": plan_s,
        "sheet100_s": sheet_s,
        "api_p50_ms": percentile(lat, 0.5),
        "api_p95_ms": percentile(lat, 0.95),
        "api_max_ms": max(lat),
    }


def write_report(metrics: dict[str, object], speed: dict[str, float], load: float) -> None:
    row = (
        f"| {datetime.now(UTC):%Y-%m-%d %H:%M} | {metrics['recall10']} | {metrics['full10']}"
        f" | {metrics['kind_error']} | {metrics['out_of_powers']} | {speed['batch_s']:.1f} s"
        f" | {speed['plan100_s']:.2f} s | {speed['sheet100_s']:.2f} s"
        f" | {speed['api_p50_ms']:.0f} / {speed['api_p95_ms']:.0f} / {speed['api_max_ms']:.0f} ms"
        f" | {load:.1f} |"
    )
    # The section holds prose between runs: the row joins its table where it stands.
    if not insert_row(HEADING, row):
        raise SystemExit(f"{REPORT}: no table under {HEADING!r}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cases", type=Path, default=SHARED / "eval" / "authority-dev.jsonl")
    ap.add_argument("--corpus", type=Path, default=SHARED / "corpus")
    ap.add_argument("--data-dir", type=Path, default=ROOT / "indexes" / "eval")
    ap.add_argument(
        "--embed-cache",
        type=Path,
        default=Path.home() / ".cache" / "kmportal" / "vectors.sqlite",
        help="passage vectors reused across runs (KMPORTAL_EMBED_CACHE); 'none' to disable",
    )
    ap.add_argument("--show", action="store_true", help="print the scorer's misses")
    ap.add_argument("--no-speed", action="store_true", help="quality only")
    ap.add_argument("--write", action="store_true", help="append the figures to benchmarks.md")
    args = ap.parse_args()

    from kmportal.ingest.pipeline import ingest_paths
    from kmportal.settings import Settings

    cache = None if str(args.embed_cache) == "none" else args.embed_cache
    settings = Settings(data_dir=args.data_dir, embed_cache=cache)
    report = ingest_paths(settings, [args.corpus / p for p in ("acts", "handbook", "news")])
    print(f"ingest: +{len(report.added)} ~{len(report.updated)}", file=sys.stderr)

    env = {**os.environ, "KMPORTAL_DATA_DIR": str(args.data_dir)}
    if cache is not None:
        env["KMPORTAL_EMBED_CACHE"] = str(cache)
    run, batch_s = run_batch(args.cases, env)
    score = SHARED / "eval" / "score_authority.py"
    scorer = [sys.executable, str(score), str(args.cases), str(run)]
    out = subprocess.run(
        scorer + (["--show"] if args.show else []), capture_output=True, text=True, check=True
    )
    if out.stderr:
        print(out.stderr, end="", file=sys.stderr)
    metrics = json.loads(out.stdout)
    print(json.dumps(metrics, ensure_ascii=False))
    print(f"batch CLI ({metrics['n']} cases, start included): {batch_s:.1f} s")
    if args.no_speed:
        return 0
    lines = args.cases.read_text(encoding="utf-8").splitlines()
    cases = [json.loads(x) for x in lines if x.strip()]
    load = load_average()
    speed = {"batch_s": batch_s, **timings(settings, cases)}
    print(
        f"100 titles: {speed['plan100_s']:.2f} s; 100-row .xlsx: {speed['sheet100_s']:.2f} s;"
        f" GET /api/powers p50 {speed['api_p50_ms']:.0f} ms, p95 {speed['api_p95_ms']:.0f} ms,"
        f" max {speed['api_max_ms']:.0f} ms; load {load:.1f}"
    )
    if args.write:
        write_report(metrics, speed, load)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
