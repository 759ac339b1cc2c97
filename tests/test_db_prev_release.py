"""Upgrading a data directory made by the previous release (bb44eb9, before
Alembic): ``tests/fixtures/prev-release/data`` was made with that release's own
code (``make_fixture.py`` beside it) and holds rows in every table. A copy is
adopted and upgraded; every row is still there, the schema is the one a fresh
directory gets, and every CHECK, foreign key, unique key and trigger refuses
what it refused before."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from helpers.auth import csrf_token
from helpers.web import StubService
from sqlalchemy import inspect
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError

from kmportal.db import prepare_database, schema, upgrade_database
from kmportal.db.migrations.versions.r0001_previous_release import BASELINE
from kmportal.settings import Settings
from kmportal.web.app import create_app

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = ROOT / "tests" / "fixtures" / "prev-release" / "data"
PASSWORD = "previous release password"  # the fixture's admin (see make_fixture.py)


@pytest.fixture
def old(tmp_path: Path) -> Settings:
    """A copy of the previous release's data directory (the fixture stays as made)."""
    shutil.copytree(FIXTURE, tmp_path / "data")
    return Settings(data_dir=tmp_path / "data")


def _rows(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table of the previous release, in its columns and key order."""
    with sqlite3.connect(path) as con:
        return {
            name: con.execute(
                f'SELECT {", ".join(f"{c.name!r}" for c in table.columns)} FROM "{name}" ORDER BY 1'
            ).fetchall()
            for name, table in BASELINE.tables.items()
        }


def test_the_fixture_holds_rows_in_every_table_of_the_previous_release() -> None:
    with sqlite3.connect(FIXTURE / "kmportal.db") as con:
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert "alembic_version" not in tables  # made before Alembic
    empty = [name for name, rows in _rows(FIXTURE / "kmportal.db").items() if not rows]
    assert tables >= set(BASELINE.tables) and empty == []


def test_every_row_is_kept_and_the_new_columns_get_their_defaults(old: Settings) -> None:
    before = _rows(old.db_path)
    assert upgrade_database(old) == ["0001", *_after_baseline()]
    assert _rows(old.db_path) == before
    with sqlite3.connect(old.db_path) as con:
        assert con.execute("SELECT version_num FROM alembic_version").fetchall() == [
            (schema.head(),)
        ]
        assert set(con.execute("SELECT actor_id, on_behalf_of FROM auditentry")) == {(None, "")}
        logs = con.execute("SELECT entered_by, entered_by_id, on_behalf_of FROM activitylog")
        assert logs.fetchall() == [("สมชาย ใจดี", None, "")]
        assert con.execute("SELECT issued, amends FROM document").fetchall() == [(None, None)]


def _after_baseline() -> list[str]:
    return [s.revision for s in schema.scripts().walk_revisions() if s.revision != "0001"][::-1]


def test_upgrading_twice_changes_nothing(old: Settings) -> None:
    upgrade_database(old)
    with sqlite3.connect(old.db_path) as con:
        first = list(con.iterdump())
    assert upgrade_database(old) == []
    with sqlite3.connect(old.db_path) as con:
        assert list(con.iterdump()) == first


def _facts(engine: Engine) -> dict[str, object]:
    """What a schema enforces, table by table (not the order of its columns)."""
    inspector = inspect(engine)
    facts: dict[str, object] = {}
    for table in inspector.get_table_names():
        facts[table] = (
            {(c["name"], str(c["type"]), c["nullable"]) for c in inspector.get_columns(table)},
            inspector.get_pk_constraint(table)["constrained_columns"],
            {
                (tuple(f["constrained_columns"]), f["referred_table"], f["options"].get("ondelete"))
                for f in inspector.get_foreign_keys(table)
            },
            {
                (i["name"], tuple(i["column_names"]), i["unique"])
                for i in inspector.get_indexes(table)
            },
            {tuple(u["column_names"]) for u in inspector.get_unique_constraints(table)},
            {
                (c["name"], " ".join(c["sqltext"].split()))
                for c in inspector.get_check_constraints(table)
            },
        )
    with engine.connect() as conn:
        facts["triggers"] = dict(
            conn.exec_driver_sql("SELECT name, sql FROM sqlite_master WHERE type='trigger'").all()
        )
    return facts


def test_the_upgraded_schema_is_the_one_a_fresh_directory_gets(
    old: Settings, settings: Settings
) -> None:
    upgraded, fresh = prepare_database(old), prepare_database(settings)
    try:
        assert _facts(upgraded) == _facts(fresh)
    finally:
        upgraded.dispose()
        fresh.dispose()


REFUSED = [
    (
        "a fiscal year in CE",
        "INSERT INTO plan (unit, organisation, fiscal_year, km_goal, deliverable, created_at, "
        "updated_at) VALUES ('กอง', '', 2021, '', '', '2021-01-01', '2021-01-01')",
        "ck_plan_year_be",
    ),
    (
        "a second step 1",
        "INSERT INTO step (number, note, plan_id, name) "
        "SELECT 1, '', plan_id, name FROM step WHERE number = 1",
        "UNIQUE",
    ),
    ("a negative count", "UPDATE activitylog SET numerator = -1", "ck_log_numerator_nonneg"),
    (
        "a count's shape on a rate",
        "UPDATE activitylog SET denominator = NULL",
        "ตัวเลขดิบไม่ตรงกับประเภทตัวชี้วัด",
    ),
    (
        "a chunk of no document",
        'INSERT INTO chunk (doc_id, section_id, ordinal, start, "end", '
        "text, embed_text, tokens) VALUES ('nowhere', 1, 0, 0, 1, 'x', 'x', 'x')",
        "FOREIGN KEY",
    ),
    ("changing the KM history", "UPDATE auditentry SET actor = 'someone else'", "เพิ่มได้อย่างเดียว"),
    ("deleting the KM history", "DELETE FROM auditentry", "เพิ่มได้อย่างเดียว"),
    ("changing the security audit", "UPDATE security_audit SET actor = 'x'", "append-only"),
    ("deleting the security audit", "DELETE FROM security_audit", "append-only"),
]


@pytest.mark.parametrize(("what", "sql", "named"), REFUSED, ids=[r[0] for r in REFUSED])
def test_every_constraint_and_trigger_still_refuses_after_the_upgrade(
    old: Settings, what: str, sql: str, named: str
) -> None:
    engine = prepare_database(old)
    try:
        with pytest.raises(IntegrityError) as caught, engine.begin() as conn:
            conn.exec_driver_sql(sql)
        assert named in str(caught.value.orig), what
    finally:
        engine.dispose()
    assert _rows(old.db_path) == _rows(FIXTURE / "kmportal.db")


def test_the_previous_releases_admin_signs_in_and_finds_the_km_plan(old: Settings) -> None:
    with TestClient(create_app(old, service=StubService())) as client:  # type: ignore[arg-type]
        token = csrf_token(client)
        answer = client.post(
            "/login",
            data={"csrf_token": token, "username": "admin", "password": PASSWORD, "next": "/km"},
        )
        assert answer.status_code == 200 and "2564" in answer.text
        history = client.get("/km/history")
        assert history.status_code == 200 and "สมหญิง รักงาน" in history.text


PREPARE = (
    "import sys; from pathlib import Path; from kmportal.db import prepare_database; "
    "from kmportal.settings import Settings; "
    "prepare_database(Settings(data_dir=Path(sys.argv[1]))).dispose()"
)


def test_processes_starting_on_the_old_directory_at_once_upgrade_it_once(old: Settings) -> None:
    before = _rows(old.db_path)
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", PREPARE, str(old.data_dir)],
            cwd=ROOT,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(3)
    ]
    errors = [p.communicate(timeout=120)[1] for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0], errors
    assert _rows(old.db_path) == before
    with sqlite3.connect(old.db_path) as con:
        assert con.execute("SELECT version_num FROM alembic_version").fetchall() == [
            (schema.head(),)
        ]
