"""The computation rules of kmportal.km.indicators, one behaviour per test."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kmportal.km import indicators as rules
from kmportal.km.indicators import (
    Comparison,
    IndicatorStatus,
    IndicatorType,
    StepStatus,
    TargetUnit,
)

RATE_TYPES = [t for t in IndicatorType if t is not IndicatorType.tally]


def test_no_logs_means_no_data_not_zero() -> None:
    assert rules.actual_value(IndicatorType.participation, []) is None
    assert rules.is_met(None, Comparison.gt, 70) is None
    assert rules.indicator_status(None) is IndicatorStatus.no_data
    assert rules.display_actual(IndicatorType.participation, None) == "ไม่มีข้อมูล"


def test_no_logs_for_a_count_is_no_data_too() -> None:
    assert rules.actual_value(IndicatorType.tally, []) is None


def test_invited_zero_gives_no_data_rather_than_a_rate() -> None:
    assert rules.actual_value(IndicatorType.participation, [(0, 0)]) is None
    assert rules.actual_value(IndicatorType.participation, [(0, 0), (0, 0)]) is None


def test_a_zero_denominator_log_does_not_dilute_other_logs() -> None:
    assert rules.actual_value(IndicatorType.participation, [(0, 0), (14, 18)]) == Fraction(1400, 18)


def test_rate_is_numerator_over_denominator_times_100() -> None:
    assert rules.actual_value(IndicatorType.participation, [(14, 18)]) == Fraction(700, 9)
    assert rules.actual_value(IndicatorType.accuracy, [(43, 50)]) == 86
    assert rules.actual_value(IndicatorType.coverage, [(9, 9)]) == 100


def test_several_logs_aggregate_by_summing_raw_counts_not_averaging_rates() -> None:
    value = rules.actual_value(IndicatorType.participation, [(10, 10), (5, 90)])
    assert value == 15  # 15 of 100 people; the mean of 100% and 5.6% would be 52.8%


def test_count_is_the_sum_of_counts() -> None:
    assert rules.actual_value(IndicatorType.tally, [(3, None), (4, None)]) == 7


def test_a_count_of_zero_is_data_not_missing() -> None:
    assert rules.actual_value(IndicatorType.tally, [(0, None)]) == 0


def test_display_rounds_half_up_to_one_decimal() -> None:
    assert rules.display_actual(IndicatorType.participation, Fraction(700, 9)) == "77.8%"
    assert rules.display_actual(IndicatorType.accuracy, Fraction(86)) == "86.0%"
    assert rules.display_actual(IndicatorType.coverage, Fraction(100)) == "100.0%"
    assert rules.display_rate(Fraction(1, 20)) == "0.1"  # 0.05 rounds up, not to even
    assert rules.display_rate(Fraction(2, 3)) == "0.7"


def test_met_compares_the_unrounded_value() -> None:
    just_below = Fraction(6999, 100) + Fraction(4, 1000)  # 69.994 shows as 70.0
    assert rules.display_rate(just_below) == "70.0"
    assert rules.is_met(just_below, Comparison.ge, 70) is False


def test_57_of_100_is_exactly_57_percent_where_floats_say_less() -> None:
    value = rules.actual_value(IndicatorType.participation, [(57, 100)])
    assert 57 / 100 * 100 < 57  # the float trap the exact arithmetic avoids
    assert rules.is_met(value, Comparison.ge, 57) is True
    assert rules.is_met(value, Comparison.eq, 57) is True


def test_11_of_20_is_exactly_55_percent_so_not_more_than_55() -> None:
    value = rules.actual_value(IndicatorType.participation, [(11, 20)])
    assert 11 / 20 * 100 > 55
    assert rules.is_met(value, Comparison.gt, 55) is False


@pytest.mark.parametrize(
    ("comparison", "expected"),
    [
        (Comparison.gt, [False, False, True]),
        (Comparison.ge, [False, True, True]),
        (Comparison.eq, [False, True, False]),
    ],
)
def test_each_comparison_against_a_target_of_80(
    comparison: Comparison, expected: list[bool]
) -> None:
    values = [Fraction(79), Fraction(80), Fraction(81)]
    assert [rules.is_met(v, comparison, 80) for v in values] == expected


def test_a_decimal_target_means_the_decimal_people_typed() -> None:
    assert rules.is_met(Fraction(801, 10), Comparison.ge, 80.1) is True
    assert rules.is_met(Fraction(801, 10), Comparison.eq, 80.1) is True


def test_the_bar_rates_meet_the_handbook_targets() -> None:
    meeting = rules.actual_value(IndicatorType.participation, [(14, 18)])
    check = rules.actual_value(IndicatorType.accuracy, [(43, 50)])
    delivery = rules.actual_value(IndicatorType.coverage, [(9, 9)])
    assert rules.is_met(meeting, Comparison.gt, 70) is True
    assert rules.is_met(check, Comparison.gt, 80) is True
    assert rules.is_met(delivery, Comparison.ge, 100) is True
    assert rules.is_met(check, Comparison.gt, 90) is False


def test_attended_more_than_invited_is_refused_in_thai() -> None:
    errors = rules.check_raw(IndicatorType.participation, 20, 18)
    assert {k: m.text("th") for k, m in errors.items()} == {
        "attended": "ผู้เข้าร่วม (20) มากกว่าผู้ได้รับเชิญ (18) ไม่ได้"
    }
    assert errors["attended"].text("en") == "attended (20) cannot be more than invited (18)"


def test_negative_raw_numbers_are_refused_per_field() -> None:
    errors = rules.check_raw(IndicatorType.accuracy, -1, -5)
    assert set(errors) == {"correct", "checked"}
    assert all("ติดลบ" in m.text("th") for m in errors.values())


def test_missing_raw_numbers_are_refused() -> None:
    assert set(rules.check_raw(IndicatorType.coverage, None, None)) == {"delivered", "required"}


def test_a_count_takes_no_denominator() -> None:
    assert rules.check_raw(IndicatorType.tally, 3, None) == {}
    assert "denominator" in rules.check_raw(IndicatorType.tally, 3, 5)


def test_valid_raw_numbers_pass() -> None:
    assert rules.check_raw(IndicatorType.participation, 0, 0) == {}
    assert rules.check_raw(IndicatorType.participation, 18, 18) == {}


def test_percentage_target_above_100_is_refused() -> None:
    msg = rules.check_target(IndicatorType.accuracy, TargetUnit.percent, 150)
    assert msg is not None and "0 ถึง 100" in msg.text("th")


def test_target_unit_must_fit_the_type() -> None:
    assert rules.check_target(IndicatorType.tally, TargetUnit.percent, 5) is not None
    assert rules.check_target(IndicatorType.coverage, TargetUnit.tally, 5) is not None
    assert rules.check_target(IndicatorType.tally, TargetUnit.tally, 2.5) is not None
    assert rules.check_target(IndicatorType.tally, TargetUnit.tally, 12) is None
    assert rules.check_target(IndicatorType.coverage, TargetUnit.percent, 100) is None


def test_negative_or_non_finite_targets_are_refused() -> None:
    assert rules.check_target(IndicatorType.accuracy, TargetUnit.percent, -1) is not None
    assert rules.check_target(IndicatorType.accuracy, TargetUnit.percent, float("nan")) is not None


@pytest.mark.parametrize("text", [">", ">=", "≥", "=", " ≥ ", "=>"])
def test_comparisons_are_read_as_people_type_them(text: str) -> None:
    assert rules.parse_comparison(text) in set(Comparison)


def test_an_unknown_comparison_is_refused_in_thai() -> None:
    with pytest.raises(ValueError, match="เงื่อนไขเปรียบเทียบ"):
        rules.parse_comparison("<")


def test_target_display_uses_the_plan_wording() -> None:
    assert rules.display_target(Comparison.gt, 70.0, TargetUnit.percent) == "> 70%"
    assert rules.display_target(Comparison.ge, 100.0, TargetUnit.percent) == "≥ 100%"
    assert rules.display_target(Comparison.eq, 12.0, TargetUnit.tally) == "= 12"


def test_progress_bar_of_a_count_is_its_share_of_the_target_capped_at_100() -> None:
    assert rules.progress_percent(IndicatorType.tally, Fraction(5), 10) == 50
    assert rules.progress_percent(IndicatorType.tally, Fraction(30), 10) == 100
    bar = rules.progress_percent(IndicatorType.participation, Fraction(700, 9), 70)
    assert bar == pytest.approx(77.78, abs=0.01)
    assert rules.progress_percent(IndicatorType.participation, None, 70) == 0


# --- step status ---------------------------------------------------------------

MAR = dt.date(2021, 3, 31)
APRIL_2021 = dt.date(2021, 4, 15)
FEB_2021 = dt.date(2021, 2, 15)


def test_step_without_logs_is_not_started_even_after_its_period() -> None:
    status = rules.step_status(
        indicators=[IndicatorStatus.no_data], n_logs=0, period_end=MAR, today=APRIL_2021
    )
    assert status is StepStatus.not_started


def test_step_with_all_targets_met_is_done_even_before_its_period_ends() -> None:
    status = rules.step_status(
        indicators=[IndicatorStatus.met], n_logs=1, period_end=MAR, today=FEB_2021
    )
    assert status is StepStatus.done


def test_step_with_a_missed_target_is_in_progress_until_its_period_ends() -> None:
    during = rules.step_status(
        indicators=[IndicatorStatus.not_met], n_logs=1, period_end=MAR, today=FEB_2021
    )
    after = rules.step_status(
        indicators=[IndicatorStatus.not_met], n_logs=1, period_end=MAR, today=APRIL_2021
    )
    assert (during, after) == (StepStatus.in_progress, StepStatus.done)


def test_step_with_an_indicator_still_without_data_is_in_progress() -> None:
    status = rules.step_status(
        indicators=[IndicatorStatus.met, IndicatorStatus.no_data],
        n_logs=1,
        period_end=MAR,
        today=APRIL_2021,
    )
    assert status is StepStatus.in_progress


def test_logs_with_only_zero_denominators_leave_a_step_in_progress() -> None:
    status = rules.step_status(
        indicators=[IndicatorStatus.no_data], n_logs=1, period_end=MAR, today=APRIL_2021
    )
    assert status is StepStatus.in_progress


# --- properties ----------------------------------------------------------------

pairs = st.integers(min_value=0, max_value=10_000).flatmap(
    lambda d: st.tuples(st.integers(min_value=0, max_value=d), st.just(d))
)
targets = st.integers(min_value=0, max_value=1000).map(lambda t: t / 10)  # 0.0–100.0, one decimal


@given(kind=st.sampled_from(RATE_TYPES), logs=st.lists(pairs, max_size=30))
def test_no_valid_logs_give_a_rate_outside_0_to_100(
    kind: IndicatorType, logs: list[tuple[int, int]]
) -> None:
    assert all(rules.check_raw(kind, n, d) == {} for n, d in logs)
    value = rules.actual_value(kind, logs)
    if value is not None:
        assert 0 <= value <= 100
        assert 0 <= rules.progress_percent(kind, value, 50) <= 100
        assert 0 <= float(rules.display_rate(value)) <= 100


@given(
    logs=st.lists(pairs, max_size=30),
    comparison=st.sampled_from(list(Comparison)),
    target=targets,
)
def test_met_agrees_with_integer_cross_multiplication(
    logs: list[tuple[int, int]], comparison: Comparison, target: float
) -> None:
    value = rules.actual_value(IndicatorType.participation, logs)
    met = rules.is_met(value, comparison, target)
    num = sum(n for n, _ in logs)
    den = sum(d for _, d in logs)
    if den == 0:
        assert met is None
        return
    # Independent oracle in integers: num/den*100 vs target/10 ⇔ num*1000 vs target10*den.
    lhs, rhs = num * 1000, round(target * 10) * den
    expected = {Comparison.gt: lhs > rhs, Comparison.ge: lhs >= rhs, Comparison.eq: lhs == rhs}
    assert met is expected[comparison]


@given(logs=st.lists(pairs, min_size=1, max_size=20))
def test_aggregate_is_total_numerator_over_total_denominator(
    logs: list[tuple[int, int]],
) -> None:
    value = rules.actual_value(IndicatorType.accuracy, logs)
    num = sum(n for n, _ in logs)
    den = sum(d for _, d in logs)
    assert value == (None if den == 0 else Fraction(num * 100, den))
