"""CLI errors are sentences: the real ``kmportal`` command against a read-only
data directory, a full disk, a database another process holds locked, a
damaged database and vectors of another model. Each prints one line naming
the cause, exits non-zero, and starts no work (nothing is written);
``--debug`` shows the traceback instead."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from helpers.faults import fill, kmportal, one_line, read_only_view, tmpfs
from helpers.thai_corpus import FakeEmbedder
from helpers.tiny_corpus import write_fixture_corpus

from kmportal.db import prepare_database
from kmportal.settings import Settings


def _stored(settings: Settings) -> Settings:
    """A data directory holding the tiny corpus (vectors of the fake embedder)."""
    from kmportal.ingest.pipeline import ingest_paths

    files = write_fixture_corpus(settings.data_dir.parent / "corpus")
    ingest_paths(settings, files, embedder=FakeEmbedder())  # type: ignore[arg-type]
    return settings


def test_ingest_into_a_read_only_data_directory_is_one_line(tmp_path: Path) -> None:
    data = tmp_path / "data"
    prepare_database(Settings(data_dir=data)).dispose()
    corpus = write_fixture_corpus(tmp_path / "corpus")
    with read_only_view(data, tmp_path / "ro") as view:
        line = one_line(kmportal(view, "ingest", *map(str, corpus)))
    assert "อ่านอย่างเดียว" in line and "read-only" in line and "nothing was started" in line


def test_ingest_onto_a_full_disk_is_one_line_before_any_work(tmp_path: Path) -> None:
    corpus = write_fixture_corpus(tmp_path / "corpus")
    with tmpfs(tmp_path / "disk", 16) as disk:
        prepare_database(Settings(data_dir=disk / "data")).dispose()
        filler = fill(disk)
        done = kmportal(disk / "data", "ingest", *map(str, corpus))
        line = one_line(done)
        assert "ดิสก์เต็ม" in line and "the disk is full" in line
        filler.unlink()
    assert "embedded" not in done.stdout  # refused before the model was loaded


def test_a_database_locked_by_another_writer_is_one_line(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "data")
    prepare_database(settings).dispose()
    holder = sqlite3.connect(settings.db_path)
    try:
        holder.execute("BEGIN IMMEDIATE")
        line = one_line(kmportal(settings.data_dir, "remove", "anything"))
    finally:
        holder.rollback()
        holder.close()
    assert "locked by another process" in line


def test_a_damaged_database_is_one_line_and_debug_shows_the_traceback(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "kmportal.db").write_bytes(b"this is not an SQLite file at all" * 100)
    line = one_line(kmportal(data, "docs"))
    assert "not a database" in line or "damaged" in line
    debug = kmportal(data, "docs", debug=True)
    assert debug.returncode != 0 and "Traceback" in debug.stderr


def test_vectors_of_another_model_are_one_line_naming_the_way_out(tmp_path: Path) -> None:
    settings = _stored(Settings(data_dir=tmp_path / "data"))
    line = one_line(kmportal(settings.data_dir, "reindex"))
    assert "reindex --reembed" in line
