"""Every error answers in the portal's style: an HTML page (or, for htmx, the
error fragment), or ``{"error": message}`` under ``/api/``. Never a traceback."""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, PlainTextResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import Response

from kmportal import messages
from kmportal.errors import KmportalError
from kmportal.messages import Text
from kmportal.web.templating import render, request_lang

log = logging.getLogger(__name__)


def is_api(request: Request) -> bool:
    return request.url.path == "/api" or request.url.path.startswith("/api/")


def error_response(
    request: Request,
    status: int,
    message: Text | None = None,
    *,
    fields: dict[str, str] | None = None,
) -> Response:
    """The error page (the fragment for htmx) or, under ``/api/``, ``{"error": ...}``
    with ``"fields"`` (field → message) when the request named the fields at fault."""
    lang = request_lang(request)
    generic_key = f"error.{status}"
    generic = messages.gettext(generic_key, lang) if messages.has(generic_key) else None
    heading = generic or messages.gettext("error.title", lang)
    text = messages.render(message, lang) if message is not None else heading
    if is_api(request):
        body: dict[str, object] = {"error": text}
        if fields:
            body["fields"] = fields
        return JSONResponse(body, status_code=status)
    try:
        return render(
            request,
            "error.html",
            {"status": status, "message": text, "heading": heading},
            partial="_error.html",
            status_code=status,
        )
    except Exception:  # the template itself may be what broke; still answer politely
        log.exception("rendering the error page failed")
        return PlainTextResponse(text, status_code=status)


async def _domain(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, KmportalError)
    lang = request_lang(request)
    return error_response(
        request, exc.status_code, exc.text(lang), fields=exc.field_texts(lang) or None
    )


async def _http(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    # Starlette's own details ("Not Found") say less than our catalogue text.
    message = None if exc.status_code in (404, 405) else str(exc.detail)
    response = error_response(request, exc.status_code, message)
    if exc.headers:
        response.headers.update(exc.headers)
    return response


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for err in exc.errors():
        where = ".".join(str(p) for p in err.get("loc", ())[1:]) or "request"
        parts.append(f"{where}: {err.get('msg', 'invalid')}")
    return "; ".join(parts) or "invalid request"


async def _validation(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    return error_response(request, 422, _validation_message(exc))


async def _unexpected(request: Request, exc: Exception) -> Response:
    log.error("unexpected error on %s %s", request.method, request.url.path, exc_info=exc)
    return error_response(request, 500, None)


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(KmportalError, _domain)
    app.add_exception_handler(StarletteHTTPException, _http)
    app.add_exception_handler(RequestValidationError, _validation)
    app.add_exception_handler(Exception, _unexpected)
