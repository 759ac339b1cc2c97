"""Upload jobs carry the server that runs them: a server starting beside others
on one database settles the unfinished jobs of servers that are gone (its own
previous run, a dead process, a silent heartbeat) and leaves a live server's
jobs alone — for real, with two ``kmportal serve`` sharing one database
(SQLite, and PostgreSQL as servers on several machines would)."""

from __future__ import annotations

import datetime as dt
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from helpers.faults import Admin, wait_for
from helpers.server import start, stop, wait_until_up
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from kmportal.db import make_engine, prepare_database
from kmportal.docstore.jobs import JobAction, JobStatus, UploadJob, utcnow
from kmportal.index.lock import WriterLock
from kmportal.settings import Settings
from kmportal.uploads import instance
from kmportal.uploads.instance import Instance, beat, owner_gone, this_instance
from kmportal.uploads.jobs import create_job, get_job, update_job
from kmportal.uploads.reconcile import settle_gone

pytestmark = pytest.mark.storage


def _dead_pid() -> int:
    done = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        check=True,
        capture_output=True,
        text=True,
    )
    return int(done.stdout)


def _job(**values: object) -> UploadJob:
    return UploadJob(id="j", action=JobAction.upload, doc_id="d", **values)  # type: ignore[arg-type]


def test_a_job_of_this_process_is_never_gone() -> None:
    assert not owner_gone(_job(instance=this_instance().id, heartbeat_at=None))


def test_a_job_from_before_instances_were_recorded_is_gone_at_start_or_once_still() -> None:
    """Settled at start-up, as the release that wrote it did; while running,
    only once it stopped moving (an older server may run it during an upgrade)."""
    moving = _job(instance=None, updated_at=utcnow())
    assert owner_gone(moving, at_start=True) and not owner_gone(moving)
    still = utcnow() - dt.timedelta(seconds=instance.STALE_SECONDS + 1)
    assert owner_gone(_job(instance=None, updated_at=still))


def test_a_job_of_a_dead_process_on_this_host_is_gone_at_once() -> None:
    dead = Instance(socket.gethostname(), _dead_pid(), "20260101T000000000000")
    assert owner_gone(_job(instance=dead.id, heartbeat_at=utcnow()))


def test_a_job_of_this_pid_from_an_earlier_start_is_gone() -> None:
    """A container restarted gets the same pid (1, say): the start time tells."""
    earlier = Instance(socket.gethostname(), os.getpid(), "20200101T000000000000")
    assert owner_gone(_job(instance=earlier.id, heartbeat_at=utcnow()))


def test_a_job_of_a_live_process_is_kept_until_its_heartbeat_is_stale() -> None:
    parent = Instance(socket.gethostname(), os.getppid(), "20260101T000000000000")
    elsewhere = Instance("another-server", 4242, "20260101T000000000000")
    fresh = utcnow() - dt.timedelta(seconds=instance.HEARTBEAT_SECONDS)
    stale = utcnow() - dt.timedelta(seconds=instance.STALE_SECONDS + 1)
    for owner in (parent, elsewhere):
        assert not owner_gone(_job(instance=owner.id, heartbeat_at=fresh))
        assert owner_gone(_job(instance=owner.id, heartbeat_at=stale))
        # SQLite gives back naive times (written in UTC).
        assert not owner_gone(_job(instance=owner.id, heartbeat_at=fresh.replace(tzinfo=None)))


def test_instance_names_read_back(tmp_path: Path) -> None:
    me = this_instance()
    assert Instance.parse(me.id) == me and me.pid == os.getpid()
    assert Instance.parse("no-pid-here") is None


@pytest.fixture
def engine(settings: Settings) -> Iterator[Engine]:
    engine = prepare_database(settings)  # [sqlite] and [postgresql]
    yield engine
    engine.dispose()


def _running(engine: Engine, owner: str | None, heartbeat: dt.datetime | None) -> str:
    job = create_job(
        engine, action=JobAction.upload, doc_id="x", actor="t", status=JobStatus.running
    )
    update_job(engine, job.id, instance=owner, heartbeat_at=heartbeat)
    return job.id


def test_settling_leaves_live_servers_jobs_and_settles_the_gone(engine: Engine) -> None:
    now = utcnow()
    mine = _running(engine, this_instance().id, now)
    live = _running(engine, Instance("another-server", 7, "x").id, now)
    silent = _running(engine, Instance("another-server", 8, "x").id, now - dt.timedelta(hours=1))
    dead = _running(engine, Instance(socket.gethostname(), _dead_pid(), "x").id, now)
    old = _running(engine, None, None)
    out = settle_gone(engine)
    assert sorted(out.failed) == sorted([silent, dead]) and out.done == []
    for job_id in (mine, live, old):
        assert get_job(engine, job_id).status == JobStatus.running
    assert get_job(engine, dead).status == JobStatus.failed
    assert settle_gone(engine, at_start=True).failed == [old]


def test_the_heartbeat_renews_only_this_processs_unfinished_jobs(engine: Engine) -> None:
    long_ago = utcnow() - dt.timedelta(hours=1)
    mine = _running(engine, this_instance().id, long_ago)
    other = _running(engine, Instance("another-server", 7, "x").id, long_ago)
    finished = _running(engine, this_instance().id, long_ago)
    update_job(engine, finished, status=JobStatus.done)
    assert beat(engine) == 1
    with Session(engine) as session:
        seen = {j: session.get(UploadJob, j).heartbeat_at for j in (mine, other, finished)}  # type: ignore[union-attr]
    assert seen[mine] is not None and seen[mine].replace(tzinfo=dt.UTC) > long_ago
    assert seen[other] is not None and seen[other].replace(tzinfo=dt.UTC) == long_ago
    assert seen[finished] is not None and seen[finished].replace(tzinfo=dt.UTC) == long_ago


# -- two real servers on one database -------------------------------------------------

TEXT = "ระเบียบทดสอบว่าด้วยการเก็บค่าธรรมเนียม\n\nข้อ 1 ให้เก็บค่าธรรมเนียม quendrilo ทุกเดือน\n"


def _status(engine: Engine, job_id: str) -> tuple[str, str]:
    job = get_job(engine, job_id)
    return job.status, job.message


def test_restarting_one_server_leaves_the_other_servers_running_job_alone(
    tmp_path: Path, database: str | None
) -> None:
    # [sqlite]: one database file both data directories name; [postgresql]: one
    # fresh database on the run's cluster, as servers on several machines share it.
    url = database or f"sqlite:///{tmp_path / 'shared.db'}"
    env = {"KMPORTAL_DATABASE_URL": url}
    a_settings = Settings(data_dir=tmp_path / "a", database_url=url)
    b_settings = Settings(data_dir=tmp_path / "b", database_url=url)
    prepare_database(a_settings).dispose()
    a = start(a_settings, tmp_path / "a.log", env=env)
    b = start(b_settings, tmp_path / "b.log", env=env)
    engine = make_engine(a_settings)
    # B's upload stays running: its job waits for B's index lock, held here.
    lock = WriterLock(b_settings.index_dir, command="the test, holding B's index")
    assert lock.acquire()
    admin: Admin | None = None
    try:
        for server in (a, b):
            wait_until_up(server, timeout=180)
        admin = Admin(b)
        r = admin.upload("fees.txt", TEXT.encode())
        assert r.status_code == 202, r.text
        job_id = wait_for(lambda: _job_id(engine), timeout=30)
        wait_for(lambda: "the test, holding B's index" in _status(engine, job_id)[1], 60)
        assert _status(engine, job_id)[0] == "running"
        gone = _running(engine, Instance(socket.gethostname(), _dead_pid(), "x").id, utcnow())

        stop(a)
        a = start(a_settings, tmp_path / "a2.log", env=env)
        wait_until_up(a, timeout=180)
        # A's start-up reconciled, and its heartbeat looked again since.
        time.sleep(instance.HEARTBEAT_SECONDS + 1)
        assert _status(engine, gone)[0] == "failed"
        status, message = _status(engine, job_id)
        assert status == "running", (message, a.log.read_text()[-2000:])

        lock.release()
        wait_for(lambda: _status(engine, job_id)[0] in ("done", "failed"), 120)
        assert _status(engine, job_id)[0] == "done", b.log.read_text()[-3000:]
        r = httpx.get(f"{b.url}/api/search", params={"q": "quendrilo"}, timeout=30)
        assert r.status_code == 200 and r.json()["results"][0]["doc"] == "fees"
    finally:
        lock.release()
        if admin is not None:
            admin.close()
        stop(a)
        stop(b)
        engine.dispose()


def _job_id(engine: Engine) -> str | None:
    with Session(engine) as session:
        return session.exec(select(UploadJob.id).where(UploadJob.doc_id == "fees")).first()
