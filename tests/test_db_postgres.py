"""PostgreSQL as the database (``KMPORTAL_DATABASE_URL=postgresql://...``): a
URL that cannot be used — an unknown scheme, no server there, a wrong password,
no such database — is refused with one Thai line naming the problem and a
non-zero exit, nothing created; two processes preparing one fresh database at
once both succeed (the advisory lock); the append-only audit trail holds on
PostgreSQL too; ``/healthz`` says so when the database stops answering; and
``kmportal backup`` points to pg_dump instead of copying nothing."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from helpers import pg
from helpers.server import free_port
from helpers.web import StubService
from sqlalchemy import inspect
from sqlalchemy.exc import IntegrityError
from typer.testing import CliRunner

from kmportal.cli import app as cli
from kmportal.cli import register_commands
from kmportal.db import make_engine, prepare_database, schema
from kmportal.settings import Settings
from kmportal.web.app import create_app

ROOT = Path(__file__).resolve().parents[1]
runner = CliRunner()


def _kmportal(tmp_path: Path, url: str, *args: str) -> tuple[int, str]:
    register_commands()
    result = runner.invoke(
        cli, ["--data-dir", str(tmp_path / "data"), *args], env={"KMPORTAL_DATABASE_URL": url}
    )
    return result.exit_code, result.output


def _cases(cluster: pg.Cluster) -> dict[str, tuple[str, str]]:
    """case → (URL, the Thai words the error must hold)."""
    return {
        "unknown scheme": ("mysql://u:p@127.0.0.1/km", "ไม่รองรับฐานข้อมูลชนิด mysql"),
        "no server there": (
            f"postgresql://u:p@127.0.0.1:{free_port()}/km",
            "ติดต่อเซิร์ฟเวอร์ PostgreSQL",
        ),
        "wrong password": (
            cluster.url("postgres", password="not-the-cluster-password"),
            "ไม่ยอมรับชื่อผู้ใช้หรือรหัสผ่าน",
        ),
        "no such database": (cluster.url("no_such_db"), "ไม่มีฐานข้อมูลตามที่"),
    }


@pytest.mark.parametrize(
    "case", ["unknown scheme", "no server there", "wrong password", "no such database"]
)
def test_a_wrong_database_url_is_refused_by_name_and_creates_nothing(
    tmp_path: Path, pg_cluster: pg.Cluster, case: str
) -> None:
    url, words = _cases(pg_cluster)[case]
    code, output = _kmportal(tmp_path, url, "db", "upgrade")
    assert code == 6, output
    lines = [line for line in output.splitlines() if line.strip()]
    assert len(lines) == 1 and words in lines[0], output
    assert "not-the-cluster-password" not in output and "Traceback" not in output
    assert "no_such_db" not in pg_cluster.sql("SELECT datname FROM pg_database")


def test_serve_refuses_a_wrong_password_before_listening(
    tmp_path: Path, pg_cluster: pg.Cluster
) -> None:
    url = pg_cluster.url("postgres", password="not-the-cluster-password")
    code, output = _kmportal(tmp_path, url, "serve", "--port", str(free_port()))
    assert code == 6 and "ไม่ยอมรับชื่อผู้ใช้หรือรหัสผ่าน" in output, output


PREPARE = (
    "import sys; from pathlib import Path; from kmportal.db import prepare_database; "
    "from kmportal.settings import Settings; "
    "prepare_database(Settings(data_dir=Path(sys.argv[1]), database_url=sys.argv[2])).dispose()"
)


def test_processes_preparing_one_fresh_database_at_once_all_succeed(
    tmp_path: Path, pg_cluster: pg.Cluster
) -> None:
    """Two servers on two machines share no directory: the advisory lock makes
    the second wait, then find the schema current."""
    url = pg_cluster.fresh_database()
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", PREPARE, str(tmp_path / f"data{i}"), url],
            cwd=ROOT,
            stderr=subprocess.PIPE,
        )
        for i in range(4)
    ]
    outcomes = [p.communicate(timeout=120)[1].decode() for p in procs]
    assert [err for p, err in zip(procs, outcomes, strict=True) if p.returncode != 0] == []
    settings = Settings(data_dir=tmp_path / "data0", database_url=url)
    engine = make_engine(settings)
    try:
        assert schema.state(engine).up_to_date
    finally:
        engine.dispose()


def test_the_security_audit_trail_is_append_only_on_postgresql(
    tmp_path: Path, pg_cluster: pg.Cluster
) -> None:
    settings = Settings(data_dir=tmp_path / "data", database_url=pg_cluster.fresh_database())
    engine = prepare_database(settings)
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql(
                "INSERT INTO security_audit (at, action, target, detail) "
                "VALUES (now(), 'test', 't', '{}')"
            )
        with engine.connect() as conn:
            for statement in (
                "UPDATE security_audit SET target = 'x'",
                "DELETE FROM security_audit",
            ):
                with pytest.raises(IntegrityError, match="append-only"):
                    conn.exec_driver_sql(statement)
                conn.rollback()
            assert conn.exec_driver_sql("SELECT count(*) FROM security_audit").scalar_one() == 1
    finally:
        engine.dispose()


def test_healthz_reports_a_database_that_stopped_answering(
    tmp_path: Path, pg_cluster: pg.Cluster
) -> None:
    url = pg_cluster.fresh_database()
    settings = Settings(data_dir=tmp_path / "data", database_url=url)
    with TestClient(create_app(settings, service=StubService())) as client:  # type: ignore[arg-type]
        assert client.get("/healthz").json()["database"] == "ok"
        name = url.rsplit("/", 1)[1]
        pg_cluster.sql(f"DROP DATABASE {name} WITH (FORCE)")
        health = client.get("/healthz")
        assert health.status_code == 503
        body = health.json()
        assert body["status"] == "degraded" and body["database"] == "unreachable"
        assert "database_unreachable" in body["reasons"]
        assert "ไม่ตอบ" in body["database_error"] and pg.PASSWORD not in body["database_error"]


def test_backup_on_postgresql_points_to_pg_dump_and_writes_nothing(
    tmp_path: Path, pg_cluster: pg.Cluster
) -> None:
    url = pg_cluster.fresh_database()
    prepare_database(Settings(data_dir=tmp_path / "data", database_url=url)).dispose()
    out = tmp_path / "km.tgz"
    code, output = _kmportal(tmp_path, url, "backup", "--out", str(out))
    assert code == 2 and "pg_dump" in output and "docs/deploy.md" in output, output
    assert not out.exists()


def test_the_schema_on_postgresql_is_every_models_table(
    tmp_path: Path, pg_cluster: pg.Cluster
) -> None:
    settings = Settings(data_dir=tmp_path / "data", database_url=pg_cluster.fresh_database())
    engine = prepare_database(settings)
    try:
        tables = set(inspect(engine).get_table_names())
    finally:
        engine.dispose()
    assert set(schema.target_metadata().tables) <= tables
    assert not (tmp_path / "data" / "kmportal.db").exists()  # nothing fell back to SQLite
