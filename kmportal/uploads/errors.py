"""Refusals of an upload, each with a message in Thai and English."""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path
from typing import TYPE_CHECKING

from kmportal.errors import BadInput, KmportalError, UnsupportedFile

if TYPE_CHECKING:
    from kmportal.ingest.pipeline import IngestReport

_MB = 1024 * 1024


class UploadTooLarge(KmportalError):
    """The body passed the size limit; answered before the rest is read."""

    status_code = 413
    exit_code = 2


def too_large(limit: int) -> UploadTooLarge:
    size = f"{limit / _MB:g} MB" if limit >= _MB else f"{limit} bytes"
    return UploadTooLarge(
        f"ไฟล์ใหญ่เกินกำหนด (สูงสุด {size}) — the file is larger than the {size} limit"
    )


def not_multipart() -> UnsupportedFile:
    return UnsupportedFile(
        "ต้องส่งไฟล์ผ่านแบบฟอร์มอัปโหลด (multipart/form-data) — send the file with the upload form"
    )


def malformed(why: str) -> BadInput:
    return BadInput(f"ข้อมูลที่ส่งมาไม่สมบูรณ์หรือผิดรูปแบบ — the upload is incomplete or malformed ({why})")


def no_file() -> BadInput:
    return BadInput("ไม่พบไฟล์ในคำขอ กรุณาเลือกไฟล์ — no file in the upload; choose a file")


def unsupported_type(shown: str, *, allowed: Collection[str] | None = None) -> UnsupportedFile:
    if allowed:
        names = ", ".join(sorted(s.lstrip(".").upper() for s in allowed))
        return UnsupportedFile(
            f"ไม่รองรับไฟล์ชนิด {shown} รองรับเฉพาะ {names}"
            f" — unsupported file type {shown}; upload one of {names}"
        )
    return UnsupportedFile(
        f"ไม่รองรับไฟล์ชนิด {shown} รองรับเฉพาะ PDF, DOCX, TXT และ MD"
        f" — unsupported file type {shown}; upload a PDF, DOCX, TXT or MD file"
    )


def empty_file() -> UnsupportedFile:
    return UnsupportedFile("ไฟล์ว่างเปล่า — the file is empty")


def bad_kind(kind: str) -> BadInput:
    return BadInput(f"ประเภทเอกสารไม่ถูกต้อง: {kind} — unknown document kind")


def refusal_message(reason: str, *, original: str, path: Path) -> str:
    """parse.py names the file it read, which is our generated name: show the
    client's name instead."""
    reason = reason.replace(f"{path.name}: ", "").replace(path.name, original)
    return f"ไฟล์ถูกปฏิเสธ — file refused: {original}: {reason}"


def exists_message(doc_id: str) -> str:
    return (
        f"มีเอกสารรหัส {doc_id} อยู่แล้ว ใช้ปุ่ม “แทนที่” หากต้องการอัปโหลดฉบับใหม่"
        f" — a document with id {doc_id} already exists; use Replace to upload a new version"
    )


def done_message(doc_id: str, report: IngestReport) -> str:
    if report.unchanged:
        return (
            f"ไฟล์เหมือนฉบับปัจจุบันของ {doc_id} ไม่มีการเปลี่ยนแปลง"
            f" — same content as the current {doc_id}; nothing changed"
        )
    return (
        f"นำเข้า {doc_id} เรียบร้อย ({report.chunks} ส่วนย่อย) ค้นหาได้แล้ว"
        f" — ingested {doc_id} ({report.chunks} chunks); search now includes it"
    )
