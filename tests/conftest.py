"""Fixtures every test module may use. Helpers that are not fixtures live in
``tests/helpers/`` (accounts and sign-in, the security portal, the Thai test
corpora, a stand-in search service); test modules never import each other.

The portal fixtures come in a chain a module can cut into: ``settings`` (a
fresh data directory) → ``service`` (a stand-in search service that never loads
a model; override it with a richer one) → ``app`` → ``client`` (a TestClient
with the app's start-up and shutdown run).

Around the whole run: password hashing at a test's cost, and the check that no
secret the run made or typed reaches a log line (``helpers/logcheck.py``)."""

from __future__ import annotations

import logging
import os
import secrets
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Literal

import pytest
from argon2 import PasswordHasher
from fastapi import FastAPI
from fastapi.testclient import TestClient
from helpers import pg
from helpers.logcheck import SECRETS, SERVER_LOGS, leaks
from helpers.thai_corpus import TAO_ACT, FakeEmbedder
from helpers.web import StubService
from sqlalchemy.engine import Engine

from kmportal.db import prepare_database
from kmportal.ingest.pipeline import ingest_paths
from kmportal.settings import Settings
from kmportal.web.app import create_app

ROOT = Path(__file__).resolve().parents[1]
DATABASES = ["sqlite", "postgresql"]
_STARTED = time.time()


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """A test marked ``storage`` runs once per database: ``[sqlite]`` and
    ``[postgresql]`` (a throwaway cluster, ``helpers/pg.py``)."""
    if "database" in metafunc.fixturenames and metafunc.definition.get_closest_marker("storage"):
        metafunc.parametrize("database", DATABASES, indirect=True)


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[pg.Cluster]:
    """A PostgreSQL cluster of the run's own. Without Debian's binaries the
    PostgreSQL tests skip — except in CI, where they must run."""
    bindir = pg.binaries()
    if bindir is None:
        why = "PostgreSQL not installed (apt-get install postgresql: /usr/lib/postgresql/*/bin)"
        if os.environ.get("CI"):
            pytest.fail(why)
        pytest.skip(why)
    cluster = pg.start(bindir)
    yield cluster
    pg.stop(cluster)


@pytest.fixture
def database(request: pytest.FixtureRequest) -> str | None:
    """The URL of a fresh database for a ``[postgresql]`` test; None (the data
    directory's SQLite file) otherwise."""
    if getattr(request, "param", "sqlite") == "sqlite":
        return None
    cluster: pg.Cluster = request.getfixturevalue("pg_cluster")
    return cluster.fresh_database()


@pytest.fixture
def settings(tmp_path: Path, database: str | None) -> Settings:
    """Settings pointing at a fresh, empty data directory (and, for a storage
    test's ``[postgresql]`` run, a fresh PostgreSQL database)."""
    return Settings(
        data_dir=tmp_path / "data", corpus_dir=tmp_path / "corpus", database_url=database
    )


@pytest.fixture
def built(tmp_path: Path) -> tuple[Settings, Engine, Path]:
    """A data directory with the TAO Act ingested (fake embedder) and its index
    published: settings, engine and the folder of source documents."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "tao-act.txt").write_text(TAO_ACT, encoding="utf-8")
    settings = Settings(data_dir=tmp_path / "data")
    engine = prepare_database(settings)
    report = ingest_paths(settings, [docs], embedder=FakeEmbedder(), engine=engine)
    assert report.added == ["tao-act"] and report.index_rebuilt
    return settings, engine, docs


@pytest.fixture
def service() -> object:
    return StubService()


@pytest.fixture
def app(settings: Settings, service: object) -> FastAPI:
    return create_app(settings, service=service)  # type: ignore[arg-type]


@pytest.fixture
def client(app: FastAPI) -> Iterator[TestClient]:
    with TestClient(app) as c:
        yield c


class _RecordingHasher(PasswordHasher):
    """argon2id at a test's cost (its real cost, 64 MiB and 3 passes, would make
    every sign-in in the suite slow: the tests check behaviour, not strength),
    noting every password it hashes or checks for the log check."""

    def hash(self, password: str | bytes, *, salt: bytes | None = None) -> str:
        SECRETS.password(password)
        return super().hash(password, salt=salt)

    def verify(self, hash: str | bytes, password: str | bytes) -> Literal[True]:
        SECRETS.password(password)
        return super().verify(hash, password)


class _RecordingSecrets:
    """What ``kmportal.auth.tokens`` sees as ``secrets``: each token drawn is noted."""

    @staticmethod
    def token_urlsafe(nbytes: int) -> str:
        return SECRETS.token(secrets.token_urlsafe(nbytes))


@pytest.fixture(autouse=True, scope="session")
def _cheap_password_hashing() -> Iterator[None]:
    from kmportal.auth import passwords

    real = passwords._HASHER
    passwords._HASHER = _RecordingHasher(time_cost=1, memory_cost=1024, parallelism=1)
    yield
    passwords._HASHER = real


@pytest.fixture(autouse=True, scope="session")
def _no_secret_in_any_log(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Every log record of the run goes to one file, formatted as ``kmportal
    serve`` writes it (the request log at INFO included); at the end no secret
    the run made or typed may be in it, nor in any server's log."""
    from kmportal.auth import tokens
    from kmportal.web.logs import JsonFormatter

    path = tmp_path_factory.mktemp("logs") / "whole-run.log"
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(JsonFormatter())
    kmportal_log = logging.getLogger("kmportal")
    level = kmportal_log.level
    kmportal_log.setLevel(logging.INFO)
    logging.getLogger().addHandler(handler)
    real_secrets = tokens.secrets
    tokens.secrets = _RecordingSecrets  # type: ignore[assignment]
    try:
        yield path
    finally:
        tokens.secrets = real_secrets
        logging.getLogger().removeHandler(handler)
        handler.close()
        kmportal_log.setLevel(level)
    found = [f"{path.name}: {leak}" for leak in leaks(path.read_text("utf-8"), SECRETS)]
    for log in [*SERVER_LOGS, ROOT / "test-artifacts" / "e2e-server.log"]:
        if log.exists() and log.stat().st_mtime >= _STARTED:
            text = log.read_text("utf-8", "replace")
            found += [f"{log.name}: {leak}" for leak in leaks(text, SECRETS, shaped=True)]
    assert not found, f"secrets in the logs of this test run: {found}"
