"""What the model packages share about their tables, below every one of them
(the database module above registers them all): audit tables the database
itself keeps append-only."""

from __future__ import annotations

from sqlalchemy import DDL, Table, event


def append_only(table: Table, *, message: str) -> None:
    """Make the database itself refuse UPDATE and DELETE on an audit table
    (triggers created with the table), whoever asks."""
    for verb in ("UPDATE", "DELETE"):
        event.listen(
            table,
            "after_create",
            # nosec B608: the verb is one of the two literals above; the names are ours.
            DDL(
                f"CREATE TRIGGER IF NOT EXISTS {table.name}_no_{verb.lower()} "  # nosec B608
                f"BEFORE {verb} ON {table.name} "
                f"BEGIN SELECT RAISE(ABORT, '{message}'); END"
            ),
        )
