"""Dependencies of the routes, as ``Annotated`` aliases.

``ServiceDep`` is the search service opened once per app (see
:class:`ServiceHolder`); ``SessionDep`` a database session on its engine;
``LangDep`` the reader's language.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Annotated, Protocol

from fastapi import Depends, Request
from sqlalchemy.engine import Engine
from sqlmodel import Session

from kmportal.settings import Settings
from kmportal.web.annotations import HasReference
from kmportal.web.templating import request_lang

if TYPE_CHECKING:
    from kmportal.search.powers import PowerCheck
    from kmportal.search.types import SearchHit, SearchResponse

log = logging.getLogger(__name__)

WARM_UP_QUERY = "อบจ. ทำประปาได้ไหม"


class SearchBackend(Protocol):
    """What the portal needs of ``kmportal.search.service.SearchService``."""

    @property
    def engine(self) -> Engine: ...

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
    """Opens the search service once, on first need or in the background at startup.

    Opening loads the embedding model (seconds), so the app starts without
    waiting for it and ``/healthz`` never touches it; the first request that
    needs the service waits for the load already under way.
    """

    def __init__(self, settings: Settings, service: SearchBackend | None = None) -> None:
        self.settings = settings
        self._service = service
        self._lock = threading.Lock()
        self._warmer: threading.Thread | None = None

    @property
    def ready(self) -> bool:
        return self._service is not None

    def get(self) -> SearchBackend:
        if self._service is None:
            with self._lock:
                if self._service is None:
                    from kmportal.search.service import SearchService

                    self._service = SearchService.open(self.settings)
        return self._service

    def warm_up(self) -> None:
        if self._service is not None or self._warmer is not None:
            return

        def run() -> None:
            try:
                service = self.get()
                if not service.is_empty:
                    # The first query pays for lazy loads (tokenizer dictionaries,
                    # model graph); pay it here rather than in a reader's search.
                    service.search(WARM_UP_QUERY, k=1)
            except Exception:
                # The request that needs the service will retry and report it.
                log.exception("opening the search service failed")

        self._warmer = threading.Thread(target=run, name="kmportal-warmup", daemon=True)
        self._warmer.start()

    def close(self, timeout: float = 30.0) -> None:
        if self._warmer is not None:
            self._warmer.join(timeout)
        close = getattr(self._service, "close", None)
        if callable(close):
            close()


def get_settings(request: Request) -> Settings:
    settings = request.app.state.settings
    assert isinstance(settings, Settings)
    return settings


def get_holder(request: Request) -> ServiceHolder:
    holder = request.app.state.holder
    assert isinstance(holder, ServiceHolder)
    return holder


def get_service(holder: Annotated[ServiceHolder, Depends(get_holder)]) -> SearchBackend:
    return holder.get()


def get_session(service: Annotated[SearchBackend, Depends(get_service)]) -> Iterator[Session]:
    with Session(service.engine) as session:
        yield session


def get_lang(request: Request) -> str:
    return request_lang(request)


SettingsDep = Annotated[Settings, Depends(get_settings)]
ServiceDep = Annotated[SearchBackend, Depends(get_service)]
SessionDep = Annotated[Session, Depends(get_session)]
LangDep = Annotated[str, Depends(get_lang)]
