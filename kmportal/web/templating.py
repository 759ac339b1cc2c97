"""The shared Jinja environment and the one way pages are rendered.

Other modules (the KM pages) import ``templates`` and ``render`` from here:
``render(request, "km/plan.html", {...}, partial="km/_rows.html")`` answers an
htmx request with the partial and any other request with the full page, both
from the same URL. Every template gets ``t(key, **params)`` (the catalogue in the
reader's language), ``lang``, ``request`` and ``is_htmx``.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, date, datetime
from typing import Any

from jinja2 import Environment, PackageLoader, pass_context
from jinja2.runtime import Context
from starlette.requests import Request
from starlette.responses import Response
from starlette.templating import Jinja2Templates

from kmportal import messages
from kmportal.thai.dates import be_date
from kmportal.web.annotations import doc_url
from kmportal.web.markup import highlight

# The reader's language: a cookie set by /lang/{code}; Thai without it.
LANG_COOKIE = "lang"


def _environment() -> Environment:
    # The top-level templates/ is installed as the package kmportal.templates
    # (pyproject.toml), so a wheel and an editable install load them alike.
    try:
        loader = PackageLoader("kmportal.templates", ".")
    except ModuleNotFoundError as exc:  # an editable install made before the mapping
        raise RuntimeError(
            "kmportal.templates is not installed; reinstall kmportal "
            "(bash scripts/install.sh, or pip install -e .)"
        ) from exc
    return Environment(loader=loader, autoescape=True, trim_blocks=True, lstrip_blocks=True)


templates = Jinja2Templates(env=_environment())


@pass_context
def _t(ctx: Context, key: str, /, **params: object) -> str:
    return messages.gettext(key, ctx.get("lang", messages.DEFAULT_LANG), **params)


@pass_context
def _be_date(ctx: Context, value: Any) -> str:
    if isinstance(value, date) and not isinstance(value, datetime):
        # A day (the day a law was given): noon UTC is that day in Bangkok too.
        value = datetime(value.year, value.month, value.day, 12, tzinfo=UTC)
    return be_date(value, ctx.get("lang", messages.DEFAULT_LANG))


templates.env.globals.update(t=_t, doc_url=doc_url)
templates.env.filters.update(be_date=_be_date, highlight=highlight)


def request_lang(request: Request) -> str:
    return messages.normalize_lang(request.cookies.get(LANG_COOKIE))


def is_htmx(request: Request) -> bool:
    # A history-restore request wants the whole page back, not a fragment.
    return (
        request.headers.get("HX-Request") == "true"
        and request.headers.get("HX-History-Restore-Request") != "true"
    )


def render(
    request: Request,
    name: str,
    context: Mapping[str, Any] | None = None,
    *,
    partial: str | None = None,
    status_code: int = 200,
) -> Response:
    """Full page ``name``, or ``partial`` when htmx asked for a fragment."""
    htmx = is_htmx(request)
    ctx: dict[str, Any] = {"lang": request_lang(request), "is_htmx": htmx}
    ctx.update(context or {})
    template = partial if (htmx and partial) else name
    response = templates.TemplateResponse(request, template, ctx, status_code=status_code)
    # One URL, two representations: caches must keep them apart.
    response.headers["Vary"] = "HX-Request, Cookie"
    return response
