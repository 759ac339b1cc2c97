"""One SQLite database per data directory, shared by every part of kmportal.

:func:`prepare_database` is the one way in: it creates or upgrades the whole
schema (every model of every package) before anything else touches the
database, and returns the engine the caller then shares — the portal hands it
to the search service, the upload runner, accounts and KM; each CLI command
that opens a data directory goes through it too, so every data directory has
the full schema whoever created it. Nothing else creates tables.

The body of :func:`_create_or_upgrade` is what a migration tool (Alembic)
replaces later; keep it that small.
"""

from __future__ import annotations

import fcntl
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlmodel import SQLModel, create_engine

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
    """An engine on the data directory's database, without touching its schema
    (tests and scripts that read a directory :func:`prepare_database` made)."""
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    engine = create_engine(
        settings.database_url, connect_args={"check_same_thread": False, "timeout": 30}
    )
    event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def prepare_database(settings: Settings) -> Engine:
    """Create or upgrade the whole schema, then return the engine to share.

    Two processes may start on one fresh directory at once (the CLI ingesting
    while the portal starts): a file lock makes the second wait for the first,
    then find every table there."""
    engine = make_engine(settings)
    with _schema_lock(settings.data_dir):
        _create_or_upgrade(engine)
    return engine


@contextmanager
def _schema_lock(data_dir: Path) -> Iterator[None]:
    with _PROCESS_LOCK, (data_dir / ".schema.lock").open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _create_or_upgrade(engine: Engine) -> None:
    # Every model module, so each table is registered before create_all.
    import kmportal.auth.models
    import kmportal.docstore.activity
    import kmportal.docstore.jobs
    import kmportal.docstore.knowledge
    import kmportal.docstore.models
    import kmportal.docstore.questions
    import kmportal.km.models  # noqa: F401

    SQLModel.metadata.create_all(engine)
    _add_missing_columns(engine)


def _add_missing_columns(engine: Engine) -> None:
    """Bring a data directory made by an older kmportal up to date.

    ``create_all`` creates missing tables but never alters existing ones; a
    column added since is added here with its default, so old data keeps
    working (and the ingest version check then reprocesses what it must)."""
    with engine.begin() as conn:
        for table in SQLModel.metadata.sorted_tables:
            have = {row[1] for row in conn.exec_driver_sql(f'PRAGMA table_info("{table.name}")')}
            for column in table.columns:
                if column.name in have:
                    continue
                ddl_type = column.type.compile(dialect=engine.dialect)
                default = getattr(column.default, "arg", None)
                clause = ""
                if isinstance(default, bool | int | float):
                    clause = (
                        f" NOT NULL DEFAULT {int(default)}"
                        if isinstance(default, bool)
                        else (f" NOT NULL DEFAULT {default}")
                    )
                elif isinstance(default, str):
                    quoted = default.replace("'", "''")
                    clause = f" NOT NULL DEFAULT '{quoted}'"
                conn.exec_driver_sql(
                    f'ALTER TABLE "{table.name}" ADD COLUMN "{column.name}" {ddl_type}{clause}'
                )
