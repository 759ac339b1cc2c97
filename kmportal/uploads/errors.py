"""Refusals of an upload (documents and KM evidence), each a catalogue message
(``uploads.*`` in :mod:`kmportal.messages.uploads`)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from kmportal.errors import BadInput, Conflict, KmportalError, TooLarge, UnsupportedFile
from kmportal.messages import Message, msg

if TYPE_CHECKING:
    from kmportal.ingest.pipeline import IngestReport

_MB = 1024 * 1024


def size_text(limit: int) -> str:
    return f"{limit / _MB:g} MB" if limit >= _MB else f"{limit} bytes"


def too_large(limit: int) -> TooLarge:
    return TooLarge(msg("uploads.too_large", size=size_text(limit)))


def not_multipart() -> UnsupportedFile:
    return UnsupportedFile(msg("uploads.not_multipart"))


def malformed(why: str) -> BadInput:
    return BadInput(msg("uploads.malformed", why=why))


def form_too_large() -> TooLarge:
    return TooLarge(msg("uploads.form_too_large"))


def no_file() -> BadInput:
    return BadInput(msg("uploads.no_file"))


def unsupported_type(shown: str, allowed: str = "PDF, DOCX, TXT, MD") -> UnsupportedFile:
    return UnsupportedFile(msg("uploads.unsupported_type", shown=shown, allowed=allowed))


def content_mismatch(shown: str) -> UnsupportedFile:
    return UnsupportedFile(msg("uploads.content_mismatch", shown=shown))


def empty_file() -> UnsupportedFile:
    return UnsupportedFile(msg("uploads.empty_file"))


def bad_kind(kind: str) -> BadInput:
    return BadInput(msg("uploads.bad_kind", kind=kind))


def exists(doc_id: str) -> Conflict:
    return Conflict(msg("uploads.exists", doc_id=doc_id))


def shutting_down() -> KmportalError:
    return KmportalError(msg("uploads.shutting_down"))


def refusal_message(reason: str, *, original: str, path: Path) -> Message:
    """parse.py names the file it read, which is our generated name: show the
    client's name instead."""
    reason = reason.replace(f"{path.name}: ", "").replace(path.name, original)
    return msg("uploads.refused", file=original, reason=reason)


def done_message(doc_id: str, report: IngestReport) -> Message:
    if report.unchanged:
        return msg("uploads.unchanged", doc_id=doc_id)
    return msg("uploads.ingested", doc_id=doc_id, chunks=report.chunks)
