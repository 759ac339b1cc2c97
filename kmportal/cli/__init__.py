"""The ``kmportal`` command. Each group of commands lives in its own module and
registers itself on ``app``; every command is listed in the README."""

from __future__ import annotations

import getpass
import os
from pathlib import Path
from typing import Annotated

import typer

from kmportal.errors import KmportalError
from kmportal.settings import Settings

app = typer.Typer(
    name="kmportal",
    help="Knowledge-management portal with Thai semantic search.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@app.callback()
def _root(
    ctx: typer.Context,
    data_dir: Annotated[
        Path | None,
        typer.Option("--data-dir", help="Database and index folder (KMPORTAL_DATA_DIR)."),
    ] = None,
) -> None:
    overrides: dict[str, object] = {}
    if data_dir is not None:
        overrides["data_dir"] = data_dir
    ctx.obj = Settings(**overrides)  # type: ignore[arg-type]


def cli_user() -> str:
    """Who acts from the command line, for the audit trails: ``cli:<login name>``."""
    try:
        who = getpass.getuser()
    except Exception:  # no user name in this environment: still audit the change
        who = str(os.getuid()) if hasattr(os, "getuid") else "unknown"
    return f"cli:{who}"


def settings_of(ctx: typer.Context) -> Settings:
    obj = ctx.find_root().obj
    assert isinstance(obj, Settings)
    return obj


def fail(exc: KmportalError) -> typer.Exit:
    """Print a refusal in the one bilingual format and exit with its code."""
    typer.echo(f"error: {exc.message}", err=True)
    return typer.Exit(exc.exit_code)


def register_commands() -> None:
    # Imported for their side effect of adding their commands to ``app``.
    from kmportal.cli import backup, corpus, db, km, powers, serve, users  # noqa: F401


def main() -> None:
    register_commands()
    try:
        app()
    except KmportalError as exc:
        # A command that opens the database (serve, ingest...) and meets one it
        # cannot use: one clear line and the error's exit code, no traceback.
        typer.echo(f"error: {exc.message}", err=True)
        raise SystemExit(exc.exit_code) from None
