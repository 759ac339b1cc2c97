"""Alembic's environment: the connection comes from :mod:`kmportal.db.schema`
(already in its transaction), the target is every model's table. SQLite runs in
batch mode, so a revision that changes a constraint rebuilds the table by copy."""

from __future__ import annotations

from alembic import context

from kmportal.db.schema import VERSION_TABLE, target_metadata

if context.is_offline_mode():
    raise SystemExit("kmportal migrations run on a live connection only (kmportal db upgrade)")

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=target_metadata(),
    version_table=VERSION_TABLE,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
