"""A folder's ``manifest.csv``: the title, law groups and source of each file.

The Thai law library ships one row per (Act, law group): an Act filed under
nineteen groups has nineteen rows that name the same file. Rows name their file
by a ``file``/``filename``/``path`` column, or by an id column (``sysid``,
``id``) that is the file's stem (``618134`` -> ``618134.txt``). A row naming a
file that is not there is reported by name; the manifest itself is never
offered as a document.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from kmportal.docstore.models import GROUP_SEPARATOR, DocKind

MANIFEST_NAME = "manifest.csv"
_FILE_COLUMNS = ("file", "filename", "path")
_ID_COLUMNS = ("sysid", "id", "doc_id")
_URL_COLUMNS = ("law_url", "source_url", "url")
_GROUP_COLUMNS = ("law_group", "group")
_TYPE_COLUMNS = ("law_type", "type")
# Statutes whose provisions are มาตรา; a ประกาศ (announcement) may use ข้อ, so its
# kind is still read from its text.
_STATUTE_TYPES = {
    "พระราชบัญญัติ",
    "พระราชกำหนด",
    "ประมวลกฎหมาย",
    "ประมวลรัษฎากร",
    "รัฐธรรมนูญ",
    "พระธรรมนูญ",
}
# The Council of State marks its consolidated texts "(ฉบับ Update ล่าสุด)": a
# property of the copy, not part of the Act's name.
_EDITION = re.compile(r"\s*\((?:ฉบับ\s*)?update\s*ล่าสุด\)\s*$", re.IGNORECASE)


@dataclass
class CatalogEntry:
    title: str = ""
    source_url: str = ""
    law_type: str = ""
    groups: list[str] = field(default_factory=list)

    @property
    def kind(self) -> DocKind | None:
        return DocKind.act if self.law_type in _STATUTE_TYPES else None

    @property
    def law_groups(self) -> str:
        return GROUP_SEPARATOR.join(self.groups)


@dataclass
class Catalog:
    path: Path
    entries: dict[Path, CatalogEntry] = field(default_factory=dict)  # resolved file -> entry
    problems: list[tuple[str, str]] = field(default_factory=list)  # (name, reason)

    def get(self, file: Path) -> CatalogEntry | None:
        return self.entries.get(file.resolve())


def clean_title(title: str) -> str:
    return _EDITION.sub("", " ".join(title.split()))


def _clean_titles(catalog: Catalog) -> None:
    """Drop the edition mark, except where it is all that tells two files apart
    (an Act's consolidated text beside its original: the mark says which is which)."""
    cleaned = {file: clean_title(e.title) for file, e in catalog.entries.items()}
    shared = Counter(cleaned.values())
    for file, entry in catalog.entries.items():
        if shared[cleaned[file]] == 1:
            entry.title = cleaned[file]


def _first(row: dict[str, str], names: tuple[str, ...]) -> str:
    for name in names:
        value = (row.get(name) or "").strip()
        if value:
            return value
    return ""


def _find(folder: Path, name: str, by_id: bool, stems: dict[str, Path]) -> Path | None:
    if not by_id:
        path = (folder / name).resolve()
        return path if path.is_file() and path.is_relative_to(folder.resolve()) else None
    return stems.get(name)


def read_catalog(folder: Path) -> Catalog | None:
    """The catalog of ``folder``, or None when it has no manifest."""
    path = folder / MANIFEST_NAME
    if not path.is_file():
        return None
    catalog = Catalog(path)
    try:
        with path.open(encoding="utf-8-sig", newline="") as fh:
            rows = list(csv.DictReader(fh))
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        catalog.problems.append(
            (MANIFEST_NAME, f"{MANIFEST_NAME}: unreadable ({exc}) (อ่านบัญชีรายการไม่ได้)")
        )
        return catalog
    stems = {p.stem: p.resolve() for p in folder.iterdir() if p.is_file()}
    missing: dict[str, int] = {}
    for n, raw in enumerate(rows, start=2):  # line 1 is the header
        row = {(k or "").strip().lower(): (v or "") for k, v in raw.items()}
        name = _first(row, _FILE_COLUMNS)
        by_id = not name
        name = name or _first(row, _ID_COLUMNS)
        if not name:
            catalog.problems.append(
                (f"{MANIFEST_NAME}:{n}", f"{MANIFEST_NAME} line {n}: names no file (ไม่ระบุไฟล์)")
            )
            continue
        file = _find(folder, name, by_id, stems)
        if file is None:
            missing.setdefault(name, n)
            continue
        entry = catalog.entries.setdefault(file, CatalogEntry())
        entry.title = entry.title or " ".join(_first(row, ("title",)).split())
        entry.source_url = entry.source_url or _first(row, _URL_COLUMNS)
        entry.law_type = entry.law_type or _first(row, _TYPE_COLUMNS)
        group = _first(row, _GROUP_COLUMNS).replace(GROUP_SEPARATOR, "/")
        if group and group not in entry.groups:
            entry.groups.append(group)
    _clean_titles(catalog)
    for name, line in missing.items():
        catalog.problems.append(
            (
                name,
                f"{name}: listed in {MANIFEST_NAME} (line {line}) but not found in {folder} "
                "(ไม่พบไฟล์ตามบัญชีรายการ)",
            )
        )
    return catalog
