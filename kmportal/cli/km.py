"""``kmportal km``: load plan files, list plans, export a plan for the unit's report."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from sqlmodel import Session

from kmportal.cli import app, cli_user, settings_of
from kmportal.db import prepare_database
from kmportal.errors import BadInput, KmportalError
from kmportal.km import export, overview, seed
from kmportal.km.audit import Actor
from kmportal.messages import msg
from kmportal.thai import dates

km_app = typer.Typer(help="แผนการจัดการความรู้ (KM): load, list, export.", no_args_is_help=True)
app.add_typer(km_app, name="km")


class ExportFormat(StrEnum):
    csv = "csv"
    xlsx = "xlsx"


def _session(ctx: typer.Context) -> Session:
    return Session(prepare_database(settings_of(ctx)))


def _fail(exc: KmportalError) -> typer.Exit:
    typer.echo(f"error: {exc.message}", err=True)
    return typer.Exit(exc.exit_code)


@km_app.command("load")
def load(
    ctx: typer.Context,
    file: Annotated[
        Path | None, typer.Argument(help="Plan file (JSON, format kmportal-km-plan/1).")
    ] = None,
    example: Annotated[
        bool, typer.Option("--example", help="Load the packaged example plan (อบจ.ตาก 2564).")
    ] = False,
    on_behalf_of: Annotated[
        str, typer.Option("--by", help="Recorded on behalf of (a note in the KM history).")
    ] = "",
) -> None:
    """Load a plan; a plan with the same unit and fiscal year is left as it is."""
    if (file is None) == (not example):
        raise typer.BadParameter("give either FILE or --example")
    actor = Actor(name=cli_user(), on_behalf_of=on_behalf_of.strip())
    try:
        with _session(ctx) as session:
            if example:
                result = seed.load_example(session, actor=actor)
            else:
                assert file is not None
                result = seed.load_plan_file(session, path=file, actor=actor)
    except KmportalError as exc:
        raise _fail(exc) from None
    verb = "loaded" if result.created else "already present, unchanged"
    typer.echo(f"plan {result.plan_id}: {result.unit} {result.fiscal_year} — {verb}")


@km_app.command("list")
def list_plans(ctx: typer.Context) -> None:
    """List KM plans with how many indicators are met."""
    with _session(ctx) as session:
        plans = overview.list_plans(session)
    if not plans:
        typer.echo("no KM plans yet — try: kmportal km load --example")
    for p in plans:
        typer.echo(
            f"{p.id}\t{p.fiscal_year}\t{p.unit}\t{p.n_met}/{p.n_indicators} met\t{p.n_logs} logs"
        )


@km_app.command("export")
def export_plan(
    ctx: typer.Context,
    plan_id: Annotated[int, typer.Argument(help="Plan id (see `kmportal km list`).")],
    out: Annotated[Path, typer.Option("--out", help="File to write.")],
    fmt: Annotated[ExportFormat, typer.Option("--format", help="csv or xlsx.")] = ExportFormat.xlsx,
) -> None:
    """Write the plan as the unit's table, with computed results, as CSV or .xlsx."""
    try:
        with _session(ctx) as session:
            view = overview.plan_view(session, plan_id=plan_id, today=dates.today())
        data = export.to_csv(view) if fmt is ExportFormat.csv else export.to_xlsx(view)
        try:
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_bytes(data)
        except OSError as exc:
            raise BadInput(msg("km.error.write_file", path=str(out), reason=exc.strerror)) from None
    except KmportalError as exc:
        raise _fail(exc) from None
    typer.echo(f"wrote {out} ({len(data)} bytes)")
