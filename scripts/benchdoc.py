"""docs/benchmarks.md sections that benchmark scripts keep at the end of the file."""

from __future__ import annotations

from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parent.parent / "docs" / "benchmarks.md"


def append_row(section: str, intro: str, header: str, row: str, *after: str) -> None:
    """Rewrite ``section`` (a "## " heading) at the end of docs/benchmarks.md:
    ``intro``, the table under ``header`` with the rows of earlier runs (those
    starting "| 20", a date) and ``row``, then the ``after`` blocks of this run."""
    text = BENCHMARKS.read_text(encoding="utf-8")
    rows: list[str] = []
    if section in text:
        head, rest = text.split(section, 1)
        body, sep, tail = rest.partition("\n## ")
        rows = [ln for ln in body.splitlines() if ln.startswith("| 20")]
        text = head.rstrip() + ("\n\n## " + tail if sep else "")
    block = "\n\n".join([section, intro, header + "\n" + "\n".join([*rows, row]), *after])
    BENCHMARKS.write_text(text.rstrip() + "\n\n" + block + "\n", encoding="utf-8")


def insert_row(section: str, row: str) -> bool:
    """Add ``row`` after the last table row of ``section`` where it stands in
    docs/benchmarks.md, its prose kept; False when the section has no table."""
    text = BENCHMARKS.read_text(encoding="utf-8")
    if section not in text:
        return False
    head, rest = text.split(section, 1)
    body, sep, tail = rest.partition("\n## ")
    lines = body.split("\n")
    last = max((i for i, ln in enumerate(lines) if ln.startswith("| ")), default=None)
    if last is None:
        return False
    lines.insert(last + 1, row.rstrip("\n"))
    BENCHMARKS.write_text(head + section + "\n".join(lines) + sep + tail, encoding="utf-8")
    return True


def add_row(section: str, intro: str, header: str, row: str) -> None:
    """``row`` joins ``section``'s table wherever it stands (its prose kept);
    the first run starts the section at the end of the file."""
    if not insert_row(section, row):
        append_row(section, intro, header, row)
