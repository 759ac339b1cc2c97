"""``kmportal powers``: which provisions let this kind of อปท. do a project."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from kmportal.cli import app, settings_of
from kmportal.cli.jsonl import read_objects
from kmportal.errors import BadInput, KmportalError

if TYPE_CHECKING:
    from kmportal.search.powers import PowerCheck
    from kmportal.search.service import SearchService

KIND_NAMES = {
    "pao": "องค์การบริหารส่วนจังหวัด",
    "municipality": "เทศบาล",
    "tao": "องค์การบริหารส่วนตำบล",
    "pattaya": "เมืองพัทยา",
    "bangkok": "กรุงเทพมหานคร",
}


def _fail(exc: KmportalError) -> typer.Exit:
    typer.echo(f"error: {exc.message}", err=True)
    return typer.Exit(exc.exit_code)


@app.command()
def powers(
    ctx: typer.Context,
    project: Annotated[str | None, typer.Argument(help="The project title.")] = None,
    org: Annotated[
        str | None,
        typer.Option("--org", help="pao | municipality | tao | pattaya (KMPORTAL_ORG_KIND)."),
    ] = None,
    k: Annotated[int, typer.Option("--k", min=1, max=50, help="How many provisions.")] = 10,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
    batch: Annotated[
        Path | None,
        typer.Option(
            "--batch", help="JSONL of {id, project, org_kind}; prints one JSON line each."
        ),
    ] = None,
) -> None:
    """The authority check: the provisions that let this kind of อปท. do a project."""
    from kmportal.search.service import SearchService

    settings = settings_of(ctx)
    kind = org or settings.org_kind
    if batch is None and (project is None or not project.strip()):
        raise _fail(BadInput("กรุณาใส่ชื่อโครงการ (the project title is empty)"))
    try:
        svc = SearchService.open(settings)
        if batch is not None:
            _run_batch(svc, batch, k, default_org=kind)
            return
        assert project is not None
        result = svc.check_powers(project, org=kind, k=k)
    except KmportalError as exc:
        raise _fail(exc) from exc
    if as_json:
        typer.echo(json.dumps(result.to_dict(), ensure_ascii=False))
        return
    _print(result)


def _print(result: PowerCheck) -> None:
    for note in result.notes:
        typer.echo(f"note: {note}", err=True)
    who = KIND_NAMES.get(result.org_kind, result.org_kind)
    if result.verdict == "within":
        typer.echo(f"อยู่ในอำนาจหน้าที่ของ{who} (within) ตาม:")
    else:
        typer.echo(f"ไม่พบบทบัญญัติที่ให้อำนาจ{who}ทำโครงการนี้โดยเฉพาะ (not_found)")
    for i, c in enumerate(result.provisions, 1):
        mark = " [ข้อกวาด/catch-all]" if c.catch_all else ""
        typer.echo(f"{i:2}. {c.provision.label}{mark}  {c.score:.3f}")
        typer.echo(f"    {c.provision.text}")
    if result.other_kinds:
        typer.echo("อำนาจของ อปท. ประเภทอื่น (other kinds, not yours):")
        for c in result.other_kinds:
            whose = ", ".join(KIND_NAMES.get(x, x) for x in c.provision.applies_to)
            typer.echo(f"  - {c.provision.label} ({whose})")


def _run_batch(svc: SearchService, batch: Path, k: int, *, default_org: str) -> None:
    cases = [
        (item.get("id"), str(item.get("project") or ""), str(item.get("org_kind") or default_org))
        for _, item in read_objects(batch, fields="'id', 'project', 'org_kind'")
    ]
    results = svc.check_powers_many([(t, o) for _, t, o in cases], k=k)
    for (case_id, _, _), result in zip(cases, results, strict=True):
        result.id = None if case_id is None else str(case_id)
        typer.echo(json.dumps(result.to_dict(), ensure_ascii=False))
