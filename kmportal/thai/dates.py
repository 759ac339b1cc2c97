"""Dates as Thai readers write them: the Buddhist era, Thai month names,
Thailand time and the Thai fiscal year.

Storage rule: every date is stored in the Christian era (CE). The Buddhist era
(พ.ศ. = CE + 543) appears only at the edges: seed files, form fields for
months, and everything shown to people. Keeping one era in the database lets
SQLite compare dates as ISO strings and lets Python's ``date`` do the
arithmetic. A planned period (KM) is stored as two first-of-month dates.

The Thai fiscal year N (พ.ศ.) runs from October N-1 to September N.
"""

from __future__ import annotations

import calendar
import re
from datetime import UTC, date, datetime, timedelta, timezone

from pythainlp.util.date import thai_abbr_months, thai_full_months

from kmportal.thai.digits import fold_digits

BE_OFFSET = 543

MONTHS_ABBR: tuple[str, ...] = tuple(thai_abbr_months)  # ม.ค. ... ธ.ค.
MONTHS_FULL: tuple[str, ...] = tuple(thai_full_months)  # มกราคม ... ธันวาคม
ENGLISH_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

# A Buddhist-era year a plan can plausibly have; outside it the caller almost
# certainly typed a CE year (2021) or a typo.
MIN_BE_YEAR = 2500
MAX_BE_YEAR = 2700

_BE_MONTH = re.compile(r"^\s*(\d{4})-(\d{1,2})\s*$")
_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")

# Thailand keeps UTC+7 all year. "Today" decides whether a log date is in the
# future and whether a step's period is over; a server clock in UTC would be a
# day behind every morning before 07:00.
BANGKOK = timezone(timedelta(hours=7), "ICT")


def today() -> date:
    return datetime.now(BANGKOK).date()


def to_bangkok(moment: datetime) -> datetime:
    # SQLite hands datetimes back naive; they were stored in UTC.
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(BANGKOK)


def be_year(d: date) -> int:
    return d.year + BE_OFFSET


# --- reading ------------------------------------------------------------------


def month_start(be_year_: int, month: int) -> date:
    """The first day of ``month`` in Buddhist-era year ``be_year_``, as a CE date."""
    if not MIN_BE_YEAR <= be_year_ <= MAX_BE_YEAR:
        raise ValueError(f"ปี พ.ศ. {be_year_} ไม่อยู่ในช่วงที่รับได้ ({MIN_BE_YEAR}–{MAX_BE_YEAR})")
    if not 1 <= month <= 12:
        raise ValueError(f"เดือน {month} ไม่ถูกต้อง (ต้องเป็น 1–12)")
    return date(be_year_ - BE_OFFSET, month, 1)


def parse_be_month(text: str) -> date:
    """``"2564-03"`` (พ.ศ. year, month) → ``date(2021, 3, 1)``."""
    m = _BE_MONTH.match(text)
    if m is None:
        raise ValueError(f"รูปแบบเดือน '{text}' ไม่ถูกต้อง (ใช้ ปปปป-ดด เป็น พ.ศ. เช่น 2564-03)")
    return month_start(int(m.group(1)), int(m.group(2)))


def parse_date(value: object) -> date:
    """ISO ``YYYY-MM-DD``, Thai digits accepted; a year above 2400 is read as พ.ศ.
    (nothing the portal records is from CE 2400). Raises ValueError otherwise."""
    if isinstance(value, date):
        return value
    m = _ISO_DATE.fullmatch(fold_digits(str(value or "")).strip())
    if m is None:
        raise ValueError(value)
    y, mo, d = (int(g) for g in m.groups())
    if y > 2400:
        y -= BE_OFFSET
    return date(y, mo, d)


# --- writing ------------------------------------------------------------------


def format_be_month_key(d: date) -> str:
    """Inverse of :func:`parse_be_month`: ``date(2021, 3, 1)`` → ``"2564-03"``."""
    return f"{be_year(d):04d}-{d.month:02d}"


def format_month(d: date) -> str:
    return f"{MONTHS_ABBR[d.month - 1]} {be_year(d)}"


def format_period(start: date, end: date) -> str:
    """The handbook's style: ``มี.ค. 2564``, ``เม.ย. - พ.ค. 2564``."""
    if (start.year, start.month) == (end.year, end.month):
        return format_month(start)
    if start.year == end.year:
        return f"{MONTHS_ABBR[start.month - 1]} - {format_month(end)}"
    return f"{format_month(start)} - {format_month(end)}"


def format_date(d: date) -> str:
    """``10 มี.ค. 2564``: the short form, for tables."""
    return f"{d.day} {MONTHS_ABBR[d.month - 1]} {be_year(d)}"


def format_datetime(moment: datetime) -> str:
    """A stored UTC timestamp (SQLite returns it naive) as Thai local time, พ.ศ."""
    local = to_bangkok(moment)
    return f"{format_date(local.date())} {local:%H:%M}"


def be_date(moment: datetime, lang: str = "th") -> str:
    """``22 พฤศจิกายน พ.ศ. 2569`` (or ``22 November B.E. 2569``): the long form."""
    local = to_bangkok(moment)
    year = be_year(local)
    if lang == "en":
        return f"{local.day} {ENGLISH_MONTHS[local.month - 1]} B.E. {year}"
    return f"{local.day} {MONTHS_FULL[local.month - 1]} พ.ศ. {year}"


# --- months and the fiscal year -----------------------------------------------


def month_end(d: date) -> date:
    return date(d.year, d.month, calendar.monthrange(d.year, d.month)[1])


def fiscal_year_bounds(fiscal_year_be: int) -> tuple[date, date]:
    """First and last month (first-of-month CE dates) of Thai fiscal year N."""
    ce = fiscal_year_be - BE_OFFSET
    return date(ce - 1, 10, 1), date(ce, 9, 1)


def fiscal_months(fiscal_year_be: int) -> list[date]:
    """The twelve first-of-month dates of the fiscal year, October first."""
    first, _ = fiscal_year_bounds(fiscal_year_be)
    out = []
    y, m = first.year, first.month
    for _ in range(12):
        out.append(date(y, m, 1))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def month_index(fiscal_year_be: int, d: date) -> int:
    """0 for October of the fiscal year ... 11 for September; may fall outside 0–11."""
    first, _ = fiscal_year_bounds(fiscal_year_be)
    return (d.year - first.year) * 12 + (d.month - first.month)
