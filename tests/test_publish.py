"""When a long ingest publishes index generations."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from helpers.thai_corpus import FakeEmbedder, write_corpus

from kmportal.db import make_engine
from kmportal.index import publish
from kmportal.index.publish import Publisher
from kmportal.ingest.pipeline import ingest_paths
from kmportal.settings import Settings


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clocked(
    settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[Publisher, Clock]:
    """A publisher over the Acts ingested, on a clock the test moves."""
    write_corpus(tmp_path / "corpus")
    ingest_paths(settings, [tmp_path / "corpus" / "acts"], embedder=FakeEmbedder())
    clock = Clock()
    monkeypatch.setattr(publish.time, "monotonic", clock)
    pub = Publisher(
        make_engine(settings),
        settings.index_dir,
        embedder=FakeEmbedder.name,
        dim=lambda: FakeEmbedder.dim,
        min_interval=15.0,
    )
    return pub, clock


def test_a_publication_waits_for_changes_and_for_its_interval(
    clocked: tuple[Publisher, Clock], monkeypatch: pytest.MonkeyPatch
) -> None:
    pub, clock = clocked
    pub.changed()
    clock.now += 14
    assert not pub.due()  # 15 s at least between publications
    clock.now += 2
    assert pub.due()
    pub.dirty = False
    clock.now += 60
    assert pub.maybe() is None  # nothing changed, nothing to publish
    pub.changed()

    def slow_build(*_args: object, **_kw: object) -> object:
        clock.now += 10.0  # a build of 10 s
        return object()

    monkeypatch.setattr(publish.store, "build", slow_build)
    pub.maybe()
    assert pub.count == 1 and not pub.dirty
    pub.changed()
    clock.now += 30
    # A 10 s build may take a fifth of the time at most: 50 s before the next.
    assert not pub.due()
    clock.now += 20
    assert pub.due()


def test_vectors_alone_are_published_less_often_than_new_documents(
    clocked: tuple[Publisher, Clock],
) -> None:
    pub, clock = clocked
    pub.changed("vectors added")
    clock.now += 16
    assert not pub.due()  # every server would reload for a few more vectors
    clock.now += publish.VECTORS_INTERVAL - 16
    assert pub.due()
    pub.changed("documents stored")  # new documents: findable only once published
    clock.now = 1000.0 + 16
    assert pub.due()


def test_every_build_logs_why_it_was_made(
    settings: Settings, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    write_corpus(tmp_path / "corpus")
    caplog.set_level(logging.INFO, logger="kmportal.index.store")
    ingest_paths(settings, [tmp_path / "corpus" / "acts"], embedder=FakeEmbedder())
    reasons = [r.getMessage() for r in caplog.records if "building the search index" in r.message]
    # Words first, vectors after: each publication says which it was.
    assert reasons == [
        "building the search index: documents stored",
        "building the search index: vectors added",
    ]
    caplog.clear()
    pub = Publisher(
        make_engine(settings),
        settings.index_dir,
        embedder=FakeEmbedder.name,
        dim=lambda: FakeEmbedder.dim,
    )
    pub.changed("vectors added")
    pub.now()
    pub.now("kmportal reindex")
    reasons = [r.getMessage() for r in caplog.records if "building the search index" in r.message]
    assert reasons == [
        "building the search index: vectors added",
        "building the search index: kmportal reindex",
    ]
