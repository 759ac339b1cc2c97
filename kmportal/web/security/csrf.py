"""CSRF protection for every POST, PUT, PATCH and DELETE (plain ASGI middleware).

A request that changes state must:

* come from this site: an ``Origin`` (or, without one, ``Referer``) naming
  another host is refused;
* carry the token of the ``kmportal_csrf`` cookie (double submit), either in
  the ``X-CSRF-Token`` header (htmx sends it: ``base.html`` puts it in
  ``hx-headers`` on ``<body>``) or in the ``csrf_token`` form field
  (``{{ csrf_field() }}`` in every form).

The form field is looked for without reading a large body into memory: an
urlencoded body is read up to 1 MB (413 beyond); in a multipart body only the
first 64 KB are looked at, so ``{{ csrf_field() }}`` must come before any file
input (put it first in the form) — or the request sends the header.

Requests with ``Authorization: Bearer`` are exempt: a browser never adds that
header to a cross-site request on its own, and the token itself is checked by
the route's dependency.
"""

from __future__ import annotations

import hmac
import re
from http.cookies import SimpleCookie
from urllib.parse import parse_qs, urlsplit

from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from kmportal.auth.tokens import new_secret
from kmportal.messages import Text, msg
from kmportal.web.security import cookies
from kmportal.web.security.current import is_bearer

UNSAFE = frozenset({"POST", "PUT", "PATCH", "DELETE"})
HEADER = "x-csrf-token"
FIELD = "csrf_token"
MAX_FORM_BYTES = 1_000_000
MULTIPART_PEEK = 64 * 1024
_TOKEN = re.compile(r"^[A-Za-z0-9_-]{20,100}$")


def _headers(scope: Scope) -> dict[str, str]:
    out: dict[str, str] = {}
    for k, v in scope.get("headers", []):
        out.setdefault(k.decode("latin-1").lower(), v.decode("latin-1"))
    return out


def _cookie(headers: dict[str, str], name: str) -> str | None:
    jar: SimpleCookie = SimpleCookie()
    try:
        jar.load(headers.get("cookie", ""))
    except Exception:  # a malformed Cookie header is simply no cookie
        return None
    morsel = jar.get(name)
    return morsel.value if morsel is not None else None


def _same_origin(headers: dict[str, str]) -> bool:
    host = headers.get("host", "")
    source = headers.get("origin") or headers.get("referer")
    if not source:
        # Browsers send Origin on every cross-site POST; a client without it is
        # not a browser being abused, and it still needs the token.
        return True
    if source == "null":
        return False
    return urlsplit(source).netloc.lower() == host.lower()


def _multipart_field(body: bytes, content_type: str) -> str | None:
    match = re.search(r'boundary="?([^";]+)"?', content_type)
    if match is None:
        return None
    boundary = re.escape(match.group(1).encode("latin-1"))
    found = re.search(
        rb'Content-Disposition: form-data; name="' + FIELD.encode() + rb'"\r\n'
        rb"(?:[^\r\n]+\r\n)*\r\n([A-Za-z0-9_-]{1,100})\r\n--" + boundary,
        body,
        flags=re.IGNORECASE,
    )
    return found.group(1).decode("ascii") if found else None


class _TooLarge(Exception):
    pass


async def _buffer(receive: Receive, limit: int, *, strict: bool) -> tuple[list[Message], bytes]:
    """Read body messages until ``limit`` bytes or the end; with ``strict`` more is an error."""
    messages: list[Message] = []
    body = b""
    while True:
        message = await receive()
        messages.append(message)
        if message["type"] != "http.request":
            break
        body += message.get("body", b"")
        if len(body) > limit:
            if strict:
                raise _TooLarge
            break
        if not message.get("more_body", False):
            break
    return messages, body


def _replay(messages: list[Message], receive: Receive) -> Receive:
    pending = list(messages)

    async def replayed() -> Message:
        if pending:
            return pending.pop(0)
        return await receive()

    return replayed


class CSRFMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request = Request(scope)
        headers = _headers(scope)
        cookie_name = cookies.name(request, cookies.CSRF)
        token = _cookie(headers, cookie_name)
        fresh = token is None or not _TOKEN.match(token)
        if fresh:
            token = new_secret()
        assert token is not None
        scope.setdefault("state", {})["csrf_token"] = token

        if scope["method"] in UNSAFE and not is_bearer(headers.get("authorization", "")):
            supplied = headers.get(HEADER)
            if not _same_origin(headers):
                await self._refuse(scope, receive, send, msg("auth.csrf.cross_site"))
                return
            if supplied is None and not fresh:
                ctype = headers.get("content-type", "").lower()
                try:
                    if ctype.startswith("application/x-www-form-urlencoded"):
                        messages, body = await _buffer(receive, MAX_FORM_BYTES, strict=True)
                        values = parse_qs(body.decode("latin-1")).get(FIELD)
                        supplied = values[0] if values else None
                        receive = _replay(messages, receive)
                    elif ctype.startswith("multipart/form-data"):
                        messages, body = await _buffer(receive, MULTIPART_PEEK, strict=False)
                        supplied = _multipart_field(body, headers.get("content-type", ""))
                        receive = _replay(messages, receive)
                except _TooLarge:
                    await self._refuse(scope, receive, send, msg("uploads.form_too_large"), 413)
                    return
            if fresh or not supplied or not hmac.compare_digest(supplied, token):
                await self._refuse(
                    scope,
                    receive,
                    send,
                    msg("auth.csrf.expired"),
                )
                return

        async def send_with_cookie(message: Message) -> None:
            if message["type"] == "http.response.start" and fresh:
                value = f"{cookie_name}={token}; {cookies.attributes(request)}"
                message["headers"] = [
                    *message.get("headers", []),
                    (b"set-cookie", value.encode("latin-1")),
                ]
            await send(message)

        await self.app(scope, receive, send_with_cookie)

    async def _refuse(
        self, scope: Scope, receive: Receive, send: Send, message: Text, status: int = 403
    ) -> None:
        from kmportal.web.errors import error_response

        response = error_response(Request(scope, receive), status, message)
        await response(scope, receive, send)
