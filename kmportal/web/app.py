"""The app factory: ``create_app(settings)`` builds the whole portal.

Tests pass their own settings (and, for pure route tests, a stand-in search
service); ``kmportal serve`` passes the command line's.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import anyio
from fastapi import APIRouter, Depends, FastAPI
from fastapi.staticfiles import StaticFiles

from kmportal.auth.models import Role
from kmportal.settings import Settings
from kmportal.web.database import dispose as dispose_db_engine
from kmportal.web.deps import SearchBackend, ServiceHolder
from kmportal.web.errors import install_error_handlers
from kmportal.web.routes import api, health, pages, powers
from kmportal.web.security import install as install_security
from kmportal.web.security import require_role
from kmportal.web.templating import templates

STATIC_DIR = Path(__file__).resolve().parent / "static"


def _optional_router(module: str) -> APIRouter | None:
    try:
        router = __import__(module, fromlist=["router"]).router
    except ModuleNotFoundError as exc:
        # Only a missing module is optional; a broken import inside it is a bug.
        if exc.name != module:
            raise
        return None
    assert isinstance(router, APIRouter)
    return router


def _km_router() -> APIRouter | None:
    return _optional_router("kmportal.web.km_routes")


def create_app(settings: Settings, *, service: SearchBackend | None = None) -> FastAPI:
    holder = ServiceHolder(settings, service)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        holder.warm_up()
        try:
            yield
        finally:
            await anyio.to_thread.run_sync(holder.close)
            dispose_db_engine(_app.state)

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
    app.state.holder = holder
    install_error_handlers(app)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    app.include_router(health.router)
    # Search and reading: anyone when KMPORTAL_ANONYMOUS_READ, else viewers
    # (each route of these two routers declares READ_ACCESS itself).
    app.include_router(api.router)
    app.include_router(pages.router)
    app.include_router(powers.router)  # authority check (issue 8); READ_ACCESS per route
    km = _km_router()
    if km is not None:
        # KM data is never public: coordinators (and admins) only.
        app.include_router(km, dependencies=[Depends(require_role(Role.coordinator))])
    templates.env.globals["km_enabled"] = km is not None
    uploads = _optional_router("kmportal.web.upload_routes")
    if uploads is not None:
        app.include_router(uploads)  # every route there declares AdminDep
    install_security(app)
    return app
