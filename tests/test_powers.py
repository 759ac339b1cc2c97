"""The register of powers is filled at ingest, per document, with item vectors."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from helpers.powers_corpus import PAO_ACT, TAO_ACT, write_powers_corpus
from helpers.thai_corpus import FakeEmbedder
from sqlmodel import Session, col, select

from kmportal.db import make_engine
from kmportal.docstore.models import Power
from kmportal.ingest.maintain import reembed_all, remove_document
from kmportal.ingest.pipeline import ingest_paths
from kmportal.ingest.powers import extract_powers, power_rows
from kmportal.ingest.powers_law import PowerItem
from kmportal.search.service import SearchService
from kmportal.settings import Settings


class OtherEmbedder(FakeEmbedder):
    name = "fake/other"

    def _vector(self, text: str) -> np.ndarray:
        return -super()._vector(text)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(data_dir=tmp_path / "data")


def rows(settings: Settings, doc_id: str | None = None) -> list[Power]:
    engine = make_engine(settings)
    with Session(engine) as s:
        stmt = select(Power).order_by(col(Power.doc_id), col(Power.ordinal))
        if doc_id:
            stmt = stmt.where(Power.doc_id == doc_id)
        return list(s.exec(stmt))


def write_act(folder: Path, name: str, text: str) -> Path:
    path = folder / "acts" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_ingest_stores_each_documents_provisions_with_their_vectors(
    settings: Settings, tmp_path: Path
) -> None:
    corpus = write_powers_corpus(tmp_path / "corpus")
    embedder = FakeEmbedder()
    ingest_paths(settings, [corpus], embedder=embedder)
    stored = rows(settings)
    by_doc = {r.doc_id for r in stored}
    assert by_doc == {"pao-act", "muni-act", "dec-act", "tao-act", "plan-handbook"}
    s45_8 = next(r for r in stored if r.doc_id == "pao-act" and (r.section, r.item) == ("45", "8"))
    assert s45_8.applies_to == "pao" and s45_8.catch_all and s45_8.section_key == "s45"
    assert s45_8.embedding is not None
    vec = np.frombuffer(s45_8.embedding, dtype=np.float32)
    assert np.allclose(vec, embedder._vector(s45_8.text))
    rule = [r for r in stored if r.doc_id == "plan-handbook" and r.law.startswith("กฎกระทรวง")]
    assert json.loads(rule[0].issued_under)[1][1:] == ["45", "8"]


def test_reingesting_a_changed_act_replaces_its_provisions_and_removing_drops_them(
    settings: Settings, tmp_path: Path
) -> None:
    act = write_act(tmp_path, "tao-act.txt", TAO_ACT)
    ingest_paths(settings, [act], embedder=FakeEmbedder())
    assert [(r.section, r.item) for r in rows(settings)] == [
        ("66", None),
        ("68", "1"),
        ("68", "2"),
        ("68", "3"),
    ]
    act.write_text(TAO_ACT.replace("(๓) ให้มีตลาด ท่าเทียบเรือ และท่าข้าม\n", ""), encoding="utf-8")
    ingest_paths(settings, [act], embedder=FakeEmbedder())
    assert [(r.section, r.item) for r in rows(settings)] == [("66", None), ("68", "1"), ("68", "2")]
    remove_document(settings, "tao-act")
    assert rows(settings) == []


def test_an_act_added_later_joins_the_register_the_check_reads(
    settings: Settings, tmp_path: Path
) -> None:
    embedder = FakeEmbedder()
    ingest_paths(settings, [write_act(tmp_path, "tao-act.txt", TAO_ACT)], embedder=embedder)
    svc = SearchService.open(settings, embedder=embedder)
    assert svc.check_powers("ก่อสร้างตลาดสด", org="pao").verdict == "not_found"
    ingest_paths(settings, [write_act(tmp_path, "pao-act.txt", PAO_ACT)], embedder=embedder)
    svc.reload()
    result = svc.check_powers("ช่วยเหลือและสนับสนุนการดูแลการจราจร", org="pao")
    assert result.verdict == "within"
    assert (result.provisions[0].provision.section, result.provisions[0].provision.item) == (
        "45",
        "6/1",
    )


def test_reembedding_for_another_model_reembeds_the_provisions_too(
    settings: Settings, tmp_path: Path
) -> None:
    ingest_paths(settings, [write_act(tmp_path, "tao-act.txt", TAO_ACT)], embedder=FakeEmbedder())
    other = OtherEmbedder()
    reembed_all(settings, embedder=other)
    for r in rows(settings):
        assert r.embedding is not None
        assert np.allclose(np.frombuffer(r.embedding, dtype=np.float32), other._vector(r.text))


def test_prose_without_a_rule_gives_no_provisions() -> None:
    assert extract_powers("ข่าวประชาสัมพันธ์\n\n1. หนึ่ง\n2. สอง\n3. สาม\n", [], unit=None, law="") == []


def test_power_rows_keep_every_field() -> None:
    item = PowerItem(
        "s45", "มาตรา", "45", "7 ทวิ", "บำรุงรักษาศิลปะ", "มาตรา ๔๕ (๗ ทวิ) แห่ง...", "พ.ร.บ.",
        ["pao"], ["เมือง"], False, 10, 20, [("Act", "45", "8")],
    )  # fmt: skip
    (row,) = power_rows("pao-act", [item], np.ones((1, 4), dtype=np.float32))
    assert (row.doc_id, row.section, row.item, row.applies_to, row.tiers) == (
        "pao-act",
        "45",
        "7 ทวิ",
        "pao",
        "เมือง",
    )
    assert json.loads(row.issued_under) == [["Act", "45", "8"]]
    assert row.embedding == np.ones(4, dtype=np.float32).tobytes()
    (no_vector,) = power_rows("pao-act", [item], None)
    assert no_vector.embedding is None
