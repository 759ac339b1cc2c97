"""How an indicator's actual value, met/not-met and a step's status are computed.

Pure functions only (no database), so every rule is testable on its own and the
dashboard, the API and both exports share one definition.

Aggregation rule — several logs for one indicator are combined by **summing the
raw counts**, never by averaging rates::

    rate  = Σ numerators ÷ Σ denominators × 100      (participation, accuracy,
                                                     coverage, completion)
    count = Σ counts                                  (count)

Two meetings, 10/10 and 5/90 attended, are 15/100 = 15 %, not the 52.8 % an
average of the two rates would claim: every invited person weighs the same.

* No logs at all, or a total denominator of 0 → no data (``None``,
  "ไม่มีข้อมูล"); a rate of 0/0 is not 0 %.
* Arithmetic is exact (``Fraction``): met/not-met compares the unrounded value
  with the target, so 11 of 20 is exactly 55 % and *not* "> 55 %", although
  ``11 / 20 * 100`` in floating point is 55.00000000000001.
* Display rounds half up to one decimal: 14/18 → 77.8 %.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from fractions import Fraction

from kmportal.messages import Message, msg

NO_DATA_TH = "ไม่มีข้อมูล"


class IndicatorType(StrEnum):
    participation = "participation"
    accuracy = "accuracy"
    coverage = "coverage"
    completion = "completion"
    # Member named tally: ``count`` would shadow ``str.count`` on a StrEnum.
    tally = "count"


class Comparison(StrEnum):
    gt = ">"
    ge = ">="
    eq = "="


class TargetUnit(StrEnum):
    percent = "percent"
    tally = "count"


class IndicatorStatus(StrEnum):
    met = "met"
    not_met = "not_met"
    no_data = "no_data"


class StepStatus(StrEnum):
    not_started = "not_started"
    in_progress = "in_progress"
    done = "done"


@dataclass(frozen=True)
class RawFields:
    """The names of a log's two raw numbers for one indicator type."""

    numerator: str
    denominator: str | None
    numerator_th: str
    denominator_th: str | None


RAW_FIELDS: dict[IndicatorType, RawFields] = {
    IndicatorType.participation: RawFields("attended", "invited", "ผู้เข้าร่วม", "ผู้ได้รับเชิญ"),
    IndicatorType.accuracy: RawFields("correct", "checked", "ถูกต้อง", "ตรวจสอบแล้ว"),
    IndicatorType.coverage: RawFields("delivered", "required", "ได้รับแล้ว", "ต้องได้รับ"),
    IndicatorType.completion: RawFields("done", "planned", "แล้วเสร็จ", "ตามแผน"),
    IndicatorType.tally: RawFields("count", None, "จำนวน", None),
}

TYPE_TH: dict[IndicatorType, str] = {
    IndicatorType.participation: "อัตราการเข้าร่วม",
    IndicatorType.accuracy: "ความถูกต้อง",
    IndicatorType.coverage: "ความครอบคลุม",
    IndicatorType.completion: "ความสำเร็จของงาน",
    IndicatorType.tally: "จำนวน",
}

COMPARISON_SYMBOL: dict[Comparison, str] = {
    Comparison.gt: ">",
    Comparison.ge: "≥",
    Comparison.eq: "=",
}

COMPARISON_TH: dict[Comparison, str] = {
    Comparison.gt: "มากกว่า",
    Comparison.ge: "ไม่น้อยกว่า",
    Comparison.eq: "เท่ากับ",
}

INDICATOR_STATUS_TH: dict[IndicatorStatus, str] = {
    IndicatorStatus.met: "บรรลุ",
    IndicatorStatus.not_met: "ไม่บรรลุ",
    IndicatorStatus.no_data: NO_DATA_TH,
}

STEP_STATUS_TH: dict[StepStatus, str] = {
    StepStatus.not_started: "ยังไม่เริ่ม",
    StepStatus.in_progress: "กำลังดำเนินการ",
    StepStatus.done: "เสร็จสิ้น",
}


def parse_comparison(text: str) -> Comparison:
    """Accepts the stored form and what people type: ``>``, ``>=``, ``≥``, ``=``."""
    t = text.strip().replace("≥", ">=").replace("=>", ">=")
    try:
        return Comparison(t)
    except ValueError:
        raise ValueError(f"เงื่อนไขเปรียบเทียบ '{text}' ไม่ถูกต้อง (ใช้ >, ≥ หรือ =)") from None


def unit_for(kind: IndicatorType) -> TargetUnit:
    return TargetUnit.tally if kind is IndicatorType.tally else TargetUnit.percent


def is_rate(kind: IndicatorType) -> bool:
    return kind is not IndicatorType.tally


def raw_label(name: str) -> Message:
    """A raw number's name in a message: ``km.raw.<name>`` (ผู้เข้าร่วม / attended)."""
    return msg(f"km.raw.{name}")


def check_raw(
    kind: IndicatorType, numerator: int | None, denominator: int | None
) -> dict[str, Message]:
    """Field name → message for every problem with one log's raw numbers."""
    f = RAW_FIELDS[kind]
    errors: dict[str, Message] = {}
    num = raw_label(f.numerator)
    if numerator is None:
        errors[f.numerator] = msg("km.error.required", label=num)
    elif numerator < 0:
        errors[f.numerator] = msg("km.error.negative", label=num)
    if f.denominator is None:
        if denominator is not None:
            errors["denominator"] = msg("km.error.count_has_no_denominator")
        return errors
    den = raw_label(f.denominator)
    if denominator is None:
        errors[f.denominator] = msg("km.error.required", label=den)
    elif denominator < 0:
        errors[f.denominator] = msg("km.error.negative", label=den)
    if not errors and numerator is not None and denominator is not None and numerator > denominator:
        errors[f.numerator] = msg(
            "km.error.num_over_den", num_label=num, num=numerator, den_label=den, den=denominator
        )
    return errors


def check_target(kind: IndicatorType, unit: TargetUnit, target: float) -> Message | None:
    """Why the target cannot be right for this kind of indicator, or None."""
    if unit is not unit_for(kind):
        return msg(f"km.error.unit_for_{kind.value}")
    if not math.isfinite(target) or target < 0:
        return msg("km.error.target_negative")
    if unit is TargetUnit.percent and target > 100:
        return msg("km.error.target_percent", target=f"{target:g}")
    if unit is TargetUnit.tally and target != int(target):
        return msg("km.error.target_whole")
    return None


@dataclass(frozen=True)
class Totals:
    numerator: int
    denominator: int | None
    n_logs: int


def totals(kind: IndicatorType, raw: Iterable[tuple[int, int | None]]) -> Totals:
    num = 0
    den = 0
    n = 0
    for numerator, denominator in raw:
        num += numerator
        den += denominator or 0
        n += 1
    return Totals(num, den if is_rate(kind) else None, n)


def actual_value(kind: IndicatorType, raw: Iterable[tuple[int, int | None]]) -> Fraction | None:
    """Exact actual value: a percentage for rate types, a sum for counts; None = no data."""
    t = totals(kind, raw)
    if t.n_logs == 0:
        return None
    if not is_rate(kind):
        return Fraction(t.numerator)
    if not t.denominator:
        return None
    return Fraction(t.numerator * 100, t.denominator)


def _exact(target: float | int | Fraction) -> Fraction:
    # str() first so a stored 80.1 means the decimal 80.1 people typed, not the
    # binary float nearest to it.
    return target if isinstance(target, Fraction) else Fraction(str(target))


def is_met(
    actual: Fraction | None, comparison: Comparison, target: float | int | Fraction
) -> bool | None:
    if actual is None:
        return None
    t = _exact(target)
    if comparison is Comparison.gt:
        return actual > t
    if comparison is Comparison.ge:
        return actual >= t
    return actual == t


def indicator_status(met: bool | None) -> IndicatorStatus:
    if met is None:
        return IndicatorStatus.no_data
    return IndicatorStatus.met if met else IndicatorStatus.not_met


def round_half_up(value: Fraction, places: int = 1) -> Fraction:
    scale = 10**places
    return Fraction(math.floor(value * scale + Fraction(1, 2)), scale)


def display_rate(value: Fraction) -> str:
    """Always one decimal, rounded half up: 14/18 → ``77.8``, 43/50 → ``86.0``."""
    return f"{float(round_half_up(value)):.1f}"


def display_target_number(target: float) -> str:
    """A target as written in the plan: ``70``, ``80.5``."""
    return str(int(target)) if float(target).is_integer() else f"{target:g}"


def display_actual(kind: IndicatorType, value: Fraction | None) -> str:
    if value is None:
        return NO_DATA_TH
    if is_rate(kind):
        return f"{display_rate(value)}%"
    return str(int(value))


def display_target(comparison: Comparison, target: float, unit: TargetUnit) -> str:
    suffix = "%" if unit is TargetUnit.percent else ""
    return f"{COMPARISON_SYMBOL[comparison]} {display_target_number(target)}{suffix}"


def progress_percent(kind: IndicatorType, value: Fraction | None, target: float) -> float:
    """Width of a progress bar, 0–100: the rate itself, or a count as a share of its target."""
    if value is None:
        return 0.0
    if is_rate(kind):
        return float(min(max(value, Fraction(0)), Fraction(100)))
    if target <= 0:
        return 100.0
    return float(min(value / _exact(target) * 100, Fraction(100)))


def step_status(
    *,
    indicators: Sequence[IndicatorStatus],
    n_logs: int,
    period_end: date | None,
    today: date,
) -> StepStatus:
    """Status of one step.

    * not started — nothing has been logged for any of its indicators;
    * done — every indicator has data, and either all are met or the planned
      period is over (a target met early is finished work; a miss can still be
      improved on until the last planned month ends);
    * in progress — anything in between.
    """
    if n_logs == 0:
        return StepStatus.not_started
    if indicators and all(s is not IndicatorStatus.no_data for s in indicators):
        all_met = all(s is IndicatorStatus.met for s in indicators)
        period_over = period_end is not None and today > period_end
        if all_met or period_over:
            return StepStatus.done
    return StepStatus.in_progress
