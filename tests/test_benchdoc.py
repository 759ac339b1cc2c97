"""scripts/benchdoc.py: a benchmark's row joins its own table, wherever it stands."""

from __future__ import annotations

import importlib.util
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
