"""The ``kmportal`` command. Each group of commands lives in its own module and
registers itself on ``app``; every command is listed in the README."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

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


def settings_of(ctx: typer.Context) -> Settings:
    obj = ctx.find_root().obj
    assert isinstance(obj, Settings)
    return obj


def _register() -> None:
    # Imported for their side effect of adding commands to ``app``.
    from kmportal.cli import corpus  # noqa: F401

    for optional in (
        "kmportal.cli.km",
        "kmportal.cli.serve",
        "kmportal.cli.users",
        "kmportal.cli.powers",
    ):
        try:
            __import__(optional)
        except ModuleNotFoundError as exc:
            if exc.name != optional:
                raise


def main() -> None:
    _register()
    app()
