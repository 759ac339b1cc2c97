"""What an ingest run has to do, found before anything is parsed.

Every file is hashed and compared with what is stored: unchanged files are
skipped (and their catalog fields refreshed), byte-identical copies of a stored
document are reported as duplicates, and the rest become jobs. Knowing the work
up front is what lets a resumed run say how much remains.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from kmportal.docstore.models import DocKind, Document
from kmportal.index.publish import Publisher
from kmportal.ingest.catalog import Catalog, CatalogEntry, read_catalog
from kmportal.ingest.parse import SUPPORTED_SUFFIXES, iter_files

MAX_FILE_BYTES = 50 * 1024 * 1024
# Bump when normalisation, section splitting or chunking change: documents made
# by older rules are then processed again even though their files did not change
# (their unchanged texts keep their vectors: ``ingest.carry``).
# 11: a quoted regulation clause's wording keeps its number ("ข้อ 19 ให้…").
INGEST_VERSION = 11


@dataclass
class IngestReport:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (file, reason)
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (file, reason)
    warnings: list[tuple[str, str]] = field(default_factory=list)  # (file, message)
    chunks: int = 0  # chunks stored for added and updated documents
    embedded: int = 0  # chunks given their vector by this run
    pending: int = 0  # chunks still without a vector when the run ended
    to_parse: int = 0  # documents this run found new or changed
    to_embed: int = 0  # chunks without a vector when the run started
    seconds: float = 0.0
    lexical_seconds: float | None = None  # until everything stored was searchable by words
    index_rebuilt: bool = False

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated)


@dataclass
class Job:
    path: Path
    existing: Document | None
    entry: CatalogEntry | None


def text_hash(text: str) -> str:
    """The same Act in another file: equal once whitespace is ignored."""
    return hashlib.sha256("".join(text.split()).encode()).hexdigest()


def _skip_reason(path: Path, existing: Document | None, seen: dict[str, str]) -> str | None:
    if path.suffix.lower() not in SUPPORTED_SUFFIXES:
        suffix = path.suffix or "(none)"
        return f"{path.name}: unsupported file type '{suffix}' (use .txt, .md, .pdf or .docx)"
    here = str(path.resolve())
    # Another file of this run, or a stored document whose file still exists.
    other = seen.get(path.stem)
    if other is None and existing and existing.source_path != here:
        other = existing.source_path if Path(existing.source_path).exists() else None
    if other is not None and other != here:
        return (
            f"{path.name}: document id '{path.stem}' is already used by {other}; "
            "rename one of the files (รหัสเอกสารซ้ำ)"
        )
    return None


def collect(paths: Iterable[Path], report: IngestReport) -> tuple[list[Path], list[Catalog]]:
    files: list[Path] = []
    catalogs: list[Catalog] = []
    for p in paths:
        if not p.exists():
            report.skipped.append((str(p), f"{p}: no such file or folder"))
            continue
        catalog = read_catalog(p) if p.is_dir() else None
        if catalog is not None:
            catalogs.append(catalog)
            report.skipped.extend(catalog.problems)
        files.extend(f for f in iter_files([p]) if catalog is None or f != catalog.path)
    return files, catalogs


def _entry(catalogs: list[Catalog], path: Path) -> CatalogEntry | None:
    for catalog in catalogs:
        entry = catalog.get(path)
        if entry is not None:
            return entry
    return None


def _unchanged(
    existing: Document, digest: str, name: str, kind: DocKind | None, entry: CatalogEntry | None
) -> bool:
    want_kind = kind or (entry.kind if entry else None)
    return (
        existing.content_hash == digest
        and existing.embedded_with == name
        and existing.ingest_version == INGEST_VERSION
        and (want_kind is None or existing.kind == want_kind)
        and (entry is None or not entry.title or entry.title == existing.title)
    )


def _refresh(session: Session, doc: Document, path: Path, entry: CatalogEntry | None) -> bool:
    """Bring an unchanged document's path and catalog fields up to date; True
    if the search index should be republished to show them."""
    if doc.source_path != str(path.resolve()) and not Path(doc.source_path).exists():
        doc.source_path = str(path.resolve())  # the old path is gone (checked before)
    republish = False
    if entry is not None and entry.law_groups and entry.law_groups != doc.law_groups:
        doc.law_groups, republish = entry.law_groups, True
    if entry is not None and entry.source_url and entry.source_url != doc.source_url:
        doc.source_url, republish = entry.source_url, True
    session.add(doc)
    return republish


def plan(
    engine: Engine,
    files: list[Path],
    catalogs: list[Catalog],
    *,
    kind: DocKind | None,
    name: str,
    report: IngestReport,
    publisher: Publisher,
) -> list[Job]:
    """Sort the files into work to do and work already done, without parsing."""
    jobs: list[Job] = []
    seen: dict[str, str] = {}
    with Session(engine) as session:
        for path in files:
            try:
                if path.stat().st_size > MAX_FILE_BYTES:
                    mb = MAX_FILE_BYTES // (1024 * 1024)
                    report.skipped.append((str(path), f"{path.name}: larger than {mb} MB"))
                    continue
                digest = hashlib.sha256(path.read_bytes()).hexdigest()
            except OSError as exc:
                report.skipped.append((str(path), f"{path.name}: cannot be read ({exc.strerror})"))
                continue
            existing = session.get(Document, path.stem)
            reason = _skip_reason(path, existing, seen)
            if reason:
                report.skipped.append((str(path), reason))
                continue
            seen[path.stem] = str(path.resolve())
            entry = _entry(catalogs, path)
            if existing is not None and _unchanged(existing, digest, name, kind, entry):
                if _refresh(session, existing, path, entry):
                    publisher.changed("catalog details refreshed")
                report.unchanged.append(path.stem)
                continue
            twin = session.exec(
                select(Document).where(
                    Document.content_hash == digest, col(Document.id) != path.stem
                )
            ).first()
            if twin is not None and existing is None:
                duplicate(session, path, twin, entry, report, publisher)
                continue
            jobs.append(Job(path, existing, entry))
        session.commit()
    return jobs


def duplicate(
    session: Session,
    path: Path,
    twin: Document,
    entry: CatalogEntry | None,
    report: IngestReport,
    publisher: Publisher,
) -> None:
    """The same text is stored under another id: index it once, and let the
    stored copy take the catalog's law groups and source when it has none."""
    report.duplicates.append(
        (
            str(path),
            f"{path.name}: same text as '{twin.id}' ({Path(twin.source_path).name}); "
            "not indexed twice (เอกสารซ้ำ)",
        )
    )
    if entry is not None and not twin.law_groups and not twin.source_url:
        twin.law_groups, twin.source_url = entry.law_groups, entry.source_url
        session.add(twin)
        publisher.changed("catalog details refreshed")
