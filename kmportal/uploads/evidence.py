"""Evidence files of activity logs, kept under ``<data_dir>/km-evidence`` (see
:mod:`kmportal.uploads.kept` for how every attached file is received, checked
and named)."""

from __future__ import annotations

from pathlib import Path

from kmportal.messages import msg
from kmportal.uploads.kept import KeptFiles, download_name
from kmportal.uploads.receive import FormRules, ReceivedUpload
from kmportal.uploads.storage import UploadStore

__all__ = ["download_name"]

FIELD = "evidence_upload"
ALLOWED = (".pdf", ".docx", ".xlsx", ".doc", ".xls", ".jpg", ".jpeg", ".png", ".txt", ".csv")
# The log form's text fields ride in the same body: a 2,000-character Thai
# description is 6 KB of UTF-8.
RULES = FormRules(
    file_field=FIELD,
    suffixes=ALLOWED,
    shown_types="PDF, Word, Excel, JPG, PNG, TXT, CSV",
    file_required=False,
    max_field_bytes=32 * 1024,
    refuse_type_at_once=False,  # shown next to the field, with the form as typed
)
FILES = KeptFiles("km-evidence", RULES, msg("km.error.evidence_not_found"))


def evidence_dir(data_dir: Path) -> Path:
    return FILES.directory(data_dir)


def store(data_dir: Path) -> UploadStore:
    return FILES.store(data_dir)


def clear_incoming(data_dir: Path) -> None:
    FILES.clear_incoming(data_dir)


def keep(data_dir: Path, received: ReceivedUpload) -> str:
    return FILES.keep(data_dir, received)


def discard(data_dir: Path, name: str) -> None:
    FILES.discard(data_dir, name)


def evidence_path(data_dir: Path, name: str) -> Path:
    return FILES.path(data_dir, name)
