#!/usr/bin/env python
"""Retrieval quality on the shared dev queries.

Ingests ../shared/corpus/{acts,handbook,news} into a data directory (reused when
unchanged), runs every query of the query file through `SearchService` and
prints the metrics of ../shared/eval/score.py, overall and by kind.

    .venv/bin/python scripts/eval_retrieval.py [--corpus DIR] [--queries FILE] [--data-dir DIR]

``--set legal-office`` renders the Acts as Gazette PDFs and Word files first and
compares retrieval and each Act's split with the .txt ingest (scripts/legal_office.py).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from kmportal.ingest.pipeline import ingest_paths
from kmportal.search.service import SearchService
from kmportal.settings import Settings

ROOT = Path(__file__).resolve().parent.parent


def _strip(s: str) -> str:
    return "".join(s.split())


def _explain(q: dict, results: list) -> str:
    """One line per query: the rank at which each gold entry was found."""
    ranks = []
    for g in q.get("gold", []):
        spans = [_strip(s) for s in g.get("spans", [])]
        rank = next(
            (i for i, h in enumerate(results, 1) if any(s in _strip(h.text) for s in spans)), None
        )
        ranks.append(f"{g['doc'][:12]}:{g['where'][:14]}@{rank or '-'}")
    top = f"{results[0].doc[:14]} {results[0].section[:18]}" if results else "-"
    return f"{q['id']} {q['kind'][:6]:<6} {q['query'][:40]:<40} top={top} | {'  '.join(ranks)}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--set",
        choices=["legal", "legal-office"],
        default="legal",
        help="legal-office: the Acts rendered as Gazette PDFs and Word files (issue 17)",
    )
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    ap.add_argument(
        "--queries", type=Path, default=ROOT.parent / "shared" / "eval" / "queries-dev.jsonl"
    )
    ap.add_argument("--data-dir", type=Path, default=ROOT / "indexes" / "eval")
    ap.add_argument("--k", type=int, default=10)
    ap.add_argument(
        "--embed-cache",
        type=Path,
        default=Path.home() / ".cache" / "kmportal" / "vectors.sqlite",
        help="passage vectors reused across runs (KMPORTAL_EMBED_CACHE); 'none' to disable",
    )
    ap.add_argument("--show", action="store_true", help="print the first result of every query")
    args = ap.parse_args()

    def evaluate(corpus: Path, data_dir: Path) -> dict:
        return _evaluate(args, corpus, data_dir)

    if args.set == "legal-office":
        import legal_office

        return legal_office.run(args, evaluate)
    evaluate(args.corpus, args.data_dir)
    return 0


def _evaluate(args: argparse.Namespace, corpus: Path, data_dir: Path) -> dict:
    """Ingest ``corpus`` into ``data_dir``, run every query, print and return the scores."""
    cache = None if str(args.embed_cache) == "none" else args.embed_cache
    settings = Settings(data_dir=data_dir, embed_cache=cache)
    t0 = time.perf_counter()
    report = ingest_paths(settings, [corpus / p for p in ("acts", "handbook", "news")])
    print(
        f"ingest: +{len(report.added)} ~{len(report.updated)} ={len(report.unchanged)} "
        f"skipped {len(report.skipped)} in {time.perf_counter() - t0:.1f} s",
        file=sys.stderr,
    )
    svc = SearchService.open(settings)
    queries = [
        json.loads(line)
        for line in args.queries.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as run:
        for q in queries:
            resp = svc.search(q["query"], k=args.k)
            run.write(
                json.dumps(
                    {"id": q["id"], "results": [h.to_dict() for h in resp.results]},
                    ensure_ascii=False,
                )
                + "\n"
            )
            if args.show:
                print(_explain(q, resp.results), file=sys.stderr)
    scorer = args.queries.parent / "score.py"
    out = subprocess.run(
        [sys.executable, str(scorer), str(args.queries), run.name, "--by-kind"],
        capture_output=True,
        text=True,
        check=True,
    )
    print(out.stdout.strip())
    return json.loads(out.stdout)


if __name__ == "__main__":
    raise SystemExit(main())
