"""Route behaviour against a stand-in search service over a real SQLite document
store: full page vs htmx fragment, filters, errors, escaping of hostile text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from helpers.auth import sign_in
from helpers.web import (
    EVIL_TITLE,
    HOSTILE,
    FakeService,
    add_act_and_handbook,
    add_document,
    assert_no_injected_markup,
)
from sqlalchemy.engine import Engine
from sqlmodel import Session

from kmportal import messages
from kmportal.auth.models import Role
from kmportal.db import prepare_database
from kmportal.docstore.models import DocKind
from kmportal.errors import BadInput
from kmportal.settings import Settings
from kmportal.thai.abbrev import ABBREVIATIONS
from kmportal.web.app import create_app

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def engine(settings: Settings) -> Engine:
    eng = prepare_database(settings)
    return eng


@pytest.fixture
def service(engine: Engine) -> FakeService:
    with Session(engine) as s:
        add_act_and_handbook(s)
        evil_text = "\n".join(["ข่าวร้าย", *HOSTILE, "ปิดท้าย"]) + "\n"
        add_document(
            s,
            "evil",
            EVIL_TITLE,
            DocKind.news,
            evil_text,
            [("p1", EVIL_TITLE, EVIL_TITLE, "ข่าวร้าย")],
        )
        s.commit()
    return FakeService(engine)


HTMX = {"HX-Request": "true"}


# --- search page ----------------------------------------------------------


def test_search_url_serves_a_full_page_normally_and_only_the_results_to_htmx(
    client: TestClient,
) -> None:
    full = client.get("/search", params={"q": "ประปา"})
    part = client.get("/search", params={"q": "ประปา"}, headers=HTMX)
    assert full.status_code == part.status_code == 200
    assert full.text.lstrip().startswith("<!DOCTYPE html>") and 'id="results"' in full.text
    assert "<html" not in part.text and "<form" not in part.text
    assert '<ol class="hits">' in part.text and '<ol class="hits">' in full.text
    assert "HX-Request" in part.headers["vary"]
    # The fragment also updates the status line for screen readers and the tab title.
    assert re.search(r'<p id="search-status"[^>]*hx-swap-oob="true">พบ 2 รายการ</p>', part.text)
    assert "<title>ประปา · ค้นหา · คลังความรู้ อบจ.ตาก</title>" in part.text
    assert full.text.count('id="search-status"') == 1 and "hx-swap-oob" not in full.text


def test_htmx_history_restore_gets_the_whole_page(client: TestClient) -> None:
    r = client.get("/search?q=ประปา", headers={**HTMX, "HX-History-Restore-Request": "true"})
    assert "<!DOCTYPE html>" in r.text


def test_empty_or_blank_query_shows_the_start_page_with_examples(
    client: TestClient, service: FakeService
) -> None:
    for url in ("/", "/search", "/search?q=", "/search?q=%20%E2%80%8B%20%C2%A0"):
        r = client.get(url)
        assert r.status_code == 200
        assert "อบจ. ทำประปาได้ไหม" in r.text
        assert "which powers allow water supply projects" in r.text
        assert "มาตรา 45 พ.ร.บ.อบจ." in r.text
    assert service.calls == []


def test_a_query_the_service_finds_nothing_to_search_in_shows_the_start_page_and_why(
    client: TestClient, service: FakeService
) -> None:
    service.fail_with = BadInput("ไม่มีคำให้ค้นหา (nothing to search)")
    r = client.get("/search", params={"q": "???"}, headers=HTMX)
    assert r.status_code == 200
    assert "ไม่มีคำให้ค้นหา" in r.text and "อบจ. ทำประปาได้ไหม" in r.text


def test_example_queries_link_to_their_search(client: TestClient) -> None:
    r = client.get("/")
    assert 'href="/search?q=%E0%B8%AD%E0%B8%9A%E0%B8%88.%20%E0%B8%97%E0%B8%B3' in r.text


def test_each_hit_shows_title_citation_link_to_section_and_marked_snippet(
    client: TestClient,
) -> None:
    r = client.get("/search", params={"q": "ประปา"}, headers=HTMX)
    assert "พระราชบัญญัติองค์การบริหารส่วนจังหวัด พ.ศ. ๒๕๔๐" in r.text
    assert '<a class="citation" href="/docs/pao?hl=s45#s45"' in r.text
    assert '#s45">มาตรา 45<span class="visually-hidden"> · พระราชบัญญัติ' in r.text
    assert "<mark>ประปา</mark>" in r.text
    # A section labelled like its document gets a plain "go to" link instead.
    assert '#p2">ไปยังส่วนที่พบ' not in r.text and '#p2">อำนาจหน้าที่<span' in r.text
    assert "พบ 2 รายการ" in r.text  # act s45 and handbook p2


def test_filters_reach_the_service_and_stay_selected(
    client: TestClient, service: FakeService
) -> None:
    r = client.get("/search", params={"q": "ประปา", "kind": "act", "doc": "pao"})
    assert service.calls[-1] == {"query": "ประปา", "k": 10, "kind": "act", "doc": "pao"}
    assert '<option value="act" selected>' in r.text
    assert '<option value="pao" selected>' in r.text
    assert "พบ 1 รายการ" in r.text


def test_search_form_works_without_javascript_and_searches_as_you_type(client: TestClient) -> None:
    r = client.get("/")
    form = re.search(r"<form[^>]*>", r.text, re.S)
    assert form is not None
    tag = form.group(0)
    assert 'action="/search"' in tag and 'method="get"' in tag
    assert 'hx-get="/search"' in tag and 'hx-push-url="true"' in tag
    assert "input changed delay:" in tag and 'hx-target="#results"' in tag
    assert re.search(r'<label for="q">[^<]+</label>', r.text)
    assert re.search(r'<input id="q" name="q" type="search"', r.text)


def test_no_results_says_so_and_suggests_what_to_do(client: TestClient) -> None:
    r = client.get("/search", params={"q": "ไม่มีคำนี้"}, headers=HTMX)
    assert "พบ 0 รายการ" in r.text and "ไม่พบผลลัพธ์" in r.text


def test_unknown_kind_filter_is_a_422_page(client: TestClient) -> None:
    r = client.get("/search", params={"q": "ประปา", "kind": "poem"})
    assert r.status_code == 422 and "poem" in r.text and "<!DOCTYPE html>" in r.text


def test_query_over_10000_characters_is_a_422_page_and_422_json(client: TestClient) -> None:
    long_q = "a" * 10_001  # ASCII: percent-encoded Thai would exceed the client's URL limit
    page = client.get("/search", params={"q": long_q})
    assert page.status_code == 422 and "10,000" in page.text and "<!DOCTYPE html>" in page.text
    part = client.get("/search", params={"q": long_q}, headers=HTMX)
    assert part.status_code == 422 and "<html" not in part.text and 'role="alert"' in part.text
    api = client.get("/api/search", params={"q": long_q})
    assert api.status_code == 422 and "10,000" in api.json()["error"]


def test_query_of_10000_characters_is_searched_truncated_with_a_note(
    client: TestClient, service: FakeService
) -> None:
    r = client.get("/search", params={"q": "ประปา " + "x" * 9_994})
    assert r.status_code == 200
    assert "ระบบค้นหาเฉพาะ 500 ตัวอักษรแรก" in r.text
    assert len(str(service.calls[-1]["query"])) == 10_000


@pytest.mark.parametrize("q", HOSTILE)
def test_hostile_query_is_shown_as_text_and_never_as_markup(client: TestClient, q: str) -> None:
    for headers in ({}, HTMX):
        r = client.get("/search", params={"q": q}, headers=headers)
        assert r.status_code == 200
        assert_no_injected_markup(r.text)
        if q == "{{7*7}}":
            assert "{{7*7}}" in r.text  # shown literally, not evaluated to 49
    r = client.get("/search", params={"q": HOSTILE[0]})
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in r.text  # the title and the "no results" line


def test_hostile_document_title_and_text_are_escaped_on_every_page(client: TestClient) -> None:
    pages = [
        client.get("/docs"),
        client.get("/docs/evil?hl=p1"),
        client.get("/search", params={"q": "alert(1)"}),
        client.get("/search", params={"q": "alert(1)"}, headers=HTMX),
        client.get("/search", params={"q": "ปิดท้าย"}),
        client.get("/docs/pao?hl=s45"),  # evil is among the related sections
    ]
    for r in pages:
        assert r.status_code == 200, r.url
        assert_no_injected_markup(r.text)
    doc = pages[1].text
    assert "&lt;script&gt;alert(&#34;t&#34;)&lt;/script&gt;&#34; onmouseover=x {{7*7}}" in doc
    assert "\u202eevil\u202c zero\u200bwidth" in doc  # kept as text, not stripped or marked up
    assert "<mark>alert(1)</mark>" in pages[3].text


def test_api_answers_hostile_text_as_plain_json_strings(client: TestClient) -> None:
    r = client.get("/api/search", params={"q": "alert(1)"})
    assert r.headers["content-type"].startswith("application/json")
    assert r.json()["results"][0]["title"] == EVIL_TITLE


# --- documents --------------------------------------------------------------


def test_document_list_shows_kind_title_sections_and_buddhist_era_date(client: TestClient) -> None:
    r = client.get("/docs")
    assert r.status_code == 200
    assert '<a href="/docs/pao">พระราชบัญญัติองค์การบริหารส่วนจังหวัด พ.ศ. ๒๕๔๐</a>' in r.text
    row = r.text[r.text.index('href="/docs/pao"') :]
    row = row[: row.index("</tr>")]
    assert "พระราชบัญญัติ</td>" in row and '<td class="num">2</td>' in row
    # 20:00 UTC on 21 Nov 2026 is 22 Nov in Thailand, B.E. 2569.
    assert "22 พฤศจิกายน พ.ศ. 2569" in row


def test_document_viewer_shows_sections_with_anchors_contents_and_footnotes(
    client: TestClient,
) -> None:
    r = client.get("/docs/pao")
    assert r.status_code == 200
    assert '<section id="s1" class="sec">' in r.text and '<section id="s45" class="sec">' in r.text
    assert '<a href="/docs/pao?hl=s45#s45">มาตรา 45</a>' in r.text  # table of contents
    assert '<li class="toc__group">หมวด ๔</li>' in r.text
    # Items carry ids the authority check links to.
    assert '<li id="s45-i1"><span class="marker">(๑)</span> ตราข้อบัญญัติ</li>' in r.text
    assert '<aside class="footnotes"><p class="footnote" id="fn-1">' in r.text
    assert "sec--hl" not in r.text and "เลือกมาตรา" in r.text  # no related until one is chosen


def test_document_viewer_highlights_the_requested_section_and_lists_related(
    client: TestClient,
) -> None:
    r = client.get("/docs/pao", params={"hl": "s45"})
    assert '<section id="s45" class="sec sec--hl"' in r.text
    assert '<section id="s1" class="sec">' in r.text
    assert 'aria-current="location">มาตรา 45</a>' in r.text
    related = r.text[r.text.index('class="related"') :]
    assert 'href="/docs/hb?hl=p1#p1"' in related  # other documents' sections
    assert "<title>มาตรา 45 · พระราชบัญญัติ" in r.text


def test_unknown_highlight_is_ignored_rather_than_an_error(client: TestClient) -> None:
    r = client.get("/docs/pao", params={"hl": "s999"})
    assert r.status_code == 200 and "sec--hl" not in r.text


def test_unknown_document_is_a_404_page_in_portal_style_and_json_under_api(
    client: TestClient,
) -> None:
    page = client.get("/docs/nope")
    assert page.status_code == 404
    assert '<html lang="th">' in page.text and 'class="site-header"' in page.text
    assert "ไม่พบเอกสาร &#39;nope&#39;" in page.text
    api = client.get("/api/docs/nope")
    assert api.status_code == 404
    assert api.json() == {"error": "ไม่พบเอกสาร 'nope'"}
    client.cookies.set("lang", "en")  # the reader's language, one at a time
    assert client.get("/api/docs/nope").json() == {"error": "No document 'nope'"}
    sec = client.get("/api/docs/pao/sections/s999")
    assert sec.status_code == 404 and "s999" in sec.json()["error"]


def test_unknown_route_is_a_404_page_or_json(client: TestClient) -> None:
    assert client.get("/no/such/page").status_code == 404
    assert "ไม่พบหน้าที่ต้องการ" in client.get("/no/such/page").text
    api = client.get("/api/nothing")
    assert api.status_code == 404 and set(api.json()) == {"error"}


# --- handbook and glossary ---------------------------------------------------


def test_handbook_lists_handbooks_with_their_chapters(client: TestClient) -> None:
    r = client.get("/handbook")
    assert r.status_code == 200
    assert "คู่มือการจัดทำแผนพัฒนาท้องถิ่น" in r.text
    assert '<a href="/handbook/hb/p2">อำนาจหน้าที่</a>' in r.text
    assert "/handbook/pao" not in r.text  # acts are not handbooks


def test_handbook_chapter_has_contents_previous_and_next(client: TestClient) -> None:
    middle = client.get("/handbook/hb/p2").text
    assert 'rel="prev" href="/handbook/hb/p1"' in middle
    assert 'rel="next" href="/handbook/hb/p3"' in middle
    assert 'aria-current="page">อำนาจหน้าที่</a>' in middle
    first = client.get("/handbook/hb").text
    assert 'rel="prev"' not in first and 'rel="next" href="/handbook/hb/p2"' in first
    last = client.get("/handbook/hb/p3").text
    assert 'rel="next"' not in last and "บทที่ 3 จาก 3" in last


def test_handbook_marks_abbreviations_and_links_law_references(client: TestClient) -> None:
    intro = client.get("/handbook/hb/p1").text
    full = "องค์การบริหารส่วนจังหวัด — Provincial Administrative Organisation (PAO)"
    assert f'<abbr title="{full}">อบจ.</abbr>' in intro
    powers = client.get("/handbook/hb/p2").text
    link = '<a class="lawref" href="/docs/pao?hl=s45#s45" title="มาตรา 45 (8)">มาตรา 45 (8)</a>'
    assert link in powers


def test_handbook_viewed_as_a_whole_document_links_references_in_place(
    client: TestClient,
) -> None:
    r = client.get("/docs/hb")
    link = '<a class="lawref" href="/docs/pao?hl=s45#s45" title="มาตรา 45 (8)">มาตรา 45 (8)</a>'
    assert f"องค์การบริหารส่วนจังหวัด {link} ให้ทำประปาได้" in r.text


def test_handbook_chapter_of_a_non_handbook_or_unknown_chapter_is_404(client: TestClient) -> None:
    assert client.get("/handbook/pao").status_code == 404
    assert client.get("/handbook/hb/p9").status_code == 404


def test_glossary_lists_every_abbreviation_with_its_full_form(client: TestClient) -> None:
    r = client.get("/glossary")
    for a in ABBREVIATIONS:
        assert f'<abbr title="{a.full}">{a.short}</abbr>' in r.text


# --- JSON API ----------------------------------------------------------------


def test_api_search_returns_exactly_the_search_response_dict(
    client: TestClient, service: FakeService
) -> None:
    r = client.get("/api/search", params={"q": "ประปา", "k": 1, "kind": "act"})
    assert r.status_code == 200
    expected = service.search("ประปา", k=1, kind="act").to_dict()
    assert r.json() == expected
    assert service.calls[-2] == {"query": "ประปา", "k": 1, "kind": "act", "doc": None}


@pytest.mark.parametrize(
    ("params", "status"),
    [
        ({"q": ""}, 422),
        ({"q": "   "}, 422),
        ({"q": "x", "k": 0}, 422),
        ({"q": "x", "k": "many"}, 422),
        ({"q": "x", "kind": "poem"}, 422),
    ],
)
def test_api_search_rejects_bad_input_with_a_json_message(
    client: TestClient, params: dict[str, object], status: int
) -> None:
    r = client.get("/api/search", params=params)
    assert r.status_code == status
    assert r.json()["error"] and set(r.json()) <= {"error", "fields"}
    if "k" in params:  # FastAPI's own check of a parameter names it, like a form field
        assert set(r.json()["fields"]) == {"k"}


def test_api_lists_documents_and_returns_one_with_its_sections(client: TestClient) -> None:
    docs = client.get("/api/docs").json()
    assert {d["id"] for d in docs} == {"pao", "hb", "evil"}
    pao = client.get("/api/docs/pao").json()
    assert pao["title"].startswith("พระราชบัญญัติ") and pao["n_sections"] == 2
    assert [s["key"] for s in pao["sections"]] == ["s1", "s45"]
    assert pao["sections"][1]["text"].startswith("มาตรา ๔๕")
    sec = client.get("/api/docs/pao/sections/s45").json()
    assert sec["label"] == "มาตรา 45" and sec["doc_id"] == "pao" and "ประปา" in sec["text"]


def test_openapi_schema_is_served_only_in_development(
    settings: Settings, service: FakeService
) -> None:
    dev = TestClient(create_app(settings, service=service))
    assert "/api/search" in dev.get("/api/openapi.json").json()["paths"]
    production = settings.model_copy(update={"mode": "production"})
    prod = TestClient(create_app(production, service=service))
    assert prod.get("/api/openapi.json").status_code == 404
    assert prod.get("/docs").status_code == 200  # the portal's own document list, not Swagger


def test_unexpected_errors_are_500_without_a_traceback(
    settings: Settings, service: FakeService
) -> None:
    service.fail_with = RuntimeError("secret internals /srv/km/traceback.py")
    client = TestClient(create_app(settings, service=service), raise_server_exceptions=False)
    page = client.get("/search?q=ประปา")
    api = client.get("/api/search?q=ประปา")
    assert page.status_code == api.status_code == 500
    for body in (page.text, api.text):
        assert "secret internals" not in body and "Traceback" not in body
    assert "ระบบขัดข้องชั่วคราว" in page.text
    assert set(api.json()) == {"error"}


# --- frame, language, assets --------------------------------------------------


def test_pages_are_thai_first_with_an_english_switch(client: TestClient) -> None:
    r = client.get("/docs")
    assert '<html lang="th">' in r.text and ">English</a>" in r.text
    switch = client.get("/lang/en", params={"next": "/docs?x=1"}, follow_redirects=False)
    assert switch.status_code == 303 and switch.headers["location"] == "/docs?x=1"
    assert "lang=en" in switch.headers["set-cookie"]
    english = client.get("/docs")
    assert '<html lang="en">' in english.text and "All documents" in english.text
    assert ">ภาษาไทย</a>" in english.text


@pytest.mark.parametrize("target", ["https://evil.example/", "//evil.example/", "/\\evil.example"])
def test_language_switch_never_redirects_off_site(client: TestClient, target: str) -> None:
    r = client.get("/lang/en", params={"next": target}, follow_redirects=False)
    assert r.headers["location"] == "/"


def test_every_string_key_used_in_templates_is_in_the_catalogue() -> None:
    used: set[str] = set()
    for path in (ROOT / "templates").glob("*.html"):
        source = path.read_text(encoding="utf-8")
        used |= set(re.findall(r"""\bt\(\s*["']([\w.]+)["']\s*[,)]""", source))
    assert len(used) > 20, "few t() calls found: the scan is broken"
    used |= {f"kind.{k.value}" for k in DocKind}  # built as "kind." ~ kind
    missing = sorted(k for k in used if not messages.has(k))
    assert not missing


def test_pages_use_only_local_assets_and_no_inline_script_or_style(client: TestClient) -> None:
    for url in (
        "/",
        "/search?q=ประปา",
        "/docs",
        "/docs/pao?hl=s45",
        "/handbook",
        "/handbook/hb/p2",
        "/glossary",
        "/docs/nope",
    ):
        body = client.get(url).text
        assert not re.search(r"""(?:src|href)=["'](?:https?:)?//""", body), url
        assert not re.search(r"<script(?![^>]*\ssrc=)[^>]*>", body), url
        assert not re.search(r"\sstyle=", body) and "<style" not in body, url
        assert_no_injected_markup(body)
    htmx = client.get("/static/vendor/htmx.min.js")
    assert htmx.status_code == 200 and htmx.text.startswith("/*! htmx.org 2.")
    assert "Zero-Clause BSD" in (ROOT / "kmportal/web/static/vendor/htmx.LICENSE").read_text()
    css = client.get("/static/css/portal.css").text
    assert '"Sarabun", "Noto Sans Thai"' in css and '"Loma", "Garuda"' in css


def test_responses_carry_basic_security_headers(client: TestClient) -> None:
    r = client.get("/")
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["x-frame-options"] == "DENY"


def test_empty_index_shows_what_to_do_next(settings: Settings, engine: Engine) -> None:
    client = TestClient(create_app(settings, service=FakeService(engine)))
    for url in ("/", "/search?q=ประปา"):
        r = client.get(url)
        assert r.status_code == 200 and "ยังไม่มีเอกสารในระบบ" in r.text
        assert "kmportal ingest" in r.text


def test_healthz_answers_without_opening_the_search_service(settings: Settings) -> None:
    app = create_app(settings)
    r = TestClient(app).get("/healthz")
    assert r.status_code == 200 and r.json() == {"status": "ok", "index_loaded": False}
    assert app.state.holder.ready is False


def test_an_index_that_cannot_open_is_a_503_page_while_healthz_stays_up(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kmportal.errors import IndexUnavailable
    from kmportal.search import service as search_service
    from kmportal.web import holder as holder_module

    def refuse(*_args: object, **_kwargs: object) -> object:
        raise IndexUnavailable("ดัชนีเสียหาย (index does not match the database)")

    monkeypatch.setattr(search_service.SearchService, "open", classmethod(refuse))
    monkeypatch.setattr(holder_module, "RETRY_DELAY", 0.01)
    with TestClient(create_app(settings)) as client:  # the warm-up tries, logs, gives up
        holder = client.app.state.holder  # type: ignore[attr-defined]
        holder._warmer.join(5)
        health = client.get("/healthz")
        assert health.status_code == 503
        assert health.json() == {
            "status": "error",
            "index_loaded": False,
            "index_error": "ดัชนีเสียหาย (index does not match the database)",
        }
        page = client.get("/search?q=ประปา")
        assert page.status_code == 503 and "ดัชนีเสียหาย" in page.text
        assert "ดัชนีค้นหายังไม่พร้อมใช้งาน" in page.text
        api = client.get("/api/search?q=ประปา")
        assert api.status_code == 503 and "ดัชนีเสียหาย" in api.json()["error"]


def test_the_km_link_shows_only_to_roles_that_may_open_km(
    settings: Settings, service: FakeService
) -> None:
    client = TestClient(create_app(settings, service=service))
    assert '<a href="/km">' not in client.get("/docs").text
    sign_in(client, Role.viewer, username="reader")
    assert '<a href="/km">' not in client.get("/docs").text
    coordinator = TestClient(create_app(settings, service=service))
    sign_in(coordinator, Role.coordinator)  # KM is for coordinators
    assert '<a href="/km">' in coordinator.get("/docs").text


def test_only_the_web_package_imports_fastapi() -> None:
    offenders = [
        str(p.relative_to(ROOT))
        for p in (ROOT / "kmportal").rglob("*.py")
        if "web" not in p.relative_to(ROOT / "kmportal").parts[:1]
        and re.search(
            r"^\s*(?:from|import)\s+(?:fastapi|starlette)\b", p.read_text(encoding="utf-8"), re.M
        )
    ]
    assert offenders == []
