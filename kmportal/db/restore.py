"""``kmportal restore``: an archive of :mod:`kmportal.db.backup` back into an
empty data directory.

Nothing is placed before everything is checked: the archive is unpacked into a
staging folder beside the target (extraction refuses links and paths leaving
it), every file must match the manifest's size and SHA-256 and nothing may be
there that the manifest does not list, the database must pass SQLite's
integrity check and hold the manifest's row counts, and its schema revision
must be one this release knows. Only then are the files moved into place; the
schema is brought up to date (a backup of an older release is upgraded like
its data directory would be) and documents kept in the old upload folder are
pointed at the new one. The caller rebuilds the index (``kmportal restore``
does). A target that is not empty is refused before the archive is read.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import tarfile
import tempfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import Engine

from kmportal.db import prepare_database, schema
from kmportal.db.backup import DATA, DATABASE, FORMAT, MANIFEST, TOP, UPLOADS, Manifest, describe
from kmportal.errors import BadInput, Conflict, NotFound
from kmportal.messages import msg
from kmportal.settings import Settings


@dataclass(frozen=True)
class RestoreReport:
    manifest: Manifest
    engine: Engine  # on the restored database, for the caller to rebuild the index and dispose


def restore(settings: Settings, archive: Path) -> RestoreReport:
    data_dir = settings.data_dir.resolve()
    uploads = settings.upload_path.resolve()
    db_path = settings.db_path.resolve()
    _require_empty(data_dir)
    if not uploads.is_relative_to(data_dir):
        _require_empty(uploads)
    if not db_path.is_relative_to(data_dir) and db_path.exists():
        raise Conflict(msg("backup.target_not_empty", path=str(db_path), found=db_path.name))
    data_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(dir=data_dir.parent, prefix=".kmportal-restore-"))
    placed: list[Path] = []
    try:
        manifest = _unpack(archive, staging)
        top = staging / TOP
        placed += _place(top / DATABASE, db_path)
        inside = manifest.upload_inside
        upload_files = top / (f"{DATA}/{inside}" if inside is not None else UPLOADS)
        placed += _place(upload_files, uploads)
        data = top / DATA
        for child in sorted(data.iterdir()) if data.is_dir() else []:
            placed += _place(child, data_dir / child.name)
        engine = prepare_database(settings)
        try:
            _repoint(engine, manifest, data_dir=data_dir, uploads=uploads)
        except BaseException:
            engine.dispose()
            raise
    except BaseException:
        for path in placed:  # the target was empty: leave it so
            shutil.rmtree(path, ignore_errors=True) if path.is_dir() else path.unlink(True)
        raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return RestoreReport(manifest, engine)


def _require_empty(folder: Path) -> None:
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        found = sorted(p.name for p in folder.iterdir())[:5] if folder.is_dir() else [folder.name]
        raise Conflict(msg("backup.target_not_empty", path=str(folder), found=", ".join(found)))


def _unpack(archive: Path, staging: Path) -> Manifest:
    """Extract and check everything; the manifest of an archive found whole."""
    shown = str(archive)
    if not archive.is_file():
        raise NotFound(msg("backup.no_file", path=shown))
    try:
        tar = tarfile.open(archive, "r:gz")  # noqa: SIM115 (closed by the with below)
    except (tarfile.TarError, EOFError, zlib.error) as exc:
        reason = "not a gzip-compressed tar archive"
        raise BadInput(msg("backup.not_a_backup", path=shown, reason=reason)) from exc
    try:
        with tar:
            strays = [m.name for m in tar if not m.name.startswith(f"{TOP}/")]
            if strays:
                reason = f"unexpected {strays[0]}"
                raise BadInput(msg("backup.not_a_backup", path=shown, reason=reason))
            tar.extractall(staging, filter="data")
    except (tarfile.TarError, EOFError, zlib.error, OSError) as exc:
        raise BadInput(msg("backup.unreadable", path=shown, reason=_why(exc))) from exc
    top = staging / TOP
    try:
        raw = json.loads((top / MANIFEST).read_text(encoding="utf-8"))
        manifest = Manifest(**raw)
    except FileNotFoundError as exc:
        raise BadInput(msg("backup.unreadable", path=shown, reason="no manifest")) from exc
    except (ValueError, TypeError) as exc:
        raise BadInput(msg("backup.not_a_backup", path=shown, reason=_why(exc))) from exc
    if manifest.format != FORMAT:
        raise BadInput(msg("backup.not_a_backup", path=shown, reason=f"format {manifest.format}"))
    _check_files(top, manifest, shown)
    _check_database(top / DATABASE, manifest, shown)
    if manifest.revision is not None and not schema.is_revision(manifest.revision):
        raise BadInput(
            msg("backup.newer", path=shown, revision=manifest.revision, head=schema.head())
        )
    return manifest


def _check_files(top: Path, manifest: Manifest, shown: str) -> None:
    found = {p.relative_to(top).as_posix() for p in top.rglob("*") if p.is_file()} - {MANIFEST}
    if DATABASE not in manifest.files:
        raise BadInput(msg("backup.not_a_backup", path=shown, reason="no database"))
    unlisted = sorted(found - set(manifest.files))
    missing = sorted(set(manifest.files) - found)
    if unlisted or missing:
        what = f"missing {missing[0]}" if missing else f"unlisted {unlisted[0]}"
        raise BadInput(msg("backup.unreadable", path=shown, reason=what))
    for name, expected in manifest.files.items():
        path = top / name
        if path.stat().st_size != expected["size"] or _sha256(path) != expected["sha256"]:
            raise BadInput(
                msg("backup.unreadable", path=shown, reason=f"{name} does not match its checksum")
            )


def _check_database(db: Path, manifest: Manifest, shown: str) -> None:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as con:
            verdict = con.execute("PRAGMA integrity_check").fetchone()[0]
        revision, counts = describe(db)
    except sqlite3.DatabaseError as exc:
        raise BadInput(msg("backup.unreadable", path=shown, reason=_why(exc))) from exc
    if verdict != "ok" or (revision, counts) != (manifest.revision, manifest.counts):
        reason = verdict if verdict != "ok" else "the database does not match the manifest"
        raise BadInput(msg("backup.unreadable", path=shown, reason=reason))


def _place(source: Path, target: Path) -> list[Path]:
    """Move ``source`` to ``target`` (same file system: a rename); what was placed."""
    if not source.exists():
        return []
    if target.is_dir():  # an empty folder made beforehand (the target was checked empty)
        placed = []
        for child in sorted(source.iterdir()):
            placed += _place(child, target / child.name)
        return placed
    target.parent.mkdir(parents=True, exist_ok=True)
    os.replace(source, target)
    return [target]


def _repoint(engine: Engine, manifest: Manifest, *, data_dir: Path, uploads: Path) -> None:
    """Documents uploaded through the portal name their file by its absolute path:
    point those in the old upload folder (and the old data directory) at the new."""
    moves = [(manifest.upload_root, str(uploads)), (manifest.data_dir, str(data_dir))]
    with engine.begin() as conn:
        for old, new in moves:
            if old != new:
                conn.execute(
                    text(
                        "UPDATE document SET source_path = :new || substr(source_path, :n) "
                        "WHERE substr(source_path, 1, :n) = :old || '/'"
                    ),
                    {"old": old, "new": new, "n": len(old) + 1},
                )


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _why(exc: BaseException) -> str:
    return str(exc) or type(exc).__name__
