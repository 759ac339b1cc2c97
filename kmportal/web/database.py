"""The portal's database engine for accounts and KM: one per app, on the
portal's database file, opened on first need, so these pages never wait for the
search service and its embedding model (which keeps an engine of its own)."""

from __future__ import annotations

import threading
from collections.abc import Iterator

from sqlalchemy.engine import Engine
from sqlmodel import Session
from starlette.requests import HTTPConnection

from kmportal.db import init_db, make_engine
from kmportal.settings import Settings

_LOCK = threading.Lock()


def app_engine(conn: HTTPConnection) -> Engine:
    state = conn.app.state
    engine = getattr(state, "db_engine", None)
    if engine is None:
        with _LOCK:
            engine = getattr(state, "db_engine", None)
            if engine is None:
                settings: Settings = state.settings
                engine = make_engine(settings)
                init_db(engine)
                state.db_engine = engine
    return engine


def app_session(conn: HTTPConnection) -> Iterator[Session]:
    with Session(app_engine(conn)) as session:
        yield session


def dispose(state: object) -> None:
    engine = getattr(state, "db_engine", None)
    if engine is not None:
        engine.dispose()
