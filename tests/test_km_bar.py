"""The issue's bar, end to end through the app: load the seed plan, log the
real-world events, and see the same rates and verdicts on the dashboard, in the
API and in both exports."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from helpers.auth import sign_in
from helpers.web import StubService
from openpyxl import load_workbook

from kmportal.auth.models import Role
from kmportal.km import export
from kmportal.settings import Settings
from kmportal.web.app import create_app

# step → (raw numbers, actual shown, verdict); step 4 is a meeting that missed its target.
EVENTS = {
    1: ({"invited": "18", "attended": "14"}, "77.8%", "met", "บรรลุ"),
    2: ({"checked": "50", "correct": "43"}, "86.0%", "met", "บรรลุ"),
    6: ({"required": "9", "delivered": "9"}, "100.0%", "met", "บรรลุ"),
    4: ({"invited": "10", "attended": "6"}, "60.0%", "not_met", "ไม่บรรลุ"),
}


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    settings = Settings(data_dir=tmp_path_factory.mktemp("bar") / "data")
    app = create_app(settings, service=StubService())
    with TestClient(app) as c:
        sign_in(c, Role.coordinator)
        assert c.post("/km/example", follow_redirects=False).status_code == 303
        plan = c.get("/api/km/plans/1").json()
        for step, (raw, _, _, _) in EVENTS.items():
            ind_id = plan["steps"][step - 1]["activities"][0]["indicators"][0]["id"]
            r = c.post(
                f"/km/indicators/{ind_id}/logs",
                headers={"HX-Request": "true"},
                data={
                    "date": "2021-03-10",
                    "description": "ดำเนินการตามแผน",
                    "entered_by": "ผู้ประสานงาน KM",
                    "where": "dashboard",
                    **raw,
                },
            )
            assert r.status_code == 200, r.text
        yield c


def _card(html: str, step: int, plan: dict[str, object]) -> str:
    ind_id = plan["steps"][step - 1]["activities"][0]["indicators"][0]["id"]  # type: ignore[index]
    m = re.search(rf'<article[^>]*id="indicator-{ind_id}".*?</article>', html, re.S)
    assert m, f"no card for step {step}"
    return m.group(0)


@pytest.mark.parametrize("step", list(EVENTS))
def test_dashboard_shows_the_rate_and_verdict(client: TestClient, step: int) -> None:
    plan = client.get("/api/km/plans/1").json()
    card = _card(client.get("/km/plans/1").text, step, plan)
    _, shown, status, verdict = EVENTS[step]
    assert f'data-testid="actual">{shown}<' in card
    assert f'data-status="{status}"' in card
    assert f">{verdict}<" in card


def test_dashboard_summary_counts_three_met_and_one_not_met(client: TestClient) -> None:
    html = client.get("/km/plans/1").text
    assert "บรรลุ 3 · ไม่บรรลุ 1 · ไม่มีข้อมูล 3 จากตัวชี้วัด 7 ตัว" in html


@pytest.mark.parametrize("step", list(EVENTS))
def test_api_shows_the_rate_and_verdict(client: TestClient, step: int) -> None:
    ind = client.get("/api/km/plans/1").json()["steps"][step - 1]["activities"][0]["indicators"][0]
    _, shown, status, _ = EVENTS[step]
    assert f"{ind['actual']:.1f}%" == shown
    assert ind["actual_display"] == shown
    assert ind["met"] is (status == "met")


def _by_step(rows: list[list[object]]) -> dict[str, list[object]]:
    head = rows.index(list(export.HEADERS))
    out: dict[str, list[object]] = {}
    for r in rows[head + 1 :]:
        if not r or r[0] in (None, ""):
            break  # the plan table ends where the log table's preamble starts
        out[str(r[0])] = r
    return out


def test_csv_export_shows_the_rates_and_verdicts(client: TestClient) -> None:
    r = client.get("/km/plans/1/export", params={"format": "csv"})
    assert r.headers["content-type"].startswith("text/csv")
    assert 'filename="km-plan-2564-1.csv"' in r.headers["content-disposition"]
    text = r.content.decode("utf-8-sig")
    rows: list[list[object]] = [list(x) for x in csv.reader(io.StringIO(text))]
    by_step = _by_step(rows)
    for step, (_, shown, _, verdict) in EVENTS.items():
        assert str(by_step[str(step)][6]).startswith(shown)
        assert by_step[str(step)][7] == verdict


def test_xlsx_export_shows_the_rates_and_verdicts(client: TestClient) -> None:
    r = client.get("/km/plans/1/export", params={"format": "xlsx"})
    wb = load_workbook(io.BytesIO(r.content))
    rows = [list(x) for x in wb["แผน KM"].iter_rows(values_only=True)]
    by_step = _by_step(rows)
    for step, (_, shown, _, verdict) in EVENTS.items():
        assert str(by_step[str(step)][6]).startswith(shown)
        assert by_step[str(step)][7] == verdict


def test_print_page_shows_the_rates_and_verdicts(client: TestClient) -> None:
    html = client.get("/km/plans/1/print").text
    for _, shown, _, verdict in EVENTS.values():
        assert shown in html and verdict in html
