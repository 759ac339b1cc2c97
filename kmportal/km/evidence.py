"""Evidence files uploaded with an activity log, kept under ``<data_dir>/km-evidence``.

Stored names are generated (a random prefix plus a cleaned original name), so
an upload can never choose where it lands or overwrite another.
"""

from __future__ import annotations

import re
import secrets
from pathlib import Path

from kmportal.errors import BadInput, NotFound

MAX_BYTES = 10 * 1024 * 1024
ALLOWED = {".pdf", ".docx", ".xlsx", ".doc", ".xls", ".jpg", ".jpeg", ".png", ".txt", ".csv"}
_NAME = re.compile(r"^[0-9a-f]{16}-[\w.\-]{1,120}$")


def evidence_dir(data_dir: Path) -> Path:
    return data_dir / "km-evidence"


def _clean(filename: str) -> str:
    base = Path(filename.replace("\\", "/")).name
    cleaned = re.sub(r"[^\w.\-]+", "_", base).strip("._") or "file"
    return cleaned[-120:]


def save_evidence(data_dir: Path, *, filename: str, content: bytes) -> str:
    ext = Path(filename).suffix.lower()
    if ext not in ALLOWED:
        raise BadInput(
            f"ไฟล์หลักฐานชนิด {ext or '(ไม่มีนามสกุล)'} ไม่รองรับ (รับ {', '.join(sorted(ALLOWED))})",
            fields={"evidence_upload": "ชนิดไฟล์ไม่รองรับ"},
        )
    if len(content) > MAX_BYTES:
        raise BadInput("ไฟล์หลักฐานใหญ่เกิน 10 MB", fields={"evidence_upload": "ไฟล์ใหญ่เกิน 10 MB"})
    if not content:
        raise BadInput("ไฟล์หลักฐานว่างเปล่า", fields={"evidence_upload": "ไฟล์ว่างเปล่า"})
    folder = evidence_dir(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    name = f"{secrets.token_hex(8)}-{_clean(filename)}"
    (folder / name).write_bytes(content)
    return name


def evidence_path(data_dir: Path, name: str) -> Path:
    if not _NAME.match(name) or ".." in name:
        raise NotFound("ไม่พบไฟล์หลักฐาน")
    path = evidence_dir(data_dir) / name
    if not path.is_file():
        raise NotFound("ไม่พบไฟล์หลักฐาน")
    return path
