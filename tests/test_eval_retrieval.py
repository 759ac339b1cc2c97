"""scripts/eval_retrieval.py: the set registry and one run over a small set of its own."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest
from helpers.thai_corpus import FakeEmbedder, write_corpus

ROOT = Path(__file__).resolve().parent.parent

# A scorer with score.py's interface, written here: tests never read ../shared.
SCORER = """
def score(queries, run, k=10):
    got = {r["id"]: r["results"] for r in run}
    rows = []
    for q in queries:
        docs = [r["doc"] for r in got.get(q["id"], [])[:k]]
        first = next((i for i, d in enumerate(docs, 1) if d in q["gold_docs"]), None)
        rows.append({"kind": q.get("kind"), "hit1": float(first == 1),
                     "hit5": float(bool(first and first <= 5)),
                     "recall10": float(first is not None), "mrr10": 1 / first if first else 0.0})
    return rows


def summary(rows):
    n = len(rows) or 1
    keys = ("hit1", "hit5", "recall10", "mrr10")
    return {m: round(sum(r[m] for r in rows) / n, 3) for m in keys} | {"n": len(rows)}
"""


@pytest.fixture(scope="module")
def script() -> ModuleType:
    path = ROOT / "scripts" / "eval_retrieval.py"
    spec = importlib.util.spec_from_file_location("eval_retrieval", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["eval_retrieval"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_every_set_names_a_corpus_and_a_query_file_under_the_eval_folder(
    script: ModuleType, tmp_path: Path
) -> None:
    assert {"legal", "general-th", "xquad-th", "xquad-en"} <= set(script.SETS)
    for make in script.SETS.values():
        spec = make(tmp_path / "eval", tmp_path / "corpus")
        assert spec.queries.name.endswith(".jsonl")
        assert all(str(p).startswith(str(tmp_path)) for p in [spec.queries, *spec.paths])
    # The two XQuAD sets ask about the same paragraphs: one data directory.
    xth = script.SETS["xquad-th"](tmp_path, tmp_path)
    assert xth.corpus == script.SETS["xquad-en"](tmp_path, tmp_path).corpus


def test_a_run_reports_the_search_and_each_arm_alone(script: ModuleType, tmp_path: Path) -> None:
    write_corpus(tmp_path / "corpus")
    queries = tmp_path / "eval" / "queries.jsonl"
    queries.parent.mkdir()
    (tmp_path / "eval" / "score.py").write_text(SCORER, encoding="utf-8")
    rows = [
        {"id": "a", "query": "ภาษีน้ำมันเบนซิน", "kind": "keyword", "gold_docs": ["pao-act"]},
        {"id": "b", "query": "เวทีแลกเปลี่ยนเรียนรู้", "kind": "km", "gold_docs": ["km-handbook"]},
        {"id": "c", "query": "petrol surcharge", "kind": "english", "gold_docs": ["pao-act"]},
    ]
    queries.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), "utf-8")
    spec = script.EvalSet("tiny", [tmp_path / "corpus"], queries)
    result = script.run_set(
        "tiny",
        spec,
        data_root=tmp_path / "data",
        cache=None,
        scorer=script._scorer(tmp_path / "eval"),
        k=10,
        gloss=True,
        show=False,
        embedder=FakeEmbedder(),
    )
    assert result["n"] == 3
    assert set(result["arms"]) == {"hybrid", "lexical", "dense"}
    for arm in result["arms"].values():
        assert set(arm["slices"]) == {"all", "keyword", "km", "english"}
        assert 0.0 <= arm["slices"]["all"]["mrr10"] <= 1.0
    # A word only the PAO Act holds: the lexical arm alone finds it first.
    assert result["arms"]["lexical"]["slices"]["keyword"]["mrr10"] == 1.0
    assert (tmp_path / "data" / "tiny").is_dir()  # a data directory per corpus
