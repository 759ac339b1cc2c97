"""Creating triggers from a revision, per dialect.

A revision keeps its own frozen text of each trigger (the models declare the
current one through :func:`kmportal.tables.declare_trigger`; the migration
tests compare the two). SQLite's is the only text written so far: PostgreSQL
(issue 11, item 3) adds a ``postgresql=`` body — a trigger function raising the
same message — to each call."""

from __future__ import annotations

from sqlalchemy.engine import Connection


def create_trigger(bind: Connection, name: str, *, sqlite: str) -> None:
    """``CREATE TRIGGER name <body>`` unless it exists; ``sqlite`` is the body."""
    dialect = bind.dialect.name
    if dialect != "sqlite":
        raise NotImplementedError(f"trigger {name} has no {dialect} text yet")
    bind.exec_driver_sql(f"CREATE TRIGGER IF NOT EXISTS {name} {sqlite}")
