"""Geometry of the server-side SVG charts."""

from __future__ import annotations

import datetime as dt

from kmportal.km import charts, overview
from kmportal.km.indicators import Comparison, IndicatorType, TargetUnit
from kmportal.km.models import ActivityLog, Indicator
from kmportal.km.views import IndicatorView


def _view(
    kind: IndicatorType,
    unit: TargetUnit,
    target: float,
    raw: list[tuple[int, int | None]],
    days: list[int],
) -> IndicatorView:
    ind = Indicator(
        id=1, activity_id=1, name="x", type=kind, comparison=Comparison.gt, target=target, unit=unit
    )
    logs = [
        ActivityLog(
            id=i + 1,
            indicator_id=1,
            date=dt.date(2021, 3, 1) + dt.timedelta(days=d),
            description="x",
            numerator=n,
            denominator=den,
            entered_by="x",
        )
        for i, ((n, den), d) in enumerate(zip(raw, days, strict=True))
    ]
    return overview.indicator_view(ind, logs)


def test_no_logs_draw_no_points() -> None:
    chart = charts.line_chart(
        _view(IndicatorType.participation, TargetUnit.percent, 70, [], []), fiscal_year=2564
    )
    assert chart.points == [] and chart.polyline == ""


def test_points_follow_the_running_rate_left_to_right_inside_the_plot() -> None:
    view = _view(IndicatorType.participation, TargetUnit.percent, 70, [(14, 18), (4, 12)], [0, 20])
    chart = charts.line_chart(view, fiscal_year=2564)
    (a, b) = chart.points
    assert chart.left <= a.x < b.x <= chart.right
    assert all(chart.top <= p.y <= chart.bottom for p in chart.points)
    assert b.y > a.y  # 60% after the second meeting sits lower than 77.8%
    assert a.label.endswith("77.8%") and b.label.endswith("60.0%")


def test_the_target_line_sits_at_the_target_share_of_the_height() -> None:
    view = _view(IndicatorType.accuracy, TargetUnit.percent, 80, [(43, 50)], [0])
    chart = charts.line_chart(view, fiscal_year=2564)
    expected = chart.bottom - (chart.bottom - chart.top) * 0.8
    assert abs(chart.target_y - expected) < 0.1


def test_a_count_scales_to_the_larger_of_target_and_value() -> None:
    view = _view(IndicatorType.tally, TargetUnit.tally, 5, [(8, None)], [0])
    chart = charts.line_chart(view, fiscal_year=2564)
    assert chart.y_max > 8 and chart.points[0].y > chart.top
    assert chart.target_y > chart.points[0].y  # the target (5) is below the value (8)
