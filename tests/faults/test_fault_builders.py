"""Two index builders at once, for real: ``kmportal reindex`` looping in two
processes while a third keeps loading the index, and ``kmportal reindex``
looping beside a live ``kmportal serve`` taking admin uploads (one of them
behind a build that holds the lock for seconds). One builder works at a time
(the others wait for the lock, an upload's job saying for whom), no generation is deleted
under a reader (no FileNotFoundError anywhere), no job fails, and the index
ends consistent with the database.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
from helpers.faults import Admin, kmportal, one_line, rows, running, wait_for
from helpers.server import ROOT
from helpers.tiny_corpus import write_fixture_corpus

from kmportal.db import prepare_database
from kmportal.errors import Conflict
from kmportal.index import generations, store
from kmportal.index.embed import embedder_name
from kmportal.index.lock import WriterLock
from kmportal.settings import Settings

# The real CLI, run again and again in one process (its import costs seconds
# on a loaded machine); the exit codes, as JSON, at the end.
REINDEX_LOOP = """
import json, sys
from pathlib import Path
from kmportal.cli import main
data, stop, times = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3])
codes = []
while not stop.exists() and len(codes) < times:
    sys.argv = ["kmportal", "--data-dir", data, "reindex", "--wait", "30"]
    try:
        main()
    except SystemExit as exc:
        codes.append(exc.code or 0)
    else:
        codes.append(0)
print(json.dumps(codes), flush=True)
"""

# A reader as the portal is one: load the current generation and check it
# against the database, over and over, until told to stop.
READER_LOOP = """
import json, sys, traceback
from pathlib import Path
from kmportal.db import make_engine
from kmportal.index import store
from kmportal.settings import Settings
settings = Settings(data_dir=Path(sys.argv[1]))
engine, stop = make_engine(settings), Path(sys.argv[2])
loads, errors = 0, []
while not stop.exists():
    try:
        index = store.load(settings.index_dir)
        assert len(index.chunk_ids) == index.manifest.chunk_count
        store.check(engine, settings.index_dir, embedder=sys.argv[3])
        loads += 1
    except Exception:
        errors.append(traceback.format_exc())
print(json.dumps({"loads": loads, "errors": errors[:3], "failed": len(errors)}), flush=True)
"""

WORDS = {f"builders-{n}": word for n, word in enumerate(["quendrilo", "zorblaxa", "vintrepo"])}


def _text(doc_id: str) -> str:
    return (
        f"ระเบียบทดสอบ {doc_id} ว่าด้วยการเก็บค่าธรรมเนียม\n\n"
        f"ข้อ 1 ให้เก็บค่าธรรมเนียม {WORDS[doc_id]} ตามอัตราท้ายระเบียบนี้\n"
    )


def _child(code: str, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", code, *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _result(child: subprocess.Popen[str], timeout: float) -> object:
    out, err = child.communicate(timeout=timeout)
    assert child.returncode == 0, err[-3000:]
    assert "FileNotFoundError" not in err and "Traceback" not in err, err[-3000:]
    return json.loads(out.strip().splitlines()[-1])


def _stored(data: Path) -> Settings:
    from kmportal.ingest.pipeline import ingest_paths

    settings = Settings(data_dir=data)
    report = ingest_paths(settings, write_fixture_corpus(data.parent / "corpus"))
    assert len(report.added) == 2, report
    return settings


def _end(children: list[subprocess.Popen[str]]) -> None:
    """What a failed test leaves running is stopped (kill -9) and reaped."""
    for child in children:
        if child.poll() is None:
            child.kill()
        child.communicate(timeout=30)


def test_two_reindex_loops_and_a_reader_never_break_each_other(tmp_path: Path) -> None:
    settings = _stored(tmp_path / "data")
    stop = tmp_path / "stop"
    name = embedder_name(settings)
    reader = _child(READER_LOOP, str(settings.data_dir), str(stop), name)
    t0 = time.monotonic()
    loops = [_child(REINDEX_LOOP, str(settings.data_dir), str(stop), "6") for _ in range(2)]
    try:
        codes = [_result(loop, 120) for loop in loops]
        seconds = time.monotonic() - t0
        stop.touch()
        read = _result(reader, 30)
    finally:
        stop.touch()
        _end([*loops, reader])
    print(f"2 x 6 reindexes in {seconds:.1f} s beside a reader: {read}")
    assert codes == [[0] * 6, [0] * 6]  # each waited for the other, none refused
    assert isinstance(read, dict) and read["failed"] == 0, read["errors"]
    assert read["loads"] > 0
    assert seconds < 60
    engine = prepare_database(settings)
    assert store.check(engine, settings.index_dir, embedder=name) == []
    engine.dispose()
    # Pruned down to the few kept: nothing held any more, nothing half-deleted.
    assert len(list(settings.index_dir.glob("gen-*"))) <= generations.KEEP_PREVIOUS + 1
    assert not list(settings.index_dir.glob(f"{generations.RETIRED}*"))


def _upload_behind_a_long_build(settings: Settings, admin: Admin, doc_id: str) -> None:
    lock = WriterLock(settings.index_dir, command="a long kmportal reindex")
    assert lock.acquire(timeout=30)
    try:
        assert admin.upload(f"{doc_id}.txt", _text(doc_id).encode()).status_code == 202
        sql = "SELECT status, message FROM upload_job WHERE doc_id = ?"
        wait_for(lambda: rows(settings, sql, doc_id), timeout=30)
        wait_for(lambda: "a long kmportal reindex" in rows(settings, sql, doc_id)[0][1], 30)
        time.sleep(2)
        waiting = rows(settings, sql, doc_id)[0]
        assert waiting[0] == "running" and "waiting for the index" in waiting[1], waiting
    finally:
        lock.release()
    wait_for(lambda: _finished(settings, doc_id), timeout=60)


def _finished(settings: Settings, doc_id: str) -> bool:
    sql = "SELECT 1 FROM upload_job WHERE doc_id = ? AND status IN ('done', 'failed')"
    return bool(rows(settings, sql, doc_id))


def _hits(url: str, query: str) -> list[str]:
    r = httpx.get(f"{url}/api/search", params={"q": query}, timeout=30)
    assert r.status_code == 200, r.text
    return [hit["doc"] for hit in r.json()["results"]]


def test_reindex_in_a_loop_beside_admin_uploads_fails_no_job(tmp_path: Path) -> None:
    settings = _stored(tmp_path / "data")
    stop = tmp_path / "stop"
    with running(settings, tmp_path / "serve.log") as server:
        admin = Admin(server)
        before = generations.current_folder(settings.index_dir)
        loop = _child(REINDEX_LOOP, str(settings.data_dir), str(stop), "1000")
        try:
            # Uploads start once the loop is at work (its first generation is out).
            wait_for(lambda: generations.current_folder(settings.index_dir) != before, timeout=60)
            t0 = time.monotonic()
            for n, doc_id in enumerate(WORDS):
                if n == len(WORDS) - 1:
                    # The last one meets a long build (held here for 2 s): it waits,
                    # saying for whom, and goes on when the lock is free.
                    _upload_behind_a_long_build(settings, admin, doc_id)
                    continue
                assert admin.upload(f"{doc_id}.txt", _text(doc_id).encode()).status_code == 202
                wait_for(lambda d=doc_id: _finished(settings, d), timeout=60)
            seconds = time.monotonic() - t0
            stop.touch()
            codes = _result(loop, 60)
        finally:
            stop.touch()
            admin.close()
            _end([loop])
        jobs = rows(settings, "SELECT doc_id, status, message FROM upload_job")
        log = server.log.read_text(encoding="utf-8")
        print(f"{len(WORDS)} uploads beside {codes} reindexes in {seconds:.1f} s")
        assert sorted(j[1] for j in jobs) == ["done"] * len(WORDS), jobs
        assert isinstance(codes, list) and len(codes) >= 3 and set(codes) == {0}, codes
        assert "FileNotFoundError" not in log and "Traceback" not in log, log[-3000:]
        assert seconds < 60
        for doc_id, word in WORDS.items():
            wait_for(lambda d=doc_id, w=word: d in _hits(server.url, w))
    engine = prepare_database(settings)
    assert store.check(engine, settings.index_dir, embedder=embedder_name(settings)) == []
    engine.dispose()


def test_a_builder_refused_says_in_one_line_who_builds_and_for_how_long(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "data")
    prepare_database(settings).dispose()
    lock = WriterLock(settings.index_dir, command="kmportal ingest /srv/corpus")
    assert lock.acquire()
    try:
        t0 = time.monotonic()
        done = kmportal(settings.data_dir, "reindex", "--wait", "1")
        waited = time.monotonic() - t0
    finally:
        lock.release()
    line = one_line(done)
    assert done.returncode == Conflict.exit_code
    assert f"kmportal ingest /srv/corpus (pid {os.getpid()} on {socket.gethostname()})" in line
    assert "holding the lock for" in line and "ถือล็อกมาแล้ว" in line
    assert waited >= 1
    # Once the lock is free (its holder gone), the same command just works.
    assert kmportal(settings.data_dir, "reindex").returncode == 0
