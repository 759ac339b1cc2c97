"""kill -9 an ingest for real, at chosen points, and run it again.

The child is ``kmportal ingest`` (see ``helpers/ingest_child.py``: a slow stand-in
embedder, batches of 16). Whatever the moment of the kill, the database never
holds part of a document, and the rerun ends in exactly the documents, chunks
and vectors of an uninterrupted build.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from helpers.library_corpus import write_library
from helpers.thai_corpus import FakeEmbedder
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from kmportal.db import make_engine
from kmportal.docstore.models import Chunk, Document, Section
from kmportal.index import store
from kmportal.ingest.pipeline import ingest_paths
from kmportal.settings import Settings

CHILD = Path(__file__).resolve().parent / "helpers" / "ingest_child.py"
DEADLINE = 120.0


def _state(engine: Engine) -> dict[str, list[tuple[str, bool]]]:
    """doc id -> its chunks (text, has a vector), in order."""
    with Session(engine) as session:
        out: dict[str, list[tuple[str, bool]]] = {d: [] for d in session.exec(select(Document.id))}
        for c in session.exec(select(Chunk).order_by(Chunk.doc_id, Chunk.ordinal)):  # type: ignore[arg-type]
            out[c.doc_id].append((c.text, c.embedding is not None))
    return out


def _start(data: Path, library: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [
            sys.executable,
            str(CHILD),
            "--data-dir",
            str(data),
            "ingest",
            str(library),
            "--log-every",
            "1",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )


def _kill_when(proc: subprocess.Popen[str], seen: Callable[[str], bool]) -> list[str]:
    """Read the child's log; kill -9 it at the first line ``seen`` accepts."""
    assert proc.stdout is not None
    lines: list[str] = []
    t0 = time.monotonic()
    for line in proc.stdout:
        lines.append(line)
        if seen(line):
            proc.send_signal(signal.SIGKILL)
            break
        assert time.monotonic() - t0 < DEADLINE, "".join(lines)
    proc.wait(timeout=30)
    proc.stdout.close()
    return lines


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:  # type: ignore[type-arg]
    root = tmp_path_factory.mktemp("lib")
    write_library(root / "law", 14, sections=7)
    settings = Settings(data_dir=root / "ref")
    report = ingest_paths(settings, [root / "law"], embedder=FakeEmbedder())
    assert len(report.added) == 14 and report.pending == 0
    return root / "law", _state(make_engine(settings))


KILL_POINTS: dict[str, Callable[[str], bool]] = {
    "while reading": lambda line: line.lstrip().startswith("[") and " read 5/" in line,
    "between reading and embedding": lambda line: "0 with vectors" in line,
    "while embedding": lambda line: " embed " in line and "/" in line and " 40/" not in line,
}


def test_three_kills_then_a_rerun_end_like_an_uninterrupted_build(
    reference: tuple[Path, dict],
    tmp_path: Path,  # type: ignore[type-arg]
) -> None:
    library, want = reference
    data = tmp_path / "data"
    engine = make_engine(Settings(data_dir=data))
    for point, seen in KILL_POINTS.items():
        lines = _kill_when(_start(data, library), seen)
        assert lines and seen(lines[-1]), f"never reached {point}: {''.join(lines)}"
        got = _state(engine)
        # Never half a document: whatever is stored is stored whole.
        for doc_id, chunks in got.items():
            assert [t for t, _ in chunks] == [t for t, _ in want[doc_id]], (point, doc_id)
        with Session(engine) as session:
            sections = session.exec(select(Section.doc_id)).all()
        assert set(sections) <= set(got)
    proc = _start(data, library)
    out, _ = proc.communicate(timeout=DEADLINE)
    assert proc.returncode == 0, out
    assert "resuming:" in out and "document(s) to read" in out
    assert _state(engine) == want
    assert store.check(engine, data / "index", embedder=FakeEmbedder.name) == []


def test_a_rerun_says_how_many_documents_remain(
    reference: tuple[Path, dict],
    tmp_path: Path,  # type: ignore[type-arg]
) -> None:
    library, want = reference
    data = tmp_path / "data"
    _kill_when(_start(data, library), KILL_POINTS["while reading"])
    stored = len(_state(make_engine(Settings(data_dir=data))))
    proc = _start(data, library)
    out, _ = proc.communicate(timeout=DEADLINE)
    assert proc.returncode == 0, out
    first = next(line for line in out.splitlines() if "document(s) to read" in line)
    assert f"resuming: {len(want) - stored} document(s) to read, {stored} already stored" in first
