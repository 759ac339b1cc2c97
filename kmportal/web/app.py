"""The app factory: ``create_app(settings)`` builds the whole portal.

Tests pass their own settings (and, for pure route tests, a stand-in search
service); ``kmportal serve`` passes the command line's.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import anyio
from fastapi import APIRouter, FastAPI
from fastapi.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from kmportal.settings import Settings
from kmportal.web.deps import SearchBackend, ServiceHolder
from kmportal.web.errors import install_error_handlers
from kmportal.web.routes import api, health, pages
from kmportal.web.templating import templates

STATIC_DIR = Path(__file__).resolve().parent / "static"

_SECURITY_HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),
    (b"x-frame-options", b"DENY"),
]


class SecurityHeaders:
    """Adds headers every response should carry (plain ASGI: no body buffering)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message.setdefault("headers", [])
                message["headers"] = [*message["headers"], *_SECURITY_HEADERS]
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _km_router() -> APIRouter | None:
    try:
        from kmportal.web.km_routes import router as km_router
    except ModuleNotFoundError as exc:
        # Only a missing KM module is optional; a broken import inside it is a bug.
        if exc.name != "kmportal.web.km_routes":
            raise
        return None
    return km_router


def create_app(settings: Settings, *, service: SearchBackend | None = None) -> FastAPI:
    holder = ServiceHolder(settings, service)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        holder.warm_up()
        try:
            yield
        finally:
            await anyio.to_thread.run_sync(holder.close)

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
    app.include_router(api.router)
    app.include_router(pages.router)
    km = _km_router()
    if km is not None:
        app.include_router(km)
    templates.env.globals["km_enabled"] = km is not None
    app.add_middleware(SecurityHeaders)
    return app
