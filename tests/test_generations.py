"""Generation folders (:mod:`kmportal.index.generations`): the pointer, holds
that keep a folder in use by this or another process, pruning the rest."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.child import holding
from helpers.thai_corpus import FakeEmbedder
from sqlalchemy.engine import Engine

from kmportal.errors import IndexUnavailable
from kmportal.index import generations, store
from kmportal.settings import Settings

pytestmark = pytest.mark.storage

EMB = FakeEmbedder.name


def test_a_pointer_to_a_vanished_generation_counts_as_unbuilt(
    built: tuple[Settings, Engine, Path],
) -> None:
    settings, _, _ = built
    (settings.index_dir / generations.POINTER).write_text("gen-gone", encoding="utf-8")
    assert generations.current_folder(settings.index_dir) is None
    with pytest.raises(IndexUnavailable):
        store.load(settings.index_dir)


def test_a_rebuild_publishes_a_new_generation_and_prunes_all_but_the_last_few(
    built: tuple[Settings, Engine, Path],
) -> None:
    settings, engine, _ = built
    old = generations.current_folder(settings.index_dir)
    store.build(engine, settings.index_dir, embedder=EMB, dim=FakeEmbedder.dim)
    new = generations.current_folder(settings.index_dir)
    assert new is not None and old is not None and new != old
    # The previous generations stay a while: a portal may be loading one of them.
    assert old.exists()
    for _ in range(generations.KEEP_PREVIOUS):
        store.build(engine, settings.index_dir, embedder=EMB, dim=FakeEmbedder.dim)
    assert not old.exists() and new.exists()
    gens = sorted(p.name for p in settings.index_dir.glob("gen-*"))
    assert len(gens) == generations.KEEP_PREVIOUS + 1
    new = generations.current_folder(settings.index_dir)
    assert new is not None and gens[-1] == new.name
    assert not (settings.index_dir / f"{generations.POINTER}.tmp").exists()
    assert store.check(engine, settings.index_dir, embedder=EMB) == []


def _rebuild(settings: Settings, engine: Engine, times: int) -> None:
    for _ in range(times):
        store.build(engine, settings.index_dir, embedder=EMB, dim=FakeEmbedder.dim)


def test_a_generation_a_reader_holds_is_kept_until_it_lets_go(
    built: tuple[Settings, Engine, Path],
) -> None:
    settings, engine, _ = built
    loaded = store.load(settings.index_dir)
    _rebuild(settings, engine, generations.KEEP_PREVIOUS + 2)
    assert loaded.folder.is_dir() and (loaded.folder / "subwords.npz").exists()
    gens = sorted(p.name for p in settings.index_dir.glob("gen-*"))
    assert len(gens) == generations.KEEP_PREVIOUS + 2 and gens[0] == loaded.folder.name
    folder = loaded.folder
    del loaded  # a snapshot replaced: its hold goes with it
    _rebuild(settings, engine, 1)
    assert not folder.exists()
    assert len(list(settings.index_dir.glob("gen-*"))) == generations.KEEP_PREVIOUS + 1
    assert not list(settings.index_dir.glob(f"{generations.RETIRED}*"))


def test_a_generation_held_by_another_process_is_kept(
    built: tuple[Settings, Engine, Path],
) -> None:
    code = (
        "from pathlib import Path; from kmportal.index import store\n"
        "index = store.load(Path(sys.argv[1])); print(index.folder.name, flush=True)"
    )
    settings, engine, _ = built
    with holding(code, str(settings.index_dir)) as (_child, name):
        _rebuild(settings, engine, generations.KEEP_PREVIOUS + 1)
        assert (settings.index_dir / name / "vectors.faiss").exists()
    # kill -9 dropped its hold as well
    _rebuild(settings, engine, 1)
    assert not (settings.index_dir / name).exists()


def test_a_reader_that_finds_its_generation_pruned_reads_the_pointer_again(
    built: tuple[Settings, Engine, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    settings, engine, _ = built
    first = generations.current_folder(settings.index_dir)
    _rebuild(settings, engine, 1)
    real = generations.current_folder
    answers = [first]  # the pointer as read just before the pruning, then as it is

    def stale_once(index_dir: Path) -> Path | None:
        return answers.pop() if answers else real(index_dir)

    assert first is not None and generations.prune(first) and not first.exists()
    monkeypatch.setattr(generations, "current_folder", stale_once)
    loaded = store.load(settings.index_dir)
    assert loaded.folder == real(settings.index_dir) and loaded.folder != first
