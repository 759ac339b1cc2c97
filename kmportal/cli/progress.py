"""What ``kmportal ingest`` shows while it works.

On a terminal, a progress bar per phase (reading, then embedding) with
chunks/s and the time left; otherwise (a log file, a service manager) one line
per N documents, so a two-hour build leaves a readable trace instead of
thousands of carriage returns.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from kmportal.ingest.plan import IngestReport


def _clock(seconds: float) -> str:
    seconds = max(int(seconds), 0)
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{h}h{m:02d}m" if h else (f"{m}m{s:02d}s" if m else f"{s}s")


@dataclass
class Meter:
    """Work done in a phase: rate and time left."""

    total: int = 0
    done: int = 0
    chunks: int = 0
    started: float = field(default_factory=time.monotonic)

    def rate(self, value: int) -> float:
        elapsed = time.monotonic() - self.started
        return value / elapsed if elapsed > 0 else 0.0

    def eta(self) -> str:
        speed = self.rate(self.done)
        return _clock((self.total - self.done) / speed) if speed > 0 else "?"


def plan_line(report: IngestReport) -> str:
    done = len(report.unchanged)
    if not report.to_parse and not report.to_embed:
        return f"nothing to do: {done} document(s) unchanged"
    parts = [f"{report.to_parse} document(s) to read"]
    if done:
        parts.append(f"{done} already stored")
    if report.duplicates:
        parts.append(f"{len(report.duplicates)} duplicate(s)")
    if report.to_embed:
        parts.append(f"{report.to_embed:,} stored chunk(s) waiting for vectors")
    lead = "resuming: " if done or report.to_embed else ""
    return lead + ", ".join(parts)


class IngestProgress:
    """The pipeline's progress callback (see ``kmportal.ingest.pipeline.Progress``)."""

    def __init__(self, *, bar: Any = None, out: TextIO = sys.stderr, every: int = 25) -> None:
        self.bar = bar
        self.out = out
        self.every = max(every, 1)
        self.t0 = time.monotonic()
        self.read = Meter()
        self.embed = Meter()
        self._task: Any = None
        self._next_embed_log = 0

    def _log(self, message: str) -> None:
        line = f"[{time.monotonic() - self.t0:7.1f}s] {message}"
        if self.bar is not None:
            self.bar.console.print(line, highlight=False)
        else:
            print(line, file=self.out, flush=True)

    def __call__(self, event: str, detail: object) -> None:
        handler = getattr(self, f"_on_{event}", None)
        if handler is not None:
            handler(detail)

    def _on_plan(self, report: IngestReport) -> None:
        self._log(plan_line(report))

    def _on_files(self, n: object) -> None:
        self.read = Meter(total=int(n))  # type: ignore[call-overload]
        if self.bar is not None and self.read.total:
            self._task = self.bar.add_task("read", total=self.read.total, rate="")

    def _on_parsed(self, n: object) -> None:
        m = self.read
        m.done += 1
        m.chunks += int(n)  # type: ignore[call-overload]
        if self.bar is not None and self._task is not None:
            self.bar.update(self._task, completed=m.done, rate=f"{m.rate(m.chunks):.0f} chunks/s")
        elif m.done % self.every == 0 or m.done == m.total:
            self._log(
                f"read {m.done}/{m.total} documents, {m.chunks:,} chunks, "
                f"{m.rate(m.chunks):.0f} chunks/s, ETA {m.eta()}"
            )

    def _on_published(self, manifest: Any) -> None:
        self._log(
            f"index published: {manifest.chunk_count:,} chunks searchable by words, "
            f"{manifest.embedded_count:,} with vectors"
        )

    def _on_embedding(self, n: object) -> None:
        self.embed = Meter(total=int(n))  # type: ignore[call-overload]
        self._next_embed_log = self.every * 20
        if self.embed.total:
            self._log(f"embedding {self.embed.total:,} chunks")
            if self.bar is not None:
                self._task = self.bar.add_task("embed", total=self.embed.total, rate="")

    def _on_chunks(self, n: object) -> None:
        m = self.embed
        m.done += int(n)  # type: ignore[call-overload]
        if self.bar is not None and self._task is not None:
            self.bar.update(self._task, completed=m.done, rate=f"{m.rate(m.done):.1f} chunks/s")
        elif m.done >= self._next_embed_log or m.done == m.total:
            self._next_embed_log = m.done + self.every * 20
            self._log(
                f"embed {m.done:,}/{m.total:,} chunks, {m.rate(m.done):.1f} chunks/s, ETA {m.eta()}"
            )


@contextmanager
def progress_display(terminal: bool, every: int) -> Iterator[IngestProgress]:
    if not terminal:
        yield IngestProgress(every=every)
        return
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    with Progress(
        TextColumn("{task.description:>5}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]}"),
        TimeElapsedColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
        transient=False,
    ) as bar:
        yield IngestProgress(bar=bar, every=every)
