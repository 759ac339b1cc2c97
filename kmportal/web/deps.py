"""Dependencies of the routes, as ``Annotated`` aliases — the one place a route
gets what it needs:

* ``SettingsDep`` — the app's :class:`~kmportal.settings.Settings`;
* ``DbDep`` — a database session on the app's one engine (made by
  :func:`kmportal.db.prepare_database` in ``create_app``); never waits for the
  search service;
* ``ServiceDep`` — the search service (waits while it is being opened);
  ``HolderDep`` its holder, for ``/healthz``;
* ``LangDep`` — the reader's language;
* who is asking: ``CurrentUserDep``, ``ViewerDep``, ``CoordinatorDep``,
  ``AdminDep`` and ``READ_ACCESS`` (from :mod:`kmportal.web.security`).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy.engine import Engine
from sqlmodel import Session

from kmportal.settings import Settings
from kmportal.web.holder import SearchBackend, ServiceHolder
from kmportal.web.security.current import (
    READ_ACCESS,
    AdminDep,
    CoordinatorDep,
    CurrentUserDep,
    ViewerDep,
)
from kmportal.web.state import engine_of, holder_of, settings_of
from kmportal.web.templating import request_lang

__all__ = [
    "READ_ACCESS",
    "AdminDep",
    "CoordinatorDep",
    "CurrentUserDep",
    "DbDep",
    "EngineDep",
    "HolderDep",
    "LangDep",
    "ServiceDep",
    "SettingsDep",
    "ViewerDep",
]


def get_db(engine: Annotated[Engine, Depends(engine_of)]) -> Iterator[Session]:
    with Session(engine) as session:
        yield session


def get_service(holder: Annotated[ServiceHolder, Depends(holder_of)]) -> SearchBackend:
    return holder.get()


def get_lang(request: Request) -> str:
    return request_lang(request)


SettingsDep = Annotated[Settings, Depends(settings_of)]
EngineDep = Annotated[Engine, Depends(engine_of)]
DbDep = Annotated[Session, Depends(get_db)]
HolderDep = Annotated[ServiceHolder, Depends(holder_of)]
ServiceDep = Annotated[SearchBackend, Depends(get_service)]
LangDep = Annotated[str, Depends(get_lang)]
