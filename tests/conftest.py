from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kmportal.settings import Settings


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Settings pointing at a fresh, empty data directory."""
    return Settings(data_dir=tmp_path / "data", corpus_dir=tmp_path / "corpus")


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
