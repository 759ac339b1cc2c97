"""One middleware that watches every request: a structured JSON log line
(logger ``kmportal.request``) and the Prometheus figures of
:mod:`kmportal.web.metrics`.

A log line holds the method, the path (never the query string), the status,
the duration, the account id and the client address — as the trusted proxy
gave it (``KMPORTAL_TRUSTED_PROXIES``). Never a password, token, cookie,
session id or CSRF token: bodies and headers are not logged at all. The one
thing taken from the query string is the search text of the search and
authority-check routes (``q``, ``project``), and for visitors who are not signed in only while
``KMPORTAL_LOG_QUERIES`` is on.
"""

from __future__ import annotations

import logging
import time
from typing import Any
from urllib.parse import parse_qs

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from kmportal.settings import Settings
from kmportal.web.metrics import PortalMetrics

log = logging.getLogger("kmportal.request")
# The routes whose query string carries search text, and its parameter.
SEARCH_TEXT = {
    "/": "q",
    "/search": "q",
    "/api/search": "q",
    "/powers": "project",
    "/api/powers": "project",
}


class Observe:
    def __init__(self, app: ASGIApp, *, settings: Settings, metrics: PortalMetrics) -> None:
        self.app, self.settings, self.metrics = app, settings, metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        start = time.perf_counter()
        status = 500  # unless the app answers: an exception escaped everything

        async def watch(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, watch)
        finally:
            seconds = time.perf_counter() - start
            route = _route(scope)
            self.metrics.observe_request(scope["method"], route, status, seconds)
            log.info("request", extra={"http": self._fields(scope, route, status, seconds)})

    def _fields(self, scope: Scope, route: str, status: int, seconds: float) -> dict[str, Any]:
        user = scope.get("state", {}).get("user")
        user_id = getattr(user, "id", None)
        client = scope.get("client")
        fields: dict[str, Any] = {
            "method": scope["method"],
            "path": scope["path"],
            "status": status,
            "duration_ms": round(seconds * 1000, 1),
            "user_id": user_id,
            "client": client[0] if client else None,
        }
        if user_id is not None or self.settings.log_queries:
            query = _search_text(scope, route, self.settings.max_query_chars)
            if query is not None:
                fields["query"] = query
        return fields


def _route(scope: Scope) -> str:
    """The route's template (``/docs/{doc_id}``), so labels stay few; the mount's
    path for static files (a mount sets ``root_path``, not ``route``);
    ``unmatched`` for a 404 of no route."""
    route = scope.get("route")
    return str(getattr(route, "path", None) or scope.get("root_path") or "unmatched")


def _search_text(scope: Scope, route: str, limit: int) -> str | None:
    name = SEARCH_TEXT.get(route)
    if name is None:
        return None
    # The raw query string is ASCII (percent-encoded UTF-8); parse_qs decodes it.
    values = parse_qs(scope.get("query_string", b"").decode("latin-1")).get(name)
    return values[0][:limit] if values else None
