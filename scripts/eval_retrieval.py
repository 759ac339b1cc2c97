#!/usr/bin/env python
"""Retrieval quality of the search and of each of its arms alone, per evaluation set.

Each set is a corpus and a query file in the format ../shared/eval/score.py
reads. The corpus is ingested into a data directory of its own
(indexes/eval/<corpus>, reused when unchanged); every query then runs through
`SearchService` three times: the full search, the lexical arm alone and the
dense arm alone. The metrics of score.py are printed side by side, overall and
by kind, so a fusion that loses to one of its parts shows on every run.

    .venv/bin/python scripts/eval_retrieval.py [--set legal|general-th|xquad-th|xquad-en|all]
        [--no-gloss] [--show] [--json FILE]
    .venv/bin/python scripts/eval_retrieval.py --set legal-library \
        --library-cache /path/of/a/library/build/vectors.sqlite

Sets (``SETS``): legal (the eight Acts, handbook and news; queries-dev.jsonl),
general-th (Thai Wikipedia, iapp-wiki-qa), xquad-th and xquad-en (XQuAD
paragraphs with Thai or English questions), legal-library (the legal set with
the 671 Acts of ../shared/corpus/thai-law-all ingested beside it through the
real ingest, so its copies of the eight Acts are duplicates by content; not in
``all``). ``--eval-dir`` points at another
folder of the same layout (a held-out half). ``--set legal-office`` (``RUNNERS``)
renders the Acts as Gazette PDFs and Word files first and compares retrieval
and each Act's split with the .txt ingest (scripts/legal_office.py).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import numpy as np

from kmportal.index.embed import Embedder, make_embedder
from kmportal.index.vcache import VectorCache
from kmportal.ingest.pipeline import ingest_paths
from kmportal.search.fusion import Mode
from kmportal.search.service import SearchService
from kmportal.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
ARMS = ("hybrid", "lexical", "dense")
METRICS = ("mrr10", "hit1", "hit5", "recall10")


@dataclass(frozen=True)
class EvalSet:
    corpus: str  # data directory name: sets over the same documents share one
    paths: list[Path]  # what to ingest
    queries: Path


def _legal(eval_dir: Path, corpus: Path) -> EvalSet:
    return EvalSet(
        "legal",
        [corpus / p for p in ("acts", "handbook", "news")],
        eval_dir / "queries-dev.jsonl",
    )


def _legal_library(eval_dir: Path, corpus: Path) -> EvalSet:
    """The legal questions with the whole library (671 Acts) in the corpus.
    The eval corpus goes first: the library's copies of the eight Acts are then
    duplicates by content and are not indexed twice, as in a real portal."""
    legal = _legal(eval_dir, corpus)
    return EvalSet("legal-library", [*legal.paths, corpus / "thai-law-all"], legal.queries)


def _general_th(eval_dir: Path, corpus: Path) -> EvalSet:
    folder = eval_dir / "general-th"
    return EvalSet("general-th", [folder / "corpus"], folder / "queries.jsonl")


def _xquad(lang: str) -> Callable[[Path, Path], EvalSet]:
    def make(eval_dir: Path, corpus: Path) -> EvalSet:
        folder = eval_dir / "xquad-dev"
        return EvalSet("xquad", [folder / "corpus"], folder / f"queries-{lang}.jsonl")

    return make


# Set name -> (eval folder, legal corpus folder) -> what to ingest and ask.
SETS: dict[str, Callable[[Path, Path], EvalSet]] = {
    "legal": _legal,
    "general-th": _general_th,
    "xquad-th": _xquad("th"),
    "xquad-en": _xquad("en"),
    "legal-library": _legal_library,
}
# What --set all runs: legal-library needs the library's vectors (--library-cache).
ALL = ("legal", "general-th", "xquad-th", "xquad-en")


class QueryCached:
    """The configured embedder, with query vectors kept in the vector cache too
    (under the model's name + "#query"): a re-run embeds only new queries. Search
    times measured through it leave the query embedding out."""

    def __init__(self, inner: Embedder, cache: VectorCache) -> None:
        self.inner, self.cache = inner, cache
        self.name, self.dim = inner.name, inner.dim
        self.embed_passages = inner.embed_passages

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        key = self.name + "#query"
        got = self.cache.get_many(key, texts, self.dim)
        missing = [t for t, v in zip(texts, got, strict=True) if v is None]
        if missing:
            self.cache.put_many(key, missing, self.inner.embed_queries(missing))
            got = self.cache.get_many(key, texts, self.dim)
        return np.stack([v for v in got if v is not None])


class LibraryCached:
    """Passage vectors looked up first in another cache, read only (a full
    library build's ``KMPORTAL_EMBED_CACHE``); the rest come from ``inner``."""

    def __init__(self, inner: Embedder, cache: VectorCache) -> None:
        self.inner, self.cache = inner, cache
        self.name, self.dim = inner.name, inner.dim
        self.embed_queries = inner.embed_queries

    def embed_passages(
        self, texts: Sequence[str], *, batch_size: int = 16, progress: Any = None
    ) -> np.ndarray:
        got = self.cache.get_many(self.name, texts, self.dim)
        missing = [i for i, v in enumerate(got) if v is None]
        out = np.stack([v if v is not None else np.zeros(self.dim, np.float32) for v in got])
        if progress is not None and len(texts) > len(missing):
            progress(len(texts) - len(missing))
        if missing:
            fresh = self.inner.embed_passages(
                [texts[i] for i in missing], batch_size=batch_size, progress=progress
            )
            out[missing] = fresh
        return out


def _scorer(eval_dir: Path) -> ModuleType:
    path = eval_dir / "score.py"
    if not path.exists():
        path = SHARED / "eval" / "score.py"
    spec = importlib.util.spec_from_file_location("score", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _strip(s: str) -> str:
    return "".join(s.split())


def _hits(g: dict[str, Any], h: Any) -> bool:
    """Whether hit ``h`` satisfies gold entry ``g``, as score.py judges it."""
    spans = [_strip(s) for s in g.get("spans", [])]
    ok = any(s in _strip(h.text) for s in spans) if spans else h.doc == g["doc"]
    return ok and h.doc == g.get("in_doc", h.doc)


def _explain(q: dict[str, Any], results: list[Any]) -> str:
    """One line per query: the rank at which each gold entry was found, and the
    documents of the results ranked above the first gold one."""
    ranks = []
    gold = q.get("gold") or [{"doc": d} for d in q.get("gold_docs", [])]
    for g in gold:
        rank = next((i for i, h in enumerate(results, 1) if _hits(g, h)), None)
        where = str(g.get("doc") or g.get("in_doc"))[:12] + ":" + g.get("where", "")[:14]
        ranks.append(f"{where}@{rank or '-'}")
    top = f"{results[0].doc[:14]} {results[0].section[:18]}" if results else "-"
    head = f"{q['id'][:12]} {str(q.get('kind'))[:6]:<6} {q['query'][:40]:<40}"
    first = next((i for i, h in enumerate(results) if any(_hits(g, h) for g in gold)), len(results))
    above = list(dict.fromkeys(f"{h.doc}:{h.title[:30]}" for h in results[:first]))
    return f"{head} top={top} | " + "  ".join(ranks) + (f" | above: {above}" if above else "")


def run_set(
    name: str,
    spec: EvalSet,
    *,
    data_root: Path,
    cache: Path | None,
    scorer: ModuleType,
    k: int,
    gloss: bool,
    show: bool,
    embedder: Embedder | None = None,
    library_cache: Path | None = None,
) -> dict[str, Any]:
    settings = Settings(data_dir=data_root / spec.corpus, embed_cache=cache)
    if embedder is None:
        embedder = make_embedder(settings)
        if cache is not None:
            embedder = QueryCached(embedder, VectorCache(cache))
        if library_cache is not None:
            embedder = LibraryCached(embedder, VectorCache(library_cache))
    t0 = time.perf_counter()
    report = ingest_paths(settings, spec.paths, embedder=embedder)
    print(
        f"[{name}] ingest: +{len(report.added)} ~{len(report.updated)} "
        f"={len(report.unchanged)} skipped {len(report.skipped)} "
        f"in {time.perf_counter() - t0:.1f} s",
        file=sys.stderr,
    )
    svc = SearchService.open(settings, embedder=embedder)
    queries = [
        json.loads(line)
        for line in spec.queries.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    out: dict[str, Any] = {"n": len(queries), "arms": {}}
    for arm in ARMS:
        mode = Mode(arms=arm, gloss=gloss)
        run, times = [], []
        for q in queries:
            t = time.perf_counter()
            resp = svc.search(q["query"], k=k, mode=mode)
            times.append((time.perf_counter() - t) * 1000)
            run.append({"id": q["id"], "results": [h.to_dict() for h in resp.results]})
            if show and arm == "hybrid":
                print(_explain(q, resp.results), file=sys.stderr)
        rows = scorer.score(queries, run)
        groups: dict[str, list[Any]] = defaultdict(list)
        for r in rows:
            groups[str(r["kind"])].append(r)
        slices = {"all": scorer.summary(rows)}
        if len(groups) > 1:
            slices |= {kind: scorer.summary(v) for kind, v in sorted(groups.items())}
        times.sort()
        out["arms"][arm] = {
            "slices": slices,
            "ms_p50": round(statistics.median(times), 1),
            "ms_p95": round(times[min(len(times) - 1, round(0.95 * (len(times) - 1)))], 1),
        }
    return out


def print_table(name: str, result: dict[str, Any]) -> None:
    arms = result["arms"]
    print(f"\n## {name} ({result['n']} queries)")
    head = " | ".join(f"{a} {m}" for a in ARMS for m in ("MRR", "hit5", "R@10"))
    print(f"| slice | {head} |")
    print("|---" * (1 + 3 * len(ARMS)) + "|")
    for sl in arms["hybrid"]["slices"]:
        cells = []
        for a in ARMS:
            s = arms[a]["slices"][sl]
            cells += [f"{s['mrr10']:.3f}", f"{s['hit5']:.3f}", f"{s['recall10']:.3f}"]
        n = arms["hybrid"]["slices"][sl]["n"]
        print(f"| {sl} ({n}) | " + " | ".join(cells) + " |")
    hyb = arms["hybrid"]
    print(
        f"full search hit@1 {hyb['slices']['all']['hit1']:.3f}; search p50 {hyb['ms_p50']} ms, "
        f"p95 {hyb['ms_p95']} ms (query vectors from the cache after the first run; "
        "scripts/bench_search.py times the whole query)"
    )
    worse = [
        f"{sl}: {a} {arms[a]['slices'][sl]['mrr10']:.3f} > {s['mrr10']:.3f}"
        for sl, s in hyb["slices"].items()
        for a in ("lexical", "dense")
        if arms[a]["slices"][sl]["mrr10"] > s["mrr10"]
    ]
    if worse:
        print("FUSION LOSES TO AN ARM: " + "; ".join(worse))


def _run(
    args: argparse.Namespace,
    name: str,
    spec: EvalSet,
    *,
    data_root: Path,
    scorer: ModuleType,
    cache: Path | None,
) -> dict[str, Any]:
    """One set with the command line's options; its table printed."""
    result = run_set(
        name,
        spec,
        data_root=data_root,
        cache=cache,
        scorer=scorer,
        k=args.k,
        gloss=not args.no_gloss,
        show=args.show,
        library_cache=args.library_cache,
    )
    print_table(name + (" (no gloss)" if args.no_gloss else ""), result)
    return result


def _legal_office(args: argparse.Namespace, scorer: ModuleType, cache: Path | None) -> int:
    """The legal set with its Acts as offices hold them (scripts/legal_office.py)."""
    import legal_office

    def evaluate(corpus: Path, data_dir: Path) -> dict[str, Any]:
        legal = _legal(args.eval_dir, corpus)
        spec = EvalSet(data_dir.name, legal.paths, legal.queries)
        result = _run(
            args, data_dir.name, spec, data_root=data_dir.parent, scorer=scorer, cache=cache
        )
        slices: dict[str, Any] = result["arms"]["hybrid"]["slices"]
        return slices

    args.data_dir = args.data_root / "legal"
    return int(legal_office.run(args, evaluate))


# Sets that are more than a corpus and its questions: name -> runner.
RUNNERS: dict[str, Callable[[argparse.Namespace, ModuleType, Path | None], int]] = {
    "legal-office": _legal_office,
}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", default="legal", choices=[*SETS, *RUNNERS, "all"])
    ap.add_argument("--eval-dir", type=Path, default=SHARED / "eval")
    ap.add_argument("--corpus", type=Path, default=SHARED / "corpus", help="the legal corpus")
    ap.add_argument("--data-root", type=Path, default=ROOT / "indexes" / "eval")
    ap.add_argument("--k", type=int, default=10)
    ap.add_argument(
        "--embed-cache",
        type=Path,
        default=Path(
            os.environ.get(
                "KMPORTAL_EMBED_CACHE", Path.home() / ".cache" / "kmportal" / "vectors.sqlite"
            )
        ),
        help="passage vectors reused across runs (KMPORTAL_EMBED_CACHE); 'none' to disable",
    )
    ap.add_argument(
        "--library-cache",
        type=Path,
        help="read passage vectors from this cache first (a library build's "
        "KMPORTAL_EMBED_CACHE), without writing to it; for --set legal-library",
    )
    ap.add_argument("--no-gloss", action="store_true", help="switch off search/lexicon.py")
    ap.add_argument("--show", action="store_true", help="print the gold ranks of every query")
    ap.add_argument("--json", type=Path, help="also write every figure to this file")
    args = ap.parse_args()

    cache = None if str(args.embed_cache) == "none" else args.embed_cache
    scorer = _scorer(args.eval_dir)
    if args.set in RUNNERS:
        return RUNNERS[args.set](args, scorer, cache)
    names = list(ALL) if args.set == "all" else [args.set]
    results = {}
    for name in names:
        spec = SETS[name](args.eval_dir, args.corpus)
        results[name] = _run(args, name, spec, data_root=args.data_root, scorer=scorer, cache=cache)
    load = os.getloadavg()[0]
    print(f"\nload average (1 min): {load:.2f}")
    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
