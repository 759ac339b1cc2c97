"""The law library: a folder of Acts with manifest.csv, its duplicates and bad
files, and searching it while it is being built."""

from __future__ import annotations

import threading
from pathlib import Path

import numpy as np
import pytest
from helpers.library_corpus import GROUPS, write_library
from helpers.thai_corpus import PAO_ACT, FakeEmbedder, write_corpus
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from kmportal.db import make_engine
from kmportal.docstore.models import Chunk, DocKind, Document
from kmportal.index import generations, store
from kmportal.ingest.pipeline import ingest_paths
from kmportal.search.service import SearchService
from kmportal.settings import Settings


def docs(engine: Engine) -> dict[str, Document]:
    with Session(engine) as session:
        return {d.id: d for d in session.exec(select(Document))}


@pytest.fixture
def library(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    titles = write_library(tmp_path / "law", 6, missing=("999999",))
    return tmp_path / "law", titles


def test_the_manifest_gives_each_act_its_title_groups_and_source(
    settings: Settings, library: tuple[Path, dict[str, str]]
) -> None:
    folder, titles = library
    report = ingest_paths(settings, [folder], embedder=FakeEmbedder())
    assert sorted(report.added) == sorted(titles)
    stored = docs(make_engine(settings))
    for sysid, title in titles.items():
        doc = stored[sysid]
        assert doc.title == title  # the "(ฉบับ Update ล่าสุด)" mark of the copy dropped
        assert doc.kind is DocKind.act
        assert doc.source_url == f"https://law.example/get?sysid={sysid}"
    # Rows of the same Act under several groups are one document in several groups.
    assert stored["300000"].law_groups == GROUPS[0]
    assert stored["300037"].law_groups.split("|") == GROUPS[:2]
    # The manifest is read, never offered as a document; its missing row is named.
    skipped = dict(report.skipped)
    assert list(skipped) == ["999999"]
    assert "999999" in skipped["999999"] and "manifest.csv" in skipped["999999"]


def test_an_unchanged_library_is_not_read_again(
    settings: Settings, library: tuple[Path, dict[str, str]]
) -> None:
    folder, titles = library
    ingest_paths(settings, [folder], embedder=FakeEmbedder())
    before = generations.current_folder(settings.index_dir)
    emb = FakeEmbedder()
    again = ingest_paths(settings, [folder], embedder=emb)
    assert sorted(again.unchanged) == sorted(titles) and not again.changed
    assert again.to_parse == again.to_embed == again.embedded == 0
    assert emb.passage_calls == 0 and generations.current_folder(settings.index_dir) == before


def test_a_new_law_group_in_the_manifest_updates_the_document_without_reindexing(
    settings: Settings, library: tuple[Path, dict[str, str]]
) -> None:
    folder, _ = library
    ingest_paths(settings, [folder], embedder=FakeEmbedder())
    manifest = folder / "manifest.csv"
    lines = manifest.read_text(encoding="utf-8").splitlines()
    first = lines[1].replace(GROUPS[0], "วิชาชีพ")
    manifest.write_text("\n".join([*lines, first]) + "\n", encoding="utf-8")
    report = ingest_paths(settings, [folder], embedder=FakeEmbedder())
    assert report.added == report.updated == [] and report.chunks == 0
    assert docs(make_engine(settings))["300000"].law_groups == f"{GROUPS[0]}|วิชาชีพ"
    assert report.index_rebuilt  # a portal sees the new group once it loads this generation


def test_copies_of_a_stored_act_are_recognised_by_content_and_not_indexed_twice(
    settings: Settings, library: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    folder, _ = library
    acts = write_corpus(tmp_path / "corpus")
    ingest_paths(settings, [tmp_path / "corpus" / "acts"], embedder=FakeEmbedder())
    # The same Act twice in the library: a byte copy, and one re-flowed with
    # other spaces and line breaks.
    (folder / "700001.txt").write_bytes(acts["pao-act"].read_bytes())
    (folder / "700002.txt").write_text(PAO_ACT.replace("\n", "\n\n").replace(" ", "  "), "utf-8")
    with (folder / "manifest.csv").open("a", encoding="utf-8") as fh:
        fh.write("พระราชบัญญัติองค์การบริหารส่วนจังหวัด พ.ศ. 2540,https://law.example/pao,,")
        fh.write(f"700001,{GROUPS[3]},พระราชบัญญัติ\n")
    engine = make_engine(settings)
    with Session(engine) as session:
        n_chunks = len(session.exec(select(Chunk.id)).all())
    report = ingest_paths(settings, [folder], embedder=FakeEmbedder())
    dupes = {Path(p).name: reason for p, reason in report.duplicates}
    assert set(dupes) == {"700001.txt", "700002.txt"}
    assert all("pao-act" in reason for reason in dupes.values())
    stored = docs(engine)
    assert "700001" not in stored and "700002" not in stored
    # The stored copy keeps its id and title and takes the catalog's group and source.
    assert stored["pao-act"].law_groups == GROUPS[3]
    assert stored["pao-act"].source_url == "https://law.example/pao"
    with Session(engine) as session:
        pao = session.exec(select(Chunk.id).where(Chunk.doc_id == "pao-act")).all()
        assert len(session.exec(select(Chunk.id)).all()) == n_chunks + report.chunks
    assert pao
    # A rerun reports them again and still stores nothing twice.
    again = ingest_paths(settings, [folder], embedder=FakeEmbedder())
    assert len(again.duplicates) == 2 and not again.changed


def test_bad_acts_are_reported_by_name_and_the_rest_of_the_library_ingested(
    settings: Settings, library: tuple[Path, dict[str, str]]
) -> None:
    folder, titles = library
    (folder / "800001.txt").write_bytes(b"")
    (folder / "800002.txt").write_bytes(b"\x7fELF\x02\x01\x01" + bytes(range(256)) * 4)
    # 50 MB of one line, just under the size limit: refused for its line, quickly.
    (folder / "800003.txt").write_bytes("ก".encode() * (50 * 1024 * 1024 // 3))
    # Another file carrying the title of an Act of the library.
    twin_title = titles["300000"]
    (folder / "800004.txt").write_text(
        (folder / "300037.txt").read_text(encoding="utf-8").replace("มาตรา ๓", "มาตรา ๓ ใหม่"),
        encoding="utf-8",
    )
    with (folder / "manifest.csv").open("a", encoding="utf-8") as fh:
        fh.write(f"{twin_title} (ฉบับ Update ล่าสุด),https://law.example/x,,800004,")
        fh.write(f"{GROUPS[0]},พระราชบัญญัติ\n")
    report = ingest_paths(settings, [folder], embedder=FakeEmbedder())
    skipped = {Path(p).name: reason for p, reason in report.skipped}
    assert {"800001.txt", "800002.txt", "800003.txt"} <= set(skipped)
    for name in ("800001.txt", "800002.txt", "800003.txt"):
        assert skipped[name].startswith(name)
    assert "empty" in skipped["800001.txt"]
    assert "not text" in skipped["800002.txt"]
    assert "line" in skipped["800003.txt"]
    assert sorted(report.added) == sorted([*titles, "800004"])
    (warning,) = report.warnings
    assert Path(warning[0]).name in {"300000.txt", "800004.txt"} and twin_title in warning[1]
    stored = docs(make_engine(settings))
    assert stored["800004"].title == stored["300000"].title
    assert stored["300000"].title.startswith(twin_title)


class BlockingEmbedder(FakeEmbedder):
    """Holds the first passage batch until released: the build is caught mid-way."""

    def __init__(self) -> None:
        super().__init__()
        self.waiting = threading.Event()
        self.release = threading.Event()

    def embed_passages(self, texts, *, batch_size=16, progress=None):  # type: ignore[no-untyped-def]
        self.waiting.set()
        assert self.release.wait(30)
        return super().embed_passages(texts, batch_size=batch_size, progress=progress)


def test_the_library_is_searchable_by_words_before_its_vectors_exist(
    settings: Settings, library: tuple[Path, dict[str, str]]
) -> None:
    folder, titles = library
    emb = BlockingEmbedder()
    result: list[object] = []
    worker = threading.Thread(
        target=lambda: result.append(ingest_paths(settings, [folder], embedder=emb))
    )
    worker.start()
    try:
        assert emb.waiting.wait(30)
        # Every Act is stored and published, no vector made yet.
        svc = SearchService.open(settings, embedder=FakeEmbedder())
        assert svc.snapshot.index is not None and not svc.snapshot.index.has_vector.any()
        title = titles["300074"]
        hits = svc.search("มาตรา 2 " + title.removeprefix("พระราชบัญญัติ")).results
        assert hits and hits[0].doc == "300074" and hits[0].section_key == "s2"
        assert svc.search("ใบอนุญาต พนักงานเจ้าหน้าที่").results
    finally:
        emb.release.set()
        worker.join(30)
    assert result and getattr(result[0], "pending", None) == 0
    # The portal picks up the generation with vectors on its next search.
    svc._checked = 0.0
    svc.search("ใบอนุญาต")
    svc.wait_for_reload()
    assert svc.snapshot.index is not None and svc.snapshot.index.has_vector.sum() > 0


def test_search_can_be_limited_to_a_law_group(
    settings: Settings, library: tuple[Path, dict[str, str]]
) -> None:
    folder, _ = library
    ingest_paths(settings, [folder], embedder=FakeEmbedder())
    svc = SearchService.open(settings, embedder=FakeEmbedder())
    stored = docs(make_engine(settings))
    everywhere = svc.search("ใบอนุญาต ค่าธรรมเนียม", k=50).results
    assert {h.doc for h in everywhere} == set(stored)
    for group in GROUPS[:3]:
        hits = svc.search("ใบอนุญาต ค่าธรรมเนียม", k=50, group=group).results
        members = {d for d, doc in stored.items() if group in doc.law_groups.split("|")}
        assert hits and {h.doc for h in hits} == members
    assert svc.search("ใบอนุญาต", group="ไม่มีหมวดนี้").results == []


def test_a_generation_with_chunks_replaced_since_is_served_without_errors(
    settings: Settings, library: tuple[Path, dict[str, str]]
) -> None:
    folder, titles = library
    ingest_paths(settings, [folder], embedder=FakeEmbedder())
    old = store.load(settings.index_dir)
    # An Act changes; until its generation is loaded, the old one names chunks
    # that no longer exist.
    path = folder / "300000.txt"
    path.write_text(path.read_text(encoding="utf-8") + "มาตรา ๙๙ บทใหม่\n", encoding="utf-8")
    ingest_paths(settings, [folder], embedder=FakeEmbedder(), embed=False)
    pointer = settings.index_dir / generations.POINTER
    pointer.write_text(old.folder.name, encoding="utf-8")
    from kmportal.index.lock import WriterLock

    with WriterLock(settings.index_dir):  # as if an ingest were still running
        svc = SearchService.open(settings, embedder=FakeEmbedder())
    assert any("ingest running" in n for n in svc.notes)
    assert not svc.snapshot.row_live.all()
    hits = svc.search("ใบอนุญาต พนักงานเจ้าหน้าที่", k=50).results
    assert hits and all(h.doc in titles for h in hits)
    assert np.all(svc.snapshot.section_of[~svc.snapshot.row_live] == -1)
