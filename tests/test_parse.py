from __future__ import annotations

import resource
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path
from typing import Any

import docx
import pytest
from helpers.office_docs import write_pdf
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader, PdfWriter

from kmportal.errors import UnsupportedFile
from kmportal.ingest import parse
from kmportal.ingest.parse import ParsedFile, iter_files, parse_file

# --- fixture builders -------------------------------------------------------------------


def encrypt_pdf(source: Path, target: Path, user_password: str) -> Path:
    writer = PdfWriter(clone_from=PdfReader(source))
    writer.encrypt(user_password=user_password, owner_password="owner", algorithm="RC4-128")
    writer.write(target)
    return target


def refused(path: Path, **kwargs: float) -> str:
    """Parse ``path`` expecting a refusal; return its message, which must name the file."""
    with pytest.raises(UnsupportedFile) as info:
        parse_file(path, **kwargs)  # type: ignore[arg-type]
    message = info.value.message
    assert message.startswith(f"{path.name}: ")
    return message


THAI_LAW = "มาตรา ๔๕  องค์การบริหารส่วนจังหวัดมีอำนาจหน้าที่\nจัดให้มีน้ำเพื่อการอุปโภค บริโภค"

# --- iter_files -------------------------------------------------------------------------


def test_iter_files_walks_folders_recursively_in_sorted_order_and_skips_hidden(
    tmp_path: Path,
) -> None:
    for rel in ["b.txt", "a/z.pdf", "a/c.docx", "notes.xlsx", ".hidden.txt", ".git/HEAD.txt"]:
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("x")
    single = tmp_path / "a" / "z.pdf"
    assert list(iter_files([tmp_path, single])) == [
        tmp_path / "a" / "c.docx",
        tmp_path / "a" / "z.pdf",
        tmp_path / "b.txt",
        tmp_path / "notes.xlsx",
        single,
    ]


def test_iter_files_yields_an_explicitly_named_missing_file_so_it_gets_reported(
    tmp_path: Path,
) -> None:
    missing = tmp_path / "gone.txt"
    assert list(iter_files([missing])) == [missing]
    assert "not found" in refused(missing)


# --- text and markdown ------------------------------------------------------------------


def test_a_utf8_text_file_keeps_thai_digits_and_spacing_but_loses_bom_and_crlf(
    tmp_path: Path,
) -> None:
    path = tmp_path / "law.txt"
    path.write_bytes(b"\xef\xbb\xbf" + THAI_LAW.replace("\n", "\r\n").encode("utf-8"))
    assert parse_file(path) == ParsedFile(
        path=path, text=THAI_LAW, title_hint=None, file_type="txt"
    )


def test_a_tis620_thai_text_file_is_decoded_as_cp874(tmp_path: Path) -> None:
    path = tmp_path / "old.TXT"
    path.write_bytes(THAI_LAW.encode("cp874"))
    parsed = parse_file(path)
    assert parsed.text == THAI_LAW
    assert parsed.file_type == "txt"


def test_a_utf16_notepad_file_is_read_despite_its_nul_bytes(tmp_path: Path) -> None:
    path = tmp_path / "notepad.txt"
    path.write_bytes(THAI_LAW.encode("utf-16"))
    assert parse_file(path).text == THAI_LAW


def test_a_latin1_file_is_refused_rather_than_misread_as_thai(tmp_path: Path) -> None:
    path = tmp_path / "menu.txt"
    path.write_bytes("café au lait, crème brûlée, naïve".encode("latin-1"))
    assert "unknown encoding" in refused(path)


def test_markdown_title_is_the_first_level_one_heading_outside_code(tmp_path: Path) -> None:
    path = tmp_path / "guide.md"
    path.write_text(
        "intro\n```\n# not a heading\n```\n#no-space\n## ย่อย\n# คู่มือประชาชน ##\n# second\n",
        encoding="utf-8",
    )
    parsed = parse_file(path)
    assert parsed.title_hint == "คู่มือประชาชน"
    assert parsed.file_type == "md"
    assert parsed.text.startswith("intro\n```")


def test_markdown_without_a_heading_has_no_title(tmp_path: Path) -> None:
    path = tmp_path / "plain.md"
    path.write_text("## ย่อย\nข้อความ", encoding="utf-8")
    assert parse_file(path).title_hint is None


@pytest.mark.parametrize("content", [b"", b"  \r\n\t \n", "\u3000 ".encode()])
def test_an_empty_or_whitespace_only_file_is_refused(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "blank.txt"
    path.write_bytes(content)
    assert "no text" in refused(path)


@pytest.mark.parametrize("name", ["sheet.xlsx", "Makefile", "photo.jpg", "old.doc"])
def test_an_unsupported_suffix_is_refused_with_the_supported_list(
    tmp_path: Path, name: str
) -> None:
    path = tmp_path / name
    path.write_text("ข้อความ", encoding="utf-8")
    message = refused(path)
    assert "unsupported file type" in message
    assert ".docx, .md, .pdf, .txt" in message


def test_a_file_larger_than_the_limit_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("ก" * 100, encoding="utf-8")
    assert "too large" in refused(path, max_bytes=50)
    assert parse_file(path, max_bytes=300).text == "ก" * 100


def test_binary_data_with_a_text_name_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "data.md"
    path.write_bytes(b"abc\x00\x01\x02\x03" * 10)
    assert "binary" in refused(path)


def test_text_full_of_control_characters_is_refused_as_binary(tmp_path: Path) -> None:
    path = tmp_path / "weird.txt"
    path.write_bytes(bytes(range(1, 9)) * 20 + b"text")
    assert "binary" in refused(path)


EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\x00" * 48 + b"This program"
RENAMED = [
    ("setup.txt", EXE, "Windows program"),
    ("tool.txt", b"\x7fELF\x02\x01\x01" + b"\x00" * 40, "Linux program"),
    ("scan.md", b"\x89PNG\r\n\x1a\n" + b"\x00" * 40, "PNG image"),
    ("photo.txt", b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG image"),
    ("bundle.txt", b"PK\x03\x04" + b"\x14\x00" * 20, "zip archive"),
    ("report.txt", b"%PDF-1.4\n%\xe2\xe3\n1 0 obj", "PDF document"),
    ("setup.pdf", EXE, "Windows program"),
    ("scan.pdf", b"\x89PNG\r\n\x1a\n" + b"\x00" * 40, "PNG image"),
    ("letter.pdf", b"<html><body>Not found</body></html>", "not a PDF"),
    ("letter.docx", b"%PDF-1.4\n%\xe2\xe3\n", "rename it to .pdf"),
    ("letter.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 40, "97-2003 .doc"),
    ("letter.docx", "ข้อความธรรมดา".encode(), "not a Word .docx"),
]


@pytest.mark.parametrize(("name", "content", "reason"), RENAMED)
def test_content_that_contradicts_the_file_name_is_refused(
    tmp_path: Path, name: str, content: bytes, reason: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    assert reason in refused(path)


def test_a_text_that_merely_starts_with_mz_is_still_text(tmp_path: Path) -> None:
    path = tmp_path / "mz.txt"
    path.write_text("MZ ย่อมาจาก Mark Zbikowski", encoding="utf-8")
    assert parse_file(path).text.startswith("MZ ")


@settings(max_examples=200, deadline=None)
@given(data=st.binary(min_size=0, max_size=300), suffix=st.sampled_from([".txt", ".md", ".docx"]))
def test_arbitrary_bytes_either_parse_or_are_refused_never_crash(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"fuzz{suffix}"
        path.write_bytes(data)
        try:
            parsed = parse_file(path)
        except UnsupportedFile as exc:
            assert exc.message.startswith(f"{path.name}: ")
        else:
            assert parsed.text.strip()


# --- PDF --------------------------------------------------------------------------------


def test_a_thai_pdf_yields_its_text_layer_pages_and_metadata_title(tmp_path: Path) -> None:
    path = write_pdf(
        tmp_path / "water.pdf",
        [["อบจ. จัดให้มีน้ำประปา ๑๒", "Water supply 2567"], ["หน้าสอง"]],
        title="ระเบียบ อบจ.",
    )
    parsed = parse_file(path)
    assert parsed.file_type == "pdf"
    assert parsed.title_hint == "ระเบียบ อบจ."
    # A page break is not a paragraph break: the pages' lines simply follow each other.
    assert parsed.text.splitlines() == ["อบจ. จัดให้มีน้ำประปา ๑๒", "Water supply 2567", "หน้าสอง"]


def test_a_pdf_is_read_even_when_the_working_directory_is_elsewhere(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_pdf(tmp_path / "a.pdf", [["abc"]])
    monkeypatch.chdir(tmp_path)
    parsed = parse_file(path)
    assert parsed.text.strip() == "abc"
    assert parsed.title_hint is None


def test_a_pdf_without_a_text_layer_asks_for_ocr(tmp_path: Path) -> None:
    path = write_pdf(tmp_path / "scan.pdf", [[]], drawing_only=True)
    assert "ไม่มีชั้นข้อความ — ต้องทำ OCR ก่อน (no text layer — OCR it first)" in refused(path)


def test_a_corrupt_pdf_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 8)
    assert "not a readable PDF" in refused(path)


def test_a_password_protected_pdf_is_refused(tmp_path: Path) -> None:
    plain = write_pdf(tmp_path / "plain.pdf", [["ลับ"]])
    path = encrypt_pdf(plain, tmp_path / "locked.pdf", user_password="secret")
    assert "password-protected" in refused(path)


def test_a_pdf_with_only_an_owner_password_is_read(tmp_path: Path) -> None:
    plain = write_pdf(tmp_path / "plain.pdf", [["เปิดอ่านได้"]])
    path = encrypt_pdf(plain, tmp_path / "restricted.pdf", user_password="")
    assert parse_file(path).text.strip() == "เปิดอ่านได้"


def test_a_hanging_pdf_reader_is_killed_at_the_timeout(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_pdf(tmp_path / "slow.pdf", [["x"]])
    hang = [sys.executable, "-c", "import time; time.sleep(30)"]
    monkeypatch.setattr(parse, "_pdf_command", lambda _path: hang)
    started = time.monotonic()
    assert "longer than 0.5 s" in refused(path, pdf_timeout=0.5)
    assert time.monotonic() - started < 5


def test_a_crashing_pdf_reader_becomes_a_refusal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_pdf(tmp_path / "crash.pdf", [["x"]])
    crash = [sys.executable, "-c", "import os; os.abort()"]
    monkeypatch.setattr(parse, "_pdf_command", lambda _path: crash)
    assert "reader crashed" in refused(path)


def test_the_pdf_reader_runs_under_a_memory_cap_that_the_caller_does_not_inherit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_pdf(tmp_path / "greedy.pdf", [["x"]])
    # Without the cap this would print a successful result (calloc'd pages stay untouched).
    greedy = [
        sys.executable,
        "-c",
        'x = bytearray(3 * 1024**3); print(\'{"ok": true, "pages": ["big"]}\')',
    ]
    monkeypatch.setattr(parse, "_pdf_command", lambda _path: greedy)
    before = resource.getrlimit(resource.RLIMIT_AS)
    assert "reader crashed" in refused(path)
    assert resource.getrlimit(resource.RLIMIT_AS) == before


def test_the_pdf_reader_is_started_without_a_preexec_fn(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A preexec_fn forces a full fork of the caller (a server holding the index);
    # the cap is set by a launcher the reader then becomes.
    path = write_pdf(tmp_path / "plain.pdf", [["ข้อ ๑ ทดสอบ"]])
    seen: list[dict[str, Any]] = []
    real_run = subprocess.run

    def run(cmd: list[str], **kwargs: Any) -> Any:
        seen.append({"cmd": cmd, **kwargs})
        return real_run(cmd, **kwargs)

    monkeypatch.setattr(parse.subprocess, "run", run)
    parse_file(path)
    (call,) = seen
    assert "preexec_fn" not in call
    assert "kmportal.ingest.pdftext" in call["cmd"]


# --- DOCX -------------------------------------------------------------------------------


def test_a_docx_yields_paragraphs_and_table_rows_in_document_order(tmp_path: Path) -> None:
    document = docx.Document()
    document.core_properties.title = "คู่มือการขออนุญาต"
    document.add_heading("หมวด ๑ บททั่วไป", level=1)
    document.add_paragraph("ข้อ ๑  ระเบียบนี้เรียกว่า")
    table = document.add_table(rows=2, cols=3)
    for r, row in enumerate([["ลำดับ", "เรื่อง", "ค่าธรรมเนียม"], ["๑", "ประปา", "๑๐๐ บาท"]]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    document.add_paragraph("ข้อ ๒  ให้ใช้บังคับ")
    path = tmp_path / "manual.docx"
    document.save(str(path))

    parsed = parse_file(path)
    assert parsed.file_type == "docx"
    assert parsed.title_hint == "คู่มือการขออนุญาต"
    assert parsed.text.splitlines() == [
        "หมวด ๑ บททั่วไป",
        "ข้อ ๑  ระเบียบนี้เรียกว่า",
        "ลำดับ\tเรื่อง\tค่าธรรมเนียม",
        "๑\tประปา\t๑๐๐ บาท",
        "ข้อ ๒  ให้ใช้บังคับ",
    ]


def test_a_merged_docx_table_cell_appears_once_per_row(tmp_path: Path) -> None:
    document = docx.Document()
    table = document.add_table(rows=1, cols=3)
    table.cell(0, 0).merge(table.cell(0, 1)).text = "รวม"
    table.cell(0, 2).text = "แยก"
    path = tmp_path / "merged.docx"
    document.save(str(path))
    parsed = parse_file(path)
    assert parsed.text == "รวม\tแยก"
    assert parsed.title_hint is None


def test_a_docx_without_text_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "blank.docx"
    docx.Document().save(str(path))
    assert "no text" in refused(path)


def _zip(path: Path, entries: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
    return path


def test_a_zip_that_is_not_a_word_document_is_refused(tmp_path: Path) -> None:
    path = _zip(tmp_path / "book.docx", {"xl/workbook.xml": b"<workbook/>"})
    assert "not a Word document" in refused(path)


def test_a_damaged_docx_zip_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "cut.docx"
    path.write_bytes(b"PK\x03\x04" + b"\x00\x01" * 50)
    assert "damaged" in refused(path)


def test_a_docx_with_broken_xml_is_refused(tmp_path: Path) -> None:
    path = _zip(tmp_path / "bad.docx", {"word/document.xml": b"<w:document><oops"})
    assert "not a readable Word .docx file" in refused(path)


def test_a_docx_zip_bomb_is_refused_before_extraction(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("word/document.xml", b"<w:document/>")
        with zf.open("word/media/zeros.bin", "w") as entry:
            chunk = b"\x00" * (1024 * 1024)
            for _ in range(201):
                entry.write(chunk)
    assert path.stat().st_size < 2 * 1024 * 1024

    def no_extraction(*args: object, **kwargs: object) -> None:
        raise AssertionError("an entry was extracted")

    monkeypatch.setattr(zipfile.ZipFile, "open", no_extraction)
    assert "possible zip bomb" in refused(path)


def test_a_docx_with_too_many_entries_is_refused_before_extraction(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    entries = {f"word/part{i}.xml": b"" for i in range(2_001)}
    path = _zip(tmp_path / "many.docx", {"word/document.xml": b"<w:document/>", **entries})
    monkeypatch.setattr(zipfile.ZipFile, "open", None)
    message = refused(path)
    assert "2002 parts" in message
    assert "possible zip bomb" in message
