"""Cookie names and flags: ``__Host-`` and Secure under HTTPS or when configured."""

from __future__ import annotations

from starlette.requests import HTTPConnection

from kmportal.web.state import settings_of

SESSION = "kmportal_session"
CSRF = "kmportal_csrf"


def is_secure(conn: HTTPConnection) -> bool:
    return settings_of(conn).secure_cookies or conn.url.scheme == "https"


def name(conn: HTTPConnection, base: str) -> str:
    return f"__Host-{base}" if is_secure(conn) else base


def attributes(conn: HTTPConnection) -> str:
    flags = "Path=/; HttpOnly; SameSite=Lax"
    return flags + "; Secure" if is_secure(conn) else flags
