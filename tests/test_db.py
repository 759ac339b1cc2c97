"""The one schema path (issue 15): ``prepare_database`` creates or upgrades the
whole schema, nothing else creates tables, and processes starting on one fresh
directory at once do not trip over each other."""

from __future__ import annotations

import re
import sqlite3
import subprocess
import sys
from pathlib import Path

from sqlalchemy import inspect

from kmportal.db import prepare_database
from kmportal.settings import Settings

ROOT = Path(__file__).resolve().parents[1]


def test_only_db_py_creates_tables() -> None:
    offenders = [
        str(p.relative_to(ROOT))
        for p in (ROOT / "kmportal").rglob("*.py")
        if p.name != "db.py" and re.search(r"create_all\(|\binit_db\(", p.read_text("utf-8"))
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
