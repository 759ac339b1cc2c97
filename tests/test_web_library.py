"""The library in the portal: documents page by page, filtered and sorted;
search by law group; long Acts a page at a time; how much is indexed."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from helpers.library_corpus import GROUPS, write_library
from helpers.thai_corpus import FakeEmbedder

from kmportal.docstore import library
from kmportal.ingest.pipeline import ingest_paths
from kmportal.search.service import SearchService
from kmportal.settings import Settings
from kmportal.web import views
from kmportal.web.app import create_app

N_ACTS = 9


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Settings, dict[str, str]]:
    root = tmp_path_factory.mktemp("web-library")
    titles = write_library(root / "law", N_ACTS, sections=40)
    settings = Settings(data_dir=root / "data")
    report = ingest_paths(settings, [root / "law"], embedder=FakeEmbedder())
    assert len(report.added) == N_ACTS
    return settings, titles


@pytest.fixture(scope="module")
def client(built: tuple[Settings, dict[str, str]]) -> Iterator[TestClient]:
    settings, _ = built
    service = SearchService.open(settings, embedder=FakeEmbedder())
    with TestClient(create_app(settings, service=service)) as c:
        yield c


def _titles(html: str) -> list[str]:
    return re.findall(r'<td><a href="/docs/[^"]+">([^<]+)</a></td>', html)


def test_the_document_list_pages_filters_and_sorts(
    client: TestClient, built: tuple[Settings, dict[str, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    _, titles = built
    monkeypatch.setattr(library, "PER_PAGE", 4)
    first = client.get("/docs").text
    assert _titles(first) == sorted(titles.values())[:4]
    assert "หน้า 1 จาก 3" in first and 'rel="next"' in first and 'rel="prev"' not in first
    last = client.get("/docs", params={"page": 3}).text
    assert _titles(last) == sorted(titles.values())[8:]
    backwards = client.get("/docs", params={"sort": "-title"}).text
    assert _titles(backwards) == sorted(titles.values(), reverse=True)[:4]
    # Years 2490, 2491, ...: the oldest first by the day each was given.
    by_date = _titles(client.get("/docs", params={"sort": "date"}).text)
    assert by_date == [titles[s] for s in sorted(titles)][:4]
    grouped = client.get("/docs", params={"group": GROUPS[2]}).text
    members = [t for s, t in titles.items() if (int(s) - 300000) // 37 % 3 == 2]
    assert sorted(_titles(grouped)) == sorted(members)
    assert client.get("/docs", params={"kind": "news"}).text.count("<tr>") == 0
    assert client.get("/docs", params={"sort": "nonsense"}).status_code == 422
    # htmx asks for the list alone when a filter changes.
    part = client.get("/docs", params={"group": GROUPS[2]}, headers={"HX-Request": "true"})
    assert "<html" not in part.text and "<table" in part.text


def test_the_document_list_says_how_much_is_indexed(client: TestClient) -> None:
    page = client.get("/docs").text
    assert "ดัชนีครบทุกเอกสาร (9 เอกสาร" in page
    health = client.get("/healthz").json()
    lib = health["library"]
    assert lib["documents"] == N_ACTS and lib["fully_indexed"] == N_ACTS
    assert lib["fully_indexed_fraction"] == 1.0
    assert lib["pending_vectors"] == 0 and lib["chunks"] == lib["searchable_chunks"] > 0
    assert 0 < lib["chunks_with_vectors"] < lib["chunks"]  # reasons for enactment: words only
    assert lib["ingest_running"] is False


def test_the_api_pages_through_documents_with_link_headers(client: TestClient) -> None:
    r = client.get("/api/docs", params={"per_page": 4, "page": 2, "sort": "title"})
    assert r.status_code == 200 and len(r.json()) == 4
    assert r.headers["X-Total-Count"] == str(N_ACTS)
    links = dict(
        (rel, url) for url, rel in re.findall(r'<([^>]+)>; rel="(\w+)"', r.headers["Link"])
    )
    assert "page=1" in links["prev"] and "page=3" in links["next"] and "per_page=4" in links["next"]
    everything = client.get("/api/docs").json()
    assert len(everything) == N_ACTS and "Link" not in client.get("/api/docs").headers
    doc = everything[0]
    assert doc["law_groups"] and doc["source_url"].startswith("https://law.example/")
    grouped = client.get("/api/docs", params={"group": GROUPS[1]}).json()
    assert grouped and all(GROUPS[1] in d["law_groups"] for d in grouped)
    assert client.get("/api/docs", params={"per_page": 0}).status_code == 422


def test_search_can_be_limited_to_a_law_group(client: TestClient) -> None:
    every = client.get("/api/search", params={"q": "ใบอนุญาต", "k": 50}).json()["results"]
    some = client.get("/api/search", params={"q": "ใบอนุญาต", "k": 50, "group": GROUPS[2]}).json()[
        "results"
    ]
    docs = client.get("/api/docs", params={"group": GROUPS[2]}).json()
    assert some and {h["doc"] for h in some} <= {d["id"] for d in docs} < {h["doc"] for h in every}
    page = client.get("/search", params={"q": "ใบอนุญาต", "group": GROUPS[2]}).text
    assert f'<option value="{GROUPS[2]}" selected>' in page


def test_a_long_act_opens_a_page_at_a_time(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(views, "PAGE_CHARS", 3000)
    first = client.get("/docs/300000")
    assert first.status_code == 200
    assert 'id="s1"' in first.text and 'id="s40"' not in first.text
    pages = int(re.search(r"หน้าเอกสาร 1 จาก (\d+)", first.text).group(1))  # type: ignore[union-attr]
    assert pages > 3
    # The contents list every section; a section opens on its own page.
    assert 'href="/docs/300000?hl=s40#s40"' in first.text
    far = client.get("/docs/300000", params={"hl": "s40"}).text
    assert 'id="s40"' in far and 'id="s1"' not in far and f"จาก {pages}" in far
    assert client.get("/docs/300000", params={"page": pages + 1}).status_code == 404
    # Every section is on exactly one page.
    seen = []
    for n in range(1, pages + 1):
        seen += re.findall(r'<section id="(s\d+)"', client.get(f"/docs/300000?page={n}").text)
    assert seen == [f"s{i}" for i in range(1, 41)]


def test_documents_listing_never_reads_the_texts(
    built: tuple[Settings, dict[str, str]], tmp_path: Path
) -> None:
    from sqlalchemy import event

    from kmportal.db import make_engine

    settings, _ = built
    engine = make_engine(settings)
    statements: list[str] = []
    event.listen(engine, "before_cursor_execute", lambda *a: statements.append(a[2]))
    from sqlmodel import Session

    with Session(engine) as session:
        library.page_documents(session, per_page=3)
    assert statements and not any(re.search(r"document\.text\b", s) for s in statements)
