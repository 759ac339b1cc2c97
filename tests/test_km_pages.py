"""The KM pages: full page or htmx fragment from one URL, forms that explain
themselves next to the field, no state change on GET, nothing a strict CSP
would block."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from helpers.auth import create_account, sign_in
from sqlmodel import Session

from kmportal.auth.models import Role
from kmportal.db import make_engine
from kmportal.messages.km import STRINGS
from kmportal.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
HX = {"HX-Request": "true"}


@pytest.fixture(autouse=True)
def _coordinator(client: TestClient) -> None:
    sign_in(client, Role.coordinator)


@pytest.fixture
def plan_id(client: TestClient) -> int:
    r = client.post("/km/example", follow_redirects=False)
    assert r.status_code == 303
    return int(r.headers["location"].rsplit("/", 1)[1])


def _first_indicator(client: TestClient, plan_id: int, step: int = 1) -> int:
    plan = client.get(f"/api/km/plans/{plan_id}").json()
    return int(plan["steps"][step - 1]["activities"][0]["indicators"][0]["id"])


def _audit_count(client: TestClient) -> int:
    return len(client.get("/api/km/audit").json())


def _meeting(**over: str) -> dict[str, str]:
    data = {
        "date": "2021-03-10",
        "invited": "18",
        "attended": "14",
        "description": "ประชุมระดมความคิดเห็น",
        "entered_by": "สมศรี",
        "where": "dashboard",
    }
    data.update(over)
    return data


def test_empty_km_page_offers_the_example_plan_as_a_post_form(client: TestClient) -> None:
    html = client.get("/km").text
    assert "ยังไม่มีแผนการจัดการความรู้" in html
    assert re.search(r'<form method="post" action="/km/example">', html)
    assert client.get("/api/km/plans").json() == []  # looking did not load anything


def test_the_example_cannot_be_loaded_by_a_get(client: TestClient) -> None:
    assert client.get("/km/example").status_code == 405
    assert client.get("/api/km/plans").json() == []


def test_loading_the_example_leads_to_its_dashboard(client: TestClient, plan_id: int) -> None:
    html = client.get(f"/km/plans/{plan_id}").text
    assert "กองยุทธศาสตร์และงบประมาณ" in html
    for name in ("การบ่งชี้ความรู้", "การเรียนรู้"):
        assert name in html
    assert 'class="km-timeline"' in html
    assert "ปีงบประมาณ 2564 (ต.ค. 2563 – ก.ย. 2564)" in html


def test_plan_list_links_each_plan(client: TestClient, plan_id: int) -> None:
    html = client.get("/km").text
    assert f'href="/km/plans/{plan_id}"' in html and "0 จาก 7" in html


def test_one_url_serves_the_full_page_or_the_htmx_fragment(
    client: TestClient, plan_id: int
) -> None:
    full = client.get(f"/km/plans/{plan_id}")
    part = client.get(f"/km/plans/{plan_id}", headers=HX)
    assert "<html" in full.text and 'class="site-header"' in full.text
    assert "<html" not in part.text and part.text.lstrip().startswith('<div id="km-dashboard">')
    assert "HX-Request" in full.headers["vary"]


def test_every_partial_template_opens_with_a_comment_naming_its_context() -> None:
    partials = sorted((ROOT / "templates" / "km").glob("_*.html"))
    assert partials
    for p in partials:
        head = p.read_text(encoding="utf-8").lstrip()
        assert head.startswith("{#") and "Context" in head.split("#}", 1)[0], p.name


def test_no_km_template_has_inline_script_or_style() -> None:
    for p in (ROOT / "templates" / "km").glob("*.html"):
        text = p.read_text(encoding="utf-8")
        assert "<script" not in text, p.name
        assert not re.search(r"\sstyle=", text), p.name
        assert not re.search(r"\son[a-z]+=", text), p.name


def test_every_km_string_a_template_uses_is_in_the_catalogue() -> None:
    used: set[str] = set()
    for p in (ROOT / "templates" / "km").iterdir():
        used |= set(re.findall(r"""t\(\s*["'](km\.[\w.]*\w)["']""", p.read_text(encoding="utf-8")))
    assert used and not used - set(STRINGS)


def test_status_keys_exist_for_every_status_the_templates_build(client: TestClient) -> None:
    from kmportal.km.indicators import IndicatorStatus, IndicatorType, StepStatus

    for s in [*IndicatorStatus, *StepStatus]:
        assert f"km.status.{s.value}" in STRINGS
    for ty in IndicatorType:
        assert f"km.type.{ty.value}" in STRINGS


def test_opening_the_log_form_inline_changes_nothing(client: TestClient, plan_id: int) -> None:
    ind = _first_indicator(client, plan_id)
    before = _audit_count(client)
    r = client.get(f"/km/indicators/{ind}/logs/new", headers=HX)
    assert r.status_code == 200
    assert r.text.lstrip().startswith(
        f'<article class="km-ind km-ind--no_data" id="indicator-{ind}"'
    )
    assert 'name="invited"' in r.text and 'name="attended"' in r.text
    assert 'hx-post="/km/indicators/' in r.text
    assert _audit_count(client) == before


def test_the_log_form_asks_for_the_raw_numbers_of_the_indicator_type(
    client: TestClient, plan_id: int
) -> None:
    html = client.get(f"/km/indicators/{_first_indicator(client, plan_id, 6)}/logs/new").text
    assert 'name="required"' in html and 'name="delivered"' in html
    assert "ต้องได้รับ" in html and "ได้รับแล้ว" in html


def test_saving_a_log_inline_returns_the_updated_card_and_the_overview_out_of_band(
    client: TestClient, plan_id: int
) -> None:
    ind = _first_indicator(client, plan_id)
    r = client.post(f"/km/indicators/{ind}/logs", data=_meeting(), headers=HX)
    assert r.status_code == 200
    assert 'data-testid="actual">77.8%<' in r.text
    assert 'data-status="met"' in r.text
    assert '<circle class="km-point"' in r.text
    assert '<div id="km-overview" hx-swap-oob="true">' in r.text
    assert "บรรลุ 1 · ไม่บรรลุ 0" in r.text


def test_a_log_is_recorded_under_the_signed_in_account_and_the_typed_name_only_as_a_note(
    client: TestClient, plan_id: int
) -> None:
    ind = _first_indicator(client, plan_id)
    form = client.get(f"/km/indicators/{ind}/logs/new", headers=HX).text
    # Nothing to type about oneself: the on-behalf-of field starts empty.
    assert re.search(r'name="on_behalf_of" type="text" value=""', form)
    assert 'name="entered_by"' not in form

    settings = client.app.state.settings  # type: ignore[attr-defined]
    user_id = create_account(settings, "somying", Role.coordinator, display_name="สมหญิง รักงาน")
    with TestClient(client.app) as other:
        sign_in(other, Role.coordinator, username="somying")
        r = other.post(
            f"/km/indicators/{ind}/logs", data=_meeting(entered_by="สมศรี ใจดี"), headers=HX
        )
        assert r.status_code == 200
    log = client.get(f"/api/km/indicators/{ind}/logs").json()[0]
    assert (log["entered_by"], log["entered_by_id"]) == ("สมหญิง รักงาน", user_id)
    assert log["on_behalf_of"] == "สมศรี ใจดี"
    html = client.get(f"/km/plans/{plan_id}/steps/1").text
    assert "สมหญิง รักงาน" in html and "บันทึกแทน สมศรี ใจดี" in html


def test_an_impossible_log_is_shown_next_to_its_field_and_not_stored(
    client: TestClient, plan_id: int
) -> None:
    ind = _first_indicator(client, plan_id)
    r = client.post(f"/km/indicators/{ind}/logs", data=_meeting(attended="24"), headers=HX)
    assert r.status_code == 422
    assert re.search(r'id="log-\d+-attended"[^>]*aria-invalid="true"', r.text)
    assert re.search(
        r'<p class="km-field-error" id="log-\d+-attended-error" data-field="attended">'
        r"ผู้เข้าร่วม \(24\) มากกว่าผู้ได้รับเชิญ \(18\) ไม่ได้</p>",
        r.text,
    )
    assert 'value="24"' in r.text  # what was typed is kept for correcting
    assert client.get(f"/api/km/indicators/{ind}/logs").json() == []


def test_several_errors_are_all_shown_at_once(client: TestClient, plan_id: int) -> None:
    ind = _first_indicator(client, plan_id)
    r = client.post(
        f"/km/indicators/{ind}/logs",
        data=_meeting(invited="-1", description="", note="ก" * 2001),
        headers=HX,
    )
    fields = set(re.findall(r'data-field="(\w+)"', r.text))
    assert {"invited", "description", "note"} <= fields


def test_without_htmx_a_saved_log_redirects_back_to_the_card(
    client: TestClient, plan_id: int
) -> None:
    ind = _first_indicator(client, plan_id)
    r = client.post(f"/km/indicators/{ind}/logs", data=_meeting(), follow_redirects=False)
    assert r.status_code == 303
    assert r.headers["location"] == f"/km/plans/{plan_id}#indicator-{ind}"


def test_step_page_lists_activities_and_log_history(client: TestClient, plan_id: int) -> None:
    ind = _first_indicator(client, plan_id)
    client.post(f"/km/indicators/{ind}/logs", data=_meeting(note="มีผู้ลา 4 คน"))
    html = client.get(f"/km/plans/{plan_id}/steps/1").text
    assert "ประชุมระดมความคิดเห็น" in html and "บุคลากรกองยุทธศาสตร์และงบประมาณ" in html
    assert "10/3/2564" in html and "14/18" in html and "สมศรี" in html and "มีผู้ลา 4 คน" in html
    assert "เสร็จสิ้น" in html


def test_editing_a_log_inline_recomputes_the_card(client: TestClient, plan_id: int) -> None:
    ind = _first_indicator(client, plan_id)
    client.post(f"/km/indicators/{ind}/logs", data=_meeting())
    log_id = client.get(f"/api/km/indicators/{ind}/logs").json()[0]["id"]
    form = client.get(f"/km/logs/{log_id}/edit", headers=HX).text
    assert f'hx-post="/km/logs/{log_id}"' in form and 'value="14"' in form
    r = client.post(
        f"/km/logs/{log_id}",
        headers=HX,
        data=_meeting(attended="9", entered_by="สมหญิง", where="step"),
    )
    assert r.status_code == 200 and 'data-testid="actual">50.0%<' in r.text
    assert 'data-status="not_met"' in r.text


def test_deleting_a_log_from_its_form_is_done_by_the_signed_in_account(
    client: TestClient, plan_id: int
) -> None:
    ind = _first_indicator(client, plan_id)
    client.post(f"/km/indicators/{ind}/logs", data=_meeting())
    log_id = client.get(f"/api/km/indicators/{ind}/logs").json()[0]["id"]
    r = client.post(
        f"/km/logs/{log_id}",
        headers=HX,
        data={"action": "delete", "entered_by": "", "where": "step"},
    )
    assert r.status_code == 200 and 'data-status="no_data"' in r.text
    entry = client.get("/api/km/audit", params={"entity": "log", "entity_id": log_id}).json()[0]
    assert (entry["action"], entry["actor"]) == ("delete", "test-coordinator")
    assert entry["actor_id"] is not None


def test_an_evidence_file_is_stored_and_served_only_as_a_download(
    client: TestClient, plan_id: int
) -> None:
    ind = _first_indicator(client, plan_id)
    upload = ("รายงาน.pdf", b"%PDF-1.4 minutes", "application/pdf")
    r = client.post(
        f"/km/indicators/{ind}/logs", data=_meeting(), files={"evidence_upload": upload}
    )
    assert r.status_code == 200
    stored = client.get(f"/api/km/indicators/{ind}/logs").json()[0]["evidence_file"]
    assert stored.endswith(".pdf")
    f = client.get(f"/km/evidence/{stored}")
    assert f.status_code == 200 and f.content == b"%PDF-1.4 minutes"
    assert f.headers["content-disposition"].startswith("attachment")
    assert client.get("/km/evidence/..%2F..%2Fkmportal.db").status_code == 404


def test_an_evidence_file_of_a_refused_type_is_reported_next_to_the_field(
    client: TestClient, plan_id: int
) -> None:
    ind = _first_indicator(client, plan_id)
    r = client.post(
        f"/km/indicators/{ind}/logs",
        data=_meeting(),
        headers=HX,
        files={"evidence_upload": ("x.html", b"<script>", "text/html")},
    )
    assert r.status_code == 422 and 'data-field="evidence_upload"' in r.text
    assert client.get(f"/api/km/indicators/{ind}/logs").json() == []


def test_evidence_whose_content_is_not_its_type_is_refused_and_nothing_stays_on_disk(
    client: TestClient, plan_id: int, settings: Settings
) -> None:
    ind = _first_indicator(client, plan_id)
    program = b"MZ\x90\x00\x03\x00\x00\x00" + bytes(200)
    r = client.post(
        f"/km/indicators/{ind}/logs",
        data=_meeting(),
        headers=HX,
        files={"evidence_upload": ("report.pdf", program, "application/pdf")},
    )
    assert r.status_code == 422 and 'data-field="evidence_upload"' in r.text
    assert 'value="ประชุมระดมความคิดเห็น"' in r.text or "ประชุมระดมความคิดเห็น" in r.text
    # a file sent where no log is saved: an unknown indicator, a plan form
    r = client.post(
        "/km/indicators/99999/logs",
        data=_meeting(),
        files={"evidence_upload": ("minutes.txt", b"minutes", "text/plain")},
    )
    assert r.status_code == 404
    r = client.post(
        f"/km/plans/{plan_id}/edit",
        data={"unit": "กองคลัง", "fiscal_year": "2564", "km_goal": "x"},
        files={"evidence_upload": ("minutes.txt", b"minutes", "text/plain")},
        follow_redirects=False,
    )
    assert r.status_code == 303
    folder = settings.data_dir / "km-evidence"
    assert [p for p in folder.rglob("*") if p.is_file()] == []
    assert client.get(f"/api/km/indicators/{ind}/logs").json() == []


def test_creating_a_plan_through_the_form(client: TestClient) -> None:
    r = client.post(
        "/km/plans",
        follow_redirects=False,
        data={
            "unit": "กองคลัง",
            "organisation": "อบจ.ตาก",
            "fiscal_year": "2567",
            "km_goal": "ลดข้อผิดพลาดการเบิกจ่าย",
            "entered_by": "สมชาย",
        },
    )
    assert r.status_code == 303
    html = client.get(r.headers["location"]).text
    assert "กองคลัง" in html and "ลดข้อผิดพลาดการเบิกจ่าย" in html


def test_a_plan_form_with_a_ce_year_and_no_goal_shows_both_errors(client: TestClient) -> None:
    r = client.post(
        "/km/plans",
        headers=HX,
        data={"unit": "กองคลัง", "fiscal_year": "2024", "km_goal": "", "entered_by": ""},
    )
    assert r.status_code == 422
    assert set(re.findall(r'data-field="(\w+)"', r.text)) == {"fiscal_year", "km_goal"}
    assert client.get("/api/km/plans").json() == []


def test_editing_a_plan_through_the_form(client: TestClient, plan_id: int) -> None:
    form = client.get(f"/km/plans/{plan_id}/edit").text
    assert 'value="กองยุทธศาสตร์และงบประมาณ"' in form
    r = client.post(
        f"/km/plans/{plan_id}/edit",
        follow_redirects=False,
        data={
            "unit": "กองยุทธศาสตร์และงบประมาณ",
            "fiscal_year": "2564",
            "km_goal": "เป้าหมายที่ปรับแล้ว",
            "entered_by": "สมชาย",
        },
    )
    assert r.status_code == 303
    assert client.get(f"/api/km/plans/{plan_id}").json()["km_goal"] == "เป้าหมายที่ปรับแล้ว"


def test_adding_an_activity_with_a_bad_period_stores_neither_it_nor_its_indicator(
    client: TestClient, plan_id: int
) -> None:
    r = client.post(
        f"/km/plans/{plan_id}/steps/3/activities",
        data={
            "description": "จัดหมวดหมู่เพิ่มเติม",
            "start": "2564-05",
            "end": "2564-04",
            "name": "ความถูกต้อง",
            "type": "accuracy",
            "comparison": ">",
            "target": "80",
            "entered_by": "สมชาย",
        },
    )
    assert r.status_code == 422 and 'data-field="end"' in r.text
    step = client.get(f"/api/km/plans/{plan_id}").json()["steps"][2]
    assert len(step["activities"]) == 1


def test_adding_an_activity_with_its_indicator(client: TestClient, plan_id: int) -> None:
    r = client.post(
        f"/km/plans/{plan_id}/steps/3/activities",
        follow_redirects=False,
        data={
            "description": "จัดหมวดหมู่เพิ่มเติม",
            "start": "2564-04",
            "end": "2564-05",
            "name": "ความถูกต้อง",
            "type": "accuracy",
            "comparison": ">=",
            "target": "90",
            "entered_by": "สมชาย",
        },
    )
    assert r.status_code == 303
    step = client.get(f"/api/km/plans/{plan_id}").json()["steps"][2]
    assert [a["indicators"][0]["target_display"] for a in step["activities"]] == [
        "> 80%",
        "≥ 90%",
    ]


def test_print_page_is_the_word_table(client: TestClient, plan_id: int) -> None:
    html = client.get(f"/km/plans/{plan_id}/print").text
    for h in (
        "ที่",
        "กิจกรรม",
        "ระยะเวลา",
        "กลุ่มเป้าหมาย",
        "เป้าหมายตัวชี้วัด",
        "ผลการดำเนินงาน",
        "บรรลุ/ไม่บรรลุ",
        "ผู้รับผิดชอบ",
    ):
        assert f'<th scope="col">{h}</th>' in html
    assert "เม.ย. - พ.ค. 2564" in html


def test_an_unknown_export_format_is_refused(client: TestClient, plan_id: int) -> None:
    assert client.get(f"/km/plans/{plan_id}/export", params={"format": "pdf"}).status_code == 422


def test_the_stylesheet_is_served_as_css(client: TestClient) -> None:
    r = client.get("/km/km.css")
    assert r.headers["content-type"].startswith("text/css") and ".km-ind" in r.text
    assert "{#" not in r.text


def test_pages_read_in_english_when_asked(client: TestClient, plan_id: int) -> None:
    client.cookies.set("lang", "en")
    html = client.get(f"/km/plans/{plan_id}").text
    assert "Steps over the fiscal year" in html and "No data" in html


def test_unknown_plan_page_is_a_404_page(client: TestClient) -> None:
    r = client.get("/km/plans/999")
    assert r.status_code == 404 and "ไม่พบแผน" in r.text


def test_looking_at_every_page_changes_nothing(client: TestClient, plan_id: int) -> None:
    ind = _first_indicator(client, plan_id)
    client.post(f"/km/indicators/{ind}/logs", data=_meeting())
    log_id = client.get(f"/api/km/indicators/{ind}/logs").json()[0]["id"]
    before = client.get(f"/api/km/plans/{plan_id}").json(), _audit_count(client)
    for url in (
        "/km",
        f"/km/plans/{plan_id}",
        f"/km/plans/{plan_id}/steps/1",
        f"/km/plans/{plan_id}/print",
        f"/km/plans/{plan_id}/edit",
        "/km/plans/new",
        f"/km/indicators/{ind}",
        f"/km/indicators/{ind}/logs/new",
        f"/km/logs/{log_id}/edit",
        f"/km/plans/{plan_id}/export?format=csv",
    ):
        assert client.get(url).status_code == 200, url
    assert (client.get(f"/api/km/plans/{plan_id}").json(), _audit_count(client)) == before


def test_history_page_shows_who_changed_what_with_before_and_after(
    client: TestClient, plan_id: int
) -> None:
    ind = _first_indicator(client, plan_id)
    client.post(f"/km/indicators/{ind}/logs", data=_meeting())
    log_id = client.get(f"/api/km/indicators/{ind}/logs").json()[0]["id"]
    client.post(f"/km/logs/{log_id}", data=_meeting(attended="9", entered_by="สมหญิง"))
    html = client.get("/km/history", params={"entity": "log"}).text
    assert "สมหญิง" in html and "สมศรี" in html
    assert "แก้ไข" in html and f"บันทึกกิจกรรม #{log_id}" in html
    assert "&#34;numerator&#34;: 14" in html and "&#34;numerator&#34;: 9" in html
    part = client.get("/km/history", params={"entity": "plan"}, headers=HX).text
    assert part.lstrip().startswith('<div id="km-history">') and "โหลดจากไฟล์" in part


def test_editing_an_activity_period_on_the_step_page(client: TestClient, plan_id: int) -> None:
    act_id = client.get(f"/api/km/plans/{plan_id}").json()["steps"][4]["activities"][0]["id"]
    page = client.get(f"/km/plans/{plan_id}/steps/5").text
    assert f'action="/km/activities/{act_id}/edit"' in page and 'value="2564-04"' in page
    r = client.post(
        f"/km/activities/{act_id}/edit",
        follow_redirects=False,
        data={
            "description": "จัดทำคู่มือ",
            "start": "2564-04",
            "end": "2564-06",
            "entered_by": "สมชาย",
        },
    )
    assert r.status_code == 303
    step = client.get(f"/api/km/plans/{plan_id}").json()["steps"][4]
    assert step["period_th"] == "เม.ย. - มิ.ย. 2564"


def test_a_reversed_activity_period_reopens_that_form_with_the_error(
    client: TestClient, plan_id: int
) -> None:
    act_id = client.get(f"/api/km/plans/{plan_id}").json()["steps"][4]["activities"][0]["id"]
    r = client.post(
        f"/km/activities/{act_id}/edit",
        data={
            "description": "จัดทำคู่มือ",
            "start": "2564-05",
            "end": "2564-04",
            "entered_by": "สมชาย",
        },
    )
    assert r.status_code == 422
    form = r.text.split(f'action="/km/activities/{act_id}/edit"', 1)[1].split("</form>", 1)[0]
    assert 'data-field="end"' in form and 'value="2564-05"' in form
    assert client.get(f"/api/km/plans/{plan_id}").json()["steps"][4]["period_th"] == (
        "เม.ย. - พ.ค. 2564"
    )


def test_raising_an_indicator_target_on_the_step_page_recomputes_the_verdict(
    client: TestClient, plan_id: int
) -> None:
    ind = _first_indicator(client, plan_id)
    client.post(f"/km/indicators/{ind}/logs", data=_meeting())
    r = client.post(
        f"/km/indicators/{ind}/edit",
        follow_redirects=False,
        data={
            "name": "จำนวนผู้เข้าร่วมประชุม",
            "comparison": ">=",
            "target": "80",
            "entered_by": "สมชาย",
        },
    )
    assert r.status_code == 303
    got = client.get(f"/api/km/indicators/{ind}").json()
    assert (got["target_display"], got["met"]) == ("≥ 80%", False)


def test_a_150_percent_target_on_the_step_page_is_refused_next_to_the_field(
    client: TestClient, plan_id: int
) -> None:
    ind = _first_indicator(client, plan_id)
    r = client.post(
        f"/km/indicators/{ind}/edit",
        data={
            "name": "จำนวนผู้เข้าร่วมประชุม",
            "comparison": ">",
            "target": "150",
            "entered_by": "สมชาย",
        },
    )
    assert r.status_code == 422
    assert re.search(r'data-field="target">เป้าหมายร้อยละต้องอยู่ระหว่าง 0 ถึง 100', r.text)
    assert client.get(f"/api/km/indicators/{ind}").json()["target"] == 70


def test_adding_a_second_indicator_to_an_activity(client: TestClient, plan_id: int) -> None:
    act_id = client.get(f"/api/km/plans/{plan_id}").json()["steps"][5]["activities"][0]["id"]
    r = client.post(
        f"/km/activities/{act_id}/indicators",
        follow_redirects=False,
        data={
            "name": "จำนวนครั้งที่เผยแพร่",
            "type": "count",
            "comparison": ">=",
            "target": "3",
            "entered_by": "สมชาย",
        },
    )
    assert r.status_code == 303
    inds = client.get(f"/api/km/plans/{plan_id}").json()["steps"][5]["activities"][0]["indicators"]
    assert [(i["type"], i["target_display"]) for i in inds] == [
        ("coverage", "≥ 100%"),
        ("count", "≥ 3"),
    ]


def test_the_log_form_offers_corpus_documents_as_evidence_links(
    client: TestClient, plan_id: int, settings: Settings
) -> None:

    from kmportal.docstore.models import DocKind, Document

    engine = make_engine(settings)
    with Session(engine) as s:
        s.add(
            Document(
                id="km-handbook",
                title="คู่มือการจัดทำแผน",
                kind=DocKind.handbook,
                source_path="x.txt",
                content_hash="h",
                text="ข้อความ",
            )
        )
        s.commit()
    engine.dispose()
    html = client.get(f"/km/indicators/{_first_indicator(client, plan_id)}/logs/new").text
    assert re.search(r'name="evidence_url" type="text" value="" list="km-docs-\d+"', html)
    assert '<option value="/docs/km-handbook">คู่มือการจัดทำแผน</option>' in html
