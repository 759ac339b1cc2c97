"""The plan with everything computed (:class:`~kmportal.km.views.PlanView`):
built once here so the dashboard, the API and both exports cannot disagree."""

from __future__ import annotations

import datetime as dt

from sqlmodel import Session, col, select

from kmportal.errors import NotFound
from kmportal.km import indicators as rules
from kmportal.km.indicator_service import get_indicator
from kmportal.km.indicators import Comparison, IndicatorType, TargetUnit
from kmportal.km.logs import log_public, logs_of
from kmportal.km.models import Activity, ActivityLog, Indicator, Plan, Step
from kmportal.km.service import get_activity, get_plan, get_step
from kmportal.km.views import (
    ActivityView,
    IndicatorView,
    PlanSummary,
    PlanView,
    SeriesPoint,
    StepView,
)
from kmportal.messages import msg
from kmportal.thai import dates


def list_plans(session: Session) -> list[PlanSummary]:
    plans = session.exec(select(Plan).order_by(col(Plan.fiscal_year).desc(), col(Plan.unit))).all()
    out = []
    for p in plans:
        assert p.id is not None
        view = plan_view(session, plan_id=p.id, today=dates.today())
        out.append(
            PlanSummary(
                **p.model_dump(include={"id", "unit", "organisation", "fiscal_year", "km_goal"}),
                n_indicators=view.n_indicators,
                n_met=view.n_met,
                n_logs=sum(s.n_logs for s in view.steps),
            )
        )
    return out


# --- the computed view --------------------------------------------------------


def indicator_view(ind: Indicator, logs: list[ActivityLog]) -> IndicatorView:
    kind = IndicatorType(ind.type)
    comparison = Comparison(ind.comparison)
    unit = TargetUnit(ind.unit)
    raw = [(x.numerator, x.denominator) for x in logs]
    value = rules.actual_value(kind, raw)
    met = rules.is_met(value, comparison, ind.target)
    status = rules.indicator_status(met)
    t = rules.totals(kind, raw)
    f = rules.RAW_FIELDS[kind]
    series: list[SeriesPoint] = []
    for i, x in enumerate(logs):
        running = rules.actual_value(kind, raw[: i + 1])
        single = rules.actual_value(kind, raw[i : i + 1])
        series.append(
            SeriesPoint(
                date=x.date,
                value=None if running is None else float(running),
                log_value=None if single is None else float(single),
            )
        )
    assert ind.id is not None
    return IndicatorView(
        id=ind.id,
        activity_id=ind.activity_id,
        name=ind.name,
        type=kind,
        type_th=rules.TYPE_TH[kind],
        comparison=comparison,
        comparison_symbol=rules.COMPARISON_SYMBOL[comparison],
        target=ind.target,
        unit=unit,
        target_display=rules.display_target(comparison, ind.target, unit),
        actual=None if value is None else float(rules.round_half_up(value)),
        actual_exact=None if value is None else float(value),
        actual_display=rules.display_actual(kind, value),
        met=met,
        status=status,
        status_th=rules.INDICATOR_STATUS_TH[status],
        numerator_total=t.numerator,
        denominator_total=t.denominator,
        numerator_name=f.numerator,
        denominator_name=f.denominator,
        numerator_th=f.numerator_th,
        denominator_th=f.denominator_th,
        n_logs=t.n_logs,
        progress=rules.progress_percent(kind, value, ind.target),
        series=series,
        logs=[log_public(x, kind) for x in logs],
    )


def _timeline(fiscal_year: int, start: dt.date | None, end: dt.date | None) -> tuple[int, int]:
    if start is None or end is None:
        return 0, 0
    a = max(0, min(12, dates.month_index(fiscal_year, start)))
    b = max(0, min(12, dates.month_index(fiscal_year, end) + 1))
    return a, max(0, b - a)


def plan_view(session: Session, *, plan_id: int, today: dt.date | None = None) -> PlanView:
    """The whole plan with every actual value, met flag and status computed."""
    today = today or dates.today()
    plan = get_plan(session, plan_id=plan_id)
    steps = session.exec(
        select(Step).where(Step.plan_id == plan_id).order_by(col(Step.number))
    ).all()
    step_views: list[StepView] = []
    for step in steps:
        acts = session.exec(
            select(Activity)
            .where(Activity.step_id == step.id)
            .order_by(col(Activity.position), col(Activity.id))
        ).all()
        act_views: list[ActivityView] = []
        statuses: list[rules.IndicatorStatus] = []
        n_logs = 0
        for act in acts:
            inds = session.exec(
                select(Indicator)
                .where(Indicator.activity_id == act.id)
                .order_by(col(Indicator.position), col(Indicator.id))
            ).all()
            ind_views = []
            for ind in inds:
                assert ind.id is not None
                iv = indicator_view(ind, logs_of(session, indicator_id=ind.id))
                statuses.append(iv.status)
                n_logs += iv.n_logs
                ind_views.append(iv)
            assert act.id is not None
            act_views.append(
                ActivityView(
                    **act.model_dump(exclude={"position"}),
                    start=dates.format_be_month_key(act.period_start),
                    end=dates.format_be_month_key(act.period_end),
                    period_th=dates.format_period(act.period_start, act.period_end),
                    indicators=ind_views,
                )
            )
        p_start = min((a.period_start for a in acts), default=None)
        p_end = max((a.period_end for a in acts), default=None)
        status = rules.step_status(
            indicators=statuses,
            n_logs=n_logs,
            period_end=None if p_end is None else dates.month_end(p_end),
            today=today,
        )
        offset, span = _timeline(plan.fiscal_year, p_start, p_end)
        assert step.id is not None
        step_views.append(
            StepView(
                id=step.id,
                plan_id=plan_id,
                number=step.number,
                name=step.name,
                note=step.note,
                status=status,
                status_th=rules.STEP_STATUS_TH[status],
                period_start=p_start,
                period_end=p_end,
                period_th=""
                if p_start is None or p_end is None
                else dates.format_period(p_start, p_end),
                timeline_offset=offset,
                timeline_span=span,
                n_logs=n_logs,
                activities=act_views,
            )
        )
    all_status = [i.status for s in step_views for a in s.activities for i in a.indicators]
    idx = dates.month_index(plan.fiscal_year, today)
    today_offset = None
    if 0 <= idx < 12:
        today_offset = idx + (today.day - 1) / dates.month_end(today).day
    assert plan.id is not None
    return PlanView(
        id=plan.id,
        unit=plan.unit,
        organisation=plan.organisation,
        fiscal_year=plan.fiscal_year,
        km_goal=plan.km_goal,
        deliverable=plan.deliverable,
        today=today,
        fiscal_months_th=[
            dates.MONTHS_ABBR[m.month - 1] for m in dates.fiscal_months(plan.fiscal_year)
        ],
        today_offset=today_offset,
        n_indicators=len(all_status),
        n_met=sum(s is rules.IndicatorStatus.met for s in all_status),
        n_not_met=sum(s is rules.IndicatorStatus.not_met for s in all_status),
        n_no_data=sum(s is rules.IndicatorStatus.no_data for s in all_status),
        steps=step_views,
    )


def find_indicator_view(view: PlanView, *, indicator_id: int) -> IndicatorView:
    for s in view.steps:
        for a in s.activities:
            for i in a.indicators:
                if i.id == indicator_id:
                    return i
    raise NotFound(msg("km.error.indicator_not_found", id=indicator_id))


def plan_id_of_indicator(session: Session, *, indicator_id: int) -> int:
    ind = get_indicator(session, indicator_id=indicator_id)
    act = get_activity(session, activity_id=ind.activity_id)
    return get_step(session, step_id=act.step_id).plan_id
