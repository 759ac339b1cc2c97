"""Plan files in kmportal's own JSON format (``kmportal-km-plan/1``), and the
packaged example: the 2564 plan of กองยุทธศาสตร์และงบประมาณ, อบจ.ตาก.

Format: the plan fields (``unit``, ``organisation``, ``fiscal_year`` in พ.ศ.,
``km_goal``, ``deliverable``) and ``steps``: ``[{number, activities: [{description,
start, end, target_group, responsible_unit, indicators: [{name, type, comparison,
target, unit}]}]}]`` with ``start``/``end`` as พ.ศ. months ``"2564-03"``.
``source`` and ``notes`` are for people and ignored.

Loading is idempotent on the plan's natural key, unit + fiscal year: a plan
that already exists is left exactly as it is (with its logs), and the result
says so; nothing is duplicated.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from sqlmodel import Session, col, select

from kmportal.errors import BadInput
from kmportal.km import audit, indicator_service, service
from kmportal.km.audit import Actor
from kmportal.km.models import (
    Activity,
    ActivityCreate,
    Indicator,
    PlanCreate,
    Step,
)
from kmportal.messages import msg
from kmportal.thai import dates

FORMAT = "kmportal-km-plan/1"
EXAMPLE_NAME = "km-seed-tak-2564.json"


@dataclass(frozen=True)
class LoadResult:
    plan_id: int
    created: bool
    unit: str
    fiscal_year: int


def example_text() -> str:
    return (resources.files("kmportal") / "data" / EXAMPLE_NAME).read_text(encoding="utf-8")


def read_plan_file(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise BadInput(msg("km.error.file_not_found", path=str(path))) from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BadInput(msg("km.error.not_json", path=str(path), reason=str(exc))) from None
    if not isinstance(data, dict):
        raise BadInput(msg("km.error.not_a_plan", path=str(path)))
    return data


def load_plan_data(session: Session, *, data: dict[str, Any], actor: Actor) -> LoadResult:
    """Create the plan described by ``data`` in one transaction, unless it exists."""
    if data.get("format") != FORMAT:
        raise BadInput(msg("km.error.plan_format", expected=FORMAT, got=repr(data.get("format"))))
    try:
        plan_in = PlanCreate.model_validate(data)
    except ValueError as exc:
        raise BadInput(msg("km.error.plan_data", reason=str(exc))) from None
    existing = service.find_plan(session, unit=plan_in.unit, fiscal_year=plan_in.fiscal_year)
    if existing is not None:
        assert existing.id is not None
        return LoadResult(existing.id, False, existing.unit, existing.fiscal_year)
    with audit.atomic(session):
        plan = service.new_plan(session, data=plan_in, actor=actor)
        assert plan.id is not None
        steps = data.get("steps") or []
        if not isinstance(steps, list):
            raise BadInput(msg("km.error.steps_list"))
        for s in steps:
            try:
                number = int(s["number"])
            except (KeyError, TypeError, ValueError):
                raise BadInput(msg("km.error.step_number")) from None
            step = service.get_step_by_number(session, plan_id=plan.id, number=number)
            for a in s.get("activities") or []:
                try:
                    act_in = ActivityCreate.model_validate(a)
                except ValueError as exc:
                    raise BadInput(
                        msg("km.error.activity_data", number=number, reason=str(exc))
                    ) from None
                act = service.new_activity(
                    session, step=step, data=act_in, actor=actor, fiscal_year=plan.fiscal_year
                )
                for i in a.get("indicators") or []:
                    ind_in = indicator_service.parse_indicator_payload(i)
                    indicator_service.new_indicator(session, activity=act, data=ind_in, actor=actor)
        audit.record(
            session,
            actor=actor,
            action="load",
            entity="plan",
            entity_id=plan.id,
            after=json.dumps(
                {"format": FORMAT, "unit": plan.unit, "fiscal_year": plan.fiscal_year},
                ensure_ascii=False,
            ),
        )
        result = LoadResult(plan.id, True, plan.unit, plan.fiscal_year)
    return result


def load_plan_file(session: Session, *, path: Path, actor: Actor) -> LoadResult:
    return load_plan_data(session, data=read_plan_file(path), actor=actor)


def load_example(session: Session, *, actor: Actor) -> LoadResult:
    return load_plan_data(session, data=json.loads(example_text()), actor=actor)


def dump_plan(session: Session, *, plan_id: int) -> dict[str, Any]:
    """The plan's structure (no logs) in the same format, so it can be loaded elsewhere."""
    plan = service.get_plan(session, plan_id=plan_id)
    out: dict[str, Any] = {
        "format": FORMAT,
        "unit": plan.unit,
        "organisation": plan.organisation,
        "fiscal_year": plan.fiscal_year,
        "km_goal": plan.km_goal,
        "deliverable": plan.deliverable,
        "steps": [],
    }
    for step in session.exec(
        select(Step).where(Step.plan_id == plan_id).order_by(col(Step.number))
    ):
        acts = []
        for act in session.exec(
            select(Activity)
            .where(Activity.step_id == step.id)
            .order_by(col(Activity.position), col(Activity.id))
        ):
            inds = [
                {
                    "name": i.name,
                    "type": str(i.type),
                    "comparison": str(i.comparison),
                    "target": i.target,
                    "unit": str(i.unit),
                }
                for i in session.exec(
                    select(Indicator)
                    .where(Indicator.activity_id == act.id)
                    .order_by(col(Indicator.position), col(Indicator.id))
                )
            ]
            acts.append(
                {
                    "description": act.description,
                    "start": dates.format_be_month_key(act.period_start),
                    "end": dates.format_be_month_key(act.period_end),
                    "target_group": act.target_group,
                    "responsible_unit": act.responsible_unit,
                    "indicators": inds,
                }
            )
        out["steps"].append({"number": step.number, "activities": acts})
    return out
