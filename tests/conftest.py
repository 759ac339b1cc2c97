"""Fixtures every test module may use. Helpers that are not fixtures live in
``tests/helpers/`` (accounts and sign-in, the security portal, the Thai test
corpora, a stand-in search service); test modules never import each other.

The portal fixtures come in a chain a module can cut into: ``settings`` (a
fresh data directory) → ``service`` (a stand-in search service that never loads
a model; override it with a richer one) → ``app`` → ``client`` (a TestClient
with the app's start-up and shutdown run)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from helpers.web import StubService

from kmportal.settings import Settings
from kmportal.web.app import create_app


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Settings pointing at a fresh, empty data directory."""
    return Settings(data_dir=tmp_path / "data", corpus_dir=tmp_path / "corpus")


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


@pytest.fixture(autouse=True, scope="session")
def _cheap_password_hashing() -> Iterator[None]:
    """argon2id at its real cost (64 MiB, 3 passes) makes every sign-in in the
    suite slow; the tests check behaviour, not the hash's strength."""
    from argon2 import PasswordHasher

    from kmportal.auth import passwords

    real = passwords._HASHER
    passwords._HASHER = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    yield
    passwords._HASHER = real
