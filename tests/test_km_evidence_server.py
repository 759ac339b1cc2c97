"""A 1 GB KM evidence file against a real ``kmportal serve`` over a real socket:
refused with 413 while it streams, after at most the evidence limit plus a
small margin, with the server's memory growing by less than 50 MB and nothing
left on disk (issue 16)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
from helpers.auth import PASSWORD, create_account
from helpers.server import MB, multipart_gigabyte, serving, sign_in, stream_until_answered
from sqlmodel import Session

from kmportal.auth.models import Role
from kmportal.db import prepare_database
from kmportal.km import overview, seed
from kmportal.km.audit import Actor
from kmportal.settings import Settings

BOUNDARY = "kmportal-evidence-boundary"
# What the client had sent when the answer came also counts what the kernel's
# socket buffers held; the server itself stops reading at the limit.
MARGIN = 8 * MB


def _an_indicator(settings: Settings) -> int:
    engine = prepare_database(settings)
    try:
        with Session(engine) as session:
            plan_id = seed.load_example(session, actor=Actor("test")).plan_id
            view = overview.plan_view(session, plan_id=plan_id)
            return view.steps[0].activities[0].indicators[0].id
    finally:
        engine.dispose()


def _log_form_then_a_gigabyte() -> Iterator[bytes]:
    fields = {"date": "2021-03-10", "invited": "18", "attended": "14", "description": "ประชุม"}
    head = "".join(
        f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n'
        for k, v in fields.items()
    ).encode()
    yield head
    yield from multipart_gigabyte(BOUNDARY, "evidence_upload", "video.pdf")


def test_a_1_gb_evidence_body_is_refused_while_it_streams(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "data", corpus_dir=tmp_path / "corpus")
    create_account(settings, "coordinator", Role.coordinator)
    indicator_id = _an_indicator(settings)
    with serving(settings, tmp_path / "server.log") as server:
        cookie, token = sign_in(server.url, "coordinator", PASSWORD)
        head = (
            f"POST /km/indicators/{indicator_id}/logs HTTP/1.1\r\n"
            f"Host: 127.0.0.1:{server.port}\r\n"
            f"Cookie: {cookie}\r\n"
            f"X-CSRF-Token: {token}\r\n"
            "HX-Request: true\r\n"
            f"Content-Type: multipart/form-data; boundary={BOUNDARY}\r\n"
        )
        got = stream_until_answered(server, head, _log_form_then_a_gigabyte())
        limit = settings.evidence_max_bytes
        print(
            f"evidence: 413 after {got.sent / MB:.1f} MB sent (limit {limit / MB:.0f} MB), "
            f"{got.seconds:.2f} s, RSS +{got.rss_growth_mb:.1f} MB"
        )
        assert got.response.startswith(b"HTTP/1.1 413"), got.response[:300]
        assert got.sent <= limit + MARGIN
        assert got.rss_growth_mb < 50
        assert got.seconds < 5
        logs = httpx.get(
            f"{server.url}/api/km/indicators/{indicator_id}/logs", headers={"Cookie": cookie}
        )
        assert logs.status_code == 200 and logs.json() == []
    evidence = settings.data_dir / "km-evidence"
    assert [p for p in evidence.rglob("*") if p.is_file()] == []
