#!/usr/bin/env python
"""The whole law library, built and served the way an operator would.

Runs the real commands in child processes: ``kmportal ingest`` over
../shared/corpus/{acts,handbook,news,thai-law-all} (the eight Acts first, so
their copies in the library are recognised as duplicates) while a ``kmportal
serve`` started beside it is asked ``GET /api/search`` every few seconds;
then an unchanged rerun, a fresh ``serve`` (start-up, RSS) and cold searches of
distinct queries. With ``--kills N`` a second build is killed with SIGKILL at N
random moments and rerun until it completes; its documents and chunks must
equal the first build's. Prints the figures, writes them as JSON to
indexes/benchmarks/library.json and appends a row to docs/benchmarks.md
("Library runs").

    nice -n 10 .venv/bin/python scripts/bench_search.py --scale all [--keep DIR] [--kills 3]

Set KMPORTAL_EMBED_CACHE to reuse vectors across runs (the kills run uses it too).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import signal
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from benchdoc import append_row

ROOT = Path(__file__).resolve().parent.parent
SECTION = "## Library runs (`scripts/bench_search.py --scale all`)"
INTRO = (
    "One row per run of the script (issue 9's bars: words ≤ 10 min, fully embedded ≤ 45 "
    "min, reads without errors, unchanged rerun ≤ 30 s, start-up ≤ 15 s, `serve` RSS "
    "≤ 2 GB, cold p50 ≤ 60 / p95 ≤ 150 ms); every figure is in "
    "`indexes/benchmarks/library.json`, and each run is discussed in the sections above."
)
HEADER = (
    "| date (UTC) | commit | CPU | words | fully embedded | chunks/s | probes / errors | rerun "
    "| start-up | `serve` RSS | cold p50 / p95 | kill -9, same counts | load |\n"
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
)
KMPORTAL = [sys.executable, "-c", "from kmportal.cli import main; main()"]
PROBE = "การพนัน"  # a word of Acts in the library, none of them among the eight
FOLDERS = ("acts", "handbook", "news", "thai-law-all")


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def load() -> float:
    return round(os.getloadavg()[0], 2)


def cpu() -> str:
    """The host's CPU and the vector extensions torch's GEMMs use: the embedding
    rate follows them far more than the hour (docs/benchmarks.md)."""
    path = Path("/proc/cpuinfo")
    info = path.read_text(encoding="utf-8") if path.exists() else ""
    found = re.search(r"^model name\s*:\s*(.+)$", info, re.M)
    model = found[1].strip() if found else "unknown CPU"
    listed = re.search(r"^flags\s*:\s*(.+)$", info, re.M)
    flags = set(listed[1].split()) if listed else set()
    ext = [name for flag, name in (("avx512f", "AVX-512"), ("amx_tile", "AMX")) if flag in flags]
    ext = ext or [name for flag, name in (("avx2", "AVX2"), ("avx", "AVX")) if flag in flags][:1]
    return f"{model} ({', '.join(ext) or 'no AVX'}, {os.cpu_count()} cores)"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def rss_mb(pid: int, field: str = "VmRSS") -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def tree(pid: int) -> list[int]:
    out = [pid]
    try:
        kids = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return out
    for k in kids:
        out += tree(int(k))
    return out


class Watch(threading.Thread):
    """Peak RSS of a process and its children, summed, sampled twice a second."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid, self.peak, self.stop = pid, 0.0, threading.Event()

    def run(self) -> None:
        while not self.stop.wait(0.5):
            self.peak = max(self.peak, sum(rss_mb(p) for p in tree(self.pid)))


def get(port: int, path: str, timeout: float = 30.0) -> tuple[int, Any]:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=timeout) as r:
            return r.status, json.loads(r.read())
    except urllib.error.HTTPError as exc:
        return exc.code, None
    except (OSError, ValueError):
        return 0, None


def search(port: int, q: str) -> tuple[int, Any]:
    return get(port, "/api/search?" + urllib.parse.urlencode({"q": q, "k": 10}))


def start_serve(data: Path, port: int) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [*KMPORTAL, "--data-dir", str(data), "serve", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def stop(proc: subprocess.Popen[bytes]) -> None:
    proc.send_signal(signal.SIGINT)
    try:
        proc.wait(30)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(10)


def ingest_cmd(data: Path, corpus: Path) -> list[str]:
    paths = [str(corpus / f) for f in FOLDERS]
    return [*KMPORTAL, "--data-dir", str(data), "ingest", *paths, "--log-every", "50"]


def build(data: Path, corpus: Path, port: int) -> dict[str, Any]:
    """The full build, with a portal asked every few seconds while it runs."""
    t0 = time.monotonic()
    proc = subprocess.Popen(
        ingest_cmd(data, corpus), stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    watch = Watch(proc.pid)
    watch.start()
    assert proc.stdout is not None
    log: list[tuple[float, str]] = []
    # The portal starts once the ingest has created the database (its first line).
    first = proc.stdout.readline()
    log.append((time.monotonic() - t0, first.rstrip()))
    print(first.rstrip(), flush=True)
    serve = start_serve(data, port)
    probes: dict[str, Any] = {
        "asked": 0,
        "errors": 0,
        "first_hit_s": None,
        "statuses": [],
        "ms": [],
    }
    done = threading.Event()

    def ask() -> None:
        listening = False
        while not done.wait(3.0):
            asked = time.perf_counter()
            status, body = search(port, PROBE)
            took = (time.perf_counter() - asked) * 1000
            # Refused before the portal first answered is its start-up (slower while the
            # ingest's workers load), not a failed read; kept apart, not hidden.
            if status == 0 and not listening:
                probes["before_listening"] = probes.get("before_listening", 0) + 1
                continue
            listening = True
            probes["asked"] += 1
            if status == 200:
                probes["ms"].append(took)
            if status not in (200, 503):  # 503: no index published yet, said in Thai
                probes["errors"] += 1
                probes["statuses"].append(status)
            if status == 200 and body["results"] and probes["first_hit_s"] is None:
                probes["first_hit_s"] = round(time.monotonic() - t0, 1)

    asker = threading.Thread(target=ask, daemon=True)
    asker.start()
    for line in proc.stdout:
        log.append((time.monotonic() - t0, line.rstrip()))
        print(line.rstrip(), flush=True)
    code = proc.wait()
    total = time.monotonic() - t0
    watch.stop.set()
    done.set()
    asker.join(10)
    serve_peak = rss_mb(serve.pid, "VmHWM")
    stop(serve)
    assert code == 0, f"ingest failed with {code}"
    read_done = max((t for t, line in log if re.search(r"\] read (\d+)/\1 ", line)), default=0.0)
    lexical = min((t for t, line in log if "index published" in line and t >= read_done), default=0)
    embedding = next((line for _, line in log if "] embedding " in line), "")
    summary = next((line for _, line in reversed(log) if line.startswith("added ")), "")
    return {
        "build_s": round(total, 1),
        "lexical_all_s": round(lexical, 1),
        "probe_first_hit_s": probes["first_hit_s"],
        "probes_during_build": probes["asked"],
        "probe_errors": probes["errors"],
        "probe_error_statuses": probes["statuses"],
        "probes_before_listening": probes.get("before_listening", 0),
        # The same word each time (its vector cached after the first): what a
        # read costs while the ingest's workers hold the cores.
        "probe_p50_ms": round(statistics.median(probes["ms"]), 1) if probes["ms"] else None,
        "probe_p95_ms": round(percentile(probes["ms"], 0.95), 1) if probes["ms"] else None,
        "ingest_peak_rss_mb": round(watch.peak),
        "serve_during_build_peak_rss_mb": round(serve_peak),
        "embedded_chunks": int(re.sub(r"\D", "", embedding.split("embedding")[-1]) or 0),
        "summary": summary,
    }


def counts(data: Path) -> dict[str, int]:
    with sqlite3.connect(data / "kmportal.db") as db:
        docs = db.execute("SELECT count(*) FROM document").fetchone()[0]
        chunks = db.execute("SELECT count(*) FROM chunk").fetchone()[0]
        pending = db.execute("SELECT coalesce(sum(pending_vectors), 0) FROM document").fetchone()
        digest = db.execute(
            "SELECT count(*), sum(length(text)), sum(length(embed_text)) FROM chunk"
        ).fetchone()
    return {
        "documents": docs,
        "chunks": chunks,
        "pending": pending[0],
        "chunk_text_chars": digest[1],
        "embed_text_chars": digest[2],
    }


def size_mb(path: Path) -> float:
    return round(sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 2**20, 1)


def queries(data: Path, n: int) -> list[str]:
    """Distinct queries: the dev set, then the opening words of random sections."""
    dev = ROOT.parent / "shared" / "eval" / "queries-dev.jsonl"
    out = [json.loads(x)["query"] for x in dev.read_text(encoding="utf-8").splitlines() if x]
    rng = random.Random(9)
    with sqlite3.connect(data / "kmportal.db") as db:
        texts = [r[0] for r in db.execute("SELECT text FROM chunk ORDER BY id")]
    while len(out) < n:
        words = [w for w in re.split(r"\s+", rng.choice(texts)) if re.search("[ก-๙]", w)]
        if len(words) > 6:
            start = rng.randrange(len(words) - 4)
            q = " ".join(words[start : start + rng.randint(2, 4)])[:80]
            if q not in out:
                out.append(q)
    return out


def serve_figures(data: Path, port: int, n_queries: int) -> dict[str, Any]:
    t0 = time.monotonic()
    serve = start_serve(data, port)
    try:
        while True:
            status, body = get(port, "/healthz", timeout=2)
            if status == 200 and body.get("index_loaded"):
                status, body = search(port, "อบจ. ทำประปาได้ไหม")
                if status == 200 and body["results"]:
                    break
            assert serve.poll() is None, "serve exited"
            assert time.monotonic() - t0 < 300, "serve did not start in 300 s"
            time.sleep(0.1)
        startup = time.monotonic() - t0
        lat, errors = [], 0
        for q in queries(data, n_queries):
            t = time.perf_counter()
            status, _ = search(port, q)
            lat.append((time.perf_counter() - t) * 1000)
            errors += status != 200
        _, health = get(port, "/healthz")
        return {
            "serve_startup_s": round(startup, 1),
            "cold_queries": len(lat),
            "cold_errors": errors,
            "cold_p50_ms": round(statistics.median(lat), 1),
            "cold_p95_ms": round(percentile(lat, 0.95), 1),
            "cold_max_ms": round(max(lat), 1),
            "serve_peak_rss_mb": round(rss_mb(serve.pid, "VmHWM")),
            "healthz": health,
        }
    finally:
        stop(serve)


def killed_build(data: Path, corpus: Path, kills: int, seconds: float) -> dict[str, Any]:
    """Kill -9 the build at random moments, then run it to the end."""
    rng = random.Random(3)
    moments = sorted(rng.uniform(10, seconds) for _ in range(kills))
    t0, done_kills = time.monotonic(), []
    for moment in moments:
        proc = subprocess.Popen(ingest_cmd(data, corpus), stderr=subprocess.DEVNULL)
        wait = moment - (time.monotonic() - t0)
        try:
            proc.wait(max(wait, 1.0))
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            done_kills.append(round(time.monotonic() - t0, 1))
    final = subprocess.run(ingest_cmd(data, corpus), stderr=subprocess.PIPE, text=True)
    assert final.returncode == 0, final.stderr[-2000:]
    return {"killed_at_s": done_kills, "total_s": round(time.monotonic() - t0, 1)}


def doc_row(r: dict[str, Any]) -> str:
    """The run's row of docs/benchmarks.md ("–" for what it did not measure)."""

    def get(key: str, fmt: str = "{}") -> str:
        return fmt.format(r[key]) if r.get(key) is not None else "–"

    embedded = "–"
    if r.get("build_s"):
        embedded = f"{r['build_s']:,.0f} s ({r['build_s'] / 60:.1f} min)"
    kills = r.get("kills") or {}
    killed = f"{len(kills['killed_at_s'])}: {kills['same_counts']}" if kills else "–"
    cells = [
        r["date"][:16].replace("T", " "),
        r.get("commit") or "–",
        r.get("cpu") or "–",
        get("lexical_all_s", "{:.0f} s"),
        embedded,
        get("chunks_per_s"),
        f"{get('probes_during_build')} / {get('probe_errors')}",
        get("rerun_unchanged_s", "{} s"),
        get("serve_startup_s", "{} s"),
        get("serve_peak_rss_mb", "{} MB"),
        f"{get('cold_p50_ms')} / {get('cold_p95_ms')} ms",
        killed,
        f"{get('load_before')}–{get('load_after_serve')}",
    ]
    return "| " + " | ".join(cells) + " |"


def run(args: argparse.Namespace) -> int:
    corpus: Path = args.corpus
    data = args.keep or Path(tempfile.mkdtemp(prefix="kmlib-")) / "data"
    if data.exists() and not args.reuse:
        shutil.rmtree(data)
    result: dict[str, Any] = {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "commit": subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
        ).stdout.strip(),
        "load_before": load(),
        "cpu": cpu(),
        "embed_cache": os.environ.get("KMPORTAL_EMBED_CACHE", ""),
    }
    if not args.reuse:
        result |= build(data, corpus, free_port())
        result["load_after_build"] = load()
    result |= counts(data)
    if result.get("build_s"):
        result["chunks_per_s"] = round(result["chunks"] / result["build_s"], 1)
    t0 = time.monotonic()
    rerun = subprocess.run(ingest_cmd(data, corpus), capture_output=True, text=True)
    result["rerun_unchanged_s"] = round(time.monotonic() - t0, 1)
    result["rerun_summary"] = rerun.stdout.strip().splitlines()[-1:]
    index = data / "index"
    current = index / (index / "CURRENT").read_text().strip()
    result["index_current_mb"] = size_mb(current)
    result["index_dir_mb"] = size_mb(index)
    result["database_mb"] = round((data / "kmportal.db").stat().st_size / 2**20, 1)
    result |= serve_figures(data, free_port(), args.queries)
    result["load_after_serve"] = load()
    if args.kills:
        other = data.parent / "killed"
        shutil.rmtree(other, ignore_errors=True)
        # Within the reading and the start of embedding: with the vector cache
        # the rest of a rebuild is quick.
        seconds = 1.5 * float(result.get("lexical_all_s") or 300)
        result["kills"] = killed_build(other, corpus, args.kills, seconds)
        got, want = counts(other), counts(data)
        result["kills"]["same_counts"] = got == want
        result["kills"]["counts"] = got
    out = ROOT / "indexes" / "benchmarks" / "library.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, ensure_ascii=False, indent=2), encoding="utf-8")
    for key, value in result.items():
        print(f"{key:>32}: {value}")
    append_row(SECTION, INTRO, HEADER, doc_row(result))
    if not args.keep:
        shutil.rmtree(data.parent, ignore_errors=True)
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    ap.add_argument("--keep", type=Path, help="build into this data directory and keep it")
    ap.add_argument("--reuse", action="store_true", help="with --keep: skip the build")
    ap.add_argument("--kills", type=int, default=0, help="also build again, killed N times")
    ap.add_argument("--queries", type=int, default=200, help="distinct cold queries")
    return run(ap.parse_args())


if __name__ == "__main__":
    sys.exit(main())
