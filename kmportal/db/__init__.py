"""The database shared by every part of kmportal (by default one SQLite file per
data directory; ``KMPORTAL_DATABASE_URL`` names another).

:func:`prepare_database` is the one way in: it brings the schema to the newest
revision with the Alembic migrations of :mod:`kmportal.db.migrations` (see
:mod:`kmportal.db.schema`) before anything else touches the database, and
returns the engine the caller then shares — the portal hands it to the search
service, the upload runner, accounts and KM; each CLI command that opens a data
directory goes through it too, so every database has the full schema whoever
opened it first. Nothing else creates or alters tables.
"""

from __future__ import annotations

import fcntl
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import event
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError
from sqlmodel import create_engine

from kmportal.db import schema
from kmportal.errors import DatabaseUnusable
from kmportal.messages import msg
from kmportal.settings import Settings

_PROCESS_LOCK = threading.Lock()


def _sqlite_pragmas(dbapi_conn: object, _record: object) -> None:
    cur = dbapi_conn.cursor()  # type: ignore[attr-defined]
    # WAL lets the portal read while an ingest writes; foreign keys make the
    # database itself refuse orphans.
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def make_engine(settings: Settings) -> Engine:
    """An engine on the settings' database, without touching its schema (tests
    and scripts that read a directory :func:`prepare_database` made).

    A URL that names no database kmportal can use is refused here, by name."""
    try:
        url = make_url(settings.engine_url)
    except ArgumentError as exc:
        raise DatabaseUnusable(msg("db.bad_url", reason=str(exc))) from exc
    if url.get_backend_name() != "sqlite":
        # PostgreSQL (issue 11, item 3) comes with its own engine options here.
        raise DatabaseUnusable(msg("db.unsupported", dialect=url.get_backend_name()))
    if not url.database or url.database == ":memory:":
        raise DatabaseUnusable(msg("db.bad_url", reason="sqlite:///FILE names no file"))
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})
    event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def prepare_database(settings: Settings) -> Engine:
    """Bring the schema to the newest revision, then return the engine to share.

    Two processes may start on one directory at once (the CLI ingesting while
    the portal starts): a file lock makes the second wait for the first, then
    find the schema current. A database this release cannot use (another
    release's, an unreadable file) raises :class:`DatabaseUnusable` untouched."""
    engine = make_engine(settings)
    try:
        _upgrade(settings, engine)
    except BaseException:
        engine.dispose()
        raise
    return engine


def upgrade_database(settings: Settings) -> list[str]:
    """What :func:`prepare_database` does, for ``kmportal db upgrade``: the
    revisions applied, oldest first (none when the schema was current)."""
    engine = make_engine(settings)
    try:
        return _upgrade(settings, engine)
    finally:
        engine.dispose()


def _upgrade(settings: Settings, engine: Engine) -> list[str]:
    with _schema_lock(settings.data_dir):
        return schema.upgrade(engine)


@contextmanager
def _schema_lock(data_dir: Path) -> Iterator[None]:
    with _PROCESS_LOCK, (data_dir / ".schema.lock").open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
