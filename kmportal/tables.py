"""What the model packages share about their tables, below every one of them:
the triggers a table needs (append-only audit tables, cross-table checks).

A model declares its triggers here, as SQLite trigger bodies kept in the
table's ``info``; the migrations (:mod:`kmportal.db.migrations`) create them with
their own frozen copy of the text, and ``tests/test_migrations.py`` checks that
the database holds exactly what the models declare."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Boolean, MetaData, Table
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.elements import ColumnElement

TRIGGERS = "sqlite_triggers"


class FirstOfMonth(ColumnElement[bool]):
    """A CHECK that each of ``columns`` (dates) falls on the first of a month,
    in each database's own words: SQLite has no EXTRACT, PostgreSQL no strftime."""

    type = Boolean()
    inherit_cache = False  # DDL only, never a cached query

    def __init__(self, *columns: str) -> None:
        self.columns = columns


@compiles(FirstOfMonth)
def _first_of_month(element: FirstOfMonth, _compiler: Any, **_kw: Any) -> str:
    return " AND ".join(f"strftime('%d', {c}) = '01'" for c in element.columns)


@compiles(FirstOfMonth, "postgresql")
def _first_of_month_pg(element: FirstOfMonth, _compiler: Any, **_kw: Any) -> str:
    return " AND ".join(f"EXTRACT(DAY FROM {c}) = 1" for c in element.columns)


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
