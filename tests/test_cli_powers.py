"""``kmportal powers``: one title, JSON, a batch of cases; bad input in Thai."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import Result
from helpers.powers_corpus import powers_data_dir
from helpers.thai_corpus import FakeEmbedder
from typer.testing import CliRunner

from kmportal.cli import app, register_commands
from kmportal.search.service import SearchService
from kmportal.settings import Settings

register_commands()


@pytest.fixture(scope="module", autouse=True)
def fake_model() -> Iterator[None]:
    """The fixture register was embedded by the instant fake embedder: the CLI opens
    its service with the same one."""
    opened = SearchService.open.__func__  # type: ignore[attr-defined]

    def open_with_fake(cls: type[SearchService], settings: Settings, **_: object) -> SearchService:
        return opened(cls, settings, embedder=FakeEmbedder())  # type: ignore[no-any-return]

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(SearchService, "open", classmethod(open_with_fake))
        yield


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return powers_data_dir(tmp_path_factory)


def run(data_dir: Path, *args: str) -> Result:
    return CliRunner().invoke(app, ["--data-dir", str(data_dir), "powers", *args])


def test_one_title_prints_the_verdict_and_the_citations(data_dir: Path) -> None:
    res = run(data_dir, "ก่อสร้างระบบประปาหมู่บ้าน", "--org", "pao")
    assert res.exit_code == 0, res.stderr
    lines = res.stdout.splitlines()
    assert lines[0].startswith("อยู่ในอำนาจหน้าที่ขององค์การบริหารส่วนจังหวัด")
    assert "ข้อ ๑ แห่งกฎกระทรวง" in lines[1]
    assert "มาตรา ๔๕ (๘) แห่งพระราชบัญญัติองค์การบริหารส่วนจังหวัด พ.ศ. ๒๕๔๐" in res.stdout
    assert "อำนาจของ อปท. ประเภทอื่น" in res.stdout  # the TAO's and municipalities' water items


def test_json_and_k(data_dir: Path) -> None:
    res = run(data_dir, "ก่อสร้างพิพิธภัณฑ์ท้องถิ่น", "--org", "pao", "--json", "--k", "2")
    assert res.exit_code == 0, res.stderr
    data = json.loads(res.stdout)
    assert data["verdict"] == "within" and data["org_kind"] == "pao"
    assert len(data["provisions"]) == 2


def test_the_org_defaults_to_the_portals_kind(data_dir: Path) -> None:
    res = run(data_dir, "ขุดเจาะบ่อบาดาลและระบบประปาหมู่บ้าน", "--json")
    assert json.loads(res.stdout)["org_kind"] == "pao"


def test_a_batch_prints_one_line_per_case_in_order_with_its_id(
    data_dir: Path, tmp_path: Path
) -> None:
    cases = [
        {"id": "a", "project": "ก่อสร้างระบบประปาหมู่บ้าน", "org_kind": "pao"},
        {"id": "b", "project": "", "org_kind": "pao"},
        {"id": "c", "project": "ขุดเจาะบ่อบาดาลและระบบประปาหมู่บ้าน", "org_kind": "tao"},
        {"id": 4, "project": "ออกโฉนดที่ดินให้ราษฎร", "org_kind": "tao"},
    ]
    batch = tmp_path / "cases.jsonl"
    batch.write_text("\n".join(json.dumps(c, ensure_ascii=False) for c in cases) + "\n\n")
    res = run(data_dir, "--batch", str(batch), "--json")
    assert res.exit_code == 0, res.stderr
    out = [json.loads(line) for line in res.stdout.splitlines()]
    assert [o["id"] for o in out] == ["a", "b", "c", "4"]
    assert [o.get("verdict") for o in out] == ["within", None, "within", "not_found"]
    assert out[1]["error"].startswith("กรุณาใส่ชื่อโครงการ")
    assert out[2]["provisions"][0]["section"] == "68"


@pytest.mark.parametrize("title", ["", "   "])
def test_an_empty_title_exits_2_in_thai(data_dir: Path, title: str) -> None:
    res = run(data_dir, title)
    assert res.exit_code == 2 and "กรุณาใส่ชื่อโครงการ" in res.stderr and res.stdout == ""


def test_an_unknown_org_exits_2_naming_the_choices(data_dir: Path) -> None:
    res = run(data_dir, "ประปา", "--org", "province")
    assert res.exit_code == 2
    assert "ไม่รู้จักประเภท อปท. 'province'" in res.stderr and "pao | municipality" in res.stderr


def test_a_malformed_batch_line_exits_2_naming_the_line(data_dir: Path, tmp_path: Path) -> None:
    batch = tmp_path / "bad.jsonl"
    batch.write_text('{"id": "a", "project": "ประปา"}\n[1, 2]\n', encoding="utf-8")
    res = run(data_dir, "--batch", str(batch), "--json")
    assert res.exit_code == 2 and "บรรทัด 2" in res.stderr
    missing = run(data_dir, "--batch", str(tmp_path / "none.jsonl"))
    assert missing.exit_code == 2 and "อ่านไฟล์" in missing.stderr
