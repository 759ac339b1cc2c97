from __future__ import annotations

from pathlib import Path

import pytest

from kmportal.settings import Settings


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Settings pointing at a fresh, empty data directory."""
    return Settings(data_dir=tmp_path / "data", corpus_dir=tmp_path / "corpus")
