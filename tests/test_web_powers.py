"""The authority check on the web: page, htmx partial, API and plan upload."""

from __future__ import annotations

import io
import re
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient
from helpers.auth import csrf_token
from helpers.powers_corpus import powers_data_dir
from helpers.thai_corpus import FakeEmbedder
from openpyxl import Workbook, load_workbook

from kmportal.db import make_engine
from kmportal.search.service import SearchService
from kmportal.settings import Settings
from kmportal.web.app import create_app

WATER = "ก่อสร้างระบบประปาหมู่บ้าน บ้านแม่ท้อ หมู่ที่ 1"


def portal(data_dir: Path, tmp_path: Path, **overrides: object) -> TestClient:
    settings = Settings(data_dir=data_dir, upload_dir=tmp_path / "uploads", **overrides)  # type: ignore[arg-type]
    service = SearchService(settings, make_engine(settings), embedder=FakeEmbedder())
    client = TestClient(create_app(settings, service=service), raise_server_exceptions=False)
    client.headers["X-CSRF-Token"] = csrf_token(client)
    return client


@pytest.fixture
def client(tmp_path_factory: pytest.TempPathFactory, tmp_path: Path) -> TestClient:
    return portal(powers_data_dir(tmp_path_factory), tmp_path)


def test_the_api_answers_the_same_json_as_the_cli(client: TestClient) -> None:
    r = client.get("/api/powers", params={"project": WATER, "org": "pao", "k": 3})
    assert r.status_code == 200
    data = r.json()
    assert data["verdict"] == "within" and data["org_kind"] == "pao"
    assert len(data["provisions"]) == 3
    assert data["provisions"][1]["label"] == (
        "มาตรา ๔๕ (๘) แห่งพระราชบัญญัติองค์การบริหารส่วนจังหวัด พ.ศ. ๒๕๔๐"
    )
    shape = {"doc", "section", "item", "label", "law", "text", "applies_to", "catch_all", "score"}
    assert shape <= set(data["provisions"][0])
    assert all("pao" not in p["applies_to"] for p in data["other_kinds"])


def test_the_api_defaults_to_the_portals_kind(
    tmp_path_factory: pytest.TempPathFactory, tmp_path: Path
) -> None:
    tao = portal(powers_data_dir(tmp_path_factory), tmp_path, org_kind="tao")
    assert tao.get("/api/powers", params={"project": WATER}).json()["org_kind"] == "tao"


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"project": "", "org": "pao"}, "กรุณาใส่ชื่อโครงการ"),
        ({"project": "   ", "org": "pao"}, "กรุณาใส่ชื่อโครงการ"),
        ({"project": "ประปา", "org": "province"}, "ไม่รู้จักประเภท อปท."),
        ({"project": "x" * 11_000, "org": "pao"}, "ยาวเกิน"),
    ],
)
def test_bad_input_to_the_api_is_a_clear_thai_error_never_a_500(
    client: TestClient, params: dict[str, str], message: str
) -> None:
    r = client.get("/api/powers", params=params)
    assert r.status_code == 422
    assert message in r.json()["error"]


def test_a_five_thousand_character_title_is_checked_with_a_note(client: TestClient) -> None:
    r = client.get("/api/powers", params={"project": "ประปาหมู่บ้าน " * 360, "org": "pao"})
    assert r.status_code == 200 and r.json()["notes"] == ["ชื่อโครงการยาวเกินไป ใช้เฉพาะส่วนต้น"]


def test_refusals_and_notes_are_in_the_readers_language(client: TestClient) -> None:
    client.cookies.set("lang", "en")
    try:
        bad = client.get("/api/powers", params={"project": "ประปา", "org": "province"})
        assert bad.json()["error"] == (
            "unknown kind of organisation 'province': use pao | municipality | tao | pattaya"
        )
        page = client.get("/powers", params={"project": "ประปา", "org": "province"})
        assert page.status_code == 422 and "unknown kind of organisation" in page.text
        long = client.get("/api/powers", params={"project": "ประปาหมู่บ้าน " * 360})
        assert long.json()["notes"] == ["the title is too long; only its beginning was checked"]
    finally:
        client.cookies.delete("lang")


def test_the_page_has_the_form_with_the_portals_kind_preset(
    tmp_path_factory: pytest.TempPathFactory, tmp_path: Path
) -> None:
    page = portal(powers_data_dir(tmp_path_factory), tmp_path, org_kind="municipality").get(
        "/powers"
    )
    assert page.status_code == 200
    assert '<option value="municipality" selected>' in page.text
    assert 'action="/powers/sheet"' in page.text and 'name="csrf_token"' in page.text
    assert '<a href="/powers" aria-current="page">' in page.text


def test_the_page_without_javascript_shows_the_verdict_citations_and_links(
    client: TestClient,
) -> None:
    r = client.get("/powers", params={"project": WATER, "org": "pao"})
    assert r.status_code == 200 and r.text.startswith("<!DOCTYPE html>")
    assert "อยู่ในอำนาจหน้าที่ขององค์การบริหารส่วนจังหวัด" in r.text
    assert 'href="/docs/pao-act?hl=s45#s45-i8"' in r.text
    assert 'href="/docs/plan-handbook?hl=p2#p2-n1"' in r.text
    assert 'data-copy="มาตรา ๔๕ (๘) แห่งพระราชบัญญัติองค์การบริหารส่วนจังหวัด พ.ศ. ๒๕๔๐"' in r.text
    # Whose powers the warnings are, apart from the answer.
    assert "อำนาจของ อปท. ประเภทอื่น" in r.text and "อบต.</span>" in r.text
    # The CSP forbids inline scripts: every <script> has a src.
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", r.text)


def test_the_link_lands_on_the_item_in_the_document_viewer(client: TestClient) -> None:
    page = client.get("/docs/pao-act?hl=s45")
    assert page.status_code == 200 and 'id="s45-i8"' in page.text and 'id="s45-i7-x2"' in page.text
    handbook = client.get("/docs/plan-handbook?hl=p2")
    assert 'id="p2-n1"' in handbook.text


def test_htmx_gets_only_the_result(client: TestClient) -> None:
    params = {"project": "ออกโฉนดที่ดินให้ราษฎร", "org": "tao"}
    r = client.get("/powers", params=params, headers={"HX-Request": "true"})
    assert r.status_code == 200 and "<html" not in r.text
    assert "ไม่พบบทบัญญัติที่ให้อำนาจองค์การบริหารส่วนตำบล" in r.text


def test_bad_input_on_the_page_is_shown_in_thai(client: TestClient) -> None:
    blank = client.get("/powers", params={"project": "   "})
    assert blank.status_code == 200 and "verdict" not in blank.text
    bad = client.get("/powers", params={"project": "ประปา", "org": "village"})
    assert bad.status_code == 422 and "ไม่รู้จักประเภท อปท." in bad.text


def upload(client: TestClient, name: str, content: bytes, **fields: str) -> httpx.Response:
    return client.post(
        "/powers/sheet",
        files={"file": (name, content, "application/octet-stream")},
        data={"csrf_token": client.headers["X-CSRF-Token"], **fields},
    )


def workbook_bytes(rows: list[list[object]]) -> bytes:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    for row in rows:
        ws.append(row)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def test_a_plan_upload_comes_back_as_the_checked_xlsx(client: TestClient, tmp_path: Path) -> None:
    content = workbook_bytes(
        [
            ["ที่", "ชื่อโครงการ"],
            [1, WATER],
            [2, '=HYPERLINK("http://evil","x")'],
            [3, None],
            [4, "ออกโฉนดที่ดินให้ราษฎร"],
        ]
    )
    r = upload(client, "แผน.xlsx", content, org="pao")
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].startswith("application/vnd.openxmlformats")
    ws = load_workbook(io.BytesIO(r.content)).active
    assert ws is not None
    rows = [[c.value for c in row] for row in ws.iter_rows()]
    assert rows[1][2] == "อยู่ในอำนาจหน้าที่"
    assert "มาตรา ๔๕ (๘)" in rows[1][3]
    assert rows[2][1].startswith("'=HYPERLINK")
    assert rows[3][2].startswith("กรุณาใส่ชื่อโครงการ")
    # A verdict carries the check's reason beside it.
    assert rows[4][2].startswith("ไม่พบบทบัญญัติที่ให้อำนาจ\nการออกโฉนด")
    assert all(c.data_type != "f" for row in ws.iter_rows() for c in row)
    # Nothing of the upload is left behind.
    assert not any((tmp_path / "uploads").rglob("*.xlsx"))


@pytest.mark.parametrize(
    ("name", "content", "status", "message"),
    [
        ("plan.xlsx", b"PK\x03\x04 this is no workbook", 422, "เสียหาย"),
        ("plan.csv", "ลำดับ,งบ\n1,2\n".encode(), 422, "ไม่พบคอลัมน์ชื่อโครงการ"),
        ("plan.pdf", b"%PDF-1.4", 415, "CSV, XLSX"),
        ("plan.xlsx", b"", 415, "ว่างเปล่า"),
    ],
)
def test_a_bad_plan_file_is_refused_in_thai(
    client: TestClient, name: str, content: bytes, status: int, message: str
) -> None:
    r = upload(client, name, content)
    assert r.status_code == status
    assert message in r.text


def test_a_twenty_megabyte_plan_is_refused_while_it_streams(client: TestClient) -> None:
    r = upload(client, "plan.xlsx", b"PK" + b"\0" * (20 * 1024 * 1024))
    assert r.status_code == 413 and "ใหญ่เกิน" in r.text


def test_an_upload_without_the_csrf_token_is_refused(client: TestClient) -> None:
    del client.headers["X-CSRF-Token"]
    r = client.post("/powers/sheet", files={"file": ("plan.csv", "ชื่อโครงการ\nประปา\n".encode())})
    assert r.status_code == 403
