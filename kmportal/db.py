"""One SQLite database per data directory, shared by the document store and KM."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlmodel import Session, SQLModel, create_engine

from kmportal.settings import Settings


def _sqlite_pragmas(dbapi_conn: object, _record: object) -> None:
    cur = dbapi_conn.cursor()  # type: ignore[attr-defined]
    # WAL lets the portal read while an ingest writes; foreign keys make the
    # database itself refuse orphans.
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def make_engine(settings: Settings) -> Engine:
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    engine = create_engine(
        settings.database_url, connect_args={"check_same_thread": False, "timeout": 30}
    )
    event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def init_db(engine: Engine) -> None:
    # Import every model module so its tables are registered before create_all.
    import kmportal.auth.models
    import kmportal.docstore.models
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


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """A session that commits on success and rolls back on any error."""
    with Session(engine) as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
