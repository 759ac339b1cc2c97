"""The portal over the real ingest and SearchService, on a tiny Thai corpus
(:mod:`helpers.tiny_corpus`)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from helpers.tiny_corpus import ingest_fixture

from kmportal.settings import Settings


@pytest.fixture(scope="module")
def real_client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    from kmportal.web.app import create_app

    settings = ingest_fixture(tmp_path_factory.mktemp("web-real"))
    with TestClient(create_app(settings)) as client:
        yield client


def test_real_search_finds_the_water_supply_section_first_with_its_citation(
    real_client: TestClient,
) -> None:
    r = real_client.get(
        "/search", params={"q": "อบจ. ทำประปาได้ไหม"}, headers={"HX-Request": "true"}
    )
    assert r.status_code == 200 and "<html" not in r.text
    first = re.search(r'<a class="citation" href="([^"]+)"[^>]*>([^<]+)<span', r.text)
    assert first is not None
    assert first.group(1) == "/docs/tiny-pao-act?hl=s46#s46"
    assert first.group(2) == "มาตรา 46"
    assert "<mark>" in r.text


def test_real_api_search_answers_the_service_response_dict(real_client: TestClient) -> None:
    from kmportal.search.service import SearchService

    body = real_client.get("/api/search", params={"q": "ประปา", "k": 3}).json()
    assert set(body) == {"query", "truncated", "citation", "notes", "results"}
    assert body["results"][0]["doc"] == "tiny-pao-act"
    service = real_client.app.state.holder.get()  # type: ignore[attr-defined]
    assert isinstance(service, SearchService)
    assert body == service.search("ประปา", k=3).to_dict()


def test_real_document_viewer_highlights_the_section_and_shows_related(
    real_client: TestClient,
) -> None:
    r = real_client.get("/docs/tiny-pao-act", params={"hl": "s45"})
    assert r.status_code == 200
    assert '<section id="s45" class="sec sec--hl"' in r.text
    assert '<aside class="footnotes"><p class="footnote" id="fn-1">' in r.text
    related = r.text[r.text.index('class="related"') :]
    assert re.search(r'<a href="/docs/tiny-handbook\?hl=p\d+#p\d+">', related)


def test_real_handbook_links_the_law_reference_to_the_act_section(real_client: TestClient) -> None:
    index = real_client.get("/handbook").text
    chapters = re.findall(r'href="(/handbook/tiny-handbook/p\d+)"', index)
    assert len(chapters) >= 2
    pages = [real_client.get(url).text for url in chapters]
    assert any('<a class="lawref" href="/docs/tiny-pao-act?hl=s45#s45"' in p for p in pages), (
        "มาตรา 45 (8) in the handbook should link to the Act"
    )
    assert any('<abbr title="องค์กรปกครองส่วนท้องถิ่น' in p for p in pages)


def test_real_document_list_and_api_agree_on_the_documents(real_client: TestClient) -> None:
    api = {d["id"]: d for d in real_client.get("/api/docs").json()}
    assert set(api) == {"tiny-pao-act", "tiny-handbook"}
    page = real_client.get("/docs").text
    assert "พ.ศ. 25" in page and f'<td class="num">{api["tiny-pao-act"]["n_sections"]}</td>' in page
    sec = real_client.get("/api/docs/tiny-pao-act/sections/s46").json()
    assert "ประปา" in sec["text"]


def test_real_empty_data_dir_serves_the_empty_state(tmp_path: Path) -> None:
    from kmportal.web.app import create_app

    settings = Settings(data_dir=tmp_path / "empty")
    with TestClient(create_app(settings)) as client:
        assert client.get("/healthz").json()["status"] == "ok"
        r = client.get("/")
        assert r.status_code == 200 and "ยังไม่มีเอกสารในระบบ" in r.text
