"""The ``kmportal`` command. Each group of commands lives in its own module and
registers itself on ``app``; every command is listed in the README."""

from __future__ import annotations

import getpass
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated

import typer

from kmportal.errors import KmportalError
from kmportal.settings import Settings


@dataclass
class _Run:
    """What main() needs to know of the command line once the command failed."""

    debug: bool = False
    settings: Settings | None = None


_RUN = _Run()

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
    debug: Annotated[
        bool, typer.Option("--debug", help="Show the traceback of an error, not one line.")
    ] = False,
) -> None:
    overrides: dict[str, object] = {}
    if data_dir is not None:
        overrides["data_dir"] = data_dir
    ctx.obj = Settings(**overrides)  # type: ignore[arg-type]
    _RUN.debug, _RUN.settings = debug, ctx.obj


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
    except Exception as exc:
        # Every failure is one clear line and an exit code (a full or read-only
        # disk, a locked or damaged database, a refusal); --debug shows the
        # traceback instead.
        if _RUN.debug:
            raise
        from kmportal.cli.checks import describe

        line, code = describe(exc, _RUN.settings or Settings())
        typer.echo(f"error: {line}", err=True)
        raise SystemExit(code) from None
