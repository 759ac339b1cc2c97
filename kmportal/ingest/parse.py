"""Read .txt, .md, .pdf and .docx files into text, refusing anything suspicious with a reason
a clerk can act on. Text is returned as found (no normalisation) apart from CRLF -> LF and
a stripped UTF-8 BOM; a PDF's text layer is first repaired (``pdffix``) and a Word file's
automatic numbering written out (``docxtext``), since neither is what its author typed."""

from __future__ import annotations

import codecs
import json
import os
import re
import resource
import subprocess
import sys
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn

from kmportal.errors import UnsupportedFile
from kmportal.ingest import docxtext, pdffix

SUPPORTED_SUFFIXES: frozenset[str] = frozenset({".txt", ".md", ".pdf", ".docx"})

PDF_MEMORY_LIMIT = 1024 * 1024 * 1024
DOCX_MAX_ENTRIES = 2_000
DOCX_MAX_UNCOMPRESSED = 200 * 1024 * 1024
_MB = 1024 * 1024
NO_TEXT_LAYER = "ไม่มีชั้นข้อความ — ต้องทำ OCR ก่อน (no text layer — OCR it first)"
# Titles that word processors and PDF printers write for every file.
_JUNK_TITLE = re.compile(
    r"^(?:untitled|document\d*|microsoft word\b.*|ไม่มีชื่อ.*)$|\.(?:docx?|pdf|txt|rtf|odt)$",
    re.IGNORECASE,
)
_PACKAGE_ROOT = Path(__file__).resolve().parents[2]

# (prefix, what the content really is). Checked against the first bytes of every file.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a zip archive"),
    (b"PK\x05\x06", "a zip archive"),
    (b"\x7fELF", "a Linux program"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office 97-2003 file (.doc/.xls)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
)


@dataclass(frozen=True)
class ParsedFile:
    path: Path
    text: str
    title_hint: str | None
    file_type: str


def iter_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Every regular file under ``paths``, sorted, skipping hidden files and folders.

    Unsupported files are yielded too so the caller can report them; a path given
    explicitly is yielded even if missing, so the caller reports that as well."""
    for root in paths:
        root = Path(root)
        if not root.is_dir():
            yield root
            continue
        found: list[Path] = []
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames[:] = [d for d in dirnames if not d.startswith(".")]
            for name in filenames:
                file = Path(dirpath) / name
                if not name.startswith(".") and file.is_file():
                    found.append(file)
        yield from sorted(found)


def parse_file(
    path: Path, *, max_bytes: int = 50 * 1024 * 1024, pdf_timeout: float = 60.0
) -> ParsedFile:
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        kinds = ", ".join(sorted(SUPPORTED_SUFFIXES))
        shown = suffix or "no extension"
        _refuse(path, f"unsupported file type ({shown}); kmportal reads {kinds} (ไม่รองรับชนิดไฟล์นี้)")
    try:
        if not path.is_file():
            _refuse(path, "not found or not a regular file (ไม่พบไฟล์)")
        size = path.stat().st_size
        if size == 0:
            _refuse(path, "empty file, no text (ไฟล์ว่าง)")
        if size > max_bytes:
            _refuse(
                path,
                f"file too large ({size / _MB:.1f} MB; the limit is {max_bytes / _MB:.1f} MB)"
                " (ไฟล์ใหญ่เกินไป)",
            )
        with path.open("rb") as fh:
            head = fh.read(1024)
    except OSError as exc:
        _refuse(path, f"cannot be opened ({exc.strerror or exc}) (เปิดไฟล์ไม่ได้)")

    file_type = suffix[1:]
    if file_type == "pdf":
        text, title = _read_pdf(path, head, pdf_timeout)
    elif file_type == "docx":
        text, title = _read_docx(path, head)
    else:
        text = _read_text(path, head)
        title = _markdown_title(text) if file_type == "md" else None
    text = text.replace("\r\n", "\n")
    if not text.strip():
        _refuse(path, "contains no text, only whitespace (ไฟล์ว่าง)")
    return ParsedFile(path=path, text=text, title_hint=title, file_type=file_type)


def _refuse(path: Path, reason: str) -> NoReturn:
    raise UnsupportedFile(f"{path.name}: {reason}", detail={"path": str(path)})


def _sniff(head: bytes) -> str | None:
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    # "MZ" alone could start a text file; a real executable header has NULs right after.
    if head.startswith(b"MZ") and b"\x00" in head[:64]:
        return "a Windows program (.exe/.dll)"
    return None


def _read_text(path: Path, head: bytes) -> str:
    kind = _sniff(head)
    if kind is not None:
        _refuse(path, f"content is {kind}, not text; check the file name (ไม่ใช่ไฟล์ข้อความ)")
    data = path.read_bytes()
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        # Windows Notepad's "Unicode" encoding: NUL bytes here are expected, not binary.
        try:
            return data.decode("utf-16")  # the codec consumes the BOM
        except UnicodeDecodeError:
            _refuse(path, "not readable text (broken UTF-16) (อ่านข้อความไม่ได้)")
    if b"\x00" in data:
        _refuse(path, "binary file, not text (contains NUL bytes) (ไม่ใช่ไฟล์ข้อความ)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        if not _looks_like_tis620(data):
            _refuse(
                path,
                "not readable text: unknown encoding; save it as UTF-8 (อ่านข้อความไม่ได้)",
            )
        text = data.decode("cp874")
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\f\v\x1b")
    if controls > max(2, len(text) // 100):
        _refuse(path, "binary file, not text (control characters) (ไม่ใช่ไฟล์ข้อความ)")
    return text


def _looks_like_tis620(data: bytes) -> bool:
    """True if the non-ASCII bytes read as Thai (cp874/TIS-620): every one is a defined cp874
    character, most are Thai letters, and they come in runs (Thai words), unlike the
    scattered accents of a Latin-1 file."""
    try:
        decoded = data.decode("cp874")
    except UnicodeDecodeError:
        return False
    high = [i for i, b in enumerate(data) if b >= 0x80]
    if not high:
        return False
    thai = sum(1 for ch in decoded if "\u0e01" <= ch <= "\u0e5b")
    in_runs = sum(
        1
        for i in high
        if (i > 0 and data[i - 1] >= 0x80) or (i + 1 < len(data) and data[i + 1] >= 0x80)
    )
    return thai >= 0.9 * len(high) and in_runs >= 0.8 * len(high)


def _markdown_title(text: str) -> str | None:
    in_fence = False
    for line in text.splitlines():
        stripped = line.strip()
        if stripped.startswith(("```", "~~~")):
            in_fence = not in_fence
        elif not in_fence and line.startswith("# "):
            title = line[2:].strip().rstrip("#").strip()
            if title:
                return title
    return None


# Sets the reader's memory cap (and no core dump) in a small interpreter that
# then becomes the reader (exec keeps the pid, the pipes and the limits). A
# preexec_fn would do it in the caller's fork instead, and forces a full fork of
# a server process that may hold gigabytes; without one, subprocess can vfork.
_LIMIT_THEN_EXEC = (
    "import os, resource, sys; cap = int(sys.argv[1]); "
    "resource.setrlimit(resource.RLIMIT_AS, (cap, cap)); "
    "resource.setrlimit(resource.RLIMIT_CORE, (0, 0)); "
    "os.execv(sys.argv[2], sys.argv[2:])"
)


def _limited(cap: int) -> list[str]:
    # -I -S: the launcher reads no environment or site packages (fast, and
    # PYTHONPATH is for the reader it becomes).
    return [sys.executable, "-I", "-S", "-c", _LIMIT_THEN_EXEC, str(cap)]


def _pdf_command(path: Path) -> list[str]:
    return [sys.executable, "-m", "kmportal.ingest.pdftext", str(path)]


def _read_pdf(path: Path, head: bytes, timeout: float) -> tuple[str, str | None]:
    kind = _sniff(head)
    if kind == "a zip archive":
        kind = "a zip archive (perhaps a Word .docx file)"
    if (kind is not None and kind != "a PDF document") or b"%PDF-" not in head:
        what = kind or "not a PDF"
        _refuse(path, f"content is {what}, not a PDF; check the file (ไม่ใช่ไฟล์ PDF)")

    result = _run_pdftext(path, timeout)
    if not result.get("ok"):
        if result.get("reason") == "encrypted":
            _refuse(
                path, "not a readable PDF (password-protected; remove the password) (PDF ติดรหัส)"
            )
        _refuse(path, "not a readable PDF (corrupt or damaged) (ไฟล์ PDF เสีย)")
    starts = result.get("starts")
    starts = starts if isinstance(starts, list) and len(starts) == len(result["pages"]) else None
    pages = [
        pdffix.page_lines(str(page), starts[i] if starts else None, i)
        for i, page in enumerate(result["pages"])
    ]
    text = pdffix.join_pages(pages)
    if not text.strip():
        # A scan, perhaps stamped with a digital header or page number that repeats.
        _refuse(path, f"{NO_TEXT_LAYER}; its pages are pictures")
    if pdffix.private_use_share(text) > 0.3:
        _refuse(path, f"{NO_TEXT_LAYER}: its characters are private-use codes, not Thai")
    return text, _usable_title(result.get("title"))


def _usable_title(title: object) -> str | None:
    """A PDF's metadata title, unless it is a producer's placeholder or a file name."""
    if not isinstance(title, str) or not title.strip():
        return None
    title = title.strip()
    if _JUNK_TITLE.search(title):
        return None
    return title


def _run_pdftext(path: Path, timeout: float) -> dict[str, Any]:
    """Run pdftext.py in a child capped in memory and time; any failure is the file's fault."""
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    cap = PDF_MEMORY_LIMIT if hard == resource.RLIM_INFINITY else min(PDF_MEMORY_LIMIT, hard)
    env = dict(os.environ)
    # kmportal may run from a checkout rather than an install: let the child import it too.
    env["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(_PACKAGE_ROOT), env.get("PYTHONPATH", "")) if p
    )
    try:
        proc = subprocess.run(
            [*_limited(cap), *_pdf_command(path)],
            stdin=subprocess.DEVNULL,
            capture_output=True,
            timeout=timeout,
            env=env,
            check=False,
        )
    except subprocess.TimeoutExpired:
        _refuse(
            path,
            f"not a readable PDF (reading took longer than {timeout:g} s; damaged or too complex)"
            " (อ่าน PDF ไม่ได้)",
        )
    try:
        if proc.returncode != 0:
            raise ValueError(proc.returncode)
        result = json.loads(proc.stdout)
    except ValueError:
        _refuse(
            path,
            "not a readable PDF (the reader crashed; corrupt or needs too much memory)"
            " (อ่าน PDF ไม่ได้)",
        )
    if not isinstance(result, dict) or not isinstance(result.get("pages", []), list):
        _refuse(path, "not a readable PDF (unexpected reader output) (อ่าน PDF ไม่ได้)")
    return result


def _read_docx(path: Path, head: bytes) -> tuple[str, str | None]:
    if not head.startswith(b"PK"):
        kind = _sniff(head)
        if kind and kind.startswith("an old Office"):
            reason = "an old Word 97-2003 .doc file; open it in Word and save as .docx"
        elif kind == "a PDF document":
            reason = "a PDF document, not a Word .docx file; rename it to .pdf"
        else:
            reason = f"not a Word .docx file (content is {kind or 'not a zip archive'})"
        _refuse(path, f"{reason} (ไม่ใช่ไฟล์ Word .docx)")
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            names = {info.filename for info in infos}
    except (zipfile.BadZipFile, OSError, ValueError):
        _refuse(path, "not a readable Word .docx file (damaged zip) (ไฟล์ Word เสีย)")
    # Declared sizes bound what zipfile will inflate, so checking the directory is enough.
    if len(infos) > DOCX_MAX_ENTRIES:
        _refuse(
            path,
            f"refused: {len(infos)} parts inside (limit {DOCX_MAX_ENTRIES}); possible zip bomb",
        )
    total = sum(info.file_size for info in infos)
    if total > DOCX_MAX_UNCOMPRESSED:
        _refuse(
            path,
            f"refused: would expand to {total / _MB:.0f} MB "
            f"(limit {DOCX_MAX_UNCOMPRESSED / _MB:.0f} MB); possible zip bomb",
        )
    if "word/document.xml" not in names:
        _refuse(path, "a zip archive but not a Word document (no word/document.xml)")
    return _docx_text(path)


def _docx_text(path: Path) -> tuple[str, str | None]:
    import docx

    try:
        document = docx.Document(str(path))
        text = docxtext.docx_text(document)
        title = (document.core_properties.title or "").strip() or None
    except Exception:
        # python-docx and lxml raise many types for damaged packages; all mean the same here.
        _refuse(path, "not a readable Word .docx file (damaged) (ไฟล์ Word เสีย)")
    return text, title
