"""The app's one search service: opened in the background at start-up, retried
with a log line per try, and its state reported by ``/healthz``.

Opening loads the index and the embedding model (seconds), so the app starts
without waiting for it; pages that need no search (documents, handbook, KM,
accounts) never wait for it either — they use the app's database engine, not
the service. A request that needs the service waits for the open under way.
"""

from __future__ import annotations

import logging
import sys
import threading
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

from sqlalchemy.engine import Engine

from kmportal.errors import IndexUnavailable, KmportalError
from kmportal.messages import msg
from kmportal.settings import Settings
from kmportal.web.annotations import HasReference

if TYPE_CHECKING:
    from kmportal.search.powers import PowerCheck
    from kmportal.search.types import SearchHit, SearchResponse

log = logging.getLogger(__name__)

WARM_UP_QUERY = "อบจ. ทำประปาได้ไหม"
WARM_UP_TITLE = "โครงการก่อสร้างระบบประปาหมู่บ้าน"
OPEN_TRIES = 3
RETRY_DELAY = 1.0  # seconds before the second try; doubled before each next one
# While the warm-up runs pure Python for seconds (PyThaiNLP builds its word
# trie), a request thread waits for the GIL up to the switch interval at each
# handoff (5 ms by default): /healthz took 0.4-0.7 s instead of 40 ms. A short
# interval for that while lets requests in promptly; the default comes back after.
WARM_UP_SWITCH_INTERVAL = 0.0005
_SWITCH_LOCK = threading.Lock()
_SWITCH = {"warming": 0, "usual": 0.0}  # the interval is one per process


class SearchBackend(Protocol):
    """What the portal needs of ``kmportal.search.service.SearchService``."""

    @property
    def is_empty(self) -> bool: ...

    def search(
        self,
        query: str,
        *,
        k: int = 10,
        kind: str | None = None,
        doc: str | None = None,
        group: str | None = None,
    ) -> SearchResponse: ...

    def related(self, *, doc_id: str, section_key: str, k: int = 5) -> list[SearchHit]: ...

    def references(self, text: str) -> Sequence[HasReference]: ...

    def check_powers(self, project: str, *, org: str, k: int = 10) -> PowerCheck: ...

    def check_powers_many(
        self, cases: Sequence[tuple[str, str]], *, k: int = 10
    ) -> list[PowerCheck]: ...


class ServiceHolder:
    def __init__(
        self, settings: Settings, engine: Engine, service: SearchBackend | None = None
    ) -> None:
        self.settings = settings
        self.engine = engine
        self._service = service
        self._lock = threading.Lock()
        self._warmer: threading.Thread | None = None
        self.error: str | None = None  # why the last try to open failed

    @property
    def service(self) -> SearchBackend | None:
        """The service once open (None before: nothing waits for it here)."""
        return self._service

    @property
    def ready(self) -> bool:
        """Open and warmed up: a search now answers at full speed (``index_loaded``)."""
        return self._service is not None and not self.warming

    @property
    def failed(self) -> bool:
        """Every try at start-up failed (a request may still try once more)."""
        return self._service is None and self.error is not None and not self.warming

    @property
    def warming(self) -> bool:
        return self._warmer is not None and self._warmer.is_alive()

    def _open(self) -> SearchBackend:
        from kmportal.search.service import SearchService

        return SearchService.open(self.settings, engine=self.engine)

    def get(self) -> SearchBackend:
        if self._service is None:
            with self._lock:
                if self._service is None:
                    try:
                        self._service = self._open()
                    except Exception as exc:
                        self.error = _reason(exc)
                        log.error("opening the search service failed: %s", self.error)
                        if isinstance(exc, KmportalError):
                            raise
                        raise IndexUnavailable(
                            msg("search.unavailable", reason=self.error)
                        ) from exc
                    self.error = None
        return self._service

    def warm_up(self) -> None:
        if self._service is not None or self._warmer is not None:
            return
        self._warmer = threading.Thread(target=self._warm, name="kmportal-warmup", daemon=True)
        self._warmer.start()

    def _warm(self) -> None:
        with _SWITCH_LOCK:
            if _SWITCH["warming"] == 0:
                _SWITCH["usual"] = sys.getswitchinterval()
                sys.setswitchinterval(min(_SWITCH["usual"], WARM_UP_SWITCH_INTERVAL))
            _SWITCH["warming"] += 1
        try:
            self._open_and_warm()
        finally:
            with _SWITCH_LOCK:
                _SWITCH["warming"] -= 1
                if _SWITCH["warming"] == 0:
                    sys.setswitchinterval(_SWITCH["usual"])

    def _open_and_warm(self) -> None:
        t0 = time.monotonic()
        delay = RETRY_DELAY
        for attempt in range(1, OPEN_TRIES + 1):
            with self._lock:
                if self._service is None:
                    try:
                        self._service = self._open()
                        self.error = None
                    except Exception as exc:
                        self.error = _reason(exc)
            if self._service is not None:
                break
            last = attempt == OPEN_TRIES
            (log.error if last else log.warning)(
                "opening the search service failed (try %d of %d): %s",
                attempt,
                OPEN_TRIES,
                self.error,
            )
            if not last:
                time.sleep(delay)
                delay *= 2
        if self._service is None:
            return
        try:
            if not self._service.is_empty:
                # The first query pays for lazy loads (tokenizer dictionaries,
                # model graph); pay it here rather than in a reader's search.
                self._service.search(WARM_UP_QUERY, k=1)
                # The first authority check embeds the law's field words (1.7 s)
                # and reads the thesaurus; a reader's first check should not.
                self._service.check_powers(WARM_UP_TITLE, org=self.settings.org_kind)
        except Exception:
            log.exception("the warm-up search failed")
        log.info("search service ready in %.2f s", time.monotonic() - t0)

    def close(self, timeout: float = 30.0) -> None:
        if self._warmer is not None:
            self._warmer.join(timeout)
        close = getattr(self._service, "close", None)
        if callable(close):
            close()


def _reason(exc: Exception) -> str:
    return exc.message if isinstance(exc, KmportalError) else f"{type(exc).__name__}: {exc}"
