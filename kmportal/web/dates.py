"""Dates as Thai readers expect them: Buddhist era (ค.ศ. + 543), Thai month names,
Thailand time (UTC+7 all year; no daylight saving)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

BANGKOK = timezone(timedelta(hours=7), "ICT")
BE_OFFSET = 543

THAI_MONTHS = (
    "มกราคม",
    "กุมภาพันธ์",
    "มีนาคม",
    "เมษายน",
    "พฤษภาคม",
    "มิถุนายน",
    "กรกฎาคม",
    "สิงหาคม",
    "กันยายน",
    "ตุลาคม",
    "พฤศจิกายน",
    "ธันวาคม",
)
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


def to_bangkok(dt: datetime) -> datetime:
    # SQLite hands datetimes back naive; they were stored in UTC.
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt.astimezone(BANGKOK)


def be_date(dt: datetime, lang: str = "th") -> str:
    """``22 พฤศจิกายน พ.ศ. 2569`` (or ``22 November B.E. 2569``)."""
    local = to_bangkok(dt)
    year = local.year + BE_OFFSET
    if lang == "en":
        return f"{local.day} {ENGLISH_MONTHS[local.month - 1]} B.E. {year}"
    return f"{local.day} {THAI_MONTHS[local.month - 1]} พ.ศ. {year}"
