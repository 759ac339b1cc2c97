"""The KM pages (coordinators and admins). Every query and rule lives in
:mod:`kmportal.km`; these routes read the request, call the service and render,
with the shared form and card helpers of :mod:`kmportal.web.km_forms`.

Every change is made by the signed-in account (``CoordinatorDep``); a form's
``on_behalf_of`` field is only a note of whom it was recorded for. Pages answer
htmx with fragments from the same URL (``templates/km/_*.html``). Nothing
changes on GET. Forms re-render with per-field messages (422); everything else
raises :mod:`kmportal.errors` exceptions for the portal's handler.
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from sqlmodel import Session
from starlette.responses import Response

from kmportal.auth.models import User
from kmportal.errors import BadInput
from kmportal.km import (
    audit,
    charts,
    export,
    indicator_service,
    overview,
    seed,
    service,
)
from kmportal.km.audit import Actor
from kmportal.km.models import (
    ActivityCreate,
    ActivityUpdate,
    IndicatorUpdate,
    PlanCreate,
    PlanUpdate,
)
from kmportal.messages import msg
from kmportal.thai import dates
from kmportal.web import km_forms as forms
from kmportal.web.deps import CoordinatorDep, DbDep
from kmportal.web.km_forms import FormDep, FormState, KmForm
from kmportal.web.templating import render

router = APIRouter(include_in_schema=False)


@router.get("/km")
def plans_page(request: Request, session: DbDep) -> Response:
    return render(
        request, "km/plans.html", {"plans": overview.list_plans(session)}, partial="km/_plans.html"
    )


@router.post("/km/example")
def load_example(request: Request, session: DbDep, user: CoordinatorDep) -> Response:
    result = seed.load_example(session, actor=forms.actor_of(user))
    return forms.see_other(f"/km/plans/{result.plan_id}", request)


# --- plans --------------------------------------------------------------------


@router.get("/km/plans/new")
def new_plan_page(request: Request) -> Response:
    return forms.plan_form(request, plan_id=None, form=FormState())


@router.get("/km/plans/{plan_id}/edit")
def edit_plan_page(request: Request, plan_id: int, session: DbDep) -> Response:
    plan = service.get_plan(session, plan_id=plan_id)
    values = {k: getattr(plan, k) for k in forms.PLAN_FIELDS}
    return forms.plan_form(request, plan_id=plan_id, form=FormState(values=values))


@router.post("/km/plans")
def create_plan_form(
    request: Request, session: DbDep, user: CoordinatorDep, form: FormDep
) -> Response:
    return _save_plan(request, session, user, form, plan_id=None)


@router.post("/km/plans/{plan_id}/edit")
def edit_plan_form(
    request: Request, plan_id: int, session: DbDep, user: CoordinatorDep, form: FormDep
) -> Response:
    return _save_plan(request, session, user, form, plan_id=plan_id)


def _save_plan(
    request: Request, session: Session, user: User, form: KmForm, *, plan_id: int | None
) -> Response:
    """A new plan (no ``plan_id``) or changes to one, from the same form."""
    try:
        actor = forms.actor_of(user, form.on_behalf_of)
        fields = forms.plan_fields(form)
        if plan_id is None:
            saved = service.create_plan(session, data=PlanCreate(**fields), actor=actor).id
        else:
            service.update_plan(session, plan_id=plan_id, data=PlanUpdate(**fields), actor=actor)
            saved = plan_id
    except BadInput as exc:
        state = forms.refused(request, form, exc)
        return forms.plan_form(request, plan_id=plan_id, form=state, status_code=422)
    return forms.see_other(f"/km/plans/{saved}", request)


@router.get("/km/plans/{plan_id}")
def dashboard_page(request: Request, plan_id: int, session: DbDep) -> Response:
    view = overview.plan_view(session, plan_id=plan_id, today=forms.today())
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


@router.get("/km/plans/{plan_id}/print")
def print_page(request: Request, plan_id: int, session: DbDep) -> Response:
    view = overview.plan_view(session, plan_id=plan_id, today=forms.today())
    context = {
        "plan": view,
        "headers": export.HEADERS,
        "rows": export.plan_rows(view),
        "lines": export.header_lines(view),
    }
    return render(request, "km/print.html", context)


@router.get("/km/plans/{plan_id}/export")
def export_plan(plan_id: int, session: DbDep, format: str = "xlsx") -> Response:
    view = overview.plan_view(session, plan_id=plan_id, today=forms.today())
    if format == "csv":
        data, media = export.to_csv(view), "text/csv; charset=utf-8"
    elif format == "xlsx":
        data = export.to_xlsx(view)
        media = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    else:
        raise BadInput(msg("km.error.export_format"))
    return _attachment(data, media, f"km-plan-{view.fiscal_year}-{plan_id}.{format}")


def _attachment(data: bytes | str, media_type: str, filename: str) -> Response:
    disposition = f'attachment; filename="{filename}"'
    return Response(data, media_type=media_type, headers={"Content-Disposition": disposition})


# --- steps, activities, indicators ---------------------------------------------


@router.get("/km/plans/{plan_id}/steps/{number}")
def step_page(request: Request, plan_id: int, number: int, session: DbDep) -> Response:
    return forms.step_page(request, session, plan_id=plan_id, number=number)


def _activity(form: KmForm) -> dict[str, str]:
    return {k: form.get(k) for k in forms.ACTIVITY_FIELDS}


@router.post("/km/plans/{plan_id}/steps/{number}/activities")
def add_activity_form(
    request: Request,
    plan_id: int,
    number: int,
    session: DbDep,
    user: CoordinatorDep,
    form: FormDep,
) -> Response:
    """A new activity, with its first indicator when one is named (both or neither)."""
    step_id = service.get_step_by_number(session, plan_id=plan_id, number=number).id or 0

    def add(actor: Actor) -> object:
        activity = ActivityCreate(**_activity(form))
        if not form.get("name").strip():
            return service.add_activity(session, step_id=step_id, data=activity, actor=actor)
        indicator = indicator_service.parse_indicator_payload(form.values)
        return indicator_service.add_activity_with_indicator(
            session, step_id=step_id, activity=activity, indicator=indicator, actor=actor
        )

    step = forms.StepForm(plan_id, number, "new-activity", "")
    return forms.step_change(request, session, user, form, step, add)


@router.post("/km/activities/{activity_id}/edit")
def edit_activity_form(
    request: Request, activity_id: int, session: DbDep, user: CoordinatorDep, form: FormDep
) -> Response:
    plan_id, number = forms.step_of_activity(session, activity_id)
    step = forms.StepForm(plan_id, number, f"activity-{activity_id}", f"#activity-{activity_id}")
    data = ActivityUpdate(**_activity(form))
    return forms.step_change(
        request,
        session,
        user,
        form,
        step,
        lambda actor: service.update_activity(
            session, activity_id=activity_id, data=data, actor=actor
        ),
    )


@router.post("/km/activities/{activity_id}/indicators")
def add_indicator_form(
    request: Request, activity_id: int, session: DbDep, user: CoordinatorDep, form: FormDep
) -> Response:
    plan_id, number = forms.step_of_activity(session, activity_id)
    where = forms.StepForm(
        plan_id, number, f"new-indicator-{activity_id}", f"#activity-{activity_id}"
    )

    def add(actor: Actor) -> object:
        data = indicator_service.parse_indicator_payload(form.values)
        return indicator_service.add_indicator(
            session, activity_id=activity_id, data=data, actor=actor
        )

    return forms.step_change(request, session, user, form, where, add)


@router.post("/km/indicators/{indicator_id}/edit")
def edit_indicator_form(
    request: Request, indicator_id: int, session: DbDep, user: CoordinatorDep, form: FormDep
) -> Response:
    ind = indicator_service.get_indicator(session, indicator_id=indicator_id)
    plan_id, number = forms.step_of_activity(session, ind.activity_id)
    where = forms.StepForm(
        plan_id, number, f"indicator-{indicator_id}", f"#indicator-{indicator_id}"
    )

    def change(actor: Actor) -> object:
        # Only name, comparison and target change here; type and unit stay.
        parsed = indicator_service.parse_indicator_payload(
            {**form.values, "type": ind.type, "unit": ind.unit}
        )
        data = IndicatorUpdate(name=parsed.name, comparison=parsed.comparison, target=parsed.target)
        return indicator_service.update_indicator(
            session, indicator_id=indicator_id, data=data, actor=actor
        )

    return forms.step_change(request, session, user, form, where, change)


# --- history ---------------------------------------------------------------------


@router.get("/km/history")
def history_page(
    request: Request, session: DbDep, entity: str | None = None, entity_id: int | None = None
) -> Response:
    entries = audit.list_audit(session, entity=entity or None, entity_id=entity_id)
    rows = [(dates.format_datetime(e.at), e) for e in entries]
    context = {"rows": rows, "entity": entity or ""}
    return render(request, "km/history.html", context, partial="km/_history.html")


@router.get("/km/history.csv")
def history_csv(session: DbDep, entity: str | None = None) -> Response:
    """The whole history with the account and the "on behalf of" text in their own columns."""
    entries = audit.list_audit(session, entity=entity or None, limit=1_000_000)
    return _attachment(audit.history_csv(entries), "text/csv; charset=utf-8", "km-history.csv")


@router.get("/km/km.css")
def stylesheet(request: Request) -> Response:
    response = render(request, "km/km.css", {})
    response.headers["Content-Type"] = "text/css; charset=utf-8"
    response.headers["Cache-Control"] = "public, max-age=300"
    return response
