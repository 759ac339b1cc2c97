"""When a long ingest publishes index generations.

A 671-Act library takes minutes to parse and most of an hour to embed; readers
should not wait for the end. The writer publishes a generation now and then:
often enough that new documents become searchable within seconds, rarely
enough that rebuilding the index costs a small share of the run (the interval
grows with the time a build takes).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy.engine import Engine

from kmportal.index import store
from kmportal.index.manifest import Manifest

MIN_INTERVAL = 15.0
# A build may take at most about 1/BUILD_SHARE of the writer's time.
BUILD_SHARE = 5.0
# When only vectors arrived, at most one generation per this many seconds: every
# server sharing the data directory reloads each one (on the whole library a
# reload took most of a core for seconds, every 20 s, from the embedding workers),
# while a few minutes more without some vectors changes little for a reader —
# new documents, by contrast, are not findable at all until published.
VECTORS_INTERVAL = 120.0


class Publisher:
    def __init__(
        self,
        engine: Engine,
        index_dir: Path,
        *,
        embedder: str,
        dim: Callable[[], int],
        min_interval: float = MIN_INTERVAL,
        on_publish: Callable[[Manifest], None] | None = None,
    ) -> None:
        self.engine = engine
        self.index_dir = index_dir
        self.embedder = embedder
        self._dim = dim
        self.min_interval = min_interval
        self.on_publish = on_publish
        self._last = time.monotonic()
        self._build_seconds = 0.0
        self.dirty = False  # something was stored since the last publication
        self.count = 0
        self._why: set[str] = set()  # what was stored, for the build's log line

    def changed(self, why: str = "documents stored") -> None:
        self.dirty = True
        self._why.add(why)

    def due(self) -> bool:
        wait = max(self.min_interval, BUILD_SHARE * self._build_seconds)
        if self._why == {"vectors added"}:
            wait = max(wait, VECTORS_INTERVAL)
        return self.dirty and time.monotonic() - self._last >= wait

    def maybe(self) -> Manifest | None:
        return self.now() if self.due() else None

    def now(self, reason: str | None = None) -> Manifest:
        t0 = time.monotonic()
        reason = reason or "; ".join(sorted(self._why)) or "requested"
        manifest = store.build(
            self.engine, self.index_dir, embedder=self.embedder, dim=self._dim(), reason=reason
        )
        self._why.clear()
        self._last = time.monotonic()
        self._build_seconds = self._last - t0
        self.dirty = False
        self.count += 1
        if self.on_publish is not None:
            self.on_publish(manifest)
        return manifest
