"""The one schema path (issue 15): ``prepare_database`` creates or upgrades the
whole schema (through the migrations, :mod:`kmportal.db.schema`), nothing else
creates tables, processes starting on one directory at once do not trip over
each other, and a database it cannot use is refused by name."""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import inspect

from kmportal.db import prepare_database
from kmportal.errors import DatabaseUnusable
from kmportal.settings import Settings

ROOT = Path(__file__).resolve().parents[1]


def test_only_the_db_package_creates_tables() -> None:
    db = ROOT / "kmportal" / "db"
    offenders = [
        str(p.relative_to(ROOT))
        for p in (ROOT / "kmportal").rglob("*.py")
        if db not in p.parents
        and re.search(r"create_all\(|\binit_db\(|create_table\(", p.read_text("utf-8"))
    ]
    assert offenders == []


def test_the_whole_schema_exists_after_preparing(settings: Settings) -> None:
    engine = prepare_database(settings)
    try:
        tables = set(inspect(engine).get_table_names())
    finally:
        engine.dispose()
    # documents, KM, accounts and upload jobs: every package's models
    assert {"document", "chunk", "plan", "activitylog", "auditentry"} <= tables
    assert {"auth_user", "auth_session", "security_audit", "upload_job"} <= tables


PREPARE = (
    "import sys; from pathlib import Path; from kmportal.db import prepare_database; "
    "from kmportal.settings import Settings; "
    "prepare_database(Settings(data_dir=Path(sys.argv[1]))).dispose()"
)


def test_processes_preparing_one_fresh_directory_at_once_all_succeed(tmp_path: Path) -> None:
    data = tmp_path / "data"
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", PREPARE, str(data)],
            cwd=ROOT,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(4)
    ]
    errors = [p.communicate(timeout=120)[1] for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0, 0], errors
    with sqlite3.connect(data / "kmportal.db") as con:
        names = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"upload_job", "auth_user", "document", "plan"} <= names


def test_a_directory_from_before_accounts_gains_the_new_km_columns(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    with sqlite3.connect(data / "kmportal.db") as con:
        con.execute(
            "CREATE TABLE auditentry (id INTEGER PRIMARY KEY, actor VARCHAR NOT NULL, "
            "action VARCHAR NOT NULL, entity VARCHAR NOT NULL, entity_id INTEGER, "
            "before TEXT, after TEXT, at DATETIME NOT NULL)"
        )
        con.execute(
            "INSERT INTO auditentry (actor, action, entity, at) "
            "VALUES ('ชื่อที่พิมพ์', 'create', 'plan', '2021-03-01 00:00:00')"
        )
    prepare_database(Settings(data_dir=data)).dispose()
    with sqlite3.connect(data / "kmportal.db") as con:
        columns = {r[1] for r in con.execute("PRAGMA table_info(auditentry)")}
        row = con.execute("SELECT actor, actor_id, on_behalf_of FROM auditentry").fetchone()
    assert {"actor_id", "on_behalf_of"} <= columns
    assert row == ("ชื่อที่พิมพ์", None, "")  # the old text kept, no account claimed for it


@pytest.mark.parametrize(
    ("url", "named"),
    [
        ("not a url", "KMPORTAL_DATABASE_URL"),
        ("mysql://kmportal@db/kmportal", "mysql"),
        ("sqlite://", "names no file"),
        ("sqlite:////nonexistent/folder/kmportal.db", "unable to open database file"),
    ],
)
def test_a_wrong_database_url_is_refused_by_name(tmp_path: Path, url: str, named: str) -> None:
    settings = Settings(data_dir=tmp_path / "data", database_url=url)
    with pytest.raises(DatabaseUnusable) as caught:
        prepare_database(settings).dispose()
    assert named in caught.value.message
    assert caught.value.exit_code == 6


def test_a_sqlite_url_puts_the_database_where_it_says(tmp_path: Path) -> None:
    elsewhere = tmp_path / "db" / "office.db"
    elsewhere.parent.mkdir()
    settings = Settings(data_dir=tmp_path / "data", database_url=f"sqlite:///{elsewhere}")
    prepare_database(settings).dispose()
    assert settings.db_path == elsewhere and elsewhere.is_file()
    assert not (tmp_path / "data" / "kmportal.db").exists()


def test_serve_with_a_wrong_database_url_says_so_in_one_line_and_exits_6(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KMPORTAL_")}
    env["KMPORTAL_DATABASE_URL"] = "postgresql://kmportal:s3cret@db.example/km"
    cli = [sys.executable, "-c", "from kmportal.cli import main; main()"]
    done = subprocess.run(
        [*cli, "--data-dir", str(tmp_path / "data"), "serve", "--port", "1"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 6, done.stderr
    assert "error:" in done.stderr and "postgresql" in done.stderr
    assert "Traceback" not in done.stderr and "s3cret" not in done.stderr + done.stdout
