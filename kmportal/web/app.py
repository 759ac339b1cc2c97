"""The app factory: ``create_app(settings)`` builds the whole portal.

Tests pass their own settings (and, for pure route tests, a stand-in search
service); ``kmportal serve`` passes the command line's.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any, cast

import anyio
from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from starlette.types import ASGIApp
from uvicorn.middleware.proxy_headers import ProxyHeadersMiddleware

from kmportal.db import prepare_database
from kmportal.settings import Settings
from kmportal.web import admin_uploads, knowledge_support
from kmportal.web.errors import install_error_handlers
from kmportal.web.holder import SearchBackend, ServiceHolder
from kmportal.web.metrics import PortalMetrics
from kmportal.web.observe import Observe
from kmportal.web.routes import include_routes
from kmportal.web.security.wiring import install as install_security
from kmportal.web.storage import StorageWatch, WriteGuard
from kmportal.web.watcher import GenerationWatcher

STATIC_DIR = Path(__file__).resolve().parent / "static"


def create_app(settings: Settings, *, service: SearchBackend | None = None) -> FastAPI:
    # The whole schema exists before anything (the search service's warm-up,
    # upload recovery, a first request) touches the database; every part of the
    # app then shares this one engine.
    engine = prepare_database(settings)
    holder = ServiceHolder(settings, engine, service)
    watcher = GenerationWatcher(holder, interval=settings.index_poll_seconds)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        holder.warm_up()
        await anyio.to_thread.run_sync(admin_uploads.start, settings, engine, app.state)
        await anyio.to_thread.run_sync(knowledge_support.catch_up, app)
        watcher.start()
        try:
            yield
        finally:
            await anyio.to_thread.run_sync(watcher.stop)
            await anyio.to_thread.run_sync(admin_uploads.stop, app.state)
            await anyio.to_thread.run_sync(holder.close)
            engine.dispose()

    development = settings.mode == "development"
    app = FastAPI(
        title="kmportal",
        summary="Thai semantic search over the law and handbooks of อบจ.ตาก",
        lifespan=lifespan,
        # The schema only in development; Swagger UI/ReDoc are off in every mode
        # because they load their scripts from a CDN the intranet cannot reach.
        openapi_url="/api/openapi.json" if development else None,
        docs_url=None,
        redoc_url=None,
    )
    app.state.settings = settings
    app.state.engine = engine
    app.state.holder = holder
    app.state.metrics = metrics = PortalMetrics(settings, engine, holder)
    app.state.storage = StorageWatch(settings, engine)
    install_error_handlers(app)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    include_routes(app)
    # Inside the security middleware: a change refused for a full or read-only
    # disk still passed the CSRF check and carries the security headers.
    app.add_middleware(WriteGuard)
    install_security(app)
    # Outermost: the forwarded client address and scheme (from a trusted proxy
    # only) are settled first; then every answer, even a 500, is logged and counted.
    build = app.build_middleware_stack
    app.build_middleware_stack = lambda: _outermost(build(), settings, metrics)  # type: ignore[method-assign]
    return app


def _outermost(app: ASGIApp, settings: Settings, metrics: PortalMetrics) -> ASGIApp:
    observed: Any = Observe(app, settings=settings, metrics=metrics)
    # uvicorn types ASGI apps more narrowly than Starlette; the protocol is the same.
    return cast(ASGIApp, ProxyHeadersMiddleware(observed, trusted_hosts=settings.trusted_proxies))
