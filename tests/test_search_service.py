"""SearchService over the fixture corpus, with the real default embedder."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest
from helpers.thai_corpus import PAO_TITLE, FakeEmbedder, ingested_corpus
from sqlmodel import Session

from kmportal.db import make_engine
from kmportal.docstore.service import get_document
from kmportal.errors import BadInput, IndexUnavailable, NotFound
from kmportal.index import generations, store
from kmportal.search.service import SearchService
from kmportal.search.types import SearchHit, SearchResponse
from kmportal.settings import Settings
from kmportal.thai.normalize import clean_display


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return ingested_corpus(tmp_path_factory)[1]


@pytest.fixture(scope="module")
def corpus_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return ingested_corpus(tmp_path_factory)[0]


@pytest.fixture(scope="module")
def svc(data_dir: Path) -> SearchService:
    service = SearchService.open(Settings(data_dir=data_dir))
    assert service.notes == []
    return service


def keys(resp: SearchResponse) -> list[tuple[str, str]]:
    return [(h.doc, h.section_key) for h in resp.results]


@pytest.mark.parametrize(
    ("query", "doc", "key"),
    [
        ("มาตรา 45 พ.ร.บ.อบจ.", "pao-act", "s45"),
        ("มาตรา ๔๕ พ.ร.บ.อบจ.", "pao-act", "s45"),
        ("มาตรา 45 อบต.", "tao-act", "s45"),
        ("ม.๑๗ (๑๖) กฎหมายกระจายอำนาจ", "dec-act", "s17"),
        ("ม.17 (16) กฎหมายกระจายอำนาจ", "dec-act", "s17"),
        ("section 64 of the PAO Act", "pao-act", "s64"),
        ("ม.48 ทวิ", "pao-act", "s48-x2"),
        ("มาตรา ๓๕/๓", "pao-act", "s35-3"),
        ("มาตรา 25 อบจ.", "pao-act", "s25"),
        ("มาตรา 16", "dec-act", "s16"),
    ],
)
def test_a_citation_query_puts_that_exact_section_first(
    svc: SearchService, query: str, doc: str, key: str
) -> None:
    resp = svc.search(query, k=5)
    assert keys(resp)[0] == (doc, key)
    assert resp.citation is not None
    assert resp.results[0].score > max(h.score for h in resp.results[1:])


def test_a_citation_naming_the_law_reports_which_law_it_resolved(svc: SearchService) -> None:
    resp = svc.search("มาตรา 45 พ.ร.บ.อบจ.")
    assert resp.citation == f"มาตรา 45 · {PAO_TITLE}"
    assert svc.search("ม.๑๗ (๑๖) กฎหมายกระจายอำนาจ").citation.startswith("มาตรา 17 (16) · ")  # type: ignore[union-attr]


def test_a_citation_without_the_law_puts_that_section_of_every_act_first(
    svc: SearchService,
) -> None:
    resp = svc.search("มาตรา 45", k=5)
    assert set(keys(resp)[:2]) == {("pao-act", "s45"), ("tao-act", "s45")}
    assert resp.citation == "มาตรา 45 · ทุกฉบับ"


def test_the_amending_acts_section_25_is_not_the_answer_to_section_25_of_the_act(
    svc: SearchService,
) -> None:
    resp = svc.search("มาตรา 25 พ.ร.บ.อบจ.", k=10)
    assert keys(resp)[0] == ("pao-act", "s25")
    assert resp.results[0].text.startswith("มาตรา\n๒๕")
    assert "ประชุมสมัยวิสามัญ" in resp.results[0].text


def test_a_citation_of_a_section_that_does_not_exist_falls_back_to_ordinary_ranking(
    svc: SearchService,
) -> None:
    resp = svc.search("มาตรา 999 อบจ.", k=5)
    assert resp.citation is None
    assert resp.results and all(h.section != "มาตรา 999" for h in resp.results)
    # Nothing was lifted above the fused ranking: a cited section scores a full
    # point above the best fused score.
    scores = [h.score for h in resp.results]
    assert len(scores) < 2 or scores[0] - scores[1] < 1 or resp.results[0].doc != "pao-act"


@pytest.mark.parametrize(
    ("query", "doc", "key"),
    [
        (
            "What are the powers and duties of the provincial administrative organisation?",
            "pao-act",
            "s45",
        ),
        ("Can the PAO levy a tax on petrol?", "pao-act", "s48-x2"),
    ],
)
def test_an_english_query_finds_the_thai_section(
    svc: SearchService, query: str, doc: str, key: str
) -> None:
    assert (doc, key) in keys(svc.search(query, k=3))


@pytest.mark.parametrize(
    ("query", "doc", "key"),
    [
        ("อบจ. เก็บภาษีน้ำมันได้ไหม", "pao-act", "s48-x2"),
        ("วาระนายก อบจ. กี่ปี", "pao-act", "s35-3"),
        ("ตัวชี้วัด เวทีแลกเปลี่ยนเรียนรู้", "km-handbook", None),
    ],
)
def test_a_thai_question_finds_its_section_first(
    svc: SearchService, query: str, doc: str, key: str | None
) -> None:
    top = svc.search(query, k=3).results[0]
    assert top.doc == doc
    if key:
        assert top.section_key == key
    else:
        assert "เวทีแลกเปลี่ยนเรียนรู้" in top.text


@pytest.mark.parametrize(
    "query", ["จังหวัด", "อำนาจหน้าที่ องค์การบริหารส่วนจังหวัด", "มาตรา 45", "education"]
)
def test_results_group_by_section_so_no_section_appears_twice(
    svc: SearchService, query: str
) -> None:
    ranked = keys(svc.search(query, k=20))
    assert len(ranked) == len(set(ranked))
    assert len(ranked) > 5


def test_a_section_cut_into_several_chunks_comes_back_whole(svc: SearchService) -> None:
    hit = svc.search("จัดการ ส่งเสริม และสนับสนุนการจัดการศึกษา เด็กเล็ก", k=5).results
    (s45,) = [h for h in hit if (h.doc, h.section_key) == ("pao-act", "s45")]
    assert s45.text.startswith("มาตรา ๔๕")
    assert "(๑)" in s45.text and "(๙)" in s45.text and "(๗\nทวิ)[๕]" in s45.text


def test_text_is_the_whole_section_as_in_the_source_and_start_end_slice_it(
    svc: SearchService, data_dir: Path, corpus_dir: Path
) -> None:
    source = clean_display((corpus_dir / "acts" / "pao-act.txt").read_text(encoding="utf-8"))
    engine = make_engine(Settings(data_dir=data_dir))
    for hit in svc.search("อำนาจหน้าที่ขององค์การบริหารส่วนจังหวัด", k=10).results:
        with Session(engine) as session:
            doc_text = get_document(session, doc_id=hit.doc).text
        assert doc_text[hit.start : hit.end] == hit.text
        if hit.doc == "pao-act":
            assert source[hit.start : hit.end] == hit.text
    top = svc.search("มาตรา 9 อบจ.").results[0]
    assert top.text.startswith("มาตรา ๙[๒]  สภาองค์การบริหารส่วนจังหวัด")  # Thai digits kept


def test_hits_carry_title_kind_label_and_heading(svc: SearchService) -> None:
    top = svc.search("มาตรา 45 อบจ.").results[0]
    assert top.title == PAO_TITLE and top.kind == "act"
    assert top.section == "มาตรา 45"
    assert top.heading == "หมวด ๔ อำนาจหน้าที่ขององค์การบริหารส่วนจังหวัด"
    d = top.to_dict()
    assert {"doc", "title", "section", "text", "snippet", "score", "start", "end"} <= set(d)


@pytest.mark.parametrize(
    ("query", "words"),
    [
        ("ภาษีน้ำมันเบนซิน", {"ภาษี", "น้ำมันเบนซิน", "น้ำมัน", "เบนซิน"}),
        ("สมัยวิสามัญ", {"สมัยวิสามัญ", "สมัย", "วิสามัญ"}),
    ],
)
def test_snippets_are_plain_one_line_text_and_highlights_point_at_query_words(
    svc: SearchService, query: str, words: set[str]
) -> None:
    resp = svc.search(query, k=5)
    top = resp.results[0]
    assert top.highlights
    marked = {top.snippet[a:b] for a, b in top.highlights}
    assert marked & words
    for hit in resp.results:
        assert "\n" not in hit.snippet and "<mark" not in hit.snippet
        for a, b in hit.highlights:
            assert 0 <= a < b <= len(hit.snippet)


def test_the_snippet_of_an_item_citation_in_its_own_chunk_shows_the_item(
    svc: SearchService,
) -> None:
    top = svc.search("มาตรา 45 (8) อบจ.").results[0]
    assert top.section_key == "s45"
    assert "(๘)" in {top.snippet[a:b] for a, b in top.highlights}


def test_the_snippet_of_an_item_citation_shows_the_cited_item(svc: SearchService) -> None:
    top = svc.search("ม.๑๗ (๑๖) กฎหมายกระจายอำนาจ").results[0]
    assert top.section_key == "s17"
    assert "(๑๖)" in {top.snippet[a:b] for a, b in top.highlights}


def test_the_snippet_of_a_plain_citation_highlights_the_cited_section(
    svc: SearchService,
) -> None:
    top = svc.search("มาตรา 45 พ.ร.บ.อบจ.").results[0]
    assert top.section_key == "s45"
    assert top.highlights
    assert top.snippet.startswith("มาตรา ๔๕")


@pytest.mark.parametrize("query", ["", "   ", "\n\t \u3000"])
def test_an_empty_or_whitespace_query_raises_bad_input(svc: SearchService, query: str) -> None:
    with pytest.raises(BadInput):
        svc.search(query)


def test_a_ten_thousand_character_query_is_truncated_with_a_note(svc: SearchService) -> None:
    query = "อำนาจหน้าที่ขององค์การบริหารส่วนจังหวัด " * 250
    assert len(query) >= 10_000
    resp = svc.search(query, k=3)
    assert resp.truncated
    assert len(resp.query) == svc.settings.max_query_chars
    assert any("truncated" in n for n in resp.notes)
    assert resp.results


@pytest.mark.parametrize("query", ["!!!", "?!.,;:()[]", "😀🎉👍", "… — – ・", "😀 !!! 🎉"])
def test_a_query_of_only_punctuation_or_emoji_returns_no_results(
    svc: SearchService, query: str
) -> None:
    resp = svc.search(query)
    assert resp.results == []
    assert resp.citation is None and not resp.truncated


def test_k_limits_the_results(svc: SearchService) -> None:
    assert len(svc.search("จังหวัด", k=2).results) == 2
    assert svc.search("จังหวัด", k=0).results == []


def test_the_footnote_block_is_never_a_result(svc: SearchService) -> None:
    for q in ("ราชกิจจานุเบกษา เล่ม ตอนที่", "แก้ไขเพิ่มเติมโดยพระราชบัญญัติ ฉบับที่ ๓"):
        assert all(h.section_key != "footnotes" for h in svc.search(q, k=50).results)


def test_a_kind_filter_keeps_only_that_kind(svc: SearchService) -> None:
    resp = svc.search("จังหวัด", k=20, kind="handbook")
    assert resp.results and {h.doc for h in resp.results} == {"km-handbook"}
    assert svc.search("มาตรา 45", kind="handbook").citation is None


def test_a_doc_filter_keeps_only_that_document_even_for_citations(svc: SearchService) -> None:
    resp = svc.search("มาตรา 45", k=5, doc="tao-act")
    assert {h.doc for h in resp.results} == {"tao-act"}
    assert keys(resp)[0] == ("tao-act", "s45")
    assert svc.search("จังหวัด", doc="no-such-doc").results == []


def test_related_excludes_the_section_itself_and_lists_other_documents_first(
    svc: SearchService,
) -> None:
    hits = svc.related(doc_id="pao-act", section_key="s45", k=30)
    pairs = [(h.doc, h.section_key) for h in hits]
    assert ("pao-act", "s45") not in pairs
    assert len(pairs) == len(set(pairs))
    same = [h.doc == "pao-act" for h in hits]
    assert any(same) and not all(same)
    assert same == sorted(same)  # every other document before any section of the same Act


def test_related_of_an_unknown_section_is_not_found(svc: SearchService) -> None:
    with pytest.raises(NotFound):
        svc.related(doc_id="pao-act", section_key="s999")


def test_references_link_only_to_sections_that_exist(svc: SearchService) -> None:
    refs = svc.references(
        "ตามพระราชบัญญัติองค์การบริหารส่วนจังหวัด มาตรา ๔๕ (๘) และ มาตรา 999 และระเบียบฯ ข้อ 17"
    )
    assert [(r.label, r.doc_id, r.section_key) for r in refs] == [
        ("มาตรา ๔๕ (๘)", "pao-act", "s45"),
        ("มาตรา 999", None, None),
        ("ข้อ 17", None, None),
    ]


def test_an_empty_data_dir_is_empty_and_returns_no_results(tmp_path: Path) -> None:
    service = SearchService.open(Settings(data_dir=tmp_path / "empty"))
    assert service.is_empty
    assert service.search("อำนาจหน้าที่").results == []
    with pytest.raises(BadInput):
        service.search(" ")
    with pytest.raises(NotFound):
        service.related(doc_id="x", section_key="s1")


def _copy(data_dir: Path, dest: Path) -> Settings:
    shutil.copytree(data_dir, dest)
    return Settings(data_dir=dest)


def _assert_answers(service: SearchService) -> None:
    assert keys(service.search("มาตรา 45 อบจ."))[0] == ("pao-act", "s45")
    assert keys(service.search("ภาษีน้ำมันเบนซิน อบจ.", k=3))[0] == ("pao-act", "s48-x2")


def test_a_damaged_index_file_is_rebuilt_at_open(data_dir: Path, tmp_path: Path) -> None:
    settings = _copy(data_dir, tmp_path / "data")
    folder = generations.current_folder(settings.index_dir)
    assert folder is not None
    (folder / "vectors.faiss").write_bytes(b"\x00" * 64)
    service = SearchService.open(settings)
    assert len(service.notes) == 1 and "vectors.faiss" in service.notes[0]
    assert service.notes[0].startswith("index rebuilt at start")
    _assert_answers(service)
    engine = make_engine(settings)
    assert store.check(engine, settings.index_dir, embedder=service.embedder.name) == []


def test_a_stale_index_after_a_database_change_is_rebuilt_at_open(
    data_dir: Path, tmp_path: Path
) -> None:
    settings = _copy(data_dir, tmp_path / "data")
    engine = make_engine(settings)
    from sqlmodel import delete

    from kmportal.docstore.models import Chunk, Document, Section

    with Session(engine) as session:
        session.exec(delete(Chunk).where(Chunk.doc_id == "tao-act"))  # type: ignore[call-overload]
        session.exec(delete(Section).where(Section.doc_id == "tao-act"))  # type: ignore[call-overload]
        session.exec(delete(Document).where(Document.id == "tao-act"))  # type: ignore[call-overload]
        session.commit()
    service = SearchService.open(settings)
    assert any("chunks but the database has" in n for n in service.notes)
    _assert_answers(service)
    assert all(h.doc != "tao-act" for h in service.search("มาตรา 45", k=20).results)


def test_a_missing_index_with_a_filled_database_is_rebuilt_at_open(
    data_dir: Path, tmp_path: Path
) -> None:
    settings = _copy(data_dir, tmp_path / "data")
    shutil.rmtree(settings.index_dir)
    service = SearchService.open(settings)
    assert service.notes == ["index rebuilt at start: no index has been built yet"]
    _assert_answers(service)


def test_repeated_queries_are_answered_from_the_query_cache(
    svc: SearchService, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[list[str]] = []
    real = svc.embedder.embed_queries

    def counting(texts):  # type: ignore[no-untyped-def]
        calls.append(list(texts))
        return real(texts)

    monkeypatch.setattr(svc.embedder, "embed_queries", counting)
    a = svc.search("การจัดการศึกษาของท้องถิ่น", k=5)
    b = svc.search("การจัดการศึกษาของท้องถิ่น", k=5)
    assert len(calls) == 1
    assert keys(a) == keys(b)
    assert [h.score for h in a.results] == [h.score for h in b.results]


def test_a_hit_serialises_with_highlights_as_lists(svc: SearchService) -> None:
    hit: SearchHit = svc.search("สมัยวิสามัญ").results[0]
    d = hit.to_dict()
    assert d["highlights"] == [list(h) for h in hit.highlights]
    assert isinstance(d["score"], float)


# -- query analysis and fusion (no index needed) ------------------------------


def test_analyse_tells_thai_english_and_nothing_searchable_apart() -> None:
    from kmportal.search.query import analyse

    assert analyse("อบจ. เก็บภาษีได้ไหม", max_chars=500).lang == "th"
    assert analyse("Can the PAO levy taxes?", max_chars=500).lang == "en"
    assert analyse("?!? 😀", max_chars=500).lang == "none"
    plan = analyse("  มาตรา ๔๕ อบจ.  ", max_chars=500)
    assert plan.raw == "มาตรา ๔๕ อบจ." and plan.norm == "มาตรา 45 องค์การบริหารส่วนจังหวัด"
    assert plan.citation is not None and plan.citation.anchor == "45"
    assert not plan.truncated


def test_analyse_truncates_to_max_chars() -> None:
    from kmportal.search.query import analyse

    plan = analyse("ก" * 50 + " ข" * 100, max_chars=40)
    assert plan.truncated and plan.raw == "ก" * 40


class _Other384(FakeEmbedder):
    """Another model with e5-small's dimension: its vectors are not comparable."""

    name = "other/model-384"
    dim = 384


def test_a_service_whose_embedder_did_not_make_the_stored_vectors_refuses_to_search(
    data_dir: Path, tmp_path: Path
) -> None:
    settings = _copy(data_dir, tmp_path / "data")
    with pytest.raises(IndexUnavailable, match="reembed"):
        service = SearchService.open(settings, embedder=_Other384())
        service.search("มาตรา 45 อบจ.")


def test_an_embedder_of_another_dimension_gets_a_clear_error_not_a_faiss_assertion(
    data_dir: Path, tmp_path: Path
) -> None:
    settings = _copy(data_dir, tmp_path / "data")
    with pytest.raises(IndexUnavailable):
        service = SearchService.open(settings, embedder=FakeEmbedder())
        service.search("มาตรา 45 อบจ.")


def test_scores_never_increase_down_the_list(svc: SearchService) -> None:
    for q in ("มาตรา 45", "อำนาจหน้าที่", "Can the PAO levy a tax on petrol?"):
        scores = [h.score for h in svc.search(q, k=15).results]
        assert scores == sorted(scores, reverse=True), q


def test_related_of_a_section_without_chunks_is_empty(svc: SearchService) -> None:
    assert svc.related(doc_id="pao-act", section_key="footnotes") == []


def test_a_filtered_search_still_finds_the_filtered_documents_in_a_large_corpus(
    svc: SearchService, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The real corpus has thousands of chunks for a depth of 300; shrink the depth to match.
    import kmportal.search.snapshot as service_module

    monkeypatch.setattr(service_module, "DENSE_DEPTH", 3)
    monkeypatch.setattr(service_module, "LEXICAL_DEPTH", 3)
    resp = svc.search("อำนาจหน้าที่ องค์การบริหารส่วนจังหวัด", k=5, kind="handbook")
    assert resp.results
    assert {h.doc for h in resp.results} == {"km-handbook"}


def test_each_dense_grain_is_read_to_its_own_depth(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # With 663 Acts beside a handbook, law chunks filled a depth both grains
    # shared; the few windows left, standardised among themselves, lifted the
    # handbook above the provision asked for. The depth shrinks to this corpus.
    from helpers.thai_corpus import write_corpus

    import kmportal.search.snapshot as snapshot_module
    from kmportal.ingest.pipeline import ingest_paths
    from kmportal.search.query import analyse

    files = write_corpus(tmp_path / "corpus")
    memo = tmp_path / "corpus" / "handbook" / "memo.md"
    memo.write_text("# บันทึกการประชุม\n\n" + _PASTED * 2, encoding="utf-8")
    settings = Settings(data_dir=tmp_path / "data")
    embedder = FakeEmbedder()
    ingest_paths(settings, [*files.values(), memo], embedder=embedder)
    snap = SearchService.open(settings, embedder=embedder).snapshot
    assert snap.fine.sum() > 2 and (~snap.fine).sum() > 2
    monkeypatch.setattr(snapshot_module, "DENSE_DEPTH", 2)

    assert snap.index is not None
    vectors, read = snap.index.vectors, []

    def search(query: np.ndarray, k: int, *, rows: np.ndarray | None = None) -> object:
        found = type(vectors).search(vectors, query, k, rows=rows)
        read.extend(found[1].tolist())
        return found

    monkeypatch.setattr(vectors, "search", search)
    for query in ("มาตรา 45 อำนาจหน้าที่ขององค์การบริหารส่วนจังหวัด", "ตราข้อบัญญัติ จัดทำแผนพัฒนา"):
        read.clear()
        dense = snap._dense(analyse(query, max_chars=500), None)
        assert (snap.fine[read].sum(), (~snap.fine[read]).sum()) == (2, 2), query
        assert np.count_nonzero(~np.isnan(dense.windows)) >= 1, query


def test_reload_serves_a_new_document_while_the_old_snapshot_stays_consistent(
    tmp_path: Path,
) -> None:
    from helpers.thai_corpus import write_corpus

    from kmportal.ingest.pipeline import ingest_paths
    from kmportal.settings import Settings

    files = write_corpus(tmp_path / "corpus")
    settings = Settings(data_dir=tmp_path / "data")
    embedder = FakeEmbedder()
    ingest_paths(settings, [files["pao-act"]], embedder=embedder)
    service = SearchService.open(settings, embedder=embedder)
    before = service._snap
    assert {h.doc for h in service.search("สภาตำบล องค์การบริหารส่วนตำบล").results} == {"pao-act"}

    ingest_paths(settings, [files["tao-act"]], embedder=embedder)
    service.reload()

    assert service._snap is not before
    assert "tao-act" in {h.doc for h in service.search("สภาตำบล องค์การบริหารส่วนตำบล").results}
    # A search that started on the old snapshot still answers from it alone.
    assert {h.doc for h in before.search("สภาตำบล องค์การบริหารส่วนตำบล").results} == {"pao-act"}


# -- bad input: never an error, sensible results ---------------------------------

_PASTED = (
    "องค์การบริหารส่วนจังหวัดมีอำนาจหน้าที่ดำเนินกิจการภายในเขตองค์การบริหารส่วนจังหวัด "
    "ตราข้อบัญญัติโดยไม่ขัดหรือแย้งต่อกฎหมาย จัดทำแผนพัฒนาองค์การบริหารส่วนจังหวัด "
) * 4


@pytest.mark.parametrize(
    "query",
    [
        "KM",
        "xyzzy plugh",
        "2540",
        "1234567890" * 10,
        "อบจ. budget 2566 ภาษีน้ำมัน",
        "😀 ภาษี 🎉",
        "the of a",
        "ก",
        _PASTED[:500],
        "A" * 45,
        "ภาษี\x00น้ำมัน\u200b",
        "<script>alert(1)</script>",
    ],
)
def test_odd_queries_get_ranked_results_never_an_error(svc: SearchService, query: str) -> None:
    resp = svc.search(query, k=5)
    assert 0 < len(resp.results) <= 5
    scores = [h.score for h in resp.results]
    assert scores == sorted(scores, reverse=True)
    for hit in resp.results:
        for a, b in hit.highlights:
            assert 0 <= a < b <= len(hit.snippet)


@pytest.mark.parametrize(
    ("query", "doc", "key"),
    [
        ("อบจ. budget 2566 ภาษีน้ำมัน", "pao-act", "s48-x2"),  # mixed scripts
        ("😀 ภาษีน้ำมัน 🎉", "pao-act", "s48-x2"),  # emoji around words
        ("๒๕๔๐", "pao-act", "s1"),  # digits only, Thai digits
        ("2540", "pao-act", "s1"),
        (_PASTED[:500], "pao-act", "s45"),  # a pasted paragraph
        ("KM", "km-handbook", None),  # Latin letters only
    ],
)
def test_odd_queries_still_find_what_they_name(
    svc: SearchService, query: str, doc: str, key: str | None
) -> None:
    top = svc.search(query, k=3).results[0]
    assert top.doc == doc
    assert key is None or top.section_key == key


def test_vectors_already_cached_survive_the_eviction_their_batch_causes(
    svc: SearchService, monkeypatch: pytest.MonkeyPatch
) -> None:
    import kmportal.search.service as service

    monkeypatch.setattr(service, "QUERY_CACHE_SIZE", 2)
    svc._embed_words(["ประปา"])
    # Three fresh words push the cached one out while this very call still needs it.
    vectors = svc._embed_words(["ประปา", "ถนน", "ตลาด", "ขยะ"])
    assert vectors.shape[0] == 4
    assert np.allclose(vectors[0], svc._embed_words(["ประปา"])[0])
