"""Geometry for the small server-side SVG charts (no JavaScript, works offline).

Templates draw what these return; SVG presentation attributes carry the
numbers, so the pages need no inline ``style`` and stay within a strict CSP.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kmportal.km.views import IndicatorView
from kmportal.thai import dates


@dataclass(frozen=True)
class Point:
    x: float
    y: float
    label: str


@dataclass(frozen=True)
class LineChart:
    width: int
    height: int
    left: float
    right: float
    top: float
    bottom: float
    points: list[Point]
    polyline: str
    target_y: float
    y_max: float
    y_ticks: list[tuple[float, str]]
    x_ticks: list[tuple[float, str]]


def _x_of(d: dt.date, first: dt.date, last: dt.date, left: float, right: float) -> float:
    span = max((last - first).days, 1)
    return left + (right - left) * min(max((d - first).days / span, 0.0), 1.0)


def line_chart(
    ind: IndicatorView, *, fiscal_year: int, width: int = 320, height: int = 140
) -> LineChart:
    """The running actual value after each log, over the fiscal year, with the target."""
    left, right, top, bottom = 34.0, width - 8.0, 8.0, height - 26.0
    first, last_month = dates.fiscal_year_bounds(fiscal_year)
    last = dates.month_end(last_month)
    logged = [p.date for p in ind.series]
    if logged:
        first, last = min(first, min(logged)), max(last, max(logged))
    values = [p.value for p in ind.series if p.value is not None]
    y_max = 100.0 if ind.unit == "percent" else max([ind.target, *values, 1.0]) * 1.1

    def y_of(v: float) -> float:
        return bottom - (bottom - top) * (min(max(v, 0.0), y_max) / y_max)

    pts = [
        Point(
            round(_x_of(p.date, first, last, left, right), 1),
            round(y_of(p.value), 1),
            f"{dates.format_date(p.date)}: {p.value:.1f}{'%' if ind.unit == 'percent' else ''}",
        )
        for p in ind.series
        if p.value is not None
    ]
    y_ticks = [(round(y_of(v), 1), f"{v:g}") for v in (0.0, y_max / 2, y_max)]
    if ind.unit == "percent":
        y_ticks = [(round(y_of(v), 1), f"{v:g}%") for v in (0.0, 50.0, 100.0)]
    x_ticks = []
    for m in dates.fiscal_months(fiscal_year)[::3]:
        x_ticks.append(
            (round(_x_of(m, first, last, left, right), 1), dates.MONTHS_ABBR[m.month - 1])
        )
    return LineChart(
        width=width,
        height=height,
        left=left,
        right=right,
        top=top,
        bottom=bottom,
        points=pts,
        polyline=" ".join(f"{p.x},{p.y}" for p in pts),
        target_y=round(y_of(ind.target), 1),
        y_max=y_max,
        y_ticks=y_ticks,
        x_ticks=x_ticks,
    )
