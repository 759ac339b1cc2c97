"""What ``create_app`` keeps on ``app.state``, read with its type: the settings,
the one database engine, the search-service holder and the metrics. Dependencies
(:mod:`kmportal.web.deps`) and middleware (which run outside dependency
injection) both read them here."""

from __future__ import annotations

from sqlalchemy.engine import Engine
from starlette.requests import HTTPConnection

from kmportal.settings import Settings
from kmportal.web.holder import ServiceHolder
from kmportal.web.metrics import PortalMetrics


def settings_of(conn: HTTPConnection) -> Settings:
    settings = conn.app.state.settings
    assert isinstance(settings, Settings)
    return settings


def engine_of(conn: HTTPConnection) -> Engine:
    engine = conn.app.state.engine
    assert isinstance(engine, Engine)
    return engine


def holder_of(conn: HTTPConnection) -> ServiceHolder:
    holder = conn.app.state.holder
    assert isinstance(holder, ServiceHolder)
    return holder


def metrics_of(conn: HTTPConnection) -> PortalMetrics:
    metrics = conn.app.state.metrics
    assert isinstance(metrics, PortalMetrics)
    return metrics
