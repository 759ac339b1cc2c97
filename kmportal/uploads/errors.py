"""Refusals of an upload, each with a message in Thai and English."""

from __future__ import annotations

from kmportal.errors import BadInput, KmportalError, UnsupportedFile

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


def unsupported_type(shown: str) -> UnsupportedFile:
    return UnsupportedFile(
        f"ไม่รองรับไฟล์ชนิด {shown} รองรับเฉพาะ PDF, DOCX, TXT และ MD"
        f" — unsupported file type {shown}; upload a PDF, DOCX, TXT or MD file"
    )


def empty_file() -> UnsupportedFile:
    return UnsupportedFile("ไฟล์ว่างเปล่า — the file is empty")


def bad_kind(kind: str) -> BadInput:
    return BadInput(f"ประเภทเอกสารไม่ถูกต้อง: {kind} — unknown document kind")
