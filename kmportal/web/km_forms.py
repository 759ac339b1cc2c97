"""What the KM pages (:mod:`kmportal.web.routes.km_pages`) share: reading a
form, a form being filled in (:class:`FormState`), and the contexts of the
indicator card, the step page and the plan form, re-rendered with per-field
messages when the KM service refuses what was typed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Annotated, Any
from urllib.parse import parse_qsl

from fastapi import Depends, Request
from fastapi.responses import RedirectResponse
from sqlmodel import Session
from starlette.responses import Response

from kmportal.auth.models import User
from kmportal.docstore import service as docstore
from kmportal.errors import BadInput, KmportalError, NotFound
from kmportal.km import charts, overview, service
from kmportal.km import indicators as rules
from kmportal.km.audit import Actor, account_actor
from kmportal.km.models import ActivityLog
from kmportal.km.views import IndicatorView, PlanView, StepView
from kmportal.messages import msg
from kmportal.settings import Settings
from kmportal.thai import dates
from kmportal.thai.digits import fold_digits
from kmportal.uploads import errors as upload_errors
from kmportal.uploads import evidence
from kmportal.uploads.receive import ReceivedUpload, receive_form
from kmportal.web.deps import SettingsDep
from kmportal.web.templating import is_htmx, render, request_lang

# An urlencoded KM form is a few text fields; anything larger is not one.
MAX_URLENCODED = 256 * 1024


@dataclass
class KmForm:
    """What a KM form sent: its text fields, and the evidence file of a log form
    (received and waiting under ``km-evidence/incoming``, not yet kept)."""

    values: dict[str, str]
    upload: ReceivedUpload | None = None
    refused: KmportalError | None = None  # an evidence file of a type not taken

    def get(self, name: str, default: str = "") -> str:
        return self.values.get(name, default)

    @property
    def on_behalf_of(self) -> str:
        # ``entered_by`` is what the field was called when it named the actor.
        return self.get("on_behalf_of") or self.get("entered_by")


async def read_log_form(request: Request, settings: SettingsDep) -> KmForm:
    """The form, read as it streams in: a multipart body through the upload
    receiver (the evidence limit holds while it arrives: 413 before its end),
    an urlencoded one up to :data:`MAX_URLENCODED`. The route keeps the
    evidence file (:func:`keep_evidence`) or lets :func:`drop_evidence` go."""
    ctype = request.headers.get("content-type", "")
    if ctype.lower().startswith("multipart/form-data"):
        form = await receive_form(
            request.stream(),
            content_type=ctype,
            content_length=request.headers.get("content-length"),
            store=evidence.store(settings.data_dir),
            max_bytes=settings.evidence_max_bytes,
            rules=evidence.RULES,
        )
        return KmForm(form.fields, form.upload, form.refused)
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_URLENCODED:
            raise upload_errors.form_too_large()
    return KmForm(dict(parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True)))


async def read_form(request: Request, settings: SettingsDep) -> KmForm:
    """A KM form without evidence: read the same way, any file dropped at once."""
    form = await read_log_form(request, settings)
    drop_evidence(settings, form)
    return form


FormDep = Annotated[KmForm, Depends(read_form)]
LogFormDep = Annotated[KmForm, Depends(read_log_form)]


def actor_of(user: User, on_behalf_of: str = "") -> Actor:
    """The actor of a KM change: the signed-in account, whatever the form says."""
    return account_actor(
        user_id=user.id,
        display_name=user.display_name or user.username,
        on_behalf_of=on_behalf_of,
    )


def today() -> dt.date:
    return dates.today()


def see_other(url: str, request: Request) -> Response:
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


def refused(
    request: Request, form: KmForm, exc: BadInput, *, log_id: int | None = None
) -> FormState:
    """The form again, as typed, with the service's messages by the fields."""
    lang = request_lang(request)
    return FormState(
        values=dict(form.values),
        errors=exc.field_texts(lang),
        message=exc.text(lang),
        log_id=log_id,
    )


def card_context(
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


def card(
    request: Request,
    session: Session,
    *,
    indicator_id: int,
    where: str,
    form: FormState | None = None,
    status_code: int = 200,
) -> Response:
    plan_id = overview.plan_id_of_indicator(session, indicator_id=indicator_id)
    view = overview.plan_view(session, plan_id=plan_id, today=today())
    ind = overview.find_indicator_view(view, indicator_id=indicator_id)
    ctx = card_context(view, ind, where=where, form=form)
    if form is not None:
        ctx["docs"] = docstore.list_documents(session)
    ctx["step"] = next(
        s for s in view.steps for a in s.activities for i in a.indicators if i.id == indicator_id
    )
    return render(
        request, "km/log_form.html", ctx, partial="km/_indicator_swap.html", status_code=status_code
    )


def where_of(value: object) -> str:
    return "step" if value == "step" else "dashboard"


PLAN_FIELDS = ("unit", "organisation", "fiscal_year", "km_goal", "deliverable")
ACTIVITY_FIELDS = ("description", "start", "end", "target_group", "responsible_unit")


def plan_fields(form: KmForm) -> dict[str, Any]:
    """The plan form's fields, as both the create and the edit form send them."""
    texts = {k: form.get(k) for k in PLAN_FIELDS if k != "fiscal_year"}
    return {**texts, "fiscal_year": fiscal_year(form)}


def plan_form(
    request: Request, *, plan_id: int | None, form: FormState, status_code: int = 200
) -> Response:
    return render(
        request,
        "km/plan_form.html",
        {"plan_id": plan_id, "form": form},
        partial="km/plan_form.html",
        status_code=status_code,
    )


def fiscal_year(form: KmForm) -> int:
    try:
        return int(fold_digits(form.get("fiscal_year")).strip())
    except ValueError:
        problem = msg("km.error.fiscal_year_number")
        raise BadInput(problem, fields={"fiscal_year": problem}) from None


def edit_forms(step: StepView) -> dict[str, FormState]:
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


def step_form_refused(
    request: Request,
    session: Session,
    plan_id: int,
    number: int,
    form_id: str,
    form: KmForm,
    exc: BadInput,
) -> Response:
    """The step page again, with the refused form open and its errors by the fields."""
    state = refused(request, form, exc)
    return step_page(
        request, session, plan_id=plan_id, number=number, failed=(form_id, state), status_code=422
    )


@dataclass(frozen=True)
class StepForm:
    """Where a form of the step page sends its reader: the step, the form's id
    (to open it again when refused) and the anchor to return to once saved."""

    plan_id: int
    number: int
    form_id: str
    anchor: str


def step_change(
    request: Request,
    session: Session,
    user: User,
    form: KmForm,
    where: StepForm,
    change: Callable[[Actor], object],
) -> Response:
    """Make one change from a form of the step page, as the signed-in account:
    back to the step when it is saved, else the step page with the form open
    again and its messages by the fields."""
    try:
        change(actor_of(user, form.on_behalf_of))
    except BadInput as exc:
        return step_form_refused(
            request, session, where.plan_id, where.number, where.form_id, form, exc
        )
    url = f"/km/plans/{where.plan_id}/steps/{where.number}{where.anchor}"
    return see_other(url, request)


def step_page(
    request: Request,
    session: Session,
    *,
    plan_id: int,
    number: int,
    failed: tuple[str, FormState] | None = None,
    status_code: int = 200,
) -> Response:
    """The step page; ``failed`` is the one form (by id) to show again with its errors."""
    view = overview.plan_view(session, plan_id=plan_id, today=today())
    step = next((s for s in view.steps if s.number == number), None)
    if step is None:
        raise NotFound(msg("km.error.step_not_in_plan", number=number, plan_id=plan_id))
    chart_of = {
        i.id: charts.line_chart(i, fiscal_year=view.fiscal_year)
        for a in step.activities
        for i in a.indicators
    }
    forms = edit_forms(step)
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


def step_of_activity(session: Session, activity_id: int) -> tuple[int, int]:
    act = service.get_activity(session, activity_id=activity_id)
    step = service.get_step(session, step_id=act.step_id)
    return step.plan_id, step.number


def keep_evidence(settings: Settings, form: KmForm) -> str | None:
    """Keep the form's evidence file (its type checked from its content) and put
    its stored name among the values; a file of a type not taken is reported
    next to its field."""
    if form.refused is not None:
        raise BadInput(form.refused.msg, fields={evidence.FIELD: form.refused.msg})
    if form.upload is None:
        return None
    name = evidence.keep(settings.data_dir, form.upload)
    form.values["evidence_file"] = name
    return name


def drop_evidence(settings: Settings, form: KmForm) -> None:
    """Delete the received file unless it was kept (a refused log, a failed request)."""
    if form.upload is not None:
        evidence.store(settings.data_dir).discard(form.upload.path)
        form.upload = None


def back_url(session: Session, indicator_id: int, where: str) -> str:
    plan_id = overview.plan_id_of_indicator(session, indicator_id=indicator_id)
    if where == "step":
        view = overview.plan_view(session, plan_id=plan_id, today=today())
        for s in view.steps:
            if any(i.id == indicator_id for a in s.activities for i in a.indicators):
                return f"/km/plans/{plan_id}/steps/{s.number}#indicator-{indicator_id}"
    return f"/km/plans/{plan_id}#indicator-{indicator_id}"


def log_values(log: ActivityLog, kind: rules.IndicatorType) -> dict[str, Any]:
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
