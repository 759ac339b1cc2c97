"""scripts/benchdoc.py: a benchmark's row joins its own table, wherever it stands."""

from __future__ import annotations

import importlib
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent

DOC = """# Benchmarks

## Authority check (`scripts/eval_powers.py`)

Prose before the table.

| date | recall |
| --- | --- |
| 2026-11-30 | 1.0 |

Prose after the table, kept.

## Another section

| date | speed |
| --- | --- |
| 2026-12-01 | 9 |
"""


@pytest.fixture
def benchdoc(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    spec = importlib.util.spec_from_file_location("benchdoc", ROOT / "scripts" / "benchdoc.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    doc = tmp_path / "benchmarks.md"
    doc.write_text(DOC, encoding="utf-8")
    monkeypatch.setattr(module, "BENCHMARKS", doc)
    return module


def test_a_row_joins_the_table_of_its_section_and_the_prose_stays(benchdoc: ModuleType) -> None:
    section = "## Authority check (`scripts/eval_powers.py`)"
    assert benchdoc.insert_row(section, "| 2026-12-02 | 0.9 |")
    text = benchdoc.BENCHMARKS.read_text(encoding="utf-8")
    assert "| 2026-11-30 | 1.0 |\n| 2026-12-02 | 0.9 |\n\nProse after the table, kept." in text
    # The next section's table is untouched, and the file does not end with the row.
    assert text.endswith("| 2026-12-01 | 9 |\n")
    assert text.replace("| 2026-12-02 | 0.9 |\n", "") == DOC


def test_a_missing_section_is_reported_not_appended(benchdoc: ModuleType) -> None:
    assert not benchdoc.insert_row("## Nowhere", "| x |")
    assert benchdoc.BENCHMARKS.read_text(encoding="utf-8") == DOC


def test_a_library_runs_row_has_a_dash_for_what_it_did_not_measure(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.syspath_prepend(str(ROOT / "scripts"))
    spec = importlib.util.spec_from_file_location(
        "bench_library", ROOT / "scripts" / "bench_library.py"
    )
    assert spec and spec.loader
    library = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(library)
    built = {
        "date": "2026-12-02T15:44:58+00:00",
        "commit": "276a5bf",
        "lexical_all_s": 163.2,
        "build_s": 1426.0,
        "chunks_per_s": 38.9,
        "probes_during_build": 471,
        "probe_errors": 0,
        "cold_p50_ms": 35.0,
        "cold_p95_ms": 46.7,
        "kills": {"killed_at_s": [151.4, 229.8, 333.4], "same_counts": True},
    }
    row = library.doc_row(built)
    assert row.startswith("| 2026-12-02 15:44 | 276a5bf | – | 163 s | 1,426 s (23.8 min) | 38.9 |")
    assert row.count("|") == library.HEADER.splitlines()[0].count("|")
    cpu = library.doc_row(built | {"cpu": "Intel(R) Xeon(R) Processor (AVX-512, AMX, 2 cores)"})
    assert "| 276a5bf | Intel(R) Xeon(R) Processor (AVX-512, AMX, 2 cores) | 163 s |" in cpu
    assert "| 471 / 0 |" in row and "| 35.0 / 46.7 ms |" in row and "| 3: True |" in row
    reused = library.doc_row({"date": "2026-12-02T16:00:00+00:00", "serve_startup_s": 7.8})
    assert "| 7.8 s |" in reused
    assert reused.count("–") >= 8


def _bench_load(monkeypatch: pytest.MonkeyPatch, doc: Path) -> ModuleType:
    monkeypatch.syspath_prepend(str(ROOT / "scripts"))
    monkeypatch.delitem(sys.modules, "benchdoc", raising=False)
    benchdoc = importlib.import_module("benchdoc")
    monkeypatch.setattr(benchdoc, "BENCHMARKS", doc)
    spec = importlib.util.spec_from_file_location("bench_load", ROOT / "scripts" / "bench_load.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "bench_load", module)  # its dataclass looks itself up
    spec.loader.exec_module(module)
    return module


def test_a_load_runs_row_joins_the_load_table_though_another_section_follows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    doc = tmp_path / "benchmarks.md"
    load_section = "## Under load (`scripts/bench_load.py`)"
    earlier = (
        "| 2026-11-30 22:52 | 3417cba | 20 × 60 | 1 | 0 | 19.0 | 36 | 139 | 186 / 186 | 9 | 3.9 |"
    )
    doc.write_text(
        f"# Benchmarks\n\n{load_section}\n\nProse.\n\n| h |\n| --- |\n{earlier}\n" + DOC[13:]
    )
    bench = _bench_load(monkeypatch, doc)
    row = "| 2026-12-03 05:13 | 978b92f | 20 × 60 | 1 | 0 | 19.7 | 15 | 67 | 213 / 213 | 16 | 0.1 |"
    bench.write_row(row)
    text = doc.read_text(encoding="utf-8")
    assert f"{earlier}\n{row}\n\n## Authority check" in text
    assert text.endswith("| 2026-12-01 | 9 |\n")


def test_a_load_runs_first_row_starts_its_section_at_the_end(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    doc = tmp_path / "benchmarks.md"
    doc.write_text(DOC, encoding="utf-8")
    bench = _bench_load(monkeypatch, doc)
    bench.write_row("| 2026-12-03 05:13 | 978b92f | x |")
    text = doc.read_text(encoding="utf-8")
    assert text.startswith(DOC.rstrip())
    assert text.endswith(f"{bench.HEADER}\n| 2026-12-03 05:13 | 978b92f | x |\n")
    assert text.count(bench.SECTION) == 1
