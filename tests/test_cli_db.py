"""``kmportal db current`` and ``kmportal db upgrade``: where a database stands,
and bringing it up to date — twice is a no-op; a newer release's database is
refused with exit code 6 and left as it was."""

from __future__ import annotations

import re
import shutil
import sqlite3
from pathlib import Path

from click.testing import Result
from typer.testing import CliRunner

from kmportal.cli import app, register_commands
from kmportal.db import schema

register_commands()
FIXTURE = Path(__file__).resolve().parent / "fixtures" / "prev-release" / "data"


def run(data_dir: Path, *args: str) -> Result:
    return CliRunner().invoke(app, ["--data-dir", str(data_dir), "db", *args])


def test_current_on_an_empty_directory_says_upgrade_creates_it(tmp_path: Path) -> None:
    res = run(tmp_path / "data", "current")
    assert res.exit_code == 0, res.output
    assert f"newest: {schema.head()}" in res.stdout and "creates it" in res.stdout


def test_upgrade_adopts_the_previous_release_and_a_second_upgrade_changes_nothing(
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"
    shutil.copytree(FIXTURE, data)
    assert "previous release" in run(data, "current").stdout
    first = run(data, "upgrade")
    # Every revision after the baseline, in order, up to the newest.
    path = rf"0001 (→ \d{{4}} )*→ {schema.head()}"
    assert first.exit_code == 0 and re.search(path, first.stdout), first.stdout
    with sqlite3.connect(data / "kmportal.db") as con:
        dump = list(con.iterdump())
    second = run(data, "upgrade")
    assert second.exit_code == 0 and "nothing changed" in second.stdout
    with sqlite3.connect(data / "kmportal.db") as con:
        assert list(con.iterdump()) == dump
    assert "up to date" in run(data, "current").stdout


def test_a_newer_releases_database_is_refused_with_exit_code_6(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert run(data, "upgrade").exit_code == 0
    with sqlite3.connect(data / "kmportal.db") as con:
        con.execute("UPDATE alembic_version SET version_num = 'ffff_next_year'")
    for command in ("current", "upgrade"):
        res = run(data, command)
        assert res.exit_code == 6
        assert "ffff_next_year" in res.stderr and "newer" in res.stderr
    with sqlite3.connect(data / "kmportal.db") as con:
        assert con.execute("SELECT version_num FROM alembic_version").fetchone() == (
            "ffff_next_year",
        )
