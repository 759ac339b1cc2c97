"""Reloading a snapshot: a generation that only added vectors keeps what the
text gave the snapshot before and swaps in the new vectors; any other is read
whole."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.thai_corpus import FakeEmbedder, write_corpus
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select, update

from kmportal.db import prepare_database
from kmportal.docstore.models import Chunk
from kmportal.index import store
from kmportal.ingest.pipeline import ingest_paths
from kmportal.search.fusion import Mode
from kmportal.search.service import SearchService
from kmportal.settings import Settings

QUERIES = ("สภาตำบล องค์การบริหารส่วนตำบล", "มาตรา 45 อบจ.", "ภาษีน้ำมัน", "อำนาจหน้าที่")
DENSE = Mode(arms="dense")


@pytest.fixture
def library(tmp_path: Path) -> tuple[Settings, Engine, dict[str, Path]]:
    files = write_corpus(tmp_path / "corpus")
    settings = Settings(data_dir=tmp_path / "data")
    engine = prepare_database(settings)
    ingest_paths(settings, [files["pao-act"], files["tao-act"]], embedder=FakeEmbedder())
    return settings, engine, files


def _publish(settings: Settings, engine: Engine) -> None:
    store.build(engine, settings.index_dir, embedder=FakeEmbedder.name, dim=FakeEmbedder.dim)


def _answers(service: SearchService) -> list[list[tuple[str, str, float, str]]]:
    return [
        [(h.doc, h.section_key, h.score, h.snippet) for h in service.search(q, k=20).results]
        for q in QUERIES
    ]


def _dense_docs(service: SearchService) -> set[str]:
    return {h.doc for h in service.search(QUERIES[0], k=50, mode=DENSE).results}


def test_a_reload_after_a_vectors_only_generation_answers_as_a_fresh_load(
    library: tuple[Settings, Engine, dict[str, Path]],
) -> None:
    settings, engine, _ = library
    # The TAO Act's vectors not there yet, as while a library is embedded.
    with Session(engine) as session:
        saved = session.exec(
            select(Chunk.id, Chunk.embedding).where(col(Chunk.doc_id) == "tao-act")
        ).all()
        session.exec(update(Chunk).where(col(Chunk.doc_id) == "tao-act").values(embedding=None))
        session.commit()
    _publish(settings, engine)
    service = SearchService.open(settings, embedder=FakeEmbedder())
    before = service.snapshot
    assert _dense_docs(service) == {"pao-act"}

    with Session(engine) as session:
        for cid, blob in saved:
            session.exec(update(Chunk).where(col(Chunk.id) == cid).values(embedding=blob))
        session.commit()
    _publish(settings, engine)
    service.reload()
    after = service.snapshot

    # What the text gave is the same objects, not read again ...
    assert after is not before and after.docs is before.docs
    assert after.companions is before.companions and after.section_of is before.section_of
    assert after.index is not None and before.index is not None
    assert after.index.words is before.index.words
    # ... and the vectors are the new generation's: the TAO Act is found by meaning.
    assert after.index.folder != before.index.folder
    assert _dense_docs(service) == {"pao-act", "tao-act"}
    fresh = SearchService.open(settings, embedder=FakeEmbedder())
    assert _answers(service) == _answers(fresh)
    # A search that started on the old snapshot still answers from its own vectors.
    assert {h.doc for h in before.search(QUERIES[0], k=50, mode=DENSE).results} == {"pao-act"}


def test_a_generation_that_changed_documents_is_read_whole(
    library: tuple[Settings, Engine, dict[str, Path]],
) -> None:
    settings, _, files = library
    service = SearchService.open(settings, embedder=FakeEmbedder())
    before = service.snapshot

    ingest_paths(settings, [files["dec-act"]], embedder=FakeEmbedder())
    service.reload()
    after = service.snapshot

    assert after.docs is not before.docs and "dec-act" in after.docs
    assert after.index is not None and before.index is not None
    assert after.index.words is not before.index.words
    fresh = SearchService.open(settings, embedder=FakeEmbedder())
    assert _answers(service) == _answers(fresh)


def test_the_lexical_arm_takes_the_best_rows_best_first_ties_by_row() -> None:
    import numpy as np

    from kmportal.search.snapshot import _best

    scores = np.asarray([0.5, 3.0, 0.0, 3.0, 2.0, 0.5, 7.0], dtype=np.float32)
    assert _best(scores, 4).tolist() == [6, 1, 3, 4]
    assert _best(scores, 6).tolist() == [6, 1, 3, 4, 0, 5]
    assert _best(scores, 50).tolist() == [6, 1, 3, 4, 0, 5, 2]
