"""``kmportal backup``: one archive file holding everything a data directory needs
to come back — made while the portal runs.

The database is copied with SQLite's online backup API (one consistent
snapshot, whatever ingests or KM changes are committing meanwhile); then the
rest of the data directory (uploaded documents, KM evidence files...) and the
upload folder when it lives elsewhere; last a manifest with the versions, the
row count of every table and the size and SHA-256 of every file, which
:mod:`kmportal.db.restore` checks before it restores anything.

Left out: the index folder (a cache rebuilt from the database), the lock file,
and ``incoming/`` folders (files still arriving). Uploaded and evidence files
are written once under generated names, so a file listed after the snapshot is
the file the snapshot refers to; one removed meanwhile is simply not there.

PostgreSQL (issue 11, item 3) backs up with ``pg_dump`` plus these files
instead — see docs/deploy.md.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import sqlite3
import tarfile
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

import kmportal
from kmportal.errors import Conflict, NotFound
from kmportal.messages import msg
from kmportal.settings import Settings

FORMAT = "kmportal-backup/1"
TOP = "kmportal-backup"  # every member lives under this folder
DATABASE = "kmportal.db"
DATA = "data"  # the data directory's own files
UPLOADS = "uploads"  # the upload folder, when it lives outside the data directory
MANIFEST = "manifest.json"
SKIPPED_DIRS = {"index", "incoming"}


@dataclass
class Manifest:
    revision: str | None
    counts: dict[str, int]
    data_dir: str
    upload_root: str  # the upload folder at backup time (documents' paths point into it)
    upload_inside: str | None  # its path inside the data directory, or None
    files: dict[str, dict[str, Any]] = field(default_factory=dict)  # name -> size, sha256
    created_at: str = field(default_factory=lambda: datetime.now(UTC).isoformat())
    kmportal_version: str = kmportal.__version__
    sqlite_version: str = sqlite3.sqlite_version
    format: str = FORMAT

    def to_json(self) -> bytes:
        return json.dumps(self.__dict__, ensure_ascii=False, indent=2).encode("utf-8")


@dataclass(frozen=True)
class BackupReport:
    path: Path
    manifest: Manifest

    @property
    def size(self) -> int:
        return self.path.stat().st_size


def backup(settings: Settings, out: Path) -> BackupReport:
    """Write the archive to ``out`` (refused if it exists): first beside it under
    a temporary name, renamed only once complete."""
    out = out.resolve()
    data_dir = settings.data_dir.resolve()
    if out.exists():
        raise Conflict(msg("backup.exists", path=str(out)))
    if out.is_relative_to(data_dir):
        raise Conflict(msg("backup.inside_data", data_dir=str(data_dir)))
    if not settings.db_path.is_file():
        raise NotFound(msg("backup.no_database", path=str(settings.db_path)))
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=out.parent, prefix=".kmportal-backup-") as tmp:
        snapshot = Path(tmp) / DATABASE
        _snapshot(settings.db_path, snapshot)
        revision, counts = describe(snapshot)
        uploads = settings.upload_path.resolve()
        inside = (
            uploads.relative_to(data_dir).as_posix() if uploads.is_relative_to(data_dir) else None
        )
        manifest = Manifest(
            revision=revision,
            counts=counts,
            data_dir=str(data_dir),
            upload_root=str(uploads),
            upload_inside=inside,
        )
        partial = Path(tmp) / "archive.partial"
        with tarfile.open(partial, "w:gz", compresslevel=6) as tar:
            _add(tar, manifest, snapshot, DATABASE)
            for path, name in _data_files(settings, data_dir):
                _add(tar, manifest, path, name)
            info = tarfile.TarInfo(f"{TOP}/{MANIFEST}")
            body = manifest.to_json()
            info.size, info.mtime = len(body), int(datetime.now(UTC).timestamp())
            tar.addfile(info, io.BytesIO(body))
        os.replace(partial, out)
    return BackupReport(out, manifest)


def _snapshot(source: Path, target: Path) -> None:
    """A consistent copy of the live database: the backup API copies every page
    in one step, inside one read transaction, while writers go on (WAL)."""
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True, timeout=60)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
        dst.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
    finally:
        dst.close()
        src.close()


def describe(db: Path) -> tuple[str | None, dict[str, int]]:
    """A database file's schema revision and the row count of each of its tables."""
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as con:
        tables = [
            r[0]
            for r in con.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
        ]
        # nosec B608: the names come from sqlite_master itself, quoted.
        counts = {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}  # nosec B608
        revision = None
        if "alembic_version" in tables:
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
    counts.pop("alembic_version", None)
    return revision, counts


def _data_files(settings: Settings, data_dir: Path) -> Iterator[tuple[Path, str]]:
    database = {
        settings.db_path.resolve().name + suffix for suffix in ("", "-wal", "-shm", "-journal")
    }
    skipped = {data_dir / name for name in database} | {data_dir / ".schema.lock"}
    yield from (
        (path, f"{DATA}/{path.relative_to(data_dir).as_posix()}")
        for path in _walk(data_dir)
        if path not in skipped
    )
    uploads = settings.upload_path.resolve()
    if uploads.is_dir() and not uploads.is_relative_to(data_dir):
        yield from ((p, f"{UPLOADS}/{p.relative_to(uploads).as_posix()}") for p in _walk(uploads))


def _walk(root: Path) -> Iterator[Path]:
    """Regular files under ``root``, sorted, outside the skipped folders; no links."""
    if not root.is_dir():
        return
    for entry in sorted(root.iterdir()):
        if entry.is_symlink():
            continue
        if entry.is_dir():
            if entry.name not in SKIPPED_DIRS and not entry.name.startswith(".kmportal-"):
                yield from _walk(entry)
        elif entry.is_file():
            yield entry


class _Hashing(io.RawIOBase):
    """Reads a file for the archive and hashes what it read, so each file is read once."""

    def __init__(self, handle: IO[bytes]) -> None:
        self.handle = handle
        self.sha256 = hashlib.sha256()

    def readinto(self, buffer: Any) -> int:
        data = self.handle.read(len(buffer))
        self.sha256.update(data)
        buffer[: len(data)] = data
        return len(data)

    def readable(self) -> bool:
        return True


def _add(tar: tarfile.TarFile, manifest: Manifest, path: Path, name: str) -> None:
    try:
        handle = path.open("rb")
    except FileNotFoundError:  # removed since it was listed (a document removed meanwhile)
        return
    with handle:
        info = tar.gettarinfo(fileobj=handle, arcname=f"{TOP}/{name}")
        info.uid = info.gid = 0
        info.uname = info.gname = ""
        hashing = _Hashing(handle)
        tar.addfile(info, io.BufferedReader(hashing))
    manifest.files[name] = {"size": info.size, "sha256": hashing.sha256.hexdigest()}


def human_size(n: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024  # type: ignore[assignment]
    return str(n)
