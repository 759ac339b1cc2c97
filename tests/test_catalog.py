"""manifest.csv: which row describes which file."""

from __future__ import annotations

from pathlib import Path

from kmportal.docstore.models import DocKind
from kmportal.ingest.catalog import clean_title, read_catalog


def _write(folder: Path, header: str, *rows: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    text = "\n".join([header, *rows]) + "\n"
    (folder / "manifest.csv").write_text(text, encoding="utf-8-sig")


def test_a_folder_without_a_manifest_has_no_catalog(tmp_path: Path) -> None:
    assert read_catalog(tmp_path) is None


def test_rows_name_their_file_by_id_and_merge_per_file(tmp_path: Path) -> None:
    (tmp_path / "101.txt").write_text("x", encoding="utf-8")
    (tmp_path / "102.pdf").write_bytes(b"%PDF-")
    _write(
        tmp_path,
        "title,law_url,sysid,law_group,law_type",
        "พระราชบัญญัติก พ.ศ. 2500 (ฉบับ Update ล่าสุด),https://a,101,ศึกษา,พระราชบัญญัติ",
        "พระราชบัญญัติก พ.ศ. 2500 (ฉบับ Update ล่าสุด),https://a,101,แรงงาน,พระราชบัญญัติ",
        "พระราชบัญญัติก พ.ศ. 2500 (ฉบับ Update ล่าสุด),https://a,101,ศึกษา,พระราชบัญญัติ",
        "ประกาศ ข,https://b,102,พนัน,ประกาศ",
        "ไม่มี,https://c,103,พนัน,พระราชบัญญัติ",
        "ไม่มี,https://c,103,ศึกษา,พระราชบัญญัติ",
    )
    catalog = read_catalog(tmp_path)
    assert catalog is not None
    a = catalog.get(tmp_path / "101.txt")
    assert a is not None and a.title == "พระราชบัญญัติก พ.ศ. 2500"
    assert a.groups == ["ศึกษา", "แรงงาน"] and a.law_groups == "ศึกษา|แรงงาน"
    assert a.source_url == "https://a" and a.kind is DocKind.act
    b = catalog.get(tmp_path / "102.pdf")
    assert b is not None and b.kind is None  # an announcement: its kind is read from its text
    # The missing file is reported once, by name, with the first line naming it.
    assert catalog.problems == [
        (
            "103",
            f"103: listed in manifest.csv (line 6) but not found in {tmp_path} "
            "(ไม่พบไฟล์ตามบัญชีรายการ)",
        )
    ]


def test_a_file_column_wins_and_may_not_leave_the_folder(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path.parent / "outside.txt").write_text("x", encoding="utf-8")
    _write(tmp_path, "file,title", "sub/a.txt,เรื่อง ก", "../outside.txt,นอก", ",ไม่มีชื่อไฟล์")
    catalog = read_catalog(tmp_path)
    assert catalog is not None
    entry = catalog.get(tmp_path / "sub" / "a.txt")
    assert entry is not None and entry.title == "เรื่อง ก"
    names = [name for name, _ in catalog.problems]
    assert names == ["manifest.csv:4", "../outside.txt"]


def test_an_unreadable_manifest_is_reported(tmp_path: Path) -> None:
    (tmp_path / "manifest.csv").write_bytes(b"title\n\xff\xfe\x00bad")
    catalog = read_catalog(tmp_path)
    assert catalog is not None and catalog.entries == {}
    ((name, reason),) = catalog.problems
    assert name == "manifest.csv" and "unreadable" in reason


def test_the_edition_mark_of_a_consolidated_copy_is_not_part_of_the_title() -> None:
    assert clean_title("พ.ร.บ. ก  พ.ศ. 2490 (Update ล่าสุด) ") == "พ.ร.บ. ก พ.ศ. 2490"
    assert clean_title("ประมวลกฎหมาย ข (ฉบับ Update ล่าสุด)") == "ประมวลกฎหมาย ข"
    assert clean_title("พระราชบัญญัติ ค (ฉบับที่ 2)") == "พระราชบัญญัติ ค (ฉบับที่ 2)"


def test_the_edition_mark_stays_where_it_tells_two_files_apart(tmp_path: Path) -> None:
    for name in ("1.txt", "2.txt", "3.txt"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    _write(
        tmp_path,
        "title,sysid",
        "พระราชบัญญัติโรงงาน พ.ศ. 2535 (ฉบับ Update ล่าสุด),1",
        "พระราชบัญญัติโรงงาน พ.ศ. 2535,2",
        "พระราชบัญญัติไพ่ พ.ศ. 2486 (ฉบับ Update ล่าสุด),3",
    )
    catalog = read_catalog(tmp_path)
    assert catalog is not None
    titles = [catalog.entries[(tmp_path / n).resolve()].title for n in ("1.txt", "2.txt", "3.txt")]
    assert titles == [
        "พระราชบัญญัติโรงงาน พ.ศ. 2535 (ฉบับ Update ล่าสุด)",
        "พระราชบัญญัติโรงงาน พ.ศ. 2535",
        "พระราชบัญญัติไพ่ พ.ศ. 2486",
    ]
