"""KM pages and JSON API. Every query and rule lives in :mod:`kmportal.km`;
these routes read the request, call the service and render.

Pages answer htmx with fragments from the same URL (``templates/km/_*.html``).
Nothing changes on GET. Forms re-render with per-field Thai messages (422);
everything else raises :mod:`kmportal.errors` exceptions for the portal's
handler (JSON under ``/api/``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Annotated, Any
from urllib.parse import quote, unquote

from fastapi import APIRouter, Body, Depends, Request
from fastapi.encoders import jsonable_encoder
from fastapi.responses import FileResponse, JSONResponse, RedirectResponse
from sqlmodel import Session
from starlette.datastructures import UploadFile
from starlette.responses import Response

from kmportal.auth.models import User
from kmportal.docstore import service as docstore
from kmportal.errors import BadInput, NotFound
from kmportal.km import (
    audit,
    charts,
    evidence,
    export,
    logs,
    overview,
    seed,
    service,
)
from kmportal.km import indicators as rules
from kmportal.km.models import (
    ActivityCreate,
    ActivityLog,
    ActivityUpdate,
    IndicatorUpdate,
    PlanCreate,
    PlanUpdate,
)
from kmportal.km.strings import STRINGS
from kmportal.km.views import IndicatorView, PlanView, StepView
from kmportal.settings import Settings
from kmportal.thai import dates as periods
from kmportal.thai.digits import fold_digits
from kmportal.web import i18n
from kmportal.web.database import app_session
from kmportal.web.templating import is_htmx, render

i18n.register(STRINGS)


router = APIRouter()


async def _form(request: Request) -> dict[str, Any]:
    form = await request.form()
    out: dict[str, Any] = {}
    try:
        for key, value in form.multi_items():
            if isinstance(value, UploadFile):
                if value.filename:
                    out[key] = (value.filename, await value.read())
            else:
                out[key] = value
    finally:
        await form.close()
    return out


SessionDep = Annotated[Session, Depends(app_session)]
FormDep = Annotated[dict[str, Any], Depends(_form)]
JsonBody = Annotated[dict[str, Any], Body()]


def _today() -> dt.date:
    return periods.today()


def _settings(request: Request) -> Settings:
    settings = request.app.state.settings
    assert isinstance(settings, Settings)
    return settings


def _see_other(url: str, request: Request) -> Response:
    if is_htmx(request):
        # htmx follows a 303 into the target; a full navigation is what we mean.
        return Response(status_code=204, headers={"HX-Redirect": url})
    return RedirectResponse(url, status_code=303)


@dataclass
class FormState:
    """A form being filled in: what was typed and what is wrong with it."""

    values: dict[str, Any] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)
    message: str = ""
    log_id: int | None = None


def _errors_of(exc: BadInput) -> dict[str, str]:
    detail = exc.detail
    if isinstance(detail, dict) and isinstance(detail.get("fields"), dict):
        return {str(k): str(v) for k, v in detail["fields"].items()}
    return {}


# --- contexts -----------------------------------------------------------------


def _card_context(
    view: PlanView, ind: IndicatorView, *, where: str, form: FormState | None = None
) -> dict[str, Any]:
    return {
        "plan": view,
        "ind": ind,
        "chart": charts.line_chart(ind, fiscal_year=view.fiscal_year),
        "form": form,
        "where": where,
        "fields": rules.RAW_FIELDS[ind.type],
        "today": view.today,
    }


def _card(
    request: Request,
    session: Session,
    *,
    indicator_id: int,
    where: str,
    form: FormState | None = None,
    status_code: int = 200,
) -> Response:
    plan_id = overview.plan_id_of_indicator(session, indicator_id=indicator_id)
    view = overview.plan_view(session, plan_id=plan_id, today=_today())
    ind = overview.find_indicator_view(view, indicator_id=indicator_id)
    ctx = _card_context(view, ind, where=where, form=form)
    if form is not None:
        ctx["docs"] = docstore.list_documents(session)
    ctx["step"] = next(
        s for s in view.steps for a in s.activities for i in a.indicators if i.id == indicator_id
    )
    return render(
        request, "km/log_form.html", ctx, partial="km/_indicator_swap.html", status_code=status_code
    )


def _where(value: object) -> str:
    return "step" if value == "step" else "dashboard"


# --- pages: plans -------------------------------------------------------------


@router.get("/km", include_in_schema=False)
def plans_page(request: Request, session: SessionDep) -> Response:
    return render(
        request, "km/plans.html", {"plans": overview.list_plans(session)}, partial="km/_plans.html"
    )


@router.post("/km/example", include_in_schema=False)
def load_example(request: Request, session: SessionDep, form: FormDep) -> Response:
    actor = str(form.get("entered_by") or "").strip() or "ผู้ใช้พอร์ทัล"
    result = seed.load_example(session, actor=actor)
    return _see_other(f"/km/plans/{result.plan_id}", request)


_PLAN_FIELDS = ("unit", "organisation", "fiscal_year", "km_goal", "deliverable")


def _plan_fields(form: Mapping[str, Any], fiscal_year: int) -> dict[str, Any]:
    """The plan form's fields, as both the create and the edit form send them."""
    texts = {k: str(form.get(k, "")) for k in _PLAN_FIELDS if k != "fiscal_year"}
    return {**texts, "fiscal_year": fiscal_year}


def _plan_form(
    request: Request, *, plan_id: int | None, form: FormState, status_code: int = 200
) -> Response:
    return render(
        request,
        "km/plan_form.html",
        {"plan_id": plan_id, "form": form},
        partial="km/_plan_form.html",
        status_code=status_code,
    )


@router.get("/km/plans/new", include_in_schema=False)
def new_plan_page(request: Request) -> Response:
    return _plan_form(request, plan_id=None, form=FormState())


def _fiscal_year(form: Mapping[str, Any], errors: dict[str, str]) -> int:
    try:
        return int(fold_digits(str(form.get("fiscal_year", ""))).strip())
    except ValueError:
        errors["fiscal_year"] = "ปีงบประมาณต้องเป็นตัวเลข พ.ศ. เช่น 2567"
        return 0


@router.post("/km/plans", include_in_schema=False)
def create_plan_form(request: Request, session: SessionDep, form: FormDep) -> Response:
    state = FormState(values={k: form.get(k, "") for k in (*_PLAN_FIELDS, "entered_by")})
    fy = _fiscal_year(form, state.errors)
    try:
        if state.errors:
            raise BadInput(state.errors["fiscal_year"], detail={"fields": state.errors})
        plan = service.create_plan(
            session,
            data=PlanCreate(**_plan_fields(form, fy)),
            actor=str(form.get("entered_by", "")),
        )
    except BadInput as exc:
        state.errors, state.message = _errors_of(exc) or state.errors, exc.message
        return _plan_form(request, plan_id=None, form=state, status_code=422)
    return _see_other(f"/km/plans/{plan.id}", request)


@router.get("/km/plans/{plan_id}/edit", include_in_schema=False)
def edit_plan_page(request: Request, plan_id: int, session: SessionDep) -> Response:
    plan = service.get_plan(session, plan_id=plan_id)
    values = {k: getattr(plan, k) for k in _PLAN_FIELDS}
    return _plan_form(request, plan_id=plan_id, form=FormState(values=values))


@router.post("/km/plans/{plan_id}/edit", include_in_schema=False)
def edit_plan_form(request: Request, plan_id: int, session: SessionDep, form: FormDep) -> Response:
    state = FormState(values={k: form.get(k, "") for k in (*_PLAN_FIELDS, "entered_by")})
    fy = _fiscal_year(form, state.errors)
    try:
        if state.errors:
            raise BadInput(state.errors["fiscal_year"], detail={"fields": state.errors})
        service.update_plan(
            session,
            plan_id=plan_id,
            data=PlanUpdate(**_plan_fields(form, fy)),
            actor=str(form.get("entered_by", "")),
        )
    except BadInput as exc:
        state.errors, state.message = _errors_of(exc) or state.errors, exc.message
        return _plan_form(request, plan_id=plan_id, form=state, status_code=422)
    return _see_other(f"/km/plans/{plan_id}", request)


@router.get("/km/plans/{plan_id}", include_in_schema=False)
def dashboard_page(request: Request, plan_id: int, session: SessionDep) -> Response:
    view = overview.plan_view(session, plan_id=plan_id, today=_today())
    chart_of = {
        i.id: charts.line_chart(i, fiscal_year=view.fiscal_year)
        for s in view.steps
        for a in s.activities
        for i in a.indicators
    }
    return render(
        request,
        "km/dashboard.html",
        {"plan": view, "charts": chart_of},
        partial="km/_dashboard.html",
    )


@router.get("/km/plans/{plan_id}/print", include_in_schema=False)
def print_page(request: Request, plan_id: int, session: SessionDep) -> Response:
    view = overview.plan_view(session, plan_id=plan_id, today=_today())
    return render(
        request,
        "km/print.html",
        {
            "plan": view,
            "headers": export.HEADERS,
            "rows": export.plan_rows(view),
            "lines": export.header_lines(view),
        },
    )


@router.get("/km/plans/{plan_id}/export", include_in_schema=False)
def export_plan(plan_id: int, session: SessionDep, format: str = "xlsx") -> Response:
    view = overview.plan_view(session, plan_id=plan_id, today=_today())
    name = f"km-plan-{view.fiscal_year}-{plan_id}"
    if format == "csv":
        data, media = export.to_csv(view), "text/csv; charset=utf-8"
    elif format == "xlsx":
        data = export.to_xlsx(view)
        media = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    else:
        raise BadInput("รูปแบบไฟล์ส่งออกต้องเป็น csv หรือ xlsx")
    return Response(
        data,
        media_type=media,
        headers={
            "Content-Disposition": f'attachment; filename="{name}.{format}"',
        },
    )


# --- pages: steps, activities, indicators -------------------------------------


def _edit_forms(step: StepView) -> dict[str, FormState]:
    """Prefilled edit forms of the step's activities and indicators, keyed by form id."""
    forms: dict[str, FormState] = {}
    for a in step.activities:
        forms[f"activity-{a.id}"] = FormState(
            values={
                "description": a.description,
                "start": a.start,
                "end": a.end,
                "target_group": a.target_group,
                "responsible_unit": a.responsible_unit,
            }
        )
        forms[f"new-indicator-{a.id}"] = FormState(
            values={"type": "participation", "comparison": ">"}
        )
        for i in a.indicators:
            forms[f"indicator-{i.id}"] = FormState(
                values={
                    "name": i.name,
                    "comparison": i.comparison.value,
                    "target": rules.display_target_number(i.target),
                }
            )
    return forms


def _step_form_refused(
    request: Request,
    session: Session,
    plan_id: int,
    number: int,
    form_id: str,
    state: FormState,
    exc: BadInput,
) -> Response:
    """The step page again, with the refused form open and its errors by the fields."""
    state.errors, state.message = _errors_of(exc), exc.message
    return _step_page(
        request, session, plan_id=plan_id, number=number, failed=(form_id, state), status_code=422
    )


def _step_page(
    request: Request,
    session: Session,
    *,
    plan_id: int,
    number: int,
    failed: tuple[str, FormState] | None = None,
    status_code: int = 200,
) -> Response:
    """The step page; ``failed`` is the one form (by id) to show again with its errors."""
    view = overview.plan_view(session, plan_id=plan_id, today=_today())
    step = next((s for s in view.steps if s.number == number), None)
    if step is None:
        raise NotFound(f"ไม่พบขั้นที่ {number} ในแผนนี้")
    chart_of = {
        i.id: charts.line_chart(i, fiscal_year=view.fiscal_year)
        for a in step.activities
        for i in a.indicators
    }
    forms = _edit_forms(step)
    forms["new-activity"] = FormState(values={"type": "participation", "comparison": ">"})
    if failed is not None:
        forms[failed[0]] = failed[1]
    return render(
        request,
        "km/step.html",
        {
            "plan": view,
            "step": step,
            "charts": chart_of,
            "forms": forms,
            "types": list(rules.IndicatorType),
            "comparisons": list(rules.Comparison),
        },
        partial="km/_step.html",
        status_code=status_code,
    )


def _step_of_activity(session: Session, activity_id: int) -> tuple[int, int]:
    act = service.get_activity(session, activity_id=activity_id)
    step = service.get_step(session, step_id=act.step_id)
    return step.plan_id, step.number


@router.get("/km/plans/{plan_id}/steps/{number}", include_in_schema=False)
def step_page(request: Request, plan_id: int, number: int, session: SessionDep) -> Response:
    return _step_page(request, session, plan_id=plan_id, number=number)


_ACTIVITY_FIELDS = (
    "description",
    "start",
    "end",
    "target_group",
    "responsible_unit",
    "name",
    "type",
    "comparison",
    "target",
    "entered_by",
)


@router.post("/km/plans/{plan_id}/steps/{number}/activities", include_in_schema=False)
def add_activity_form(
    request: Request, plan_id: int, number: int, session: SessionDep, form: FormDep
) -> Response:
    """A new activity, with its first indicator when one is named (both or neither)."""
    state = FormState(values={k: form.get(k, "") for k in _ACTIVITY_FIELDS})
    step = service.get_step_by_number(session, plan_id=plan_id, number=number)
    try:
        ind_in = None
        if str(form.get("name", "")).strip():
            ind_in = service.parse_indicator_payload(form)
        service.add_activity_with_indicator(
            session,
            step_id=step.id or 0,
            actor=str(form.get("entered_by", "")),
            activity=ActivityCreate(
                description=str(form.get("description", "")),
                start=str(form.get("start", "")),
                end=str(form.get("end", "")),
                target_group=str(form.get("target_group", "")),
                responsible_unit=str(form.get("responsible_unit", "")),
            ),
            indicator=ind_in,
        )
    except BadInput as exc:
        return _step_form_refused(request, session, plan_id, number, "new-activity", state, exc)
    return _see_other(f"/km/plans/{plan_id}/steps/{number}", request)


_ACTIVITY_EDIT_FIELDS = ("description", "start", "end", "target_group", "responsible_unit")


@router.post("/km/activities/{activity_id}/edit", include_in_schema=False)
def edit_activity_form(
    request: Request, activity_id: int, session: SessionDep, form: FormDep
) -> Response:
    plan_id, number = _step_of_activity(session, activity_id)
    state = FormState(values={k: form.get(k, "") for k in (*_ACTIVITY_EDIT_FIELDS, "entered_by")})
    try:
        service.update_activity(
            session,
            activity_id=activity_id,
            actor=str(form.get("entered_by", "")),
            data=ActivityUpdate(**{k: str(form.get(k, "")) for k in _ACTIVITY_EDIT_FIELDS}),
        )
    except BadInput as exc:
        return _step_form_refused(
            request, session, plan_id, number, f"activity-{activity_id}", state, exc
        )
    return _see_other(f"/km/plans/{plan_id}/steps/{number}#activity-{activity_id}", request)


@router.post("/km/activities/{activity_id}/indicators", include_in_schema=False)
def add_indicator_form(
    request: Request, activity_id: int, session: SessionDep, form: FormDep
) -> Response:
    plan_id, number = _step_of_activity(session, activity_id)
    keys = ("name", "type", "comparison", "target", "entered_by")
    state = FormState(values={k: form.get(k, "") for k in keys})
    try:
        service.add_indicator(
            session,
            activity_id=activity_id,
            data=service.parse_indicator_payload(form),
            actor=str(form.get("entered_by", "")),
        )
    except BadInput as exc:
        return _step_form_refused(
            request, session, plan_id, number, f"new-indicator-{activity_id}", state, exc
        )
    return _see_other(f"/km/plans/{plan_id}/steps/{number}#activity-{activity_id}", request)


@router.post("/km/indicators/{indicator_id}/edit", include_in_schema=False)
def edit_indicator_form(
    request: Request, indicator_id: int, session: SessionDep, form: FormDep
) -> Response:
    ind = service.get_indicator(session, indicator_id=indicator_id)
    plan_id, number = _step_of_activity(session, ind.activity_id)
    state = FormState(
        values={k: form.get(k, "") for k in ("name", "comparison", "target", "entered_by")}
    )
    try:
        parsed = service.parse_indicator_payload({**form, "type": ind.type, "unit": ind.unit})
        service.update_indicator(
            session,
            indicator_id=indicator_id,
            actor=str(form.get("entered_by", "")),
            data=IndicatorUpdate(
                name=parsed.name, comparison=parsed.comparison, target=parsed.target
            ),
        )
    except BadInput as exc:
        return _step_form_refused(
            request, session, plan_id, number, f"indicator-{indicator_id}", state, exc
        )
    return _see_other(f"/km/plans/{plan_id}/steps/{number}#indicator-{indicator_id}", request)


# --- pages: logs (htmx inline) ------------------------------------------------


@router.get("/km/indicators/{indicator_id}", include_in_schema=False)
def indicator_card(
    request: Request, indicator_id: int, session: SessionDep, where: str = "dashboard"
) -> Response:
    return _card(request, session, indicator_id=indicator_id, where=_where(where))


@router.get("/km/indicators/{indicator_id}/logs/new", include_in_schema=False)
def new_log_page(
    request: Request, indicator_id: int, session: SessionDep, where: str = "dashboard"
) -> Response:
    form = FormState(values={"date": _today().isoformat(), "entered_by": _remembered_name(request)})
    return _card(request, session, indicator_id=indicator_id, where=_where(where), form=form)


def _with_upload(request: Request, form: dict[str, Any]) -> dict[str, Any]:
    upload = form.pop("evidence_upload", None)
    if isinstance(upload, tuple):
        filename, content = upload
        form["evidence_file"] = evidence.save_evidence(
            _settings(request).data_dir, filename=filename, content=content
        )
    return form


def _remembered_name(request: Request) -> str:
    """The name typed last (the ``km_name`` cookie), else the signed-in account's name."""
    remembered = unquote(request.cookies.get("km_name", ""))
    if remembered:
        return remembered
    user = getattr(request.state, "user", None)
    if isinstance(user, User):
        return user.display_name or user.username
    return ""


def _remember_name(response: Response, name: object) -> Response:
    if isinstance(name, str) and name.strip():
        response.set_cookie(
            "km_name",
            quote(name.strip()[:100]),
            max_age=365 * 24 * 3600,
            samesite="lax",
            httponly=True,
        )
    return response


@router.post("/km/indicators/{indicator_id}/logs", include_in_schema=False)
def add_log_form(
    request: Request, indicator_id: int, session: SessionDep, form: FormDep
) -> Response:
    where = _where(form.get("where"))
    values = {k: v for k, v in form.items() if not isinstance(v, tuple)}
    try:
        logs.add_log(
            session, indicator_id=indicator_id, data=_with_upload(request, form), today=_today()
        )
    except BadInput as exc:
        state = FormState(values=values, errors=_errors_of(exc), message=exc.message)
        return _card(
            request, session, indicator_id=indicator_id, where=where, form=state, status_code=422
        )
    if not is_htmx(request):
        return _remember_name(
            _see_other(_back(session, indicator_id, where), request), form.get("entered_by")
        )
    return _remember_name(
        _card(request, session, indicator_id=indicator_id, where=where), form.get("entered_by")
    )


def _back(session: Session, indicator_id: int, where: str) -> str:
    plan_id = overview.plan_id_of_indicator(session, indicator_id=indicator_id)
    if where == "step":
        view = overview.plan_view(session, plan_id=plan_id, today=_today())
        for s in view.steps:
            if any(i.id == indicator_id for a in s.activities for i in a.indicators):
                return f"/km/plans/{plan_id}/steps/{s.number}#indicator-{indicator_id}"
    return f"/km/plans/{plan_id}#indicator-{indicator_id}"


def _log_values(log: ActivityLog, kind: rules.IndicatorType) -> dict[str, Any]:
    f = rules.RAW_FIELDS[kind]
    values: dict[str, Any] = {
        "date": log.date.isoformat(),
        "description": log.description,
        "note": log.note,
        "evidence_url": log.evidence_url,
        f.numerator: log.numerator,
    }
    if f.denominator:
        values[f.denominator] = log.denominator
    return values


@router.get("/km/logs/{log_id}/edit", include_in_schema=False)
def edit_log_page(
    request: Request, log_id: int, session: SessionDep, where: str = "step"
) -> Response:
    log = logs.get_log(session, log_id=log_id)
    ind = service.get_indicator(session, indicator_id=log.indicator_id)
    values = _log_values(log, rules.IndicatorType(ind.type))
    values["entered_by"] = _remembered_name(request)
    state = FormState(values=values, log_id=log_id)
    return _card(request, session, indicator_id=log.indicator_id, where=_where(where), form=state)


@router.post("/km/logs/{log_id}", include_in_schema=False)
def edit_log_form(request: Request, log_id: int, session: SessionDep, form: FormDep) -> Response:
    where = _where(form.get("where"))
    log = logs.get_log(session, log_id=log_id)
    indicator_id = log.indicator_id
    values = {k: v for k, v in form.items() if not isinstance(v, tuple)}
    try:
        if form.get("action") == "delete":
            logs.delete_log(session, log_id=log_id, actor=str(form.get("entered_by", "")))
        else:
            logs.update_log(
                session, log_id=log_id, data=_with_upload(request, form), today=_today()
            )
    except BadInput as exc:
        state = FormState(values=values, errors=_errors_of(exc), message=exc.message, log_id=log_id)
        return _card(
            request, session, indicator_id=indicator_id, where=where, form=state, status_code=422
        )
    if not is_htmx(request):
        return _see_other(_back(session, indicator_id, where), request)
    return _card(request, session, indicator_id=indicator_id, where=where)


@router.get("/km/history", include_in_schema=False)
def history_page(
    request: Request,
    session: SessionDep,
    entity: str | None = None,
    entity_id: int | None = None,
) -> Response:
    entries = audit.list_audit(session, entity=entity or None, entity_id=entity_id)
    rows = [(periods.format_datetime(e.at), e) for e in entries]
    return render(
        request,
        "km/history.html",
        {"rows": rows, "entity": entity or ""},
        partial="km/_history.html",
    )


@router.get("/km/evidence/{name}", include_in_schema=False)
def evidence_file(request: Request, name: str) -> Response:
    path = evidence.evidence_path(_settings(request).data_dir, name)
    # Always a download: an uploaded HTML or SVG must never render on our origin.
    return FileResponse(
        path,
        filename=name.split("-", 1)[1],
        media_type="application/octet-stream",
        content_disposition_type="attachment",
    )


@router.get("/km/km.css", include_in_schema=False)
def stylesheet(request: Request) -> Response:
    response = render(request, "km/km.css", {})
    response.headers["Content-Type"] = "text/css; charset=utf-8"
    response.headers["Cache-Control"] = "public, max-age=300"
    return response


# --- JSON API -----------------------------------------------------------------


def _json(model: Any, status_code: int = 200) -> Response:
    return JSONResponse(jsonable_encoder(model), status_code=status_code)


@router.get("/api/km/plans", tags=["km"])
def api_plans(session: SessionDep) -> Response:
    return _json(overview.list_plans(session))


def _actor_of(body: Mapping[str, Any]) -> str:
    return str(body.get("entered_by") or "")


@router.post("/api/km/plans", tags=["km"], status_code=201)
def api_create_plan(session: SessionDep, body: JsonBody) -> Response:
    try:
        data = PlanCreate.model_validate(body)
    except ValueError as exc:
        raise BadInput(f"ข้อมูลแผนไม่ถูกต้อง: {exc}") from None
    plan = service.create_plan(session, data=data, actor=_actor_of(body))
    return _json(overview.plan_view(session, plan_id=plan.id or 0, today=_today()), 201)


@router.post("/api/km/plans/load-example", tags=["km"])
def api_load_example(session: SessionDep, body: JsonBody) -> Response:
    result = seed.load_example(session, actor=_actor_of(body) or "api")
    return _json(
        {"plan_id": result.plan_id, "created": result.created}, 201 if result.created else 200
    )


@router.get("/api/km/plans/{plan_id}", tags=["km"])
def api_plan(plan_id: int, session: SessionDep) -> Response:
    return _json(overview.plan_view(session, plan_id=plan_id, today=_today()))


@router.patch("/api/km/plans/{plan_id}", tags=["km"])
def api_update_plan(plan_id: int, session: SessionDep, body: JsonBody) -> Response:
    try:
        data = PlanUpdate.model_validate(body)
    except ValueError as exc:
        raise BadInput(f"ข้อมูลแผนไม่ถูกต้อง: {exc}") from None
    service.update_plan(session, plan_id=plan_id, data=data, actor=_actor_of(body))
    return _json(overview.plan_view(session, plan_id=plan_id, today=_today()))


@router.post("/api/km/plans/{plan_id}/steps/{number}/activities", tags=["km"], status_code=201)
def api_add_activity(plan_id: int, number: int, session: SessionDep, body: JsonBody) -> Response:
    step = service.get_step_by_number(session, plan_id=plan_id, number=number)
    try:
        data = ActivityCreate.model_validate(body)
    except ValueError as exc:
        raise BadInput(f"ข้อมูลกิจกรรมไม่ถูกต้อง: {exc}") from None
    act = service.add_activity(session, step_id=step.id or 0, data=data, actor=_actor_of(body))
    return _json({"id": act.id}, 201)


@router.patch("/api/km/activities/{activity_id}", tags=["km"])
def api_update_activity(activity_id: int, session: SessionDep, body: JsonBody) -> Response:
    try:
        data = ActivityUpdate.model_validate(body)
    except ValueError as exc:
        raise BadInput(f"ข้อมูลกิจกรรมไม่ถูกต้อง: {exc}") from None
    act = service.update_activity(
        session, activity_id=activity_id, data=data, actor=_actor_of(body)
    )
    return _json({"id": act.id})


@router.post("/api/km/activities/{activity_id}/indicators", tags=["km"], status_code=201)
def api_add_indicator(activity_id: int, session: SessionDep, body: JsonBody) -> Response:
    ind = service.add_indicator(
        session,
        activity_id=activity_id,
        data=service.parse_indicator_payload(body),
        actor=_actor_of(body),
    )
    return _json(_indicator_json(session, ind.id or 0), 201)


def _indicator_json(session: Session, indicator_id: int) -> IndicatorView:
    plan_id = overview.plan_id_of_indicator(session, indicator_id=indicator_id)
    view = overview.plan_view(session, plan_id=plan_id, today=_today())
    return overview.find_indicator_view(view, indicator_id=indicator_id)


@router.get("/api/km/indicators/{indicator_id}", tags=["km"])
def api_indicator(indicator_id: int, session: SessionDep) -> Response:
    return _json(_indicator_json(session, indicator_id))


@router.patch("/api/km/indicators/{indicator_id}", tags=["km"])
def api_update_indicator(indicator_id: int, session: SessionDep, body: JsonBody) -> Response:
    changes: dict[str, Any] = {}
    if "comparison" in body:
        try:
            changes["comparison"] = rules.parse_comparison(str(body["comparison"]))
        except ValueError as exc:
            raise BadInput(str(exc)) from None
    try:
        data = IndicatorUpdate.model_validate({**body, **changes})
    except ValueError as exc:
        raise BadInput(f"ข้อมูลตัวชี้วัดไม่ถูกต้อง: {exc}") from None
    service.update_indicator(session, indicator_id=indicator_id, data=data, actor=_actor_of(body))
    return _json(_indicator_json(session, indicator_id))


@router.get("/api/km/indicators/{indicator_id}/logs", tags=["km"])
def api_logs(indicator_id: int, session: SessionDep) -> Response:
    return _json(logs.list_logs(session, indicator_id=indicator_id))


@router.post("/api/km/indicators/{indicator_id}/logs", tags=["km"], status_code=201)
def api_add_log(indicator_id: int, session: SessionDep, body: JsonBody) -> Response:
    """Raw numbers under their type's names, e.g. ``{"invited": 18, "attended": 14}``."""
    log = logs.add_log(session, indicator_id=indicator_id, data=body, today=_today())
    ind = service.get_indicator(session, indicator_id=indicator_id)
    return _json(
        {
            "log": logs.log_public(log, rules.IndicatorType(ind.type)),
            "indicator": _indicator_json(session, indicator_id),
        },
        201,
    )


@router.patch("/api/km/logs/{log_id}", tags=["km"])
def api_update_log(log_id: int, session: SessionDep, body: JsonBody) -> Response:
    log = logs.update_log(session, log_id=log_id, data=body, today=_today())
    ind = service.get_indicator(session, indicator_id=log.indicator_id)
    return _json(
        {
            "log": logs.log_public(log, rules.IndicatorType(ind.type)),
            "indicator": _indicator_json(session, log.indicator_id),
        }
    )


@router.delete("/api/km/logs/{log_id}", tags=["km"])
def api_delete_log(log_id: int, session: SessionDep, by: str = "") -> Response:
    log = logs.get_log(session, log_id=log_id)
    logs.delete_log(session, log_id=log_id, actor=by)
    return _json({"deleted": log_id, "indicator": _indicator_json(session, log.indicator_id)})


@router.get("/api/km/audit", tags=["km"])
def api_audit(
    session: SessionDep, entity: str | None = None, entity_id: int | None = None
) -> Response:
    return _json(audit.list_audit(session, entity=entity, entity_id=entity_id))
