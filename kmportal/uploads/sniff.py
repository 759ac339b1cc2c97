"""Is a received file what its name says? Checked from its content: the
signature at its start, the parts inside an Office zip, valid UTF-8 for text.
A renamed program or page never passes as a PDF, an image or a spreadsheet."""

from __future__ import annotations

import codecs
import zipfile
from pathlib import Path

_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Office 97-2003 (.doc, .xls)

# suffix -> the signatures its content may start with
SIGNATURES: dict[str, tuple[bytes, ...]] = {
    ".pdf": (b"%PDF-",),
    ".png": (b"\x89PNG\r\n\x1a\n",),
    ".jpg": (b"\xff\xd8\xff",),
    ".jpeg": (b"\xff\xd8\xff",),
    ".doc": (_OLE2,),
    ".xls": (_OLE2,),
    ".docx": (b"PK\x03\x04",),
    ".xlsx": (b"PK\x03\x04",),
}
# The part an Office Open XML file of that kind cannot be without.
_OOXML_PART = {".docx": "word/document.xml", ".xlsx": "xl/workbook.xml"}
TEXT_SUFFIXES = frozenset({".txt", ".csv", ".md"})
_CHUNK = 64 * 1024


def content_matches(path: Path, suffix: str) -> bool:
    """True when the file's content is of the type ``suffix`` names."""
    if suffix in TEXT_SUFFIXES:
        return _is_text(path)
    signatures = SIGNATURES.get(suffix)
    if signatures is None:
        return False
    with path.open("rb") as fh:
        head = fh.read(16)
    if not head.startswith(signatures):
        return False
    part = _OOXML_PART.get(suffix)
    if part is None:
        return True
    try:
        # Only the central directory is read: a zip bomb is never inflated here.
        with zipfile.ZipFile(path) as zf:
            return part in zf.namelist()
    except (zipfile.BadZipFile, OSError):
        return False


def _is_text(path: Path) -> bool:
    """UTF-8 (a BOM allowed) without NUL bytes, read a chunk at a time."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        with path.open("rb") as fh:
            while chunk := fh.read(_CHUNK):
                if b"\x00" in chunk:
                    return False
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True
