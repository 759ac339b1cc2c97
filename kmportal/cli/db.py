"""``kmportal db``: the database schema's revision, and bringing it up to date.

The portal and every other command upgrade the schema themselves when they open
a data directory (``db.prepare_database``); ``db upgrade`` does it on purpose —
before starting the servers of a new release, say — and ``db current`` shows
where a database stands without changing it."""

from __future__ import annotations

import typer

from kmportal.cli import app, fail, settings_of
from kmportal.db import make_engine, schema, upgrade_database
from kmportal.errors import KmportalError
from kmportal.messages import bilingual, msg

db_app = typer.Typer(help="ฐานข้อมูล: current, upgrade.", no_args_is_help=True)
app.add_typer(db_app, name="db")


@db_app.command("current")
def current(ctx: typer.Context) -> None:
    """Show the schema revision and whether it needs an upgrade (changes nothing)."""
    try:
        engine = make_engine(settings_of(ctx))
        try:
            found = schema.checked(engine, schema.state(engine))
        finally:
            engine.dispose()
    except KmportalError as exc:
        raise fail(exc) from exc
    typer.echo(bilingual(msg("db.current", current=found.current or "-", head=found.head)))
    if found.empty:
        how = "db.state.empty"
    elif found.legacy:
        how = "db.state.legacy"
    else:
        how = "db.state.up_to_date" if found.up_to_date else "db.state.behind"
    typer.echo(bilingual(msg(how)))


@db_app.command("upgrade")
def upgrade(ctx: typer.Context) -> None:
    """Bring the schema to the newest revision (a no-op when it is there already)."""
    try:
        steps = upgrade_database(settings_of(ctx))
    except KmportalError as exc:
        raise fail(exc) from exc
    if not steps:
        typer.echo(bilingual(msg("db.nothing_to_do", head=schema.head())))
    else:
        typer.echo(bilingual(msg("db.upgraded", steps=" → ".join(steps))))
