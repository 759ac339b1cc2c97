"""พ.ศ. ↔ CE, Thai month names and the Thai fiscal year (kmportal.thai.dates)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kmportal.thai import dates


def test_be_month_is_stored_as_first_of_month_in_ce() -> None:
    assert dates.parse_be_month("2564-03") == dt.date(2021, 3, 1)


@given(year=st.integers(2500, 2700), month=st.integers(1, 12))
def test_be_month_key_round_trips(year: int, month: int) -> None:
    key = f"{year:04d}-{month:02d}"
    assert dates.format_be_month_key(dates.parse_be_month(key)) == key


@pytest.mark.parametrize("text", ["2021-03", "2564-13", "2564-00", "มี.ค. 2564", ""])
def test_unreadable_or_ce_months_are_refused_in_thai(text: str) -> None:
    with pytest.raises(ValueError) as exc:
        dates.parse_be_month(text)
    assert any("\u0e00" <= ch <= "\u0e7f" for ch in str(exc.value))


def test_fiscal_year_2564_runs_october_2563_to_september_2564() -> None:
    first, last = dates.fiscal_year_bounds(2564)
    assert (first, last) == (dt.date(2020, 10, 1), dt.date(2021, 9, 1))
    assert dates.format_month(first) == "ต.ค. 2563"
    assert dates.format_month(last) == "ก.ย. 2564"


def test_fiscal_months_start_in_october_and_count_twelve() -> None:
    months = dates.fiscal_months(2564)
    assert len(months) == 12
    assert months[0] == dt.date(2020, 10, 1) and months[-1] == dt.date(2021, 9, 1)
    assert dates.month_index(2564, dt.date(2021, 3, 1)) == 5


def test_periods_read_like_the_handbook() -> None:
    mar, apr, may = dt.date(2021, 3, 1), dt.date(2021, 4, 1), dt.date(2021, 5, 1)
    assert dates.format_period(mar, mar) == "มี.ค. 2564"
    assert dates.format_period(apr, may) == "เม.ย. - พ.ค. 2564"
    assert dates.format_period(dt.date(2020, 12, 1), dt.date(2021, 1, 1)) == (
        "ธ.ค. 2563 - ม.ค. 2564"
    )


def test_dates_are_shown_in_buddhist_era() -> None:
    assert dates.format_date(dt.date(2021, 3, 15)) == "15 มี.ค. 2564"


def test_stored_utc_timestamps_are_shown_in_thai_local_time() -> None:
    late_evening_utc = dt.datetime(2021, 3, 9, 20, 30)  # naive, as SQLite returns it
    assert dates.format_datetime(late_evening_utc) == "10 มี.ค. 2564 03:30"


def test_month_names_are_pythainlps_in_calendar_order() -> None:
    assert len(dates.MONTHS_ABBR) == len(dates.MONTHS_FULL) == 12
    assert (dates.MONTHS_ABBR[0], dates.MONTHS_FULL[0]) == ("ม.ค.", "มกราคม")
    assert (dates.MONTHS_ABBR[9], dates.MONTHS_FULL[9]) == ("ต.ค.", "ตุลาคม")
    assert (dates.MONTHS_ABBR[11], dates.MONTHS_FULL[11]) == ("ธ.ค.", "ธันวาคม")


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("2021-03-10", dt.date(2021, 3, 10)),
        ("2564-03-10", dt.date(2021, 3, 10)),  # a พ.ศ. year
        ("๒๕๖๔-๐๓-๑๐", dt.date(2021, 3, 10)),  # in Thai digits
        (" 2021-3-9 ", dt.date(2021, 3, 9)),
        (dt.date(2020, 1, 2), dt.date(2020, 1, 2)),
    ],
)
def test_a_typed_date_is_read_in_either_era_and_either_digits(
    typed: object, expected: dt.date
) -> None:
    assert dates.parse_date(typed) == expected


@pytest.mark.parametrize("typed", ["", None, "10/03/2564", "2564-13-01", "2021-02-30", "มี.ค."])
def test_an_unreadable_date_is_refused(typed: object) -> None:
    with pytest.raises(ValueError):
        dates.parse_date(typed)


def test_today_is_the_date_in_thailand() -> None:
    now = dt.datetime.now(dates.BANGKOK)
    assert dates.today() in {now.date(), (now + dt.timedelta(seconds=1)).date()}
    assert dates.BANGKOK.utcoffset(None) == dt.timedelta(hours=7)
