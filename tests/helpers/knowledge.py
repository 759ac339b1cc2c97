"""A portal with real search over the tiny Thai corpus (the instant fake
embedder, so no model loads) for the knowledge tests, and what those tests do
to it: write notes, move them through review, wait for search to find them."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fastapi import FastAPI
from fastapi.testclient import TestClient

from helpers.auth import sign_in
from helpers.thai_corpus import FakeEmbedder
from helpers.tiny_corpus import write_fixture_corpus
from kmportal.auth.models import Role
from kmportal.db import prepare_database
from kmportal.ingest.pipeline import ingest_paths
from kmportal.search.service import SearchService
from kmportal.settings import Settings
from kmportal.web.app import create_app

CITING = "ตาม มาตรา 45 พ.ร.บ.อบจ. องค์การบริหารส่วนจังหวัดทำกิจการประปาได้"


@dataclass
class KnowledgePortal:
    app: FastAPI
    settings: Settings
    service: SearchService

    def client(self, role: Role, username: str) -> TestClient:
        c = TestClient(self.app, raise_server_exceptions=False)
        c.__enter__()
        sign_in(c, role, username=username)
        return c


def build(tmp: Path, **overrides: Any) -> KnowledgePortal:
    settings = Settings(data_dir=tmp / "data", corpus_dir=tmp / "corpus", **overrides)
    embedder = FakeEmbedder()
    ingest_paths(settings, write_fixture_corpus(tmp / "corpus"), embedder=embedder)
    service = SearchService(settings, prepare_database(settings), embedder=embedder)
    return KnowledgePortal(create_app(settings, service=service), settings, service)


def note(client: TestClient, title: str, body: str = CITING, **fields: Any) -> dict[str, Any]:
    r = client.post("/api/knowledge/notes", json={"title": title, "body": body, **fields})
    assert r.status_code == 201, r.text
    return r.json()  # type: ignore[no-any-return]


def submit(client: TestClient, note_id: int) -> dict[str, Any]:
    revision = client.get(f"/api/knowledge/notes/{note_id}").json()["revision"]
    r = client.post(f"/api/knowledge/notes/{note_id}/submit", json={"base_revision": revision})
    assert r.status_code == 200, r.text
    return r.json()  # type: ignore[no-any-return]


def review(client: TestClient, note_id: int, action: str, version: int, comment: str = "") -> Any:
    r = client.post(
        f"/api/knowledge/notes/{note_id}/{action}", json={"version": version, "comment": comment}
    )
    assert r.status_code == 200, r.text
    return r.json()


def published(
    writer: TestClient, coordinator: TestClient, title: str, body: str = CITING, **fields: Any
) -> dict[str, Any]:
    n = note(writer, title, body, submit=True, **fields)
    return review(coordinator, n["id"], "publish", n["version"])  # type: ignore[no-any-return]


def wait_for(predicate: Any, timeout: float = 10.0) -> float:
    """Seconds until ``predicate()`` holds; fails the test after ``timeout``."""
    started = time.monotonic()
    while not predicate():
        assert time.monotonic() - started < timeout, "timed out"
        time.sleep(0.05)
    return time.monotonic() - started


def search_docs(client: TestClient, query: str, **params: Any) -> list[str]:
    r = client.get("/api/search", params={"q": query, **params})
    assert r.status_code == 200, r.text
    return [h["doc"] for h in r.json()["results"]]


def results_mention(client: TestClient, query: str, marker: str) -> bool:
    """Does any hit for ``query`` (title, heading, text or snippet) contain ``marker``?"""
    r = client.get("/api/search", params={"q": query, "k": 50})
    assert r.status_code == 200, r.text
    return any(
        marker in " ".join((h["title"], h["heading"], h["text"], h["snippet"], h["section"]))
        for h in r.json()["results"]
    )
