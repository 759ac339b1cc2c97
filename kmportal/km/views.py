"""Read models of a plan with everything computed: what the dashboard, the JSON
API and both exports show, built once by :func:`kmportal.km.service.plan_view`
so the four can never disagree."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, Field

from kmportal.km.indicators import (
    Comparison,
    IndicatorStatus,
    IndicatorType,
    StepStatus,
    TargetUnit,
)
from kmportal.km.models import ActivityLogPublic


class SeriesPoint(BaseModel):
    date: dt.date
    value: float | None = Field(description="ค่าสะสมหลังบันทึกนี้ (ผลรวมตัวเลขดิบถึงวันนั้น)")
    log_value: float | None = Field(description="ค่าของบันทึกนี้บันทึกเดียว")


class IndicatorView(BaseModel):
    id: int
    activity_id: int
    name: str
    type: IndicatorType
    type_th: str
    comparison: Comparison
    comparison_symbol: str
    target: float
    unit: TargetUnit
    target_display: str
    actual: float | None = Field(description="ค่าจริงปัดเป็นทศนิยม 1 ตำแหน่ง; null = ไม่มีข้อมูล")
    actual_exact: float | None = Field(description="ค่าจริงก่อนปัด (ใช้เทียบกับเป้าหมาย)")
    actual_display: str
    met: bool | None
    status: IndicatorStatus
    status_th: str
    numerator_total: int
    denominator_total: int | None
    numerator_name: str
    denominator_name: str | None
    numerator_th: str
    denominator_th: str | None
    n_logs: int
    progress: float = Field(description="ความยาวแถบความคืบหน้า 0–100")
    series: list[SeriesPoint]
    logs: list[ActivityLogPublic]


class ActivityView(BaseModel):
    id: int
    step_id: int
    description: str
    target_group: str
    responsible_unit: str
    period_start: dt.date
    period_end: dt.date
    start: str
    end: str
    period_th: str
    indicators: list[IndicatorView]


class StepView(BaseModel):
    id: int
    plan_id: int
    number: int
    name: str
    note: str
    status: StepStatus
    status_th: str
    period_start: dt.date | None
    period_end: dt.date | None
    period_th: str
    timeline_offset: int = Field(description="เดือนที่เริ่มนับจาก ต.ค. ของปีงบประมาณ (0–11)")
    timeline_span: int = Field(description="จำนวนเดือนในปีงบประมาณ (0–12)")
    n_logs: int
    activities: list[ActivityView]


class PlanView(BaseModel):
    id: int
    unit: str
    organisation: str
    fiscal_year: int
    km_goal: str
    deliverable: str
    today: dt.date
    fiscal_months_th: list[str]
    today_offset: float | None = Field(description="ตำแหน่งวันนี้บนเส้นเวลา (0–12) หรือ null")
    n_indicators: int
    n_met: int
    n_not_met: int
    n_no_data: int
    steps: list[StepView]


class Created(BaseModel):
    id: int


class ExampleLoaded(BaseModel):
    plan_id: int
    created: bool = Field(description="false: the plan was there already and is unchanged")


class LogSaved(BaseModel):
    log: ActivityLogPublic
    indicator: IndicatorView = Field(description="The indicator recomputed with the log")


class LogDeleted(BaseModel):
    deleted: int = Field(description="The deleted log's id")
    indicator: IndicatorView


class PlanSummary(BaseModel):
    id: int
    unit: str
    organisation: str
    fiscal_year: int
    km_goal: str
    n_indicators: int
    n_met: int
    n_logs: int
