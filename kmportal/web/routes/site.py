"""Site-wide preferences: the reader's language."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import RedirectResponse
from starlette.responses import Response

from kmportal import messages
from kmportal.web.security.current import local_path
from kmportal.web.templating import LANG_COOKIE

router = APIRouter(include_in_schema=False)


@router.get("/lang/{code}")
def switch_language(code: str, next: str = "/") -> Response:
    response = RedirectResponse(local_path(next), status_code=303)
    response.set_cookie(
        LANG_COOKIE,
        messages.normalize_lang(code),
        max_age=365 * 24 * 3600,
        samesite="lax",
        httponly=True,
    )
    return response
