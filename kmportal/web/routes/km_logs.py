"""The KM activity logs (coordinators and admins): inline in their indicator's
card (htmx) — the card, the add and edit forms, saving and deleting — and the
evidence files that come with them, received through the streaming upload
receiver and served only as downloads. The actor is the signed-in account."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import FileResponse
from sqlmodel import Session
from starlette.responses import Response

from kmportal.auth.models import User
from kmportal.errors import BadInput, NotFound
from kmportal.km import indicator_service, logs
from kmportal.km import indicators as rules
from kmportal.km.audit import Actor
from kmportal.settings import Settings
from kmportal.uploads import evidence
from kmportal.web import km_forms as forms
from kmportal.web.deps import CoordinatorDep, DbDep, SettingsDep
from kmportal.web.km_forms import FormState, KmForm, LogFormDep
from kmportal.web.templating import is_htmx

router = APIRouter(include_in_schema=False)


@router.get("/km/indicators/{indicator_id}")
def indicator_card(
    request: Request, indicator_id: int, session: DbDep, where: str = "dashboard"
) -> Response:
    return forms.card(request, session, indicator_id=indicator_id, where=forms.where_of(where))


@router.get("/km/indicators/{indicator_id}/logs/new")
def new_log_page(
    request: Request, indicator_id: int, session: DbDep, where: str = "dashboard"
) -> Response:
    form = FormState(values={"date": forms.today().isoformat()})
    where = forms.where_of(where)
    return forms.card(request, session, indicator_id=indicator_id, where=where, form=form)


@router.get("/km/logs/{log_id}/edit")
def edit_log_page(request: Request, log_id: int, session: DbDep, where: str = "step") -> Response:
    log = logs.get_log(session, log_id=log_id)
    ind = indicator_service.get_indicator(session, indicator_id=log.indicator_id)
    state = FormState(values=forms.log_values(log, rules.IndicatorType(ind.type)), log_id=log_id)
    where = forms.where_of(where)
    return forms.card(request, session, indicator_id=log.indicator_id, where=where, form=state)


@router.post("/km/indicators/{indicator_id}/logs")
def add_log_form(
    request: Request,
    indicator_id: int,
    session: DbDep,
    settings: SettingsDep,
    user: CoordinatorDep,
    form: LogFormDep,
) -> Response:
    return _log_form(request, session, settings, user, form, indicator_id, log_id=None)


@router.post("/km/logs/{log_id}")
def edit_log_form(
    request: Request,
    log_id: int,
    session: DbDep,
    settings: SettingsDep,
    user: CoordinatorDep,
    form: LogFormDep,
) -> Response:
    try:
        indicator_id = logs.get_log(session, log_id=log_id).indicator_id
    except NotFound:
        forms.drop_evidence(settings, form)
        raise
    return _log_form(request, session, settings, user, form, indicator_id, log_id=log_id)


def _log_form(
    request: Request,
    session: Session,
    settings: Settings,
    user: User,
    form: KmForm,
    indicator_id: int,
    *,
    log_id: int | None,
) -> Response:
    """A new log of an indicator, or a change to (or the deletion of) a log; an
    evidence file comes with the form, through the streaming receiver."""
    where = forms.where_of(form.get("where"))
    kept = None
    try:
        actor = forms.actor_of(user, form.on_behalf_of)
        if log_id is not None and form.get("action") == "delete":
            logs.delete_log(session, log_id=log_id, actor=actor)
        else:
            kept = forms.keep_evidence(settings, form)
            _save_log(session, form, actor, indicator_id=indicator_id, log_id=log_id)
    except BaseException as exc:
        # Nothing of a refused or failed log stays on disk.
        if kept is not None:
            evidence.discard(settings.data_dir, kept)
        if not isinstance(exc, BadInput):
            raise
        state = forms.refused(request, form, exc, log_id=log_id)
        return forms.card(
            request, session, indicator_id=indicator_id, where=where, form=state, status_code=422
        )
    finally:
        forms.drop_evidence(settings, form)
    if not is_htmx(request):
        return forms.see_other(forms.back_url(session, indicator_id, where), request)
    return forms.card(request, session, indicator_id=indicator_id, where=where)


def _save_log(
    session: Session,
    form: KmForm,
    actor: Actor,
    *,
    indicator_id: int,
    log_id: int | None,
) -> None:
    today = forms.today()
    if log_id is None:
        logs.add_log(session, indicator_id=indicator_id, data=form.values, actor=actor, today=today)
    else:
        logs.update_log(session, log_id=log_id, data=form.values, actor=actor, today=today)


@router.get("/km/evidence/{name}")
def evidence_file(name: str, settings: SettingsDep) -> Response:
    path = evidence.evidence_path(settings.data_dir, name)
    # Always a download (and nosniff on every answer): an uploaded HTML or SVG
    # must never render on our origin.
    return FileResponse(
        path,
        filename=evidence.download_name(name),
        media_type="application/octet-stream",
        content_disposition_type="attachment",
    )
