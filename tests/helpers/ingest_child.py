"""``kmportal`` in a child process with a deterministic, slow stand-in embedder,
for the tests that kill an ingest for real (``test_ingest_kill.py``).

Usage: python tests/helpers/ingest_child.py --data-dir DIR ingest PATH --log-every 1
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import kmportal.index.backfill as backfill
import kmportal.ingest.pipeline as pipeline
from helpers.thai_corpus import FakeEmbedder
from kmportal.cli import main
from kmportal.settings import Settings


class SlowFake(FakeEmbedder):
    """The same vectors as FakeEmbedder, at a pace a test can kill in the middle of."""

    def embed_passages(
        self,
        texts: Sequence[str],
        *,
        batch_size: int = 16,
        progress: Callable[[int], None] | None = None,
    ) -> np.ndarray:
        parts = []
        for start in range(0, len(texts), 4):
            time.sleep(0.02)
            parts.append(super().embed_passages(texts[start : start + 4], progress=progress))
        return np.concatenate(parts) if parts else np.zeros((0, self.dim), dtype=np.float32)


def _fake(_settings: Settings) -> SlowFake:
    return SlowFake()


def _fake_name(_settings: Settings) -> str:
    return SlowFake.name


if __name__ == "__main__":
    pipeline.make_embedder = _fake  # type: ignore[assignment]
    pipeline.embedder_name = _fake_name  # type: ignore[assignment]
    backfill.BATCH_CHUNKS = 16  # many small commits: a kill lands between or inside one
    sys.argv = ["kmportal", *sys.argv[1:]]
    main()
