"""Two real ``kmportal serve`` processes, on two ports and two data directories,
sharing one PostgreSQL database, behave as one portal: a session made on one
works on the other, login throttling counts failures on both, an upload
finished on one is found by search on the other within 10 s, and 20 clients
searching both for a minute while KM logs are posted see no error and lose no
log."""

from __future__ import annotations

import statistics
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass

import httpx
import pytest
from helpers import pg
from helpers.auth import PASSWORD, create_account
from helpers.server import Server, sign_in, start, stop, wait_until_up
from helpers.tiny_corpus import write_fixture_corpus
from sqlalchemy import text

from kmportal.auth.models import Role
from kmportal.db import make_engine
from kmportal.ingest.pipeline import ingest_paths
from kmportal.settings import Settings

VISIBLE_WITHIN = 10.0  # seconds, the bar
LOAD_SECONDS = 60.0
CLIENTS = 20
QUERIES = ["อบจ. ทำประปาได้ไหม", "มาตรา 45 พ.ร.บ.อบจ.", "สมัยประชุมสามัญ", "ขยะมูลฝอย"]
UPLOAD_TEXT = (
    "ระเบียบทดสอบว่าด้วยการจัดการขยะมูลฝอยของหน่วยงาน พ.ศ. 2567\n\n"
    "ข้อ 1 ระเบียบนี้เรียกว่า ระเบียบทดสอบว่าด้วยการจัดการขยะมูลฝอย\n\n"
    "ข้อ 2 ให้หน่วยงานจัดเก็บขยะมูลฝอยและสิ่งปฏิกูลในเขตตำบลทุกสัปดาห์\n\n"
    "ข้อ 3 ให้จัดทำถนนและทางระบายน้ำเพื่อการขนส่งขยะมูลฝอยไปยังที่กำจัด\n"
)


@dataclass
class Pair:
    a: Server
    b: Server
    settings: Settings  # the shared database (a's data directory)

    @property
    def both(self) -> tuple[Server, Server]:
        return self.a, self.b


@pytest.fixture(scope="module")
def pair(pg_cluster: pg.Cluster, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Pair]:
    root = tmp_path_factory.mktemp("two")
    url = pg_cluster.fresh_database()
    settings = Settings(data_dir=root / "a", database_url=url)
    # A portal in use has a corpus when its servers start (and their warm-up
    # loads the query model): the tiny Act and handbook, ingested into PostgreSQL.
    report = ingest_paths(settings, write_fixture_corpus(root / "corpus"))
    assert len(report.added) == 2, report
    create_account(settings, "admin", Role.admin)
    create_account(settings, "coord", Role.coordinator)
    env = {"KMPORTAL_DATABASE_URL": url, "KMPORTAL_INDEX_POLL_SECONDS": "1"}
    a = start(settings, root / "a.log", env=env)
    b = start(Settings(data_dir=root / "b", database_url=url), root / "b.log", env=env)
    try:
        # Two servers importing torch and friends at once on a shared 2-core box.
        for server in (a, b):
            wait_until_up(server, timeout=300)
            _wait_until_ready(server)
        yield Pair(a, b, settings)
    finally:
        stop(a)
        stop(b)


def _wait_until_ready(server: Server, timeout: float = 300.0) -> None:
    """Until the search service is open and warmed up (what a load balancer's
    health check waits for before sending traffic)."""
    deadline = time.monotonic() + timeout
    while not httpx.get(f"{server.url}/healthz", timeout=30).json()["index_loaded"]:
        assert time.monotonic() < deadline, server.log.read_text()[-3000:]
        time.sleep(0.5)


def _hits(server: Server, query: str) -> list[str]:
    r = httpx.get(f"{server.url}/api/search", params={"q": query}, timeout=30)
    assert r.status_code == 200, r.text
    return [hit["doc"] for hit in r.json()["results"]]


def test_a_session_made_on_one_server_works_on_the_other(pair: Pair) -> None:
    cookie, _token = sign_in(pair.a.url, "coord", PASSWORD)
    page = httpx.get(f"{pair.b.url}/account", headers={"Cookie": cookie}, timeout=10)
    assert page.status_code == 200 and "coord" in page.text
    signed_out = httpx.get(f"{pair.b.url}/account", timeout=10)
    assert signed_out.status_code in (303, 401)  # not signed in without the cookie


def test_ten_failed_logins_across_both_servers_throttle_on_both(pair: Pair) -> None:
    create_account(pair.settings, "victim", Role.viewer)
    # From an address of their own (through the trusted local proxy): the
    # throttle counts by address too, and the other tests sign in from 127.0.0.1.
    proxied = {"X-Forwarded-For": "198.51.100.7"}
    clients = [httpx.Client(base_url=s.url, timeout=10, headers=proxied) for s in pair.both]
    try:
        for c in clients:
            c.get("/login")

        def attempt(i: int, password: str) -> httpx.Response:
            c = clients[i % 2]
            form = {"csrf_token": c.cookies["kmportal_csrf"], "username": "victim"}
            return c.post("/login", data={**form, "password": password, "next": "/"})

        statuses = [attempt(i, f"not-the-password-{i}").status_code for i in range(10)]
        assert statuses == [401] * 10
        assert attempt(10, PASSWORD).status_code == 429  # on a, even with the right one
        assert attempt(11, PASSWORD).status_code == 429  # and on b
    finally:
        for c in clients:
            c.close()


def _job_status(settings: Settings, doc_id: str) -> str | None:
    engine = make_engine(settings)
    try:
        with engine.connect() as conn:
            return conn.execute(
                text("SELECT status FROM upload_job WHERE doc_id = :d ORDER BY created_at DESC"),
                {"d": doc_id},
            ).scalar()
    finally:
        engine.dispose()


def test_an_upload_finished_on_one_server_is_found_on_the_other_within_10_s(
    pair: Pair,
) -> None:
    cookie, token = sign_in(pair.a.url, "admin", PASSWORD)
    for server in pair.both:
        assert "ระเบียบขยะ" not in _hits(server, "ขยะมูลฝอย")
    r = httpx.post(
        f"{pair.a.url}/admin/documents",
        headers={"Cookie": cookie, "X-CSRF-Token": token, "HX-Request": "true"},
        files={"file": ("ระเบียบขยะ.txt", UPLOAD_TEXT.encode(), "text/plain")},
        timeout=60,
    )
    assert r.status_code == 202, r.text
    deadline = time.monotonic() + 180
    while (status := _job_status(pair.settings, "ระเบียบขยะ")) not in ("done", "failed"):
        assert time.monotonic() < deadline, f"the upload job is still {status}"
        time.sleep(0.2)
    assert status == "done", pair.a.log.read_text()
    finished = time.monotonic()
    assert "ระเบียบขยะ" in _hits(pair.a, "ขยะมูลฝอย")
    while "ระเบียบขยะ" not in _hits(pair.b, "ขยะมูลฝอย"):
        assert time.monotonic() - finished < VISIBLE_WITHIN, pair.b.log.read_text()[-3000:]
        time.sleep(0.2)
    seconds = time.monotonic() - finished
    print(f"upload finished on a, found by search on b after {seconds:.2f} s")
    assert seconds <= VISIBLE_WITHIN


@pytest.mark.slow
def test_twenty_clients_search_both_servers_for_a_minute_while_logs_are_posted(
    pair: Pair,
) -> None:
    """Every search runs the whole hybrid path (the tiny corpus, and the
    upload test's document) on both servers."""
    cookie, token = sign_in(pair.a.url, "coord", PASSWORD)
    auth = {"Cookie": cookie, "X-CSRF-Token": token}
    plan = httpx.post(
        f"{pair.a.url}/api/km/plans/load-example", json={"entered_by": "t"}, headers=auth
    )
    assert plan.status_code in (200, 201), plan.text
    detail = httpx.get(f"{pair.b.url}/api/km/plans/{plan.json()['plan_id']}", headers=auth)
    indicator = detail.json()["steps"][0]["activities"][0]["indicators"][0]["id"]

    stop_at = time.monotonic() + LOAD_SECONDS
    errors: list[str] = []
    latencies: list[float] = []
    acknowledged: list[int] = []
    lock = threading.Lock()

    def searcher(n: int) -> None:
        server = pair.both[n % 2]
        with httpx.Client(base_url=server.url, timeout=30) as c:
            i = n
            while time.monotonic() < stop_at:
                t0 = time.monotonic()
                try:
                    r = c.get("/api/search", params={"q": QUERIES[i % len(QUERIES)]})
                    ok = r.status_code == 200 and r.json()["results"]
                    problem = None if ok else f"{r.status_code} {r.text[:200]}"
                except httpx.HTTPError as exc:
                    problem = repr(exc)
                with lock:
                    latencies.append(time.monotonic() - t0)
                    if problem:
                        errors.append(f"search on {server.port}: {problem}")
                i += 1

    def poster() -> None:
        i = 0
        while time.monotonic() < stop_at:
            server = pair.both[i % 2]
            body = {
                "date": "2021-03-10",
                "invited": 20,
                "attended": i % 20,
                "description": f"บันทึกที่ {i}",
                "entered_by": "t",
            }
            try:
                r = httpx.post(
                    f"{server.url}/api/km/indicators/{indicator}/logs",
                    json=body,
                    headers=auth,
                    timeout=30,
                )
                if r.status_code == 201:
                    with lock:
                        acknowledged.append(r.json()["log"]["id"])
                else:
                    errors.append(f"log on {server.port}: {r.status_code} {r.text[:200]}")
            except httpx.HTTPError as exc:
                errors.append(f"log on {server.port}: {exc!r}")
            i += 1
            time.sleep(0.2)

    threads = [threading.Thread(target=searcher, args=(n,)) for n in range(CLIENTS)]
    threads.append(threading.Thread(target=poster))
    for t in threads:
        t.start()
    for t in threads:
        t.join()

    stored = {
        log["id"]
        for server in pair.both
        for log in httpx.get(
            f"{server.url}/api/km/indicators/{indicator}/logs", headers=auth, timeout=30
        ).json()
    }
    p95 = statistics.quantiles(latencies, n=20)[-1]
    print(
        f"{len(latencies)} searches by {CLIENTS} clients in {LOAD_SECONDS:.0f} s, "
        f"p95 {p95 * 1000:.0f} ms, {len(errors)} errors; {len(acknowledged)} logs acknowledged"
    )
    assert errors == []
    assert acknowledged and set(acknowledged) <= stored
