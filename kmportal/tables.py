"""What the model packages share about their tables, below every one of them:
the triggers a table needs (append-only audit tables, cross-table checks).

A model declares its triggers here, as SQLite trigger bodies kept in the
table's ``info``; the migrations (:mod:`kmportal.db.migrations`) create them with
their own frozen copy of the text, and ``tests/test_migrations.py`` checks that
the database holds exactly what the models declare."""

from __future__ import annotations

from sqlalchemy import MetaData, Table

TRIGGERS = "sqlite_triggers"


def declare_trigger(table: Table, name: str, body: str) -> None:
    """``body`` is everything after ``CREATE TRIGGER name``."""
    table.info.setdefault(TRIGGERS, {})[name] = body


def append_only(table: Table, *, message: str) -> None:
    """The database itself refuses UPDATE and DELETE on an audit table, whoever asks."""
    for verb in ("UPDATE", "DELETE"):
        declare_trigger(
            table,
            f"{table.name}_no_{verb.lower()}",
            f"BEFORE {verb} ON {table.name} BEGIN SELECT RAISE(ABORT, '{message}'); END",
        )


def declared_triggers(metadata: MetaData) -> dict[str, str]:
    """Every trigger the models declare: name → ``CREATE TRIGGER`` statement."""
    return {
        name: f"CREATE TRIGGER {name} {body}"
        for table in metadata.tables.values()
        for name, body in table.info.get(TRIGGERS, {}).items()
    }
