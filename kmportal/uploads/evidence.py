"""Evidence files of activity logs, kept under ``<data_dir>/km-evidence``.

They arrive through the same streaming receiver as documents
(:mod:`kmportal.uploads.receive`, with :data:`RULES`): the size limit holds while
the body arrives (413 before its end), the partial file waits under
``km-evidence/incoming`` with a generated name, and :func:`keep` admits it only
when its content is of the type its name says. Stored names are generated (a
random prefix and the cleaned original name), so an upload can never choose
where it lands or overwrite another.
"""

from __future__ import annotations

import os
import re
import secrets
from pathlib import Path

from kmportal.errors import NotFound
from kmportal.messages import msg
from kmportal.uploads import errors
from kmportal.uploads.receive import FormRules, ReceivedUpload
from kmportal.uploads.sniff import content_matches
from kmportal.uploads.storage import UploadStore

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
_NAME = re.compile(r"^[0-9a-f]{16}-[\w.\-]{1,120}$")


def evidence_dir(data_dir: Path) -> Path:
    return data_dir / "km-evidence"


def store(data_dir: Path) -> UploadStore:
    """Where an evidence file waits (``incoming/``) while it arrives and is checked."""
    return UploadStore(evidence_dir(data_dir))


def clear_incoming(data_dir: Path) -> None:
    """At start-up: files a previous run was still receiving or checking go."""
    incoming = store(data_dir)
    if incoming.incoming.is_dir():
        for leftover in incoming.incoming.iterdir():
            incoming.discard(leftover)


def _clean(filename: str) -> str:
    base = Path(filename.replace("\\", "/")).name
    cleaned = re.sub(r"[^\w.\-]+", "_", base).strip("._") or "file"
    return cleaned[-120:]


def keep(data_dir: Path, received: ReceivedUpload) -> str:
    """Check the received file's content and keep it; returns its stored name.
    A refused file is deleted."""
    incoming = store(data_dir)
    suffix = received.path.suffix.lower()
    if not content_matches(received.path, suffix):
        incoming.discard(received.path)
        exc = errors.content_mismatch(suffix)
        exc.fields[FIELD] = exc.msg
        raise exc
    name = f"{secrets.token_hex(8)}-{_clean(received.original_name)}"
    os.replace(received.path, evidence_dir(data_dir) / name)
    return name


def discard(data_dir: Path, name: str) -> None:
    """Delete a kept file whose log was then refused."""
    if _NAME.match(name):
        (evidence_dir(data_dir) / name).unlink(missing_ok=True)


def evidence_path(data_dir: Path, name: str) -> Path:
    if not _NAME.match(name) or ".." in name:
        raise NotFound(msg("km.error.evidence_not_found"))
    path = evidence_dir(data_dir) / name
    if not path.is_file():
        raise NotFound(msg("km.error.evidence_not_found"))
    return path


def download_name(name: str) -> str:
    """The name a download is saved under: the stored name without its prefix."""
    return name.split("-", 1)[1]
