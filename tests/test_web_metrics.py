"""``/metrics`` (:mod:`kmportal.web.metrics`): scraped by an admin's API token as
Prometheus would, refused to everyone else, and the figures move with what the
portal does — requests by route and status, search latency, the index on
disk, upload jobs by status."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from helpers.auth import api_token, create_account, sign_in
from helpers.thai_corpus import FakeEmbedder, write_corpus
from helpers.web import StubService
from prometheus_client.parser import text_string_to_metric_families

from kmportal.auth.models import Role
from kmportal.db import make_engine
from kmportal.docstore.jobs import JobAction, JobStatus
from kmportal.ingest.pipeline import embed_stored, ingest_paths
from kmportal.settings import Settings
from kmportal.uploads.jobs import create_job
from kmportal.web.app import create_app

Samples = dict[tuple[str, tuple[tuple[str, str], ...]], float]


def scrape(client: TestClient, token: str) -> Samples:
    answer = client.get("/metrics", headers={"Authorization": f"Bearer {token}"})
    assert answer.status_code == 200, answer.text
    assert answer.headers["content-type"].startswith("text/plain; version=")
    return {
        (s.name, tuple(sorted(s.labels.items()))): s.value
        for family in text_string_to_metric_families(answer.text)
        for s in family.samples
    }


@pytest.fixture
def admin_token(settings: Settings) -> str:
    create_account(settings, "monitor", Role.admin)
    return api_token(settings, "monitor", name="prometheus")


def test_only_admins_may_scrape(settings: Settings, admin_token: str) -> None:
    with TestClient(create_app(settings, service=StubService())) as client:  # type: ignore[arg-type]
        assert client.get("/metrics", follow_redirects=False).status_code == 303  # to /login
        bad = client.get("/metrics", headers={"Authorization": "Bearer kmp_not-a-token"})
        assert bad.status_code == 401
        sign_in(client, Role.viewer)
        assert client.get("/metrics").status_code == 403
        assert scrape(client, admin_token)[("kmportal_index_loaded", ())] == 1.0


def test_requests_and_search_latency_are_counted_by_route_and_status(
    settings: Settings, admin_token: str
) -> None:
    with TestClient(create_app(settings, service=StubService())) as client:  # type: ignore[arg-type]
        before = scrape(client, admin_token)
        for _ in range(3):
            client.get("/search", params={"q": "ประปา"})
        client.get("/api/search", params={"q": "มาตรา 45"})
        client.get("/docs/no-such-document")
        after = scrape(client, admin_token)

    def grew(name: str, **labels: str) -> float:
        key = (name, tuple(sorted(labels.items())))
        return after.get(key, 0.0) - before.get(key, 0.0)

    requests = "kmportal_http_requests_total"
    assert grew(requests, method="GET", route="/search", status="200") == 3
    assert grew(requests, method="GET", route="/api/search", status="200") == 1
    assert grew(requests, method="GET", route="/docs/{doc_id}", status="404") == 1
    latency = "kmportal_http_request_duration_seconds_count"
    assert grew(latency, method="GET", route="/search") == 3
    assert grew("kmportal_search_duration_seconds_count") == 4
    assert grew("kmportal_search_duration_seconds_bucket", le="+Inf") == 4


def test_the_index_and_the_upload_jobs_are_read_at_each_scrape(
    settings: Settings, admin_token: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    corpus = tmp_path_factory.mktemp("corpus")
    write_corpus(corpus)
    ingest_paths(settings, [corpus / "acts"], embedder=FakeEmbedder())
    engine = make_engine(settings)
    create_job(engine, action=JobAction.upload, doc_id="a", actor="x", status=JobStatus.failed)
    with TestClient(create_app(settings, service=StubService())) as client:  # type: ignore[arg-type]
        # Made once the portal runs (at start it marks jobs left queued as failed).
        create_job(engine, action=JobAction.upload, doc_id="b", actor="x", status=JobStatus.queued)
        first = scrape(client, admin_token)
        chunks = first[("kmportal_index_chunks", ())]
        assert chunks > 0 and first[("kmportal_index_generation_timestamp_seconds", ())] > 0
        assert first[("kmportal_upload_jobs", (("status", "failed"),))] == 1
        assert first[("kmportal_upload_jobs", (("status", "queued"),))] == 1
        assert first[("kmportal_upload_jobs", (("status", "done"),))] == 0
        create_job(engine, action=JobAction.removal, doc_id="a", actor="x", status=JobStatus.done)
        ingest_paths(settings, [corpus / "handbook"], embedder=FakeEmbedder())
        second = scrape(client, admin_token)
    engine.dispose()
    assert second[("kmportal_upload_jobs", (("status", "done"),))] == 1
    assert second[("kmportal_index_chunks", ())] > chunks
    generation = "kmportal_index_generation_timestamp_seconds"
    assert second[(generation, ())] >= first[(generation, ())]


def test_the_library_shows_how_much_waits_for_vectors(
    settings: Settings, admin_token: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    corpus = tmp_path_factory.mktemp("corpus")
    write_corpus(corpus)
    ingest_paths(settings, [corpus / "acts"], embedder=FakeEmbedder(), embed=False)
    with TestClient(create_app(settings, service=StubService())) as client:  # type: ignore[arg-type]
        words_only = scrape(client, admin_token)
        embed_stored(settings, embedder=FakeEmbedder())
        embedded = scrape(client, admin_token)
    documents = words_only[("kmportal_documents", ())]
    assert documents > 0 and words_only[("kmportal_documents_fully_indexed", ())] == 0
    assert words_only[("kmportal_vectors_pending", ())] > 0
    assert words_only[("kmportal_index_chunks_with_vectors", ())] == 0
    assert embedded[("kmportal_documents_fully_indexed", ())] == documents
    assert embedded[("kmportal_vectors_pending", ())] == 0
    assert embedded[("kmportal_index_chunks_with_vectors", ())] > 0
    assert (
        embedded[("kmportal_index_chunks_with_vectors", ())]
        <= embedded[("kmportal_index_chunks", ())]
    )
