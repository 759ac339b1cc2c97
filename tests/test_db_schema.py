"""The migrations (:mod:`kmportal.db.schema`): they build exactly what the models
declare — so a model change without a revision fails here — an empty database
is upgraded from nothing, revision by revision, and a database this release
cannot use (a newer release's, another program's, an older release's) is
refused by name and left as it was."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import MetaData, inspect
from sqlalchemy.engine import Engine

from kmportal.db import make_engine, prepare_database, schema, upgrade_database
from kmportal.errors import DatabaseUnusable
from kmportal.settings import Settings
from kmportal.tables import declared_triggers

pytestmark = pytest.mark.storage


@pytest.fixture
def migrated(settings: Settings) -> Engine:
    engine = prepare_database(settings)
    yield engine
    engine.dispose()


def test_head_names_the_newest_revision_script() -> None:
    assert schema.head() == schema.scripts().get_current_head()


def test_a_current_database_opens_without_importing_alembic(migrated: Engine) -> None:
    # Start-up recognises a database at the head with one query: Alembic costs a
    # third of a second to import and is needed only to migrate.
    code = (
        "import sys; from sqlalchemy import create_engine; from kmportal.db import schema; "
        f"found = schema.state(create_engine({migrated.url.render_as_string(False)!r})); "
        "print(found.up_to_date, 'alembic' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["True", "False"]


def test_the_newest_revision_is_exactly_the_models(migrated: Engine) -> None:
    """Alembic's own comparison: tables, columns, types, nullability, indexes,
    unique and foreign keys. A new column or table needs a revision."""
    with migrated.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        diff = compare_metadata(context, schema.target_metadata())
    assert diff == [], "the models and the migrations differ; add a revision:\n" + "\n".join(
        map(str, diff)
    )


def _checks(engine: Engine) -> dict[str, set[tuple[str | None, str]]]:
    inspector = inspect(engine)
    return {
        table: {
            (c["name"], " ".join(c["sqltext"].split()))
            for c in inspector.get_check_constraints(table)
        }
        for table in inspector.get_table_names()
    }


def test_the_check_constraints_are_exactly_the_models(migrated: Engine) -> None:
    """Alembic does not compare CHECK constraints; they are the KM rules' last
    line of defence, so compare them here, by name and text."""
    from sqlalchemy import CheckConstraint

    declared = {
        table.name: {
            (c.name, " ".join(str(c.sqltext).split()))
            for c in table.constraints
            if isinstance(c, CheckConstraint)
        }
        for table in schema.target_metadata().tables.values()
    }
    found = _checks(migrated)
    if migrated.dialect.name == "postgresql":
        # The server stores its own rendering of each text (BETWEEN spelt out,
        # casts added): compare the names; test_km_* tests their effect.
        declared = {t: {name for name, _text in cs} for t, cs in declared.items()}
        found = {t: {name for name, _text in cs} for t, cs in found.items()}
    assert {t: found.get(t, set()) for t in declared} == declared


def test_the_triggers_are_exactly_what_the_models_declare(migrated: Engine) -> None:
    declared = declared_triggers(schema.target_metadata())
    with migrated.connect() as conn:
        if migrated.dialect.name == "postgresql":
            names = "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal"
            found = {name: declared.get(name) for (name,) in conn.exec_driver_sql(names)}
        else:
            found = dict(
                conn.exec_driver_sql(
                    "SELECT name, sql FROM sqlite_master WHERE type='trigger'"
                ).all()
            )
    assert found == declared
    assert {"auditentry_no_update", "security_audit_no_delete", "activitylog_shape_insert"} <= set(
        found
    )


def test_an_empty_directory_is_upgraded_from_nothing_revision_by_revision(
    settings: Settings,
) -> None:
    steps = upgrade_database(settings)
    revisions = [s.revision for s in schema.scripts().walk_revisions()][::-1]
    assert steps == revisions and steps[0] == "0001" and steps[-1] == schema.head()
    assert upgrade_database(settings) == []  # twice: nothing to do


def _digest(settings: Settings) -> str:
    """What the database holds, to the byte (SQLite: its file; PostgreSQL: every
    table's columns and rows, read as they are)."""
    if settings.database_url is None:
        return hashlib.sha256(settings.db_path.read_bytes()).hexdigest()
    engine = make_engine(settings)
    try:
        with engine.connect() as conn:
            meta = MetaData()
            meta.reflect(conn)
            parts = [
                repr(
                    (
                        t.name,
                        [(c.name, str(c.type)) for c in t.columns],
                        sorted(map(tuple, conn.execute(t.select()).all()), key=repr),
                    )
                )
                for t in sorted(meta.tables.values(), key=lambda t: t.name)
            ]
    finally:
        engine.dispose()
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


def _database(settings: Settings, *statements: str) -> None:
    """``statements`` run on the test's empty database, outside kmportal."""
    if settings.database_url is None:
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        con = sqlite3.connect(settings.db_path)
        with con:
            for statement in statements:
                con.execute(statement)
        con.execute("PRAGMA journal_mode=DELETE")
        con.close()
        return
    engine = make_engine(settings)
    try:
        with engine.begin() as conn:
            for statement in statements:
                conn.exec_driver_sql(statement)
    finally:
        engine.dispose()


def test_a_database_from_a_newer_release_is_refused_and_left_untouched(settings: Settings) -> None:
    prepare_database(settings).dispose()
    _database(settings, "UPDATE alembic_version SET version_num = '0999_from_the_future'")
    assert not Path(f"{settings.db_path}-wal").exists()
    before = _digest(settings)
    with pytest.raises(DatabaseUnusable) as caught:
        prepare_database(settings)
    assert "0999_from_the_future" in caught.value.message and "newer" in caught.value.message
    assert _digest(settings) == before
    assert not Path(f"{settings.db_path}-wal").exists()  # not even switched to WAL


def test_another_programs_database_is_refused_and_left_untouched(settings: Settings) -> None:
    _database(settings, "CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    before = _digest(settings)
    with pytest.raises(DatabaseUnusable) as caught:
        prepare_database(settings)
    assert "invoices" in caught.value.message and "not a kmportal database" in caught.value.message
    assert _digest(settings) == before


def test_a_database_older_than_the_previous_release_is_refused_by_table_and_column(
    settings: Settings,
) -> None:
    _database(settings, "CREATE TABLE document (id VARCHAR PRIMARY KEY, title VARCHAR)")
    before = _digest(settings)
    with pytest.raises(DatabaseUnusable) as caught:
        prepare_database(settings)
    assert "document" in caught.value.message and "content_hash" in caught.value.message
    assert _digest(settings) == before


def test_a_failing_revision_rolls_back_every_revision_before_it(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """All the revisions apply, or none: a failure in the last one leaves an
    empty database empty (no half-made schema, no version row)."""
    from alembic import op

    def broken(*_args: object, **_kwargs: object) -> None:
        # The second revision's first index: after the baseline's tables exist.
        op.execute("CREATE TABLE half_done (id INTEGER)")
        op.execute("SELECT no_such_function()")

    monkeypatch.setattr(op, "create_index", broken)
    with pytest.raises(DatabaseUnusable) as caught:
        prepare_database(settings)
    assert "no_such_function" in caught.value.message
    engine = make_engine(settings)
    try:
        assert inspect(engine).get_table_names() == []
    finally:
        engine.dispose()
