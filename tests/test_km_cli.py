"""``kmportal km load|list|export`` as a coordinator runs them."""

from __future__ import annotations

import io
from pathlib import Path

from openpyxl import load_workbook
from typer.testing import CliRunner

from kmportal.cli import app, register_commands
from kmportal.km import seed
from kmportal.settings import Settings

runner = CliRunner()


def _run(settings: Settings, *args: str) -> tuple[int, str, str]:
    register_commands()
    result = runner.invoke(app, ["--data-dir", str(settings.data_dir), "km", *args])
    return result.exit_code, result.stdout, result.stderr


def test_load_example_then_again_reports_it_unchanged(settings: Settings) -> None:
    code1, out1, _ = _run(settings, "load", "--example")
    code2, out2, _ = _run(settings, "load", "--example")
    assert (code1, code2) == (0, 0)
    assert "loaded" in out1 and "unchanged" in out2
    code, out, _ = _run(settings, "list")
    assert code == 0 and out.count("กองยุทธศาสตร์และงบประมาณ") == 1
    assert "0/7 met" in out


def test_load_reads_a_plan_file(settings: Settings, tmp_path: Path) -> None:
    path = tmp_path / "plan.json"
    path.write_text(seed.example_text(), encoding="utf-8")
    code, out, _ = _run(settings, "load", str(path))
    assert code == 0 and "plan 1" in out


def test_load_of_a_broken_file_exits_with_the_bad_input_code(
    settings: Settings, tmp_path: Path
) -> None:
    path = tmp_path / "plan.json"
    path.write_text("{", encoding="utf-8")
    code, _, err = _run(settings, "load", str(path))
    assert code == 2 and "ไม่ใช่ JSON" in err


def test_list_on_an_empty_database_suggests_the_example(settings: Settings) -> None:
    code, out, _ = _run(settings, "list")
    assert code == 0 and "km load --example" in out


def test_export_writes_csv_and_xlsx(settings: Settings, tmp_path: Path) -> None:
    _run(settings, "load", "--example")
    csv_path, xlsx_path = tmp_path / "out" / "plan.csv", tmp_path / "plan.xlsx"
    assert _run(settings, "export", "1", "--format", "csv", "--out", str(csv_path))[0] == 0
    assert _run(settings, "export", "1", "--format", "xlsx", "--out", str(xlsx_path))[0] == 0
    assert "การบ่งชี้ความรู้" in csv_path.read_bytes().decode("utf-8-sig")
    wb = load_workbook(io.BytesIO(xlsx_path.read_bytes()))
    assert wb.sheetnames == ["แผน KM", "บันทึกกิจกรรม"]


def test_export_of_an_unknown_plan_exits_not_found(settings: Settings, tmp_path: Path) -> None:
    code, _, err = _run(
        settings, "export", "42", "--format", "csv", "--out", str(tmp_path / "x.csv")
    )
    assert code == 3 and "ไม่พบแผน" in err
    assert not (tmp_path / "x.csv").exists()
