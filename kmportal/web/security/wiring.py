"""``install(app)``: wires the security middleware (CSRF, headers, KM audit), the
sign-in redirect and the templates' security helpers into an app."""

from __future__ import annotations

from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse
from jinja2 import pass_context
from jinja2.runtime import Context
from markupsafe import Markup
from starlette.responses import Response

from kmportal.auth.models import User
from kmportal.web.security.csrf import FIELD, CSRFMiddleware
from kmportal.web.security.current import LoginRequired, resolve_user
from kmportal.web.security.headers import SecurityHeaders
from kmportal.web.security.km_audit import KmAuditMiddleware
from kmportal.web.templating import is_htmx, templates


def _token_of(ctx: Context) -> str:
    request = ctx.get("request")
    state = getattr(request, "scope", {}).get("state", {}) if request is not None else {}
    token = state.get("csrf_token", "")
    return str(token)


@pass_context
def csrf_token(ctx: Context) -> str:
    return _token_of(ctx)


@pass_context
def csrf_field(ctx: Context) -> Markup:
    # The token is [A-Za-z0-9_-] only (see csrf._TOKEN); escape anyway.
    return Markup('<input type="hidden" name="{}" value="{}">').format(FIELD, _token_of(ctx))


@pass_context
def current_user(ctx: Context) -> User | None:
    request = ctx.get("request")
    if request is None:
        return None
    try:
        return resolve_user(request)
    except Exception:  # an invalid token on an error page: show it signed out
        return None


async def _login_required(request: Request, exc: Exception) -> Response:
    from kmportal.web.errors import error_response, is_api

    here = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    target = f"/login?next={quote(here, safe='')}"
    if is_api(request) or request.method != "GET":
        response = error_response(request, 401)
        response.headers["WWW-Authenticate"] = "Bearer"
        return response
    if is_htmx(request):
        return Response(status_code=401, headers={"HX-Redirect": target})
    return RedirectResponse(target, status_code=303)


def install(app: FastAPI) -> None:
    app.add_exception_handler(LoginRequired, _login_required)
    app.add_middleware(KmAuditMiddleware)
    app.add_middleware(CSRFMiddleware)
    templates.env.globals.update(
        csrf_field=csrf_field, csrf_token=csrf_token, current_user=current_user
    )
    # Outside Starlette's ServerErrorMiddleware too, so an unexpected error's
    # 500 page carries the headers like every other answer.
    build = app.build_middleware_stack
    app.build_middleware_stack = lambda: SecurityHeaders(build())  # type: ignore[method-assign]
