"""Ingest: documents in, sections and chunks stored, indexes rebuilt."""

from __future__ import annotations

import itertools
import time
from pathlib import Path

import pytest
from helpers.thai_corpus import (
    DEC_ACT,
    HANDBOOK_TITLE,
    PAO_TITLE,
    TAO_ACT,
    FakeEmbedder,
    write_bad_files,
    write_corpus,
)
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from kmportal.db import make_engine
from kmportal.docstore.models import Chunk, DocKind, Document, Power, Section
from kmportal.errors import NotFound
from kmportal.index import generations, store
from kmportal.index.embed import embedder_name
from kmportal.ingest.maintain import remove_document
from kmportal.ingest.pipeline import ingest_paths
from kmportal.search.service import SearchService
from kmportal.settings import Settings
from kmportal.thai.normalize import normalize

pytestmark = pytest.mark.storage

ALL = ["dec-act", "km-handbook", "pao-act", "tao-act"]


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(data_dir=tmp_path / "data")


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    write_corpus(tmp_path / "corpus")
    return tmp_path / "corpus"


def rows(engine: Engine, model: type, doc_id: str | None = None) -> list:  # type: ignore[type-arg]
    with Session(engine) as session:
        stmt = select(model)
        if doc_id is not None:
            stmt = stmt.where(model.doc_id == doc_id)  # type: ignore[attr-defined]
        return list(session.exec(stmt))


def assert_no_orphans(engine: Engine) -> None:
    docs = {d.id for d in rows(engine, Document)}
    sections = {s.id: s for s in rows(engine, Section)}
    for s in sections.values():
        assert s.doc_id in docs
    for c in rows(engine, Chunk):
        assert c.doc_id in docs
        assert c.section_id in sections and sections[c.section_id].doc_id == c.doc_id


def test_ingest_adds_every_document_with_its_sections_and_chunks(
    settings: Settings, corpus: Path
) -> None:
    emb = FakeEmbedder()
    report = ingest_paths(settings, [corpus], embedder=emb)
    assert sorted(report.added) == ALL
    assert report.updated == report.unchanged == report.skipped == []
    assert report.index_rebuilt and report.chunks > 0
    engine = make_engine(settings)
    docs = {d.id: d for d in rows(engine, Document)}
    assert docs["pao-act"].kind is DocKind.act and docs["pao-act"].title == PAO_TITLE
    assert docs["km-handbook"].kind is DocKind.handbook
    assert docs["km-handbook"].title == HANDBOOK_TITLE
    assert docs["pao-act"].embedded_with == emb.name
    assert len(docs["pao-act"].content_hash) == 64
    # The stored text is the display form: Thai digits kept, curly quotes repaired.
    assert "มาตรา ๔๕" in docs["pao-act"].text and "\x93" not in docs["pao-act"].text
    assert len(rows(engine, Chunk)) == report.chunks
    assert store.check(engine, settings.index_dir, embedder=emb.name) == []
    assert_no_orphans(engine)


def test_stored_chunks_and_sections_slice_the_document_text(
    settings: Settings, corpus: Path
) -> None:
    ingest_paths(settings, [corpus], embedder=FakeEmbedder())
    engine = make_engine(settings)
    doc = {d.id: d for d in rows(engine, Document)}["pao-act"]
    sections = {s.id: s for s in rows(engine, Section, "pao-act")}
    by_key = {s.key: s for s in sections.values()}
    assert doc.text[by_key["s45"].start : by_key["s45"].end].startswith("มาตรา ๔๕")
    assert by_key["a1-s25"].label.startswith("มาตรา 25 (")
    chunks = rows(engine, Chunk, "pao-act")
    for c in chunks:
        sec = sections[c.section_id]
        assert c.text == doc.text[c.start : c.end]
        assert sec.start <= c.start < c.end <= sec.end
        assert c.tokens and c.embed_text
        # An Act's background is searchable by words only, by design.
        background = sec.key.startswith(("note", "preamble"))
        want = 0 if background else 4 * FakeEmbedder.dim
        assert c.embedding is not None and len(c.embedding) == want
    assert any(sections[c.section_id].key.startswith("note") for c in chunks)
    assert doc.pending_vectors == 0
    # The footnote block is stored for display but has no chunks, and is not counted.
    assert by_key["footnotes"].id not in {c.section_id for c in chunks}
    assert doc.n_sections == len(by_key) - 1
    assert sum(1 for c in chunks if c.section_id == by_key["s45"].id) >= 2


def test_reingesting_unchanged_files_does_nothing_and_never_calls_the_embedder(
    settings: Settings, corpus: Path
) -> None:
    ingest_paths(settings, [corpus], embedder=FakeEmbedder())
    folder = generations.current_folder(settings.index_dir)
    engine = make_engine(settings)
    chunk_ids = sorted(c.id for c in rows(engine, Chunk))
    again = FakeEmbedder()
    report = ingest_paths(settings, [corpus], embedder=again)
    assert sorted(report.unchanged) == ALL
    assert report.added == report.updated == [] and report.chunks == 0
    assert not report.index_rebuilt
    assert again.passage_calls == 0
    assert generations.current_folder(settings.index_dir) == folder
    assert sorted(c.id for c in rows(engine, Chunk)) == chunk_ids


def test_a_changed_file_replaces_its_old_chunks_and_leaves_no_orphans(
    settings: Settings, corpus: Path
) -> None:
    ingest_paths(settings, [corpus], embedder=FakeEmbedder())
    engine = make_engine(settings)
    old_pao = len(rows(engine, Chunk, "pao-act"))
    tao = corpus / "acts" / "tao-act.txt"
    tao.write_text(TAO_ACT.replace("หมู่บ้านละสองคน", "หมู่บ้านละหกคน"), encoding="utf-8")
    emb = FakeEmbedder()
    report = ingest_paths(settings, [corpus], embedder=emb)
    assert report.updated == ["tao-act"] and report.added == []
    assert sorted(report.unchanged) == ["dec-act", "km-handbook", "pao-act"]
    assert emb.passage_calls == 1 and report.index_rebuilt
    texts = [c.text for c in rows(engine, Chunk, "tao-act")]
    assert any("หมู่บ้านละหกคน" in t for t in texts)
    assert not any("หมู่บ้านละสองคน" in t for t in texts)
    keys = [s.key for s in rows(engine, Section, "tao-act")]
    assert len(keys) == len(set(keys))
    assert len(rows(engine, Chunk, "pao-act")) == old_pao
    assert_no_orphans(engine)
    assert store.check(engine, settings.index_dir, embedder=emb.name) == []


class _Recording(FakeEmbedder):
    """Remembers every passage it was asked to embed."""

    def __init__(self) -> None:
        super().__init__()
        self.texts: list[str] = []

    def embed_passages(self, texts, **kw):  # type: ignore[no-untyped-def,override]
        self.texts += list(texts)
        return super().embed_passages(texts, **kw)


def test_a_document_stored_again_keeps_the_vectors_of_its_unchanged_texts(
    settings: Settings, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tao = corpus / "acts" / "tao-act.txt"
    ingest_paths(settings, [tao], embedder=FakeEmbedder())
    engine = make_engine(settings)
    before = {c.embed_text: c.embedding for c in rows(engine, Chunk, "tao-act")}
    powers_before = {p.text: p.embedding for p in rows(engine, Power, "tao-act")}
    assert powers_before and all(powers_before.values())
    # Newer ingest rules: every document is processed again, its texts unchanged.
    monkeypatch.setattr("kmportal.ingest.plan.INGEST_VERSION", 99)
    monkeypatch.setattr("kmportal.ingest.pipeline.INGEST_VERSION", 99)
    again = _Recording()
    assert ingest_paths(settings, [tao], embedder=again).updated == ["tao-act"]
    assert again.texts == []
    after = rows(engine, Chunk, "tao-act")
    assert {c.embed_text: c.embedding for c in after} == before
    assert {p.text: p.embedding for p in rows(engine, Power, "tao-act")} == powers_before
    assert [d.pending_vectors for d in rows(engine, Document)] == [0]
    # An edit: only the changed text goes to the embedder, and its vector is its own.
    tao.write_text(TAO_ACT.replace("หมู่บ้านละสองคน", "หมู่บ้านละหกคน"), encoding="utf-8")
    edited = _Recording()
    ingest_paths(settings, [tao], embedder=edited)
    assert edited.texts and all("หมู่บ้านละหกคน" in t for t in edited.texts)
    for c in rows(engine, Chunk, "tao-act"):
        if c.embedding:
            assert c.embedding == FakeEmbedder()._vector(c.embed_text).tobytes()
    # Another model's vectors are never taken over.
    other = _Recording()
    other.name = "fake/another-model"
    ingest_paths(settings, [tao], embedder=other)
    assert len(other.texts) == sum(1 for c in rows(engine, Chunk, "tao-act") if c.embedding) + len(
        rows(engine, Power, "tao-act")
    )


def test_a_changed_kind_reingests_the_document(settings: Settings, corpus: Path) -> None:
    path = corpus / "acts" / "dec-act.txt"
    ingest_paths(settings, [path], embedder=FakeEmbedder())
    report = ingest_paths(settings, [path], kind=DocKind.handbook, embedder=FakeEmbedder())
    assert report.updated == ["dec-act"]
    (doc,) = rows(make_engine(settings), Document)
    assert doc.kind is DocKind.handbook


def test_remove_document_deletes_its_sections_and_chunks_and_rebuilds(
    settings: Settings, corpus: Path
) -> None:
    ingest_paths(settings, [corpus], embedder=FakeEmbedder())
    engine = make_engine(settings)
    remove_document(settings, "pao-act")
    assert "pao-act" not in {d.id for d in rows(engine, Document)}
    assert rows(engine, Section, "pao-act") == [] and rows(engine, Chunk, "pao-act") == []
    assert len(rows(engine, Document)) == 3
    assert_no_orphans(engine)
    loaded = store.load(settings.index_dir)
    assert loaded.manifest.chunk_count == len(rows(engine, Chunk))
    # Rebuilt with the model that made the remaining vectors, not the configured one.
    assert store.check(engine, settings.index_dir, embedder=FakeEmbedder.name) == []
    with pytest.raises(NotFound):
        remove_document(settings, "pao-act")


def test_bad_files_are_reported_by_name_and_skipped_while_the_rest_is_ingested(
    settings: Settings, corpus: Path, tmp_path: Path
) -> None:
    ingest_paths(settings, [corpus / "acts" / "tao-act.txt"], embedder=FakeEmbedder())
    bad = write_bad_files(corpus / "bad")
    report = ingest_paths(settings, [corpus, tmp_path / "no-such-folder"], embedder=FakeEmbedder())
    assert sorted(report.added) == ["dec-act", "km-handbook", "pao-act"]
    assert report.unchanged == ["tao-act"]
    skipped = {Path(p).name: reason for p, reason in report.skipped}
    assert set(skipped) == {*bad, "no-such-folder"}
    for name in bad:
        assert skipped[name].startswith(name), skipped[name]
    assert "unsupported" in skipped["slides.pptx"]
    assert "empty" in skipped["empty.txt"]
    assert "not text" in skipped["image.txt"]
    assert "zip" in skipped["notazip.docx"]
    assert "PDF" in skipped["broken.pdf"]
    engine = make_engine(settings)
    assert sorted(d.id for d in rows(engine, Document)) == ALL
    stored = {d.id for d in rows(engine, Document)}
    assert not {"broken", "notazip", "image", "empty", "slides"} & stored


def test_a_stored_document_whose_new_version_is_unreadable_is_kept(
    settings: Settings, corpus: Path
) -> None:
    path = corpus / "acts" / "tao-act.txt"
    ingest_paths(settings, [path], embedder=FakeEmbedder())
    engine = make_engine(settings)
    before = [c.text for c in rows(engine, Chunk, "tao-act")]
    path.write_bytes(b"")
    report = ingest_paths(settings, [path], embedder=FakeEmbedder())
    assert [Path(p).name for p, _ in report.skipped] == ["tao-act.txt"]
    assert [c.text for c in rows(engine, Chunk, "tao-act")] == before
    assert store.check(engine, settings.index_dir, embedder=FakeEmbedder.name) == []


def test_a_doc_id_collision_between_two_folders_is_reported(
    settings: Settings, corpus: Path, tmp_path: Path
) -> None:
    other = tmp_path / "other"
    other.mkdir()
    (other / "pao-act.txt").write_text(TAO_ACT, encoding="utf-8")
    report = ingest_paths(settings, [corpus, other], embedder=FakeEmbedder())
    assert sorted(report.added) == ALL
    ((path, reason),) = report.skipped
    assert Path(path) == other / "pao-act.txt"
    assert "pao-act" in reason and str((corpus / "acts" / "pao-act.txt").resolve()) in reason
    (doc,) = [d for d in rows(make_engine(settings), Document) if d.id == "pao-act"]
    assert doc.title == PAO_TITLE


def test_a_moved_file_takes_over_its_id_when_the_old_path_is_gone(
    settings: Settings, tmp_path: Path
) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    (a / "dec.txt").write_text(DEC_ACT, encoding="utf-8")
    ingest_paths(settings, [a], embedder=FakeEmbedder())
    (a / "dec.txt").rename(b / "dec.txt")
    report = ingest_paths(settings, [b], embedder=FakeEmbedder())
    assert report.skipped == [] and report.added == []
    (doc,) = rows(make_engine(settings), Document)
    assert doc.source_path == str((b / "dec.txt").resolve())


def test_progress_reports_files_and_chunks(settings: Settings, corpus: Path) -> None:
    events: list[tuple[str, object]] = []
    report = ingest_paths(
        settings, [corpus], embedder=FakeEmbedder(), progress=lambda e, d: events.append((e, d))
    )
    assert events[0] == ("plan", report) and events[1] == ("files", 4)
    assert [d for e, d in events if e == "file"] == [
        "dec-act.txt",
        "pao-act.txt",
        "tao-act.txt",
        "km-handbook.md",
    ]
    stored = sum(int(d) for e, d in events if e == "parsed")  # type: ignore[call-overload]
    assert stored == report.chunks
    (to_embed,) = [d for e, d in events if e == "embedding"]
    embedded = sum(int(d) for e, d in events if e == "chunks")  # type: ignore[call-overload]
    assert embedded == to_embed == report.embedded
    # Vectors were made for the chunks of provisions and the register's wordings;
    # an Act's background (reasons for enactment, enacting formula) has none.
    engine = make_engine(settings)
    dense = [c for c in rows(engine, Chunk) if c.embedding]
    assert 0 < len(dense) < report.chunks
    assert report.embedded == len(dense) + len(rows(engine, Power))
    # Words first: the index was published before any vector was made.
    names = [e for e, _ in events]
    assert names.index("published") < names.index("chunks")


def test_a_large_ingest_embeds_what_is_stored_while_it_parses_the_rest(
    settings: Settings, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("kmportal.ingest.pipeline.EARLY_EMBED_FILES", 2)
    emb = FakeEmbedder()
    calls_before_last: list[int] = []

    def on(event: str, data: object) -> None:
        if event == "file" and data == "km-handbook.md":
            # The last file waits (bounded) for vectors of the documents stored before it.
            deadline = time.monotonic() + 10
            while emb.passage_calls == 0 and time.monotonic() < deadline:
                time.sleep(0.01)
            calls_before_last.append(emb.passage_calls)

    report = ingest_paths(settings, [corpus], embedder=emb, progress=on)
    assert calls_before_last[0] > 0
    # The same end as an ingest that embeds after parsing: every vector, counted once.
    engine = make_engine(settings)
    dense = [c for c in rows(engine, Chunk) if c.embedding]
    assert report.embedded == len(dense) + len(rows(engine, Power)) > 0
    assert sum(d.pending_vectors for d in rows(engine, Document)) == 0
    assert len(rows(engine, Chunk)) == report.chunks


def test_a_kill_while_embedding_leaves_all_searchable_by_words_and_a_rerun_completes(
    settings: Settings, corpus: Path
) -> None:
    first = ingest_paths(settings, [corpus / "handbook"], embedder=FakeEmbedder())
    assert first.added == ["km-handbook"]
    # Killed while embedding: every document was already stored, without vectors.
    with pytest.raises(KeyboardInterrupt):
        ingest_paths(settings, [corpus / "acts"], embedder=FakeEmbedder(fail_on_call=1))
    engine = make_engine(settings)
    docs = {d.id: d for d in rows(engine, Document)}
    assert sorted(docs) == ALL
    assert docs["km-handbook"].pending_vectors == 0
    assert all(docs[d].pending_vectors > 0 for d in ("dec-act", "pao-act", "tao-act"))
    assert_no_orphans(engine)

    svc = SearchService.open(settings, embedder=FakeEmbedder())
    assert svc.search("มาตรา 45 อบจ.").results[0].section_key == "s45"
    resp = svc.search("ตัวชี้วัด เวทีแลกเปลี่ยนเรียนรู้")
    assert resp.results and resp.results[0].doc == "km-handbook"
    assert svc.notes == []  # the lexical index was published before the kill

    emb = FakeEmbedder()
    rerun = ingest_paths(settings, [corpus], embedder=emb)
    assert rerun.added == [] and sorted(rerun.unchanged) == ALL
    assert rerun.to_embed == rerun.embedded > 0 and rerun.pending == 0
    assert emb.passage_calls == 1
    assert store.check(engine, settings.index_dir, embedder=FakeEmbedder.name) == []
    assert all(d.pending_vectors == 0 for d in rows(engine, Document))
    svc = SearchService.open(settings, embedder=FakeEmbedder())
    assert svc.notes == []
    assert svc.search("มาตรา 45 อบจ.").results[0].section_key == "s45"


def test_ingest_with_the_real_default_embedder_stores_384_d_vectors(
    settings: Settings, tmp_path: Path
) -> None:
    path = tmp_path / "tiny.txt"
    path.write_text("ข่าวประชาสัมพันธ์\n\nอบจ.ตาก จัดประชุมคณะทำงานจัดการความรู้", encoding="utf-8")
    report = ingest_paths(settings, [path])
    assert report.added == ["tiny"]
    (doc,) = rows(make_engine(settings), Document)
    assert doc.embedded_with == embedder_name(settings)
    assert doc.kind is DocKind.news
    assert store.load(settings.index_dir).manifest.dim == 384


def test_an_unreadable_file_is_reported_by_name_and_skipped(
    settings: Settings, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    locked = corpus / "acts" / "locked.txt"
    locked.write_text(TAO_ACT.replace("มาตรา ๖๗", "มาตรา ๖๘"), encoding="utf-8")
    real_read, real_open = Path.read_bytes, Path.open

    def deny(real):  # type: ignore[no-untyped-def]
        def guarded(self: Path, *args: object, **kwargs: object):  # type: ignore[no-untyped-def]
            if self.name == "locked.txt":  # tests run as root: simulate chmod 000
                raise PermissionError(13, "Permission denied", str(self))
            return real(self, *args, **kwargs)

        return guarded

    monkeypatch.setattr(Path, "read_bytes", deny(real_read))
    monkeypatch.setattr(Path, "open", deny(real_open))
    report = ingest_paths(settings, [corpus], embedder=FakeEmbedder())
    assert [Path(p).name for p, _ in report.skipped] == ["locked.txt"]
    assert sorted(report.added) == ALL


def test_a_data_dir_from_before_ingest_version_is_upgraded_or_refused_clearly(
    settings: Settings, corpus: Path
) -> None:
    import sqlite3

    from kmportal.errors import KmportalError

    path = corpus / "acts" / "dec-act.txt"
    ingest_paths(settings, [path], embedder=FakeEmbedder())
    con = sqlite3.connect(settings.db_path)
    con.execute("ALTER TABLE document DROP COLUMN ingest_version")  # the schema before 0440bdc
    con.execute("DROP TABLE alembic_version")  # ... which was made before Alembic too
    con.commit()
    con.close()
    try:
        report = ingest_paths(settings, [path], embedder=FakeEmbedder())
    except KmportalError as exc:  # a clear message is an acceptable answer too
        assert "reindex" in exc.message or "ingest" in exc.message
    else:
        assert report.updated == ["dec-act"]  # made by older rules: processed again
        svc = SearchService.open(settings, embedder=FakeEmbedder())
        assert svc.search("มาตรา 17").results[0].section_key == "s17"


def test_removing_the_last_document_leaves_an_empty_consistent_store(
    settings: Settings, corpus: Path
) -> None:
    ingest_paths(settings, [corpus / "acts" / "dec-act.txt"], embedder=FakeEmbedder())
    remove_document(settings, "dec-act")
    engine = make_engine(settings)
    assert rows(engine, Document) == [] and rows(engine, Chunk) == []
    assert store.load(settings.index_dir).manifest.chunk_count == 0
    svc = SearchService.open(settings, embedder=FakeEmbedder())
    assert svc.is_empty and svc.search("มาตรา 17").results == []


def test_prose_is_also_stored_as_fine_windows_that_bm25_never_sees(
    settings: Settings, corpus: Path
) -> None:
    news = corpus / "news" / "market-day.txt"
    news.parent.mkdir(exist_ok=True)
    sentence = "ตลาดนัดชุมชนริมแม่น้ำเมยเปิดทุกวันเสาร์ ชาวบ้านนำผักและผลไม้จากสวนมาขาย "
    news.write_text("ข่าวตลาดนัดชุมชน\n\n" + sentence * 12 + "\n", encoding="utf-8")
    ingest_paths(settings, [corpus], embedder=FakeEmbedder())
    engine = make_engine(settings)
    windows = [c for c in rows(engine, Chunk, "market-day") if not c.tokens]
    assert len(windows) >= 3
    for w in windows:
        assert len(w.text) <= 1.4 * 200 and w.embedding
        assert w.embed_text == normalize(w.text)  # no title or label prefix: the window alone
    # Every window overlaps the next one of its section: no sentence falls between.
    by_section: dict[int, list[Chunk]] = {}
    for w in windows:
        by_section.setdefault(w.section_id, []).append(w)
    for ws in by_section.values():
        ws.sort(key=lambda c: c.start)
        for a, b in itertools.pairwise(ws):
            assert b.start < a.end
    # Law is cut at its items only; every chunk of an Act is indexed for BM25.
    assert all(c.tokens for c in rows(engine, Chunk, "pao-act"))


def test_a_long_note_of_an_act_is_stored_for_words_without_unreachable_windows(
    settings: Settings, corpus: Path
) -> None:
    from kmportal.ingest.chunk import chunk_section
    from kmportal.ingest.lawtext import split_law
    from kmportal.thai.normalize import clean_display

    reason = "โดยที่สมควรปรับปรุงโครงสร้างขององค์การบริหารส่วนจังหวัด"
    filler = "เพื่อฟื้นฟูป่าต้นน้ำห้วยแม่ท้อและดูแลลำน้ำเมยร่วมกับชุมชนริมฝั่ง "
    path = corpus / "acts" / "pao-act.txt"
    act = path.read_text(encoding="utf-8").replace(reason, reason + " " + filler * 12, 1)
    path.write_text(act, encoding="utf-8")
    # The reasons for enactment are long enough to be cut into fine windows...
    text = clean_display(act)
    note = next(s for s in split_law(text, title=PAO_TITLE) if s.key.startswith("note"))
    assert any(c.fine for c in chunk_section(text, note, doc_title=PAO_TITLE))
    ingest_paths(settings, [corpus], embedder=FakeEmbedder())
    engine = make_engine(settings)
    sections = {s.id: s for s in rows(engine, Section, "pao-act")}
    chunks = rows(engine, Chunk, "pao-act")
    # ... but a window the dense arm never embeds and BM25 never counts is not stored:
    # every row is searchable by its words or by its vector.
    for c in chunks:
        assert c.tokens or c.embedding, (sections[c.section_id].key, c.text[:40])
    in_note = [c for c in chunks if sections[c.section_id].key == note.key]
    assert in_note and all(c.tokens and c.embedding == b"" for c in in_note)
    svc = SearchService.open(settings, embedder=FakeEmbedder())
    hit = svc.search("ป่าต้นน้ำห้วยแม่ท้อ", doc="pao-act").results[0]
    assert hit.section_key == note.key


def test_bm25_counts_an_acts_full_title_and_label_while_e5_gets_the_short_name(
    settings: Settings, corpus: Path
) -> None:
    ingest_paths(settings, [corpus], embedder=FakeEmbedder())
    engine = make_engine(settings)
    sections = {s.id: s for s in rows(engine, Section, "pao-act")}
    (s9,) = [c for c in rows(engine, Chunk, "pao-act") if sections[c.section_id].key == "s9"]
    assert s9.embed_text.startswith("พระราชบัญญัติองค์การบริหารส่วนจังหวัด สภาองค์การ")
    assert "2540" not in s9.embed_text
    # The year and the chapter's number are still words of the chunk.
    assert {"2540", "หมวด"} <= set(s9.tokens.split())
