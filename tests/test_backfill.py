"""Vectors for stored chunks, batch by batch, resumably."""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from helpers.thai_corpus import FakeEmbedder, write_corpus
from sqlmodel import Session, select

from kmportal.db import make_engine
from kmportal.docstore.models import Chunk, Document, Power
from kmportal.index import publish, store
from kmportal.index.backfill import NO_VECTOR, EarlyEmbed, embed_pending, pending
from kmportal.index.publish import Publisher
from kmportal.ingest.pipeline import ingest_paths
from kmportal.settings import Settings


@pytest.fixture
def stored(settings: Settings, tmp_path: Path) -> Settings:
    write_corpus(tmp_path / "corpus")
    report = ingest_paths(settings, [tmp_path / "corpus"], embedder=FakeEmbedder(), embed=False)
    assert report.embedded == 0 and report.pending > 0
    return settings


def test_an_ingest_without_vectors_leaves_every_dense_chunk_pending(stored: Settings) -> None:
    engine = make_engine(stored)
    with Session(engine) as session:
        chunks = session.exec(select(Chunk)).all()
        powers = session.exec(select(Power)).all()
        todo = pending(session)
        counted = sum(d.pending_vectors for d in session.exec(select(Document)))
    # Chunks and the register of powers' wordings wait together.
    waiting = sum(1 for c in chunks if c.embedding is None) + len(powers)
    assert powers and todo.chunks == counted == waiting
    assert todo.documents == 4
    assert all(c.embedding in (None, NO_VECTOR) for c in chunks)
    assert all(p.embedding is None for p in powers)


def test_a_failed_batch_loses_only_itself_and_the_next_run_finishes(stored: Settings) -> None:
    engine = make_engine(stored)
    with Session(engine) as session:
        before = pending(session)
    with pytest.raises(KeyboardInterrupt):
        embed_pending(engine, FakeEmbedder(fail_on_call=3), batch=8)
    with Session(engine) as session:
        middle = pending(session)
        vectors = [c.embedding for c in session.exec(select(Chunk))]
        vectors += [p.embedding for p in session.exec(select(Power))]
        counted = sum(d.pending_vectors for d in session.exec(select(Document)))
    # Two batches of 8 were committed with their documents' counts.
    assert middle.chunks == before.chunks - 16 == counted
    assert sum(1 for v in vectors if v) == 16
    emb = FakeEmbedder()
    assert embed_pending(engine, emb, batch=8) == before.chunks - 16
    with Session(engine) as session:
        assert pending(session).chunks == 0
        for chunk in session.exec(select(Chunk)):
            if chunk.embedding:
                assert chunk.embedding == emb.embed_passages([chunk.embed_text])[0].tobytes()
        for power in session.exec(select(Power)):
            assert power.embedding == emb.embed_passages([power.text])[0].tobytes()


def test_documents_of_another_model_are_left_to_reembed(stored: Settings) -> None:
    engine = make_engine(stored)
    with Session(engine) as session:
        doc = session.get(Document, "dec-act")
        assert doc is not None
        doc.embedded_with = "other/model"
        session.add(doc)
        session.commit()
    embed_pending(engine, FakeEmbedder())
    with Session(engine) as session:
        assert pending(session, embedder="other/model").documents == 1
        assert pending(session, embedder=FakeEmbedder.name).chunks == 0


def test_vectors_are_published_as_they_arrive(
    stored: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(publish, "BUILD_SHARE", 0.0)
    monkeypatch.setattr(publish, "VECTORS_INTERVAL", 0.0)
    engine = make_engine(stored)
    published = []
    publisher = Publisher(
        engine,
        stored.index_dir,
        embedder=FakeEmbedder.name,
        dim=lambda: FakeEmbedder.dim,
        min_interval=0.0,
        on_publish=published.append,
    )
    embed_pending(engine, FakeEmbedder(), publisher=publisher, batch=8)
    counts = [m.embedded_count for m in published]
    with Session(engine) as session:
        dense = sum(1 for c in session.exec(select(Chunk)) if c.embedding)
    assert counts == sorted(counts) and counts[-1] == dense and len(counts) >= 3
    # While vectors arrive the chunks are the same: the lexical files are reused.
    first, last = published[0], published[-1]
    assert first.lexical_fingerprint == last.lexical_fingerprint
    assert first.files["words.npz"] == last.files["words.npz"]
    assert store.check(engine, stored.index_dir, embedder=FakeEmbedder.name) == []


def test_embedding_stops_between_batches_when_asked(stored: Settings) -> None:
    engine = make_engine(stored)
    stop = threading.Event()

    class StopsAfterOne(FakeEmbedder):
        def embed_passages(self, texts: Sequence[str], **kw: Any) -> Any:
            stop.set()  # asked while the first batch is in hand: it is still stored
            return super().embed_passages(texts, **kw)

    with Session(engine) as session:
        before = pending(session).chunks
    assert embed_pending(engine, StopsAfterOne(), batch=8, stop=stop) == 8
    with Session(engine) as session:
        assert pending(session).chunks == before - 8


def test_the_next_batch_embeds_while_one_is_stored(
    stored: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kmportal.index import backfill

    events: list[str] = []
    store_batch = backfill._store

    def slow_store(*args: Any) -> None:
        events.append("store")
        time.sleep(0.2)
        store_batch(*args)
        events.append("stored")

    embedded: list[int] = []

    class Records(FakeEmbedder):
        def embed_passages(self, texts: Sequence[str], **kw: Any) -> Any:
            events.append("embed")
            embedded.append(len(texts))
            return super().embed_passages(texts, **kw)

    monkeypatch.setattr(backfill, "_store", slow_store)
    engine = make_engine(stored)
    with Session(engine) as session:
        before = pending(session).chunks
    assert embed_pending(engine, Records(), batch=8) == before
    # No row went to the embedder twice, though a batch was taken while the
    # one ahead of it still had no vectors stored.
    assert sum(embedded) == before and len(embedded) == -(-before // 8)
    embeds = [i for i, e in enumerate(events) if e == "embed"]
    stores = [i for i, e in enumerate(events) if e == "stored"]
    assert all(embeds[k] < stores[k - 1] for k in range(1, len(embeds)))
    with Session(engine) as session:
        assert pending(session).chunks == 0


def test_early_embedding_hands_its_failure_to_the_ingest(stored: Settings) -> None:
    emb = FakeEmbedder(fail_on_call=1)
    early = EarlyEmbed(make_engine(stored), emb).start()
    deadline = time.monotonic() + 10
    while emb.passage_calls < 1 and time.monotonic() < deadline:
        time.sleep(0.01)
    with pytest.raises(KeyboardInterrupt, match="simulated kill"):
        early.finish()
