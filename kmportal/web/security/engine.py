"""The accounts' database engine: one per app, on the portal's database file,
opened on first need (never waiting for the search service and its model)."""

from __future__ import annotations

import threading
from collections.abc import Iterator

from sqlalchemy.engine import Engine
from sqlmodel import Session
from starlette.requests import HTTPConnection

from kmportal.db import init_db, make_engine
from kmportal.settings import Settings

_LOCK = threading.Lock()


def auth_engine(conn: HTTPConnection) -> Engine:
    state = conn.app.state
    engine = getattr(state, "auth_engine", None)
    if engine is None:
        with _LOCK:
            engine = getattr(state, "auth_engine", None)
            if engine is None:
                settings: Settings = state.settings
                engine = make_engine(settings)
                init_db(engine)
                state.auth_engine = engine
    return engine


def auth_session(conn: HTTPConnection) -> Iterator[Session]:
    with Session(auth_engine(conn)) as session:
        yield session


def dispose(state: object) -> None:
    engine = getattr(state, "auth_engine", None)
    if engine is not None:
        engine.dispose()
