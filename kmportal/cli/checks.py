"""CLI errors are sentences: what the command line says when a command cannot
work, and the checks made before a long job starts.

:func:`preflight` runs before ``ingest``, ``reindex`` and ``remove`` do any work:
the data directory can be written, has room for what is coming, and the
database is not held by another writer — so an hour of embedding never ends in
"disk full". :func:`describe` turns whatever a command raised into one line;
``kmportal --debug`` shows the traceback instead.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from pathlib import Path

from kmportal.errors import Conflict, DatabaseUnusable, KmportalError, StorageUnavailable
from kmportal.faults import MIN_FREE_BYTES, Cause, cause_of, probe
from kmportal.messages import Message, bilingual, msg
from kmportal.settings import Settings

# An ingest keeps the text, its chunks, vectors and an index generation: a few
# times the size of its input files.
GROWTH = 4


def preflight(settings: Settings, *, inputs: Iterable[Path] = ()) -> None:
    """Refuse, before any work, a job that could not be saved."""
    need = MIN_FREE_BYTES + GROWTH * sum(_size(p) for p in inputs)
    for folder in sorted({settings.data_dir, settings.db_path.parent}):
        try:
            folder.mkdir(parents=True, exist_ok=True)
            cause = probe(folder, min_free=need)
        except OSError as exc:
            cause = cause_of(exc) or Cause.permission
        if cause is not None:
            raise StorageUnavailable(cannot_write(folder, cause), detail=cause)
    if settings.db_path.exists():
        _not_locked(settings.db_path)


def cannot_write(path: Path, cause: Cause) -> Message:
    return msg("cli.cannot_write", path=str(path), cause=msg(f"cause.{cause.value}"))


def describe(exc: BaseException, settings: Settings) -> tuple[str, int]:
    """One line for ``exc`` and the exit code to end with."""
    if isinstance(exc, KmportalError):
        return exc.message, exc.exit_code
    cause = cause_of(exc)
    if cause is not None:
        where = getattr(exc, "filename", None) or settings.data_dir
        return bilingual(cannot_write(Path(where), cause)), StorageUnavailable.exit_code
    text = str(getattr(exc, "orig", None) or exc).lower()
    if "database is locked" in text:
        return bilingual(msg("cli.locked", path=str(settings.db_path))), Conflict.exit_code
    if "not a database" in text or "malformed" in text:
        return bilingual(msg("cli.corrupt", path=str(settings.db_path))), DatabaseUnusable.exit_code
    reason = f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"
    return bilingual(msg("cli.unexpected", reason=reason)), 1


def _not_locked(db_path: Path) -> None:
    """Another process holding the database's write lock (a long ingest, a
    restore) is found now, not after the work."""
    con = sqlite3.connect(db_path, timeout=5)
    try:
        con.execute("BEGIN IMMEDIATE")
        con.rollback()
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise Conflict(msg("cli.locked", path=str(db_path))) from exc
        raise
    finally:
        con.close()


def _size(path: Path) -> int:
    try:
        if path.is_dir():
            return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
        return path.stat().st_size
    except OSError:
        return 0
