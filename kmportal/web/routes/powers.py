"""The authority check on the web: the page ``/powers`` (full page, or its result
for htmx), a whole plan uploaded as CSV/.xlsx (``POST /powers/sheet``, answered
with the checked .xlsx) and ``GET /api/powers`` (the same JSON as ``kmportal
powers --json``). Everyone who may search may use them (``READ_ACCESS``)."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import quote

import anyio
from fastapi import APIRouter, Query, Request
from pydantic import BaseModel
from starlette.responses import Response

from kmportal.errors import BadInput
from kmportal.ingest.powers_law import item_anchor
from kmportal.search import plan_sheet as sheet
from kmportal.search.powers import ORG_KINDS, CheckedProvision, PowerCheck
from kmportal.uploads.receive import receive_upload
from kmportal.uploads.storage import UploadStore
from kmportal.web import i18n
from kmportal.web.deps import LangDep, ServiceDep, SettingsDep
from kmportal.web.search_input import check_query_length, is_blank
from kmportal.web.security import READ_ACCESS
from kmportal.web.templating import render, templates

router = APIRouter()

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

i18n.register(
    {
        "nav.powers": {"th": "ตรวจอำนาจหน้าที่", "en": "Authority check"},
        "org.pao": {"th": "อบจ.", "en": "PAO"},
        "org.municipality": {"th": "เทศบาล", "en": "Municipality"},
        "org.tao": {"th": "อบต.", "en": "TAO"},
        "org.pattaya": {"th": "เมืองพัทยา", "en": "Pattaya City"},
        "org.bangkok": {"th": "กทม.", "en": "Bangkok"},
        "org.full.pao": {"th": "องค์การบริหารส่วนจังหวัด", "en": "Provincial Administrative Org."},
        "org.full.municipality": {"th": "เทศบาล", "en": "Municipality"},
        "org.full.tao": {"th": "องค์การบริหารส่วนตำบล", "en": "Tambon Administrative Org."},
        "org.full.pattaya": {"th": "เมืองพัทยา", "en": "Pattaya City"},
        "org.full.bangkok": {"th": "กรุงเทพมหานคร", "en": "Bangkok"},
        "org.tier": {"th": "เทศบาล{tier}", "en": "{tier} municipality"},
        "search.applies_to": {"th": "ใช้กับ", "en": "Applies to"},
        "powers.title": {"th": "ตรวจอำนาจหน้าที่ตามกฎหมาย", "en": "Authority check"},
        "powers.lede": {
            "th": "ใส่ชื่อโครงการตามแผนพัฒนาท้องถิ่น ระบบจะหาบทบัญญัติที่ให้อำนาจ อปท. ประเภทนั้นทำโครงการ",
            "en": "Enter a project title from the local development plan: the provisions that"
            " let this kind of local government do it are listed, as a plan cites them",
        },
        "powers.project": {"th": "ชื่อโครงการ", "en": "Project title"},
        "powers.org": {"th": "ประเภท อปท.", "en": "Kind of organisation"},
        "powers.submit": {"th": "ตรวจสอบ", "en": "Check"},
        "powers.loading": {"th": "กำลังตรวจสอบ…", "en": "Checking…"},
        "powers.within": {
            "th": "อยู่ในอำนาจหน้าที่ของ{org} ตามบทบัญญัติต่อไปนี้",
            "en": "Within the powers of a {org}, under these provisions",
        },
        "powers.not_found": {
            "th": "ไม่พบบทบัญญัติที่ให้อำนาจ{org}ทำโครงการนี้โดยเฉพาะ",
            "en": "No provision specifically lets a {org} do this project",
        },
        "powers.not_found_help": {
            "th": "ข้อกวาด (เช่น “อำนาจหน้าที่อื่นตามที่กฎหมายกำหนด”) ไม่นับเป็นฐานอำนาจ"
            " ตรวจสอบกฎหมายเฉพาะเรื่องหรือหน่วยงานที่รับผิดชอบ",
            "en": "Catch-all items (\u201cother duties as the law provides\u201d) are not"
            " counted; look for a specific law or the agency in charge",
        },
        "powers.supported": {"th": "ตรงกับโครงการ", "en": "Matches the project"},
        "powers.related": {"th": "เกี่ยวข้องรองลงมา", "en": "Also related"},
        "powers.catch_all": {"th": "ข้อกวาด", "en": "catch-all"},
        "powers.copy": {"th": "คัดลอกการอ้างอิง", "en": "Copy citation"},
        "powers.copied": {"th": "คัดลอกแล้ว", "en": "Copied"},
        "powers.open": {"th": "เปิดตัวบท", "en": "Open the text"},
        "powers.others": {
            "th": "บทบัญญัติต่อไปนี้เป็นอำนาจของ อปท. ประเภทอื่น ไม่ใช่ของ{org} — อย่าอ้างในแผน",
            "en": "These provisions are powers of other kinds of local government, not of a"
            " {org}: do not cite them",
        },
        "powers.sheet.title": {"th": "ตรวจทั้งแผน", "en": "Check a whole plan"},
        "powers.sheet.help": {
            "th": "อัปโหลดไฟล์ CSV หรือ .xlsx ที่มีคอลัมน์ชื่อโครงการ (คอลัมน์อื่นคงไว้)"
            " ได้ไฟล์ .xlsx กลับพร้อมฐานอำนาจ ผลการตรวจ และคำเตือน ไม่เกิน {mb} MB",
            "en": "Upload a CSV or .xlsx with a column of project titles (other columns are"
            " kept); the same table comes back as .xlsx with the legal basis, the verdict"
            " and warnings. Up to {mb} MB",
        },
        "powers.sheet.file": {"th": "ไฟล์แผน", "en": "Plan file"},
        "powers.sheet.submit": {"th": "ตรวจและดาวน์โหลด .xlsx", "en": "Check and download .xlsx"},
    }
)


class ProvisionPublic(BaseModel):
    doc: str
    section: str | None
    item: str | None
    label: str
    law: str
    text: str
    applies_to: list[str]
    tiers: list[str]
    catch_all: bool
    score: float
    section_key: str
    supported: bool


class PowerCheckPublic(BaseModel):
    id: str | None = None
    project: str
    org_kind: str
    verdict: str
    provisions: list[ProvisionPublic]
    other_kinds: list[ProvisionPublic]
    notes: list[str]


def provision_url(c: CheckedProvision) -> str:
    """The document viewer at the provision's item."""
    p = c.provision
    anchor = item_anchor(p.section_key, p.unit, p.section, p.item)
    return f"/docs/{quote(p.doc, safe='')}?hl={quote(p.section_key, safe='')}#{quote(anchor)}"


templates.env.globals["provision_url"] = provision_url


def _org(org: str, settings_kind: str) -> str:
    kind = org or settings_kind
    if kind not in ORG_KINDS:
        raise BadInput(f"ไม่รู้จักประเภท อปท. '{kind}': ใช้ {' | '.join(ORG_KINDS)} (unknown org)")
    return kind


@router.get("/api/powers", dependencies=[READ_ACCESS], response_model=PowerCheckPublic)
def api_powers(
    service: ServiceDep,
    settings: SettingsDep,
    project: str = "",
    org: str = "",
    k: Annotated[int, Query(ge=1, le=50)] = 10,
) -> PowerCheckPublic:
    check_query_length(project, "th")
    result = service.check_powers(project, org=_org(org, settings.org_kind), k=k)
    return PowerCheckPublic.model_validate(result.to_dict())


@router.get("/powers", dependencies=[READ_ACCESS], include_in_schema=False)
def powers_page(
    request: Request,
    service: ServiceDep,
    settings: SettingsDep,
    lang: LangDep,
    project: str = "",
    org: str = "",
) -> Response:
    check_query_length(project, lang)
    kind = _org(org, settings.org_kind)
    result: PowerCheck | None = None
    notice = None
    if not is_blank(project):
        try:
            result = service.check_powers(project, org=kind, k=10)
        except BadInput as exc:
            notice = exc.message
    context = {
        "project": project,
        "org": kind,
        "orgs": ORG_KINDS,
        "result": result,
        "notice": notice,
        "max_mb": f"{sheet.MAX_BYTES / (1024 * 1024):g}",
    }
    return render(request, "powers/page.html", context, partial="powers/_result.html")


@router.post("/powers/sheet", dependencies=[READ_ACCESS], include_in_schema=False)
async def powers_sheet(request: Request, service: ServiceDep, settings: SettingsDep) -> Response:
    store = UploadStore(settings.upload_path)
    received = await receive_upload(
        request.stream(),
        content_type=request.headers.get("content-type"),
        content_length=request.headers.get("content-length"),
        store=store,
        max_bytes=sheet.MAX_BYTES,
        suffixes=sheet.SUFFIXES,
    )
    try:
        kind = _org(received.fields.get("org", ""), settings.org_kind)
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
