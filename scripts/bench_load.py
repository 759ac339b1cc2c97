#!/usr/bin/env python
"""The portal under load: searches, KM logs and an upload at once, against a
real ``kmportal serve`` over a real socket.

--clients searching clients (default 20) each search, read the answer for
--think seconds (default 1.0, a person reading results; 0 hammers), and search
again, for --seconds (default 60); meanwhile a coordinator posts a KM activity
log every --log-every seconds through the API and an admin keeps an upload
running (a generated handbook uploaded, then replaced again and again until the
end). Afterwards every log the server acknowledged (201) is looked up in the
database.

Prints the errors (any answer other than the expected status, any timeout or
dropped connection), search p50/p95/max, searches per second, logs acknowledged
vs present and uploads finished, and appends a row to docs/benchmarks.md with
the 1-minute load average.

    .venv/bin/python scripts/bench_load.py [--data-dir DIR] [--seconds 60] [--clients 20]

The data directory (default: a temporary one) is filled from ../shared/corpus
acts, handbook and news when it holds no documents (passage vectors from
KMPORTAL_EMBED_CACHE, default ~/.cache/kmportal/vectors.sqlite).
``tests/faults/test_fault_load.py`` runs :func:`measure` for 15 s on a tiny
corpus and asserts no error and no lost log.
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import os
import platform
import re
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import httpx

from kmportal.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
SECTION = "## Under load (`scripts/bench_load.py`)"
QUERIES = [
    "อบจ. ทำประปาได้ไหม",
    "มาตรา 45 พ.ร.บ.อบจ.",
    "อำนาจหน้าที่ขององค์การบริหารส่วนจังหวัด",
    "การจัดทำแผนพัฒนาท้องถิ่น",
    "ข้อบัญญัติงบประมาณรายจ่ายประจำปี",
    "สมัยประชุมสามัญ",
    "การเลือกตั้งนายกองค์การบริหารส่วนจังหวัด",
    "ค่าธรรมเนียมโรงแรม",
    "which powers allow water supply projects",
    "ก.บ.จ.",
    "ไฟฟ้าหรือแสงสว่าง",
    "การติดตามและประเมินผล",
]
LOG = {"date": "2021-03-10", "description": "ประชุมแลกเปลี่ยนเรียนรู้", "invited": 20, "attended": 15}


@dataclass
class Result:
    seconds: float
    clients: int
    searches: list[float] = field(default_factory=list)  # latencies, s
    errors: list[str] = field(default_factory=list)
    acknowledged: list[int] = field(default_factory=list)  # log ids answered 201
    present: int = 0
    uploads_done: int = 0

    @property
    def p50_ms(self) -> float:
        return 1000 * statistics.median(self.searches) if self.searches else float("nan")

    @property
    def p95_ms(self) -> float:
        if len(self.searches) < 2:
            return float("nan")
        return 1000 * statistics.quantiles(self.searches, n=20, method="inclusive")[18]

    def lines(self) -> list[str]:
        return [
            f"errors: {len(self.errors)}" + (f" (first: {self.errors[0]})" if self.errors else ""),
            f"searches: {len(self.searches)} ({len(self.searches) / self.seconds:.1f}/s), "
            f"p50 {self.p50_ms:.0f} ms, p95 {self.p95_ms:.0f} ms, "
            f"max {1000 * max(self.searches, default=0):.0f} ms",
            f"KM logs: {len(self.acknowledged)} acknowledged, {self.present} present",
            f"uploads finished: {self.uploads_done}",
        ]


def handbook_text(version: int, sections: int = 40) -> str:
    """A generated handbook of ``sections`` headed sections (a few hundred chunks)."""
    parts = [f"คู่มือการปฏิบัติงานทดสอบภาระ ฉบับที่ {version}\n"]
    for n in range(1, sections + 1):
        parts.append(
            f"\n{n}. การดำเนินงานด้านที่ {n}\n\n"
            f"หน่วยงานจัดทำแผนงานด้านที่ {n} ประจำปีงบประมาณ ติดตามผลทุกไตรมาส "
            f"และรายงานต่อคณะกรรมการ ฉบับปรับปรุงครั้งที่ {version} รหัสงาน lt{n}v{version}\n"
        )
    return "".join(parts)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _accounts(settings: Settings) -> tuple[dict[str, str], dict[str, str]]:
    """API tokens of a coordinator and an admin made for the run."""
    from sqlmodel import Session

    from kmportal.auth import apitokens, users
    from kmportal.auth.models import Role
    from kmportal.db import prepare_database

    engine = prepare_database(settings)
    out = []
    try:
        with Session(engine) as session:
            for name, role in (("load-coordinator", Role.coordinator), ("load-admin", Role.admin)):
                user = users.find_user(session, username=name) or users.create_user(
                    session, username=name, password=os.urandom(16).hex(), role=role, actor="bench"
                )
                token = apitokens.create_token(session, user=user, name="bench_load", ip=None)[1]
                out.append({"Authorization": f"Bearer {token}"})
    finally:
        engine.dispose()
    return out[0], out[1]


def _serve(settings: Settings, log: Path) -> tuple[subprocess.Popen[bytes], str]:
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("KMPORTAL_")}
    cmd = [sys.executable, "-c", "from kmportal.cli import main; main()"]
    cmd += ["--data-dir", str(settings.data_dir), "serve", "--port", str(port)]
    with log.open("wb") as out:
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, env=env)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 300
    while True:
        if proc.poll() is not None:
            raise RuntimeError(f"kmportal serve ended: {log.read_text('utf-8')[-2000:]}")
        try:
            if httpx.get(f"{url}/readyz", timeout=5).status_code == 200:
                return proc, url
        except httpx.TransportError:
            pass
        if time.monotonic() > deadline:
            proc.kill()
            raise RuntimeError("kmportal serve did not get ready in 300 s")
        time.sleep(0.2)


def _why(exc: httpx.HTTPError) -> str:
    """The error and what lies under it: a dropped connection's own message is
    often empty ("ReadError: "), its cause (reset, EOF) is not."""
    chain: list[str] = []
    cause = exc.__cause__ or exc.__context__
    while cause is not None and len(chain) < 4:
        chain.append(f"{type(cause).__module__}.{type(cause).__name__}: {cause!r}")
        cause = cause.__cause__ or cause.__context__
    under = f" ({' <- '.join(chain)})" if chain else ""
    return f"{type(exc).__name__}: {exc}{under} at {time.strftime('%H:%M:%S')}"


async def _searcher(
    client: httpx.AsyncClient, n: int, until: float, think: float, out: Result
) -> None:
    i = n
    while time.monotonic() < until:
        query = QUERIES[i % len(QUERIES)]
        i += 1
        t0 = time.perf_counter()
        try:
            r = await client.get("/api/search", params={"q": query})
            if r.status_code != 200:
                out.errors.append(f"search {r.status_code}: {r.text[:200]}")
            else:
                out.searches.append(time.perf_counter() - t0)
        except httpx.HTTPError as exc:
            out.errors.append(f"search {_why(exc)}")
        await asyncio.sleep(think)


async def _logger(
    client: httpx.AsyncClient, indicator: int, until: float, every: float, out: Result
) -> None:
    while time.monotonic() < until:
        try:
            r = await client.post(f"/api/km/indicators/{indicator}/logs", json=LOG)
            if r.status_code == 201:
                out.acknowledged.append(int(r.json()["log"]["id"]))
            else:
                out.errors.append(f"KM log {r.status_code}: {r.text[:200]}")
        except httpx.HTTPError as exc:
            out.errors.append(f"KM log {_why(exc)}")
        await asyncio.sleep(every)


async def _uploader(client: httpx.AsyncClient, until: float, out: Result) -> None:
    version = 0
    while time.monotonic() < until:
        version += 1
        url = "/admin/documents" if version == 1 else "/admin/documents/load-handbook/replace"
        body = handbook_text(version).encode()
        try:
            r = await client.post(url, files={"file": ("load-handbook.txt", body, "text/plain")})
            if r.status_code != 202:
                out.errors.append(f"upload {r.status_code}: {r.text[:200]}")
                return
            await _until_finished(client, r.text, until + 120, out)
        except httpx.HTTPError as exc:
            out.errors.append(f"upload {_why(exc)}")
            return


async def _until_finished(client: httpx.AsyncClient, html: str, until: float, out: Result) -> None:
    found = re.search(r'id="job-([0-9a-f]{32})"', html)
    if not found:
        out.errors.append("upload: no job in the answer")
        return
    while time.monotonic() < until:
        r = await client.get(f"/admin/documents/jobs/{found.group(1)}")
        if 'hx-trigger="every 1s"' not in r.text:
            if "upload-job--done" in r.text:
                out.uploads_done += 1
            else:
                out.errors.append(f"upload job did not finish done: {r.text[:300]}")
            return
        await asyncio.sleep(0.5)


async def _drive(
    url: str,
    coordinator: dict[str, str],
    admin: dict[str, str],
    *,
    seconds: float,
    clients: int,
    think: float,
    log_every: float,
) -> Result:
    out = Result(seconds=seconds, clients=clients)
    limits = httpx.Limits(max_connections=clients + 4)
    async with (
        httpx.AsyncClient(base_url=url, timeout=60, limits=limits) as anonymous,
        httpx.AsyncClient(base_url=url, timeout=60, headers=coordinator) as coord,
        httpx.AsyncClient(
            base_url=url, timeout=120, headers={**admin, "HX-Request": "true"}
        ) as adm,
    ):
        loaded = await coord.post("/api/km/plans/load-example", json={})
        plan_id = loaded.json()["plan_id"]
        plan = (await coord.get(f"/api/km/plans/{plan_id}")).json()
        indicator = int(plan["steps"][0]["activities"][0]["indicators"][0]["id"])
        until = time.monotonic() + seconds
        tasks = [_searcher(anonymous, n, until, think, out) for n in range(clients)]
        tasks += [_logger(coord, indicator, until, log_every, out), _uploader(adm, until, out)]
        await asyncio.gather(*tasks)
    return out


def measure(
    settings: Settings,
    *,
    seconds: float = 60,
    clients: int = 20,
    think: float = 1.0,
    log_every: float = 0.25,
    server_log: Path | None = None,
) -> Result:
    """Start ``kmportal serve`` on ``settings`` (documents already ingested), load
    it, stop it, and count the acknowledged logs the database holds."""
    coordinator, admin = _accounts(settings)
    log = server_log or settings.data_dir.parent / "bench-load-server.log"
    proc, url = _serve(settings, log)
    try:
        drive = functools.partial(
            _drive,
            url,
            coordinator,
            admin,
            seconds=seconds,
            clients=clients,
            think=think,
            log_every=log_every,
        )
        # A loop of its own in a thread of its own: the caller may be inside
        # one already (a test run that drove a browser).
        with ThreadPoolExecutor(1) as pool:
            out = pool.submit(lambda: asyncio.run(drive())).result()
    finally:
        proc.terminate()
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    con = sqlite3.connect(f"file:{settings.db_path}?mode=ro", uri=True)
    try:
        stored = {row[0] for row in con.execute("SELECT id FROM activitylog")}
    finally:
        con.close()
    out.present = len(stored & set(out.acknowledged))
    return out


def _prepare(data_dir: Path, corpus: Path) -> Settings:
    settings = Settings(data_dir=data_dir, corpus_dir=corpus)
    if not settings.db_path.exists():
        from kmportal.ingest.pipeline import ingest_paths

        cache = Path.home() / ".cache" / "kmportal" / "vectors.sqlite"
        if os.environ.get("KMPORTAL_EMBED_CACHE") is None and cache.exists():
            settings = Settings(data_dir=data_dir, corpus_dir=corpus, embed_cache=cache)
        paths = [corpus / part for part in ("acts", "handbook", "news")]
        report = ingest_paths(settings, paths)
        print(f"ingested {len(report.added)} documents in {report.seconds:.0f} s")
    return settings


def _commit() -> str:
    done = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
    )
    return done.stdout.strip() or "?"


INTRO = (
    "A real `kmportal serve` over acts + handbook + news: searching clients (each\n"
    "reads an answer for *think* seconds before searching again), a coordinator\n"
    "posting a KM log every 0.25 s and an admin's upload (a generated 40-section\n"
    "handbook, replaced again as soon as it is done) at once. *logs* is acknowledged\n"
    "/ present in the database afterwards; *load* the 1-minute load average at the\n"
    "start (other engineers' work shares the 2 cores; re-run on a quiet machine)."
)
HEADER = (
    "| date (UTC) | commit | clients × s | think s | errors | searches/s | p50 ms "
    "| p95 ms | logs | uploads | load |\n"
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
)


def doc_row(result: Result, *, think: float, load: float) -> str:
    return (
        f"| {datetime.now(UTC):%Y-%m-%d %H:%M} | {_commit()} | {result.clients} × "
        f"{result.seconds:.0f} | {think:g} | {len(result.errors)} | "
        f"{len(result.searches) / result.seconds:.1f} | {result.p50_ms:.0f} | "
        f"{result.p95_ms:.0f} | {len(result.acknowledged)} / {result.present} | "
        f"{result.uploads_done} | {load:.1f} |"
    )


def write_row(row: str) -> None:
    """The row joins this benchmark's own table wherever it stands (the section
    is started at the end of the file the first time)."""
    # scripts/ is on the path when this runs as a script; imported by a test, not needed.
    from benchdoc import add_row

    add_row(SECTION, INTRO, HEADER, row)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data-dir", type=Path, help="kept and reused (default: temporary)")
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--think", type=float, default=1.0)
    parser.add_argument("--no-write", action="store_true", help="print only")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        settings = _prepare(args.data_dir or Path(tmp) / "data", args.corpus)
        load = os.getloadavg()[0]
        print(f"load average {load:.1f} on {os.cpu_count()} CPUs ({platform.processor()})")
        result = measure(settings, seconds=args.seconds, clients=args.clients, think=args.think)
    for line in result.lines():
        print(line)
    if not args.no_write:
        write_row(doc_row(result, think=args.think, load=load))


if __name__ == "__main__":
    main()
