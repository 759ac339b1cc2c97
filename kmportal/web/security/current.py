"""Who is asking: a Bearer API token, or a session cookie, or nobody."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Annotated

from fastapi import Depends, Request
from sqlmodel import Session

from kmportal.auth import apitokens, sessions
from kmportal.auth.models import Role, User
from kmportal.errors import KmportalError
from kmportal.messages import msg
from kmportal.settings import Settings
from kmportal.web.security import cookies
from kmportal.web.state import engine_of, settings_of

_UNSET = object()


class InvalidToken(KmportalError):
    """A Bearer request whose token is unknown, revoked, or its account disabled."""

    status_code = 401
    headers = {"WWW-Authenticate": "Bearer"}  # noqa: RUF012


class Forbidden(KmportalError):
    """Signed in, but the account's role is lower than the page needs."""

    status_code = 403


class LoginRequired(Exception):
    """Nobody is signed in and the route needs someone: 401, or to /login for pages."""


def is_bearer(authorization: str) -> bool:
    """The header names the Bearer scheme (with or without a token after it)."""
    parts = authorization.split(None, 1)
    return bool(parts) and parts[0].lower() == "bearer"


def bearer_token(request: Request) -> str | None:
    """The token of a Bearer request ("" when it sent none); None without Bearer.

    A Bearer request is judged by its token alone, never by a cookie: it is
    exempt from the CSRF check, so a cookie must not vouch for it."""
    header = request.headers.get("authorization", "")
    if not is_bearer(header):
        return None
    parts = header.split(None, 1)
    return parts[1].strip() if len(parts) > 1 else ""


def timeouts(settings: Settings) -> sessions.Timeouts:
    return sessions.Timeouts(
        idle=dt.timedelta(minutes=settings.session_idle_minutes),
        absolute=dt.timedelta(hours=settings.session_absolute_hours),
    )


def resolve_user(request: Request) -> User | None:
    cached = getattr(request.state, "user", _UNSET)
    if cached is not _UNSET:
        assert cached is None or isinstance(cached, User)
        return cached
    user: User | None = None
    with Session(engine_of(request), expire_on_commit=False) as session:
        token = bearer_token(request)
        if token is not None:
            user = apitokens.resolve(session, secret=token)
            if user is None:
                raise InvalidToken(msg("auth.token_invalid"))
        else:
            secret = request.cookies.get(cookies.name(request, cookies.SESSION))
            if secret:
                user = sessions.resolve(
                    session, secret=secret, timeouts=timeouts(settings_of(request))
                )
        if user is not None:
            session.expunge(user)
    request.state.user = user
    return user


def _current_user(request: Request) -> User | None:
    return resolve_user(request)


CurrentUserDep = Annotated[User | None, Depends(_current_user)]


def require_role(role: Role) -> Callable[[User | None], User]:
    """A dependency answering the signed-in user having at least ``role``;
    401 (pages: to /login) for nobody, 403 for a lower role."""
    needed = Role(role)

    def dependency(user: CurrentUserDep) -> User:
        if user is None:
            raise LoginRequired()
        if not user.role_enum.allows(needed):
            raise Forbidden(msg("auth.forbidden"))
        return user

    dependency.__name__ = f"require_{needed.value}"
    return dependency


def _read_access(request: Request, user: CurrentUserDep) -> User | None:
    if settings_of(request).anonymous_read:
        return user
    return require_role(Role.viewer)(user)


ViewerDep = Annotated[User, Depends(require_role(Role.viewer))]
CoordinatorDep = Annotated[User, Depends(require_role(Role.coordinator))]
AdminDep = Annotated[User, Depends(require_role(Role.admin))]
ReadAccessDep = Annotated[User | None, Depends(_read_access)]
READ_ACCESS = Depends(_read_access)


def local_path(target: str | None) -> str:
    """Only same-site paths: "//host" or "/\\host" would make an open redirect."""
    if target and target.startswith("/") and not target.startswith(("//", "/\\")):
        return target
    return "/"


def client_ip(request: Request) -> str | None:
    return request.client.host if request.client else None
