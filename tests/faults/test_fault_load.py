"""scripts/bench_load.py for 15 s on the tiny corpus: 20 searching clients, KM
logs posted and an upload running against a real ``kmportal serve`` — no error
of any kind, and every KM log the server acknowledged is in the database.
(Speed is measured by the script itself on the real corpus, not here.)"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from helpers.logcheck import SERVER_LOGS
from helpers.server import ROOT
from helpers.tiny_corpus import ingest_fixture


def _bench_load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_load", ROOT / "scripts" / "bench_load.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_load"] = module
    spec.loader.exec_module(module)
    return module


def test_searches_logs_and_an_upload_at_once_lose_nothing(tmp_path: Path) -> None:
    bench = _bench_load()
    settings = ingest_fixture(tmp_path)
    log = tmp_path / "server.log"
    SERVER_LOGS.append(log)
    result = bench.measure(settings, seconds=15, clients=20, server_log=log)
    print("\n".join(result.lines()))
    assert result.errors == []
    assert result.searches and result.acknowledged
    assert result.present == len(result.acknowledged)
    assert "Traceback" not in log.read_text("utf-8")
