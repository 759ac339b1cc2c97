"""The portal's Prometheus figures (prometheus-client), served at ``/metrics`` to
admins (a session, or ``Authorization: Bearer`` with an admin's API token).

Each app has its own registry (tests build many apps in one process). Counted
as requests pass (:mod:`kmportal.web.observe`): requests by method, route
template and status, their latency, and the search service's own latency. Read
at each scrape: the index on disk (generation, chunk count, chunks with vectors,
loaded or not), the library (documents, fully indexed, vectors pending) and
the upload jobs by status.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Histogram
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.registry import Collector
from sqlalchemy import func
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from kmportal.docstore.jobs import JobStatus, UploadJob
from kmportal.docstore.library import library_status
from kmportal.index import generations
from kmportal.index.manifest import Manifest
from kmportal.settings import Settings
from kmportal.web.holder import ServiceHolder

# Seconds: a page or an API answer, then a search (model call included).
LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)


class PortalMetrics:
    def __init__(self, settings: Settings, engine: Engine, holder: ServiceHolder) -> None:
        self.registry = CollectorRegistry()
        self.requests = Counter(
            "kmportal_http_requests",
            "HTTP requests answered, by method, route template and status",
            ["method", "route", "status"],
            registry=self.registry,
        )
        self.latency = Histogram(
            "kmportal_http_request_duration_seconds",
            "Time to answer an HTTP request, by method and route template",
            ["method", "route"],
            buckets=LATENCY_BUCKETS,
            registry=self.registry,
        )
        self.search_seconds = Histogram(
            "kmportal_search_duration_seconds",
            "Time the search service took for one query (pages and API)",
            buckets=LATENCY_BUCKETS,
            registry=self.registry,
        )
        self.registry.register(_StateCollector(settings, engine, holder))

    def observe_request(self, method: str, route: str, status: int, seconds: float) -> None:
        self.requests.labels(method, route, str(status)).inc()
        self.latency.labels(method, route).observe(seconds)

    def render(self) -> tuple[bytes, str]:
        from prometheus_client import generate_latest

        return generate_latest(self.registry), CONTENT_TYPE_LATEST


class _StateCollector(Collector):
    """What is true now, read at scrape time: the index and the upload jobs."""

    def __init__(self, settings: Settings, engine: Engine, holder: ServiceHolder) -> None:
        self.settings, self.engine, self.holder = settings, engine, holder

    def collect(self) -> Iterator[Metric]:
        loaded = GaugeMetricFamily(
            "kmportal_index_loaded", "1 once the search service has opened the index"
        )
        loaded.add_metric([], 1.0 if self.holder.ready else 0.0)
        yield loaded
        manifest = _current_manifest(self.settings)
        if manifest is not None:
            built = datetime.fromisoformat(manifest.built_at).timestamp()
            yield GaugeMetricFamily(
                "kmportal_index_generation_timestamp_seconds",
                "When the index generation on disk was built (changes with each generation)",
                value=built,
            )
            yield GaugeMetricFamily(
                "kmportal_index_chunks",
                "Chunks in the index generation on disk",
                value=manifest.chunk_count,
            )
            yield GaugeMetricFamily(
                "kmportal_index_chunks_with_vectors",
                "Chunks of the index generation on disk the dense arm can find (the rest by words)",
                value=manifest.embedded_count,
            )
        jobs = GaugeMetricFamily(
            "kmportal_upload_jobs", "Upload jobs (documents) by status", labels=["status"]
        )
        with Session(self.engine) as session:
            stored = library_status(session)
            counts = dict(
                session.exec(
                    select(UploadJob.status, func.count()).group_by(col(UploadJob.status))
                ).all()
            )
        for status in JobStatus:
            jobs.add_metric([status.value], float(counts.get(status, 0)))
        yield jobs
        yield GaugeMetricFamily(
            "kmportal_documents", "Documents stored (searchable by words)", value=stored.documents
        )
        yield GaugeMetricFamily(
            "kmportal_documents_fully_indexed",
            "Documents every chunk of which has its vector",
            value=stored.fully_indexed,
        )
        yield GaugeMetricFamily(
            "kmportal_vectors_pending",
            "Chunks and power wordings still waiting for their vector",
            value=stored.pending_vectors,
        )


def _current_manifest(settings: Settings) -> Manifest | None:
    folder = generations.current_folder(settings.index_dir)
    if folder is None:
        return None
    try:
        return Manifest.read(folder)
    except (OSError, ValueError, TypeError):  # a generation being replaced: next scrape
        return None
