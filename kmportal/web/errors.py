"""Every error answers in the portal's style: an HTML page (or, for htmx, the
error fragment), or ``{"error": message}`` under ``/api/``. Never a traceback."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, PlainTextResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import Response

from kmportal import messages
from kmportal.errors import BadInput, KmportalError
from kmportal.messages import Message, Text, msg
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
    response = error_response(
        request, exc.status_code, exc.text(lang), fields=exc.field_texts(lang) or None
    )
    response.headers.update(exc.headers)
    return response


async def _http(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    # Starlette's own details ("Not Found") say less than our catalogue text.
    message = None if exc.status_code in (404, 405) else str(exc.detail)
    response = error_response(request, exc.status_code, message)
    if exc.headers:
        response.headers.update(exc.headers)
    return response


# pydantic's error types → the catalogue's message for them
_VALIDATION = {
    "missing": "validation.missing",
    "int_type": "validation.integer",
    "int_parsing": "validation.integer",
    "int_from_float": "validation.integer",
    "float_type": "validation.number",
    "float_parsing": "validation.number",
    "string_type": "validation.text",
    "string_too_long": "validation.too_long",
    "enum": "validation.choice",
    "literal_error": "validation.choice",
}


def _label(name: str) -> Text:
    """A field's name as the KM forms call it, where the catalogue has it."""
    for prefix in ("km.label.", "km.raw."):
        if messages.has(prefix + name):
            return msg(prefix + name)
    return name


def _field_message(err: Mapping[str, Any]) -> tuple[str, Message]:
    loc = [str(p) for p in err.get("loc", ())]
    name = loc[1] if len(loc) > 1 else loc[0] if loc else "request"
    ctx = err.get("ctx") or {}
    if err.get("type") in ("json_invalid", "model_attributes_type", "dict_type"):
        return name, msg("validation.body")
    if err.get("type") == "value_error":
        return name, msg("validation.invalid", field=_label(name), reason=str(ctx.get("error")))
    key = _VALIDATION.get(str(err.get("type")))
    if key is None:
        return name, msg("validation.invalid", field=_label(name), reason=err.get("msg", ""))
    return name, msg(
        key,
        field=_label(name),
        max=ctx.get("max_length", ""),
        expected=ctx.get("expected", ""),
    )


async def _validation(request: Request, exc: Exception) -> Response:
    """A request FastAPI could not read answers like a refused form: 422 with a
    message per field, in the reader's language."""
    assert isinstance(exc, RequestValidationError)
    fields: dict[str, Message] = {}
    for err in exc.errors():
        name, message = _field_message(err)
        fields.setdefault(name, message)  # the first problem of a field is enough
    refused = BadInput(msg("error.problems", problems=list(fields.values())), fields=fields)
    return await _domain(request, refused)


async def _unexpected(request: Request, exc: Exception) -> Response:
    log.error("unexpected error on %s %s", request.method, request.url.path, exc_info=exc)
    return error_response(request, 500, None)


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(KmportalError, _domain)
    app.add_exception_handler(StarletteHTTPException, _http)
    app.add_exception_handler(RequestValidationError, _validation)
    app.add_exception_handler(Exception, _unexpected)
