"""JSON Lines input of the batch commands (``search --batch``, ``powers --batch``)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from kmportal.errors import BadInput


def read_objects(path: Path, *, fields: str) -> list[tuple[int, dict[str, Any]]]:
    """(line number, object) for each non-blank line; a line that is not a JSON
    object stops the batch with an error naming the file, the line and ``fields``."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise BadInput(f"อ่านไฟล์ {path} ไม่ได้ — cannot read batch file {path}: {exc}") from exc
    out = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except ValueError as exc:
            raise bad_line(path, n, fields, exc) from exc
        if not isinstance(item, dict):
            raise bad_line(path, n, fields, "not a JSON object")
        out.append((n, item))
    return out


def bad_line(path: Path, n: int, fields: str, why: object) -> BadInput:
    return BadInput(
        f"{path.name} line {n} (บรรทัด {n}): ต้องเป็น JSON object ที่มี {fields}"
        f" — expected a JSON object with {fields} ({why})"
    )
