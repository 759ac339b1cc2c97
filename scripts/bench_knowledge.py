"""How soon a published knowledge note is found first by search, over a real
corpus and the real model, through the whole app (publish through the JSON API,
then poll ``/api/search`` for a phrase from the note) — and how long rendering a
Markdown bomb of the largest allowed size takes.

    .venv/bin/python scripts/bench_knowledge.py [PATH...] [--notes 5]

PATHs default to ../shared/corpus/acts and ../shared/corpus/handbook. Prints the
figures and adds a row (with the load average) to its table in docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from benchdoc import add_row  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402
from helpers.auth import sign_in  # noqa: E402

from kmportal.auth.models import Role  # noqa: E402
from kmportal.db import prepare_database  # noqa: E402
from kmportal.ingest.pipeline import ingest_paths  # noqa: E402
from kmportal.knowledge.render import to_html  # noqa: E402
from kmportal.search.service import SearchService  # noqa: E402
from kmportal.settings import Settings  # noqa: E402
from kmportal.web.app import create_app  # noqa: E402

SECTION = "## Knowledge notes (`scripts/bench_knowledge.py`)"
INTRO = "A note published, then searched for until it comes first; a Markdown bomb rendered."
HEADER = (
    "| date (UTC) | corpus chunks | publish → found first: median / max | "
    "render 100,000-char bomb | load |\n| --- | --- | --- | --- | --- |"
)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("paths", nargs="*", type=Path)
    parser.add_argument("--notes", type=int, default=5)
    args = parser.parse_args()
    paths = args.paths or [ROOT / "../shared/corpus/acts", ROOT / "../shared/corpus/handbook"]
    cache = Path.home() / ".cache" / "kmportal" / "vectors.sqlite"
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(data_dir=Path(tmp) / "data", embed_cache=cache)
        report = ingest_paths(settings, paths)
        chunks = report.chunks
        service = SearchService(settings, prepare_database(settings))
        app = create_app(settings, service=service)
        with TestClient(app) as writer, TestClient(app) as lead:
            sign_in(writer, Role.viewer, "bench-writer")
            sign_in(lead, Role.coordinator, "bench-lead")
            waits = []
            for i in range(args.notes):
                phrase = f"โครงการทดสอบความเร็วลำดับที่{i}ห้วยแม่ท้อ"
                body = f"# บันทึก {i}\n\nตาม มาตรา 45 พ.ร.บ.อบจ. {phrase}\n"
                n = writer.post(
                    "/api/knowledge/notes",
                    json={"title": f"บันทึก {i}", "body": body, "submit": True},
                ).json()
                lead.post(f"/api/knowledge/notes/{n['id']}/publish", json={"version": 1})
                t0 = time.monotonic()
                while True:
                    hits = writer.get("/api/search", params={"q": phrase}).json()["results"]
                    if hits and hits[0]["doc"] == f"knowledge-note-{n['id']}":
                        break
                    if time.monotonic() - t0 > 120:
                        raise SystemExit(f"note {i} not found first within 120 s")
                    time.sleep(0.05)
                waits.append(time.monotonic() - t0)
    bomb = ("[" * 50_000 + "*_" * 25_000)[:100_000]
    t0 = time.perf_counter()
    to_html(bomb)
    render = time.perf_counter() - t0
    load = os.getloadavg()[0]
    row = (
        f"| {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} | {chunks} | "
        f"{statistics.median(waits):.2f} s / {max(waits):.2f} s | {render:.2f} s | {load:.1f} |"
    )
    print(HEADER)
    print(row)
    add_row(SECTION, INTRO, HEADER, row)


if __name__ == "__main__":
    main()
