"""Search: the start page, the results page (or, for htmx, the results
fragment) and ``/api/search``, which answers exactly
``SearchResponse.to_dict()`` — the objects ``kmportal search --json`` prints."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from starlette.responses import Response

from kmportal.docstore import library
from kmportal.errors import BadInput
from kmportal.web import views
from kmportal.web.activity import record_search
from kmportal.web.deps import CurrentUserDep, DbDep, EngineDep, LangDep, ServiceDep, SettingsDep
from kmportal.web.schemas import SearchResult
from kmportal.web.search_input import KINDS, check_kind, check_query_length, is_blank
from kmportal.web.state import metrics_of
from kmportal.web.templating import is_htmx, render

router = APIRouter()

RESULTS_PER_PAGE = 10
EXAMPLES = (
    ("search.example.thai", "อบจ. ทำประปาได้ไหม"),
    ("search.example.english", "which powers allow water supply projects"),
    ("search.example.citation", "มาตรา 45 พ.ร.บ.อบจ."),
)


@router.get("/", include_in_schema=False)
@router.get("/search", include_in_schema=False)
def search_page(
    request: Request,
    service: ServiceDep,
    session: DbDep,
    settings: SettingsDep,
    lang: LangDep,
    user: CurrentUserDep,
    engine: EngineDep,
    q: str = "",
    kind: str = "",
    doc: str = "",
    group: str = "",
) -> Response:
    check_query_length(q)
    kind_filter = check_kind(kind)
    response = None
    notice = None
    if not is_blank(q):
        record_search(engine, user)
        try:
            with metrics_of(request).search_seconds.time():
                response = service.search(
                    q, k=RESULTS_PER_PAGE, kind=kind_filter, doc=doc or None, group=group or None
                )
        except BadInput as exc:
            # e.g. only punctuation: nothing searchable. Back to the start page,
            # saying why, rather than an error page for a half-typed query.
            notice = exc.text(lang)
    context = {
        "q": q,
        "kind": kind_filter or "",
        "doc": doc,
        "response": response,
        "notice": notice,
        "is_empty": service.is_empty,
        "kinds": KINDS,
        "group": group,
        # The filter lists are only in the full page; a fragment skips the queries.
        "documents": [] if is_htmx(request) else views.documents(session),
        "groups": [] if is_htmx(request) else library.law_groups(session),
        "examples": EXAMPLES,
        "max_query_chars": settings.max_query_chars,
    }
    return render(request, "search.html", context, partial="_results.html")


@router.get("/api/search", tags=["search"], response_model=SearchResult)
def search_api(
    request: Request,
    service: ServiceDep,
    user: CurrentUserDep,
    engine: EngineDep,
    q: str = "",
    k: Annotated[int, Query(ge=1, le=100)] = 10,
    kind: str | None = None,
    doc: str | None = None,
    group: str | None = None,
) -> dict[str, Any]:
    check_query_length(q)
    with metrics_of(request).search_seconds.time():
        found = service.search(q, k=k, kind=check_kind(kind), doc=doc or None, group=group or None)
    record_search(engine, user)
    return found.to_dict()
