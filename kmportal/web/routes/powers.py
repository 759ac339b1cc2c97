"""The authority check on the web: the page ``/powers`` (full page, or its result
for htmx), a whole plan uploaded as CSV/.xlsx (``POST /powers/sheet``, answered
with the checked .xlsx) and ``GET /api/powers`` (the JSON of ``kmportal powers
--json``, notes in the reader's language). Whoever may search may use them (see
:mod:`kmportal.web.routes`)."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import quote

import anyio
from fastapi import APIRouter, Query, Request
from starlette.responses import Response

from kmportal.errors import BadInput
from kmportal.ingest.powers_law import item_anchor
from kmportal.messages import render as render_text
from kmportal.search import plan_sheet as sheet
from kmportal.search.powers import ORG_KINDS, CheckedProvision, PowerCheck, check_org
from kmportal.uploads.receive import FormRules, receive_upload
from kmportal.uploads.storage import UploadStore
from kmportal.web.deps import LangDep, ServiceDep, SettingsDep
from kmportal.web.schemas import PowerCheckOut
from kmportal.web.search_input import check_query_length, is_blank
from kmportal.web.templating import render, templates

router = APIRouter()

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PLAN_SHEET = FormRules(suffixes=sheet.SUFFIXES, shown_types="CSV, XLSX")


def provision_url(c: CheckedProvision) -> str:
    """The document viewer at the provision's item."""
    p = c.provision
    anchor = item_anchor(p.section_key, p.unit, p.section, p.item)
    return f"/docs/{quote(p.doc, safe='')}?hl={quote(p.section_key, safe='')}#{quote(anchor)}"


templates.env.globals["provision_url"] = provision_url


@router.get("/api/powers", tags=["powers"], response_model=PowerCheckOut)
def api_powers(
    service: ServiceDep,
    settings: SettingsDep,
    lang: LangDep,
    project: str = "",
    org: str = "",
    k: Annotated[int, Query(ge=1, le=50)] = 10,
) -> PowerCheckOut:
    check_query_length(project)
    result = service.check_powers(project, org=check_org(org or settings.org_kind), k=k)
    out = PowerCheckOut.model_validate(result.to_dict())
    out.notes = [render_text(n, lang) for n in result.notes]
    return out


@router.get("/powers", include_in_schema=False)
def powers_page(
    request: Request,
    service: ServiceDep,
    settings: SettingsDep,
    lang: LangDep,
    project: str = "",
    org: str = "",
) -> Response:
    check_query_length(project)
    kind = check_org(org or settings.org_kind)
    result: PowerCheck | None = None
    notice = None
    if not is_blank(project):
        try:
            result = service.check_powers(project, org=kind, k=10)
        except BadInput as exc:
            notice = exc.text(lang)
    context = {
        "project": project,
        "org": kind,
        "orgs": ORG_KINDS,
        "result": result,
        "notes": [] if result is None else [render_text(n, lang) for n in result.notes],
        "notice": notice,
        "max_mb": f"{sheet.MAX_BYTES / (1024 * 1024):g}",
    }
    return render(request, "powers/page.html", context, partial="powers/_result.html")


@router.post("/powers/sheet", include_in_schema=False)
async def powers_sheet(request: Request, service: ServiceDep, settings: SettingsDep) -> Response:
    store = UploadStore(settings.upload_path)
    received = await receive_upload(
        request.stream(),
        content_type=request.headers.get("content-type"),
        content_length=request.headers.get("content-length"),
        store=store,
        max_bytes=sheet.MAX_BYTES,
        rules=PLAN_SHEET,
    )
    try:
        kind = check_org(received.fields.get("org") or settings.org_kind)
        table = await anyio.to_thread.run_sync(
            lambda: sheet.read_plan(received.path, suffix=received.path.suffix)
        )
        cases = [(title, kind) for title in table.titles]
        results = await anyio.to_thread.run_sync(lambda: service.check_powers_many(cases))
        data = sheet.write_checked(table, results)
    finally:
        store.discard(received.path)
    return Response(
        data,
        media_type=XLSX,
        headers={"Content-Disposition": 'attachment; filename="powers-check.xlsx"'},
    )
