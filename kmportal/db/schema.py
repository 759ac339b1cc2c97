"""The schema's revisions, with Alembic (the scripts live in ``migrations/``).

:func:`upgrade` is what :func:`kmportal.db.prepare_database` runs under its lock:

* a database at the newest revision is left alone (one read, no write lock);
* an empty database is upgraded from nothing, revision by revision;
* a database made by the previous release (kmportal tables, no
  ``alembic_version``) is checked against that release's schema — the baseline
  revision — and then upgraded: the baseline creates only what it lacks (the
  upload-job table appeared only once the portal had run) and is stamped;
* a database whose revision this release does not know (a newer release's) is
  refused, untouched.

Every upgrade of a SQLite database runs in one ``BEGIN IMMEDIATE`` transaction
with foreign keys off (batch mode rebuilds tables by copying them; a cascade
would empty their children) and ends with ``PRAGMA foreign_key_check``; on
PostgreSQL, in one transaction under an advisory lock. All the revisions apply,
or none.

Alembic is imported only when there is something to migrate (or a command asks
about revisions): a database at :data:`~kmportal.db.migrations.HEAD` is
recognised with one plain query, which keeps a third of a second off every
start of the portal.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from sqlalchemy import MetaData, event, inspect, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.pool import NullPool
from sqlmodel import SQLModel, create_engine

from kmportal.db import dialect
from kmportal.db.migrations import HEAD
from kmportal.errors import DatabaseUnusable
from kmportal.messages import msg

if TYPE_CHECKING:
    from alembic.script import ScriptDirectory

T = TypeVar("T")
MIGRATIONS = Path(__file__).resolve().parent / "migrations"
VERSION_TABLE = "alembic_version"
_CURRENT_REVISION = text("SELECT version_num FROM alembic_version")  # VERSION_TABLE


def target_metadata() -> MetaData:
    """Every table of every package: what the newest revision must equal
    (``tests/test_migrations.py`` compares them). A new model module is
    imported here."""
    import kmportal.auth.models
    import kmportal.docstore.activity
    import kmportal.docstore.generation
    import kmportal.docstore.jobs
    import kmportal.docstore.knowledge
    import kmportal.docstore.models
    import kmportal.docstore.questions
    import kmportal.km.models  # noqa: F401

    return SQLModel.metadata


@cache
def scripts() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory(str(MIGRATIONS))


def head() -> str:
    """The newest revision (``tests/test_db_schema.py`` checks that the scripts
    agree, so a new revision cannot forget to move it)."""
    return HEAD


@dataclass(frozen=True)
class State:
    """Where a database stands: its revision (None before Alembic) and what it holds."""

    current: str | None
    head: str
    tables: frozenset[str]

    @property
    def empty(self) -> bool:
        return not self.tables

    @property
    def legacy(self) -> bool:
        """Tables but no revision: made before Alembic (the previous release)."""
        return self.current is None and not self.empty

    @property
    def known(self) -> bool:
        return self.current is None or is_revision(self.current)

    @property
    def up_to_date(self) -> bool:
        return self.current == self.head


def is_revision(revision: str) -> bool:
    """A revision this release knows (one of its scripts)."""
    if revision == HEAD:
        return True
    try:
        return scripts().get_revision(revision) is not None
    except Exception:  # alembic raises its own errors for an unknown id
        return False


def _state(conn: Connection) -> State:
    names = frozenset(inspect(conn).get_table_names())
    current = None
    if VERSION_TABLE in names:
        # What Alembic's MigrationContext reads, without importing Alembic. Our
        # history has one branch, so one row; several would be a stranger's
        # database, and their joined ids are no revision we know.
        rows = conn.execute(_CURRENT_REVISION).scalars().all()
        current = ",".join(sorted(rows)) or None
    return State(current=current, head=head(), tables=names - {VERSION_TABLE})


def shown_url(engine: Engine) -> str:
    return engine.url.render_as_string(hide_password=True)


def state(engine: Engine) -> State:
    """The database's state, read without changing anything."""
    return _read(engine, _state)


def _read(engine: Engine, read: Callable[[Connection], T]) -> T:
    """``read`` on a connection of its own, without the engine's settings (which
    would switch a database this release refuses to WAL before refusing it)."""
    plain = _own_engine(engine)
    try:
        with plain.connect() as conn:
            return read(conn)
    except SQLAlchemyError as exc:
        raise cannot_open(engine, exc) from exc
    finally:
        plain.dispose()


def _own_engine(engine: Engine) -> Engine:
    """An engine of one connection, opened and closed for one job."""
    return create_engine(
        engine.url, poolclass=NullPool, connect_args=dialect.connect_args(engine.dialect.name)
    )


def cannot_open(engine: Engine, exc: SQLAlchemyError) -> DatabaseUnusable:
    """The error for a database that refused us: by its cause, when PostgreSQL
    said it (wrong password, no such database, no server there)."""
    why = reason(exc)
    key = dialect.connection_problem(why) if engine.dialect.name != "sqlite" else None
    return DatabaseUnusable(msg(key or "db.cannot_open", url=shown_url(engine), reason=why))


def upgrade(engine: Engine) -> list[str]:
    """Bring the database to the newest revision; the revisions applied, oldest
    first (none when it was current already). A database this release cannot
    use is refused before anything is written."""
    found = checked(engine, state(engine))
    if found.up_to_date:
        return []
    if found.legacy:
        _read(engine, lambda conn: _check_previous_release(engine, conn, found))
    url = shown_url(engine)
    try:
        with _migration_connection(engine) as conn:
            now = checked(engine, _state(conn))  # another process may have been first
            if now.up_to_date:
                return []
            steps = [
                s.revision for s in scripts().iterate_revisions("heads", now.current or "base")
            ][::-1]
            from alembic import command
            from alembic.config import Config

            config = Config()
            config.set_main_option("script_location", str(MIGRATIONS))
            config.attributes["connection"] = conn
            command.upgrade(config, "heads")
            # PostgreSQL checks foreign keys as the rows change; SQLite's batch
            # mode ran with them off, so check once at the end.
            problems = (
                conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if conn.dialect.name == "sqlite"
                else []
            )
            if problems:
                raise DatabaseUnusable(
                    msg("db.upgrade_failed", url=url, reason=f"foreign keys broken: {problems}")
                )
    except SQLAlchemyError as exc:
        raise DatabaseUnusable(msg("db.upgrade_failed", url=url, reason=reason(exc))) from exc
    return steps


def checked(engine: Engine, found: State) -> State:
    """``found``, unless its revision is unknown here: a newer release's database."""
    if not found.known:
        raise DatabaseUnusable(
            msg("db.newer", url=shown_url(engine), revision=found.current, head=found.head)
        )
    return found


def _check_previous_release(engine: Engine, conn: Connection, found: State) -> None:
    """A database without a revision must be the previous release's: some of its
    tables, each with every column that release gave it."""
    from kmportal.db.migrations.versions.r0001_previous_release import BASELINE

    url = shown_url(engine)
    if not found.tables & set(BASELINE.tables):
        raise DatabaseUnusable(
            msg("db.not_kmportal", url=url, tables=", ".join(sorted(found.tables)))
        )
    inspector = inspect(conn)
    for name, table in BASELINE.tables.items():
        if name not in found.tables:
            continue
        have = {c["name"] for c in inspector.get_columns(name)}
        missing = [c.name for c in table.columns if c.name not in have]
        if missing:
            raise DatabaseUnusable(
                msg("db.too_old", url=url, table=name, columns=", ".join(missing))
            )


@contextmanager
def _migration_connection(engine: Engine) -> Iterator[Connection]:
    """A connection of its own, in one transaction that all the revisions share.

    SQLite: ``BEGIN IMMEDIATE`` with foreign keys off. The stdlib driver would
    otherwise run DDL outside any transaction; this is SQLAlchemy's documented
    recipe for pysqlite (the caller holds the data directory's file lock).

    PostgreSQL: its DDL is transactional already; servers on several machines
    share the database but no directory, so the transaction first takes an
    advisory lock — a second server starting at once waits here, then finds
    the schema current."""
    own = _own_engine(engine)
    if own.dialect.name == "sqlite":
        _sqlite_immediate(own)
    try:
        with own.begin() as conn:
            if conn.dialect.name == "postgresql":
                conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({dialect.SCHEMA_LOCK_KEY})")
            yield conn
    finally:
        own.dispose()


def _sqlite_immediate(own: Engine) -> None:
    @event.listens_for(own, "connect")
    def _connect(dbapi_conn: object, _record: object) -> None:
        dbapi_conn.isolation_level = None  # type: ignore[attr-defined]
        cur = dbapi_conn.cursor()  # type: ignore[attr-defined]
        cur.execute("PRAGMA foreign_keys=OFF")
        cur.execute("PRAGMA journal_mode=WAL")
        cur.close()

    @event.listens_for(own, "begin")
    def _begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")


def reason(exc: SQLAlchemyError) -> str:
    # The driver's own words, without SQLAlchemy's statement dump and link.
    orig = getattr(exc, "orig", None)
    words = str(orig) if orig is not None else str(exc).split("\n", 1)[0]
    return " ".join(words.split())  # libpq's messages run over several lines
