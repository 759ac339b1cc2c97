"""Creating triggers from a revision, per dialect.

A revision keeps its own frozen text of each trigger (the models declare the
current one through :func:`kmportal.tables.declare_trigger`; the migration
tests compare the two), written in SQLite's form — kmportal's triggers all
refuse a change with a message: ``BEFORE <verb> ON <table> [WHEN <condition>]
BEGIN SELECT RAISE(ABORT, '<message>'); END``. On PostgreSQL the same trigger
becomes a PL/pgSQL function raising the same message with an integrity
SQLSTATE (so the services see the ``IntegrityError`` SQLite gives them) and a
row trigger calling it. A body of any other form is refused by name rather
than translated wrongly."""

from __future__ import annotations

import re

from sqlalchemy.engine import Connection

_REFUSAL = re.compile(
    r"BEFORE (?P<verb>INSERT|UPDATE|DELETE) ON (?P<table>\w+) "
    r"(?:WHEN (?P<when>.+) )?BEGIN SELECT RAISE\(ABORT, '(?P<message>[^']*)'\); END",
    re.S,
)


def create_trigger(bind: Connection, name: str, *, sqlite: str) -> None:
    """``CREATE TRIGGER name <body>`` unless it exists; ``sqlite`` is the body."""
    dialect = bind.dialect.name
    if dialect == "sqlite":
        bind.exec_driver_sql(f"CREATE TRIGGER IF NOT EXISTS {name} {sqlite}")
    elif dialect == "postgresql":
        for statement in postgresql_statements(name, sqlite):
            bind.exec_driver_sql(statement)
    else:
        raise NotImplementedError(f"trigger {name} has no {dialect} text")


def postgresql_statements(name: str, sqlite: str) -> list[str]:
    """The function and the trigger that do on PostgreSQL what ``sqlite`` does."""
    found = _REFUSAL.fullmatch(" ".join(sqlite.split()))
    if found is None:
        raise NotImplementedError(f"trigger {name}: no PostgreSQL form for {sqlite!r}")
    verb, table, when, message = found.group("verb", "table", "when", "message")
    refuse = f"RAISE EXCEPTION '{message}' USING ERRCODE = 'integrity_constraint_violation';"
    row = "OLD" if verb == "DELETE" else "NEW"
    body = f"IF {when} THEN {refuse} END IF;" if when else refuse
    function = (
        f"CREATE OR REPLACE FUNCTION {name}_fn() RETURNS trigger LANGUAGE plpgsql AS "
        f"$kmportal$ BEGIN {body} RETURN {row}; END $kmportal$"
    )
    trigger = (
        f"CREATE OR REPLACE TRIGGER {name} BEFORE {verb} ON {table} "
        f"FOR EACH ROW EXECUTE FUNCTION {name}_fn()"
    )
    return [function, trigger]
