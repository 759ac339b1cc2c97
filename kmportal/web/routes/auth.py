"""Signing in and out, and the account page with its API tokens."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse
from sqlmodel import Session
from starlette.responses import Response

from kmportal import messages
from kmportal.auth import apitokens, login
from kmportal.auth.models import User
from kmportal.errors import BadInput
from kmportal.messages import Text
from kmportal.web.deps import DbDep, SettingsDep, ViewerDep
from kmportal.web.security import cookies
from kmportal.web.security.current import client_ip, local_path, resolve_user
from kmportal.web.templating import render, request_lang

router = APIRouter(include_in_schema=False)


def _login_page(
    request: Request,
    *,
    next_url: str,
    username: str = "",
    error: str = "",
    status_code: int = 200,
) -> Response:
    return render(
        request,
        "auth/login.html",
        {"next": local_path(next_url), "username": username, "error": error},
        status_code=status_code,
    )


@router.get("/login")
def login_page(request: Request, next: str = "/") -> Response:
    return _login_page(request, next_url=next)


@router.post("/login")
def login_submit(
    request: Request,
    session: DbDep,
    settings: SettingsDep,
    username: Annotated[str, Form(max_length=200)] = "",
    password: Annotated[str, Form(max_length=2048)] = "",
    next: Annotated[str, Form(max_length=2000)] = "/",
) -> Response:
    lang = request_lang(request)
    result = login.log_in(
        session,
        username=username,
        password=password,
        ip=client_ip(request),
        replaces=request.cookies.get(cookies.name(request, cookies.SESSION)),
    )
    if result.retry_after is not None:
        minutes = max(1, (result.retry_after + 59) // 60)
        response = _login_page(
            request,
            next_url=next,
            username=username,
            error=messages.gettext("auth.login.throttled", lang, minutes=minutes),
            status_code=429,
        )
        response.headers["Retry-After"] = str(result.retry_after)
        return response
    if not result.ok or result.session_secret is None:
        return _login_page(
            request,
            next_url=next,
            username=username,
            error=messages.gettext("auth.login.failed", lang),
            status_code=401,
        )
    response = RedirectResponse(local_path(next), status_code=303)
    response.set_cookie(
        cookies.name(request, cookies.SESSION),
        result.session_secret,
        httponly=True,
        samesite="lax",
        secure=cookies.is_secure(request),
        path="/",
        max_age=settings.session_absolute_hours * 3600,
    )
    return response


@router.post("/logout")
def logout(request: Request, session: DbDep) -> Response:
    name = cookies.name(request, cookies.SESSION)
    secret = request.cookies.get(name)
    user = resolve_user(request)
    if secret:
        login.log_out(session, secret=secret, user=user, ip=client_ip(request))
    response = RedirectResponse("/", status_code=303)
    response.delete_cookie(
        name, path="/", secure=cookies.is_secure(request), httponly=True, samesite="lax"
    )
    return response


def _account_page(
    request: Request,
    session: Session,
    user: User,
    *,
    new_token: str | None = None,
    error: Text = "",
    status_code: int = 200,
) -> Response:
    assert user.id is not None
    return render(
        request,
        "auth/account.html",
        {
            "user": user,
            "tokens": apitokens.list_tokens(session, user_id=user.id),
            "new_token": new_token,
            "error": messages.render(error, request_lang(request)),
        },
        status_code=status_code,
    )


@router.get("/account")
def account_page(request: Request, user: ViewerDep, session: DbDep) -> Response:
    return _account_page(request, session, user)


@router.post("/account/tokens")
def create_token(
    request: Request,
    user: ViewerDep,
    session: DbDep,
    name: Annotated[str, Form(max_length=100)] = "",
) -> Response:
    try:
        _token, secret = apitokens.create_token(
            session, user=user, name=name, ip=client_ip(request)
        )
    except BadInput as exc:
        return _account_page(request, session, user, error=exc.msg, status_code=422)
    response = _account_page(request, session, user, new_token=secret)
    response.headers["Cache-Control"] = "no-store"
    return response


@router.post("/account/tokens/{token_id}/revoke")
def revoke_token(request: Request, token_id: int, user: ViewerDep, session: DbDep) -> Response:
    apitokens.revoke_token(session, user=user, token_id=token_id, ip=client_ip(request))
    return RedirectResponse("/account", status_code=303)
