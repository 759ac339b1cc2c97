"""KM plan tables: Plan → Step (7, fixed) → Activity → Indicator → ActivityLog,
plus the append-only AuditEntry.

Each entity is a family: ``XBase`` (shared fields), ``X`` (the table),
``XCreate`` / ``XUpdate`` (what callers send: the JSON API's request bodies) and
``XPublic`` (what the API returns; the computed plan is in :mod:`.views`).

Who made a change is never part of what callers send: it is the signed-in
account (:class:`kmportal.km.audit.Actor`). Callers may add ``on_behalf_of``
(:class:`OnBehalfOf`), free text shown as "recorded on behalf of".

The CHECK constraints and triggers below are the last line of defence;
:mod:`kmportal.km.service` validates first and explains in Thai.

Dates are stored in CE (see :mod:`kmportal.thai.dates`): an activity's period
is two first-of-month dates; ``Plan.fiscal_year`` is the one year kept in พ.ศ.,
because that is how the unit names its plan and it never takes part in date
arithmetic in SQL.
"""

from __future__ import annotations

import datetime as dt
from datetime import UTC

from pydantic import AliasChoices, field_validator
from sqlalchemy import CheckConstraint, String, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from kmportal.km.indicators import Comparison, IndicatorType, TargetUnit, parse_comparison
from kmportal.tables import append_only, declare_trigger

STEP_NAMES: tuple[str, ...] = (
    "การบ่งชี้ความรู้",
    "การสร้างและแสวงหาความรู้",
    "การจัดความรู้ให้เป็นระบบ",
    "การประมวลและกลั่นกรองความรู้",
    "การเข้าถึงความรู้",
    "การแบ่งปันแลกเปลี่ยนความรู้",
    "การเรียนรู้",
)


def utcnow() -> dt.datetime:
    return dt.datetime.now(UTC)


def _sql_in(column: str, values: list[str]) -> str:
    quoted = ", ".join("'" + v.replace("'", "''") + "'" for v in values)
    return f"{column} IN ({quoted})"


MAX_ON_BEHALF = 200


class OnBehalfOf(SQLModel):
    """What every change request may add: whom it was recorded for."""

    on_behalf_of: str = Field(
        default="",
        max_length=MAX_ON_BEHALF,
        # ``entered_by`` is what the field was called when it named the actor.
        schema_extra={"validation_alias": AliasChoices("on_behalf_of", "entered_by")},
        description="บันทึกแทน (ถ้ามี) ข้อความเท่านั้น: ผู้ดำเนินการคือบัญชีที่เข้าสู่ระบบเสมอ",
    )


# --- Plan -------------------------------------------------------------------


class PlanBase(SQLModel):
    # Lengths are checked by the service, in Thai, next to the field.
    unit: str = Field(description="ส่วนราชการ")
    organisation: str = Field(default="", description="หน่วยงาน เช่น อบจ.ตาก")
    fiscal_year: int = Field(description="ปีงบประมาณ (พ.ศ.)")
    km_goal: str = Field(default="", description="เป้าหมาย KM")
    deliverable: str = Field(default="", description="หน่วยที่วัดผลได้เป็นรูปธรรม")


class Plan(PlanBase, table=True):
    # unit + fiscal year is the plan's natural key: what makes a seed load idempotent.
    __table_args__ = (
        UniqueConstraint("unit", "fiscal_year", name="uq_plan_unit_year"),
        CheckConstraint("length(trim(unit)) > 0", name="ck_plan_unit"),
        CheckConstraint("fiscal_year BETWEEN 2500 AND 2700", name="ck_plan_year_be"),
    )
    id: int | None = Field(default=None, primary_key=True)
    created_at: dt.datetime = Field(default_factory=utcnow)
    updated_at: dt.datetime = Field(default_factory=utcnow)


class PlanCreate(PlanBase, OnBehalfOf):
    pass


class PlanUpdate(OnBehalfOf):
    unit: str | None = None
    organisation: str | None = None
    fiscal_year: int | None = None
    km_goal: str | None = None
    deliverable: str | None = None


# --- Step -------------------------------------------------------------------


class StepBase(SQLModel):
    number: int = Field(description="ขั้นที่ 1–7")
    note: str = Field(default="", description="ข้อสังเกตของผู้ประสานงาน")


_STEP_NAME_CHECK = " OR ".join(
    f"(number = {i} AND name = '{name}')" for i, name in enumerate(STEP_NAMES, start=1)
)


class Step(StepBase, table=True):
    __table_args__ = (
        UniqueConstraint("plan_id", "number", name="uq_step_plan_number"),
        CheckConstraint("number BETWEEN 1 AND 7", name="ck_step_number"),
        CheckConstraint(_STEP_NAME_CHECK, name="ck_step_name"),
    )
    id: int | None = Field(default=None, primary_key=True)
    plan_id: int = Field(foreign_key="plan.id", index=True, ondelete="CASCADE")
    name: str


# --- Activity ---------------------------------------------------------------


class ActivityBase(SQLModel):
    description: str = Field(description="กิจกรรม")
    target_group: str = Field(default="", description="กลุ่มเป้าหมาย")
    responsible_unit: str = Field(default="", description="ผู้รับผิดชอบ")


class Activity(ActivityBase, table=True):
    __table_args__ = (
        CheckConstraint("length(trim(description)) > 0", name="ck_activity_description"),
        CheckConstraint("period_start <= period_end", name="ck_activity_period_order"),
        CheckConstraint(
            "strftime('%d', period_start) = '01' AND strftime('%d', period_end) = '01'",
            name="ck_activity_period_months",
        ),
    )
    id: int | None = Field(default=None, primary_key=True)
    step_id: int = Field(foreign_key="step.id", index=True, ondelete="CASCADE")
    position: int = 0
    period_start: dt.date = Field(description="เดือนแรก (วันที่ 1, ค.ศ.)")
    period_end: dt.date = Field(description="เดือนสุดท้าย (วันที่ 1, ค.ศ.)")


class ActivityCreate(ActivityBase, OnBehalfOf):
    start: str = Field(description="เดือนเริ่ม พ.ศ. รูปแบบ ปปปป-ดด เช่น 2564-03")
    end: str = Field(description="เดือนสิ้นสุด พ.ศ. รูปแบบ ปปปป-ดด")


class ActivityUpdate(OnBehalfOf):
    description: str | None = None
    target_group: str | None = None
    responsible_unit: str | None = None
    start: str | None = None
    end: str | None = None


# --- Indicator --------------------------------------------------------------


class IndicatorBase(SQLModel):
    name: str = Field(description="ตัวชี้วัด")
    type: IndicatorType = Field(sa_type=String(16))
    comparison: Comparison = Field(sa_type=String(2))
    target: float
    unit: TargetUnit = Field(sa_type=String(8))


class Indicator(IndicatorBase, table=True):
    __table_args__ = (
        CheckConstraint("length(trim(name)) > 0", name="ck_indicator_name"),
        CheckConstraint(
            _sql_in("type", [t.value for t in IndicatorType]), name="ck_indicator_type"
        ),
        CheckConstraint(
            _sql_in("comparison", [c.value for c in Comparison]), name="ck_indicator_comparison"
        ),
        CheckConstraint(_sql_in("unit", [u.value for u in TargetUnit]), name="ck_indicator_unit"),
        CheckConstraint("(type = 'count') = (unit = 'count')", name="ck_indicator_type_unit"),
        CheckConstraint("target >= 0", name="ck_indicator_target_nonneg"),
        CheckConstraint("unit <> 'percent' OR target <= 100", name="ck_indicator_target_pct"),
    )
    id: int | None = Field(default=None, primary_key=True)
    activity_id: int = Field(foreign_key="activity.id", index=True, ondelete="CASCADE")
    position: int = 0


class IndicatorCreate(IndicatorBase):
    """A checked indicator, as the service stores it (see :class:`IndicatorIn`)."""


class IndicatorIn(OnBehalfOf):
    """A new indicator as people write it: ``≥`` for ``>=``, ``%`` for percent,
    a target like ``"80%"`` or in Thai digits. Checked into an
    :class:`IndicatorCreate` by :func:`kmportal.km.service.parse_indicator_payload`."""

    name: str = Field(description="ตัวชี้วัด")
    type: IndicatorType = Field(description="participation, accuracy, coverage, completion, count")
    comparison: str = Field(description="> , >= (หรือ ≥) หรือ =")
    target: float | str = Field(description='ค่าเป้าหมาย เช่น 80 หรือ "80%"')
    unit: str | None = Field(default=None, description="percent (%) หรือ count; ว่าง = ตามประเภท")


class IndicatorUpdate(OnBehalfOf):
    name: str | None = None
    type: IndicatorType | None = None
    comparison: Comparison | None = Field(default=None, description="> , >= (หรือ ≥) หรือ =")
    target: float | None = None
    unit: TargetUnit | None = None

    @field_validator("comparison", mode="before")
    @classmethod
    def _written_comparison(cls, value: object) -> object:
        return parse_comparison(value) if isinstance(value, str) else value


# --- ActivityLog ------------------------------------------------------------


class ActivityLogBase(SQLModel):
    date: dt.date = Field(description="วันที่ดำเนินการ (ค.ศ. ในฐานข้อมูล)")
    description: str = Field(description="สิ่งที่เกิดขึ้น")
    numerator: int = Field(description="ผู้เข้าร่วม / ถูกต้อง / ได้รับแล้ว / แล้วเสร็จ / จำนวน")
    denominator: int | None = Field(
        default=None, description="ผู้ได้รับเชิญ / ตรวจสอบแล้ว / ต้องได้รับ / ตามแผน; ว่างสำหรับแบบนับจำนวน"
    )
    note: str = ""
    evidence_url: str = Field(default="", description="ลิงก์หลักฐาน เช่น เอกสารในคลังความรู้")


class ActivityLogRecorded(ActivityLogBase):
    """What the portal adds to a log: the evidence file it stored and who recorded it."""

    evidence_file: str = Field(default="", description="ชื่อไฟล์หลักฐานที่อัปโหลดไว้ (ระบบตั้งชื่อ)")
    entered_by: str = Field(description="ผู้บันทึก: ชื่อบัญชีที่เข้าสู่ระบบ (บันทึกก่อนมีบัญชีผู้ใช้: ชื่อที่พิมพ์ไว้)")
    entered_by_id: int | None = Field(
        default=None, description="หมายเลขบัญชีผู้บันทึก; ว่างสำหรับบันทึกก่อนมีบัญชีผู้ใช้"
    )
    on_behalf_of: str = Field(default="", description="บันทึกแทน (ข้อความที่พิมพ์ ถ้ามี)")


class ActivityLog(ActivityLogRecorded, table=True):
    __table_args__ = (
        CheckConstraint("numerator >= 0", name="ck_log_numerator_nonneg"),
        CheckConstraint(
            "denominator IS NULL OR denominator >= 0", name="ck_log_denominator_nonneg"
        ),
        CheckConstraint(
            "denominator IS NULL OR numerator <= denominator", name="ck_log_num_le_den"
        ),
        CheckConstraint("length(trim(entered_by)) > 0", name="ck_log_entered_by"),
        CheckConstraint("length(trim(description)) > 0", name="ck_log_description"),
    )
    id: int | None = Field(default=None, primary_key=True)
    indicator_id: int = Field(foreign_key="indicator.id", index=True, ondelete="CASCADE")
    created_at: dt.datetime = Field(default_factory=utcnow)
    updated_at: dt.datetime = Field(default_factory=utcnow)


class _RawNumbers(SQLModel):
    """A log's two raw numbers, under the names of its indicator's type (or
    ``numerator``/``denominator`` for any type)."""

    numerator: int | None = None
    denominator: int | None = None
    invited: int | None = Field(default=None, description="participation: ผู้ได้รับเชิญ")
    attended: int | None = Field(default=None, description="participation: ผู้เข้าร่วม")
    checked: int | None = Field(default=None, description="accuracy: ตรวจสอบแล้ว")
    correct: int | None = Field(default=None, description="accuracy: ถูกต้อง")
    required: int | None = Field(default=None, description="coverage: ต้องได้รับ")
    delivered: int | None = Field(default=None, description="coverage: ได้รับแล้ว")
    planned: int | None = Field(default=None, description="completion: ตามแผน")
    done: int | None = Field(default=None, description="completion: แล้วเสร็จ")
    count: int | None = Field(default=None, description="count: จำนวน")


class ActivityLogCreate(_RawNumbers, OnBehalfOf):
    """A new log, e.g. ``{"date": "2564-03-10", "invited": 18, "attended": 14,
    "description": "ประชุม"}``; the indicator's type says which numbers it needs."""

    date: str = Field(description="วันที่ดำเนินการ ปปปป-ดด-วว (ค.ศ. หรือ พ.ศ.)")
    description: str = Field(description="สิ่งที่ดำเนินการ")
    note: str = ""
    evidence_url: str = Field(default="", description="ลิงก์หลักฐาน: http(s):// หรือ /docs/...")


class ActivityLogUpdate(_RawNumbers, OnBehalfOf):
    """The fields to change; those left out keep their value."""

    date: str | None = Field(default=None, description="ปปปป-ดด-วว (ค.ศ. หรือ พ.ศ.)")
    description: str | None = None
    note: str | None = None
    evidence_url: str | None = None


class ActivityLogPublic(ActivityLogRecorded):
    id: int
    indicator_id: int
    raw: dict[str, int | None] = Field(
        default_factory=dict, description="ตัวเลขดิบตามชื่อของประเภทตัวชี้วัด เช่น invited/attended"
    )


# --- AuditEntry -------------------------------------------------------------


class AuditEntryBase(SQLModel):
    actor: str = Field(description="ผู้ดำเนินการ: ชื่อบัญชี (รายการก่อนมีบัญชีผู้ใช้: ชื่อที่พิมพ์ไว้)")
    actor_id: int | None = Field(
        default=None, description="หมายเลขบัญชีผู้ดำเนินการ; ว่าง = ชื่อที่พิมพ์ หรือคำสั่ง CLI"
    )
    on_behalf_of: str = Field(default="", description="บันทึกแทน (ข้อความที่พิมพ์ ถ้ามี)")
    action: str = Field(description="create / update / delete / load")
    entity: str = Field(description="plan / step / activity / indicator / log")
    entity_id: int | None = None
    before: str | None = Field(default=None, sa_type=Text, description="JSON ก่อนเปลี่ยน")
    after: str | None = Field(default=None, sa_type=Text, description="JSON หลังเปลี่ยน")


class AuditEntry(AuditEntryBase, table=True):
    id: int | None = Field(default=None, primary_key=True)
    at: dt.datetime = Field(default_factory=utcnow, index=True)


# No AuditEntryUpdate on purpose: the trail is append-only, and the triggers
# declared below make the database refuse an UPDATE or DELETE whoever asks.


class AuditEntryPublic(AuditEntryBase):
    id: int
    at: dt.datetime


append_only(
    AuditEntry.__table__,  # type: ignore[attr-defined]
    message="ประวัติการแก้ไขเป็นแบบเพิ่มได้อย่างเดียว",
)

# A log's raw numbers must fit its indicator's type: a count has no
# denominator, a rate always has one. The indicator lives in another table,
# so a CHECK cannot see it; a trigger can.
for _verb in ("INSERT", "UPDATE"):
    declare_trigger(
        ActivityLog.__table__,  # type: ignore[attr-defined]
        f"activitylog_shape_{_verb.lower()}",
        # nosec B608: _verb is one of the two literals above, no outside input.
        f"BEFORE {_verb} ON activitylog "  # nosec B608
        "WHEN ((SELECT type FROM indicator WHERE id = NEW.indicator_id) = 'count') "
        "<> (NEW.denominator IS NULL) "
        "BEGIN SELECT RAISE(ABORT, 'ตัวเลขดิบไม่ตรงกับประเภทตัวชี้วัด'); END",
    )
