"""The HTML pages. Each URL serves a full page, or its fragment to htmx."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import RedirectResponse
from starlette.responses import Response

from kmportal.docstore import library
from kmportal.errors import BadInput
from kmportal.index.lock import writer_active
from kmportal.thai.abbrev import ABBREVIATIONS
from kmportal.web import i18n, views
from kmportal.web.deps import LangDep, ServiceDep, SessionDep, SettingsDep
from kmportal.web.search_input import KINDS, check_kind, check_query_length, is_blank
from kmportal.web.security import READ_ACCESS
from kmportal.web.templating import is_htmx, render

router = APIRouter(include_in_schema=False)

RESULTS_PER_PAGE = 10
EXAMPLES = (
    ("search.example.thai", "อบจ. ทำประปาได้ไหม"),
    ("search.example.english", "which powers allow water supply projects"),
    ("search.example.citation", "มาตรา 45 พ.ร.บ.อบจ."),
)


def _search_page(
    request: Request,
    service: ServiceDep,
    session: SessionDep,
    settings: SettingsDep,
    lang: str,
    q: str,
    kind: str,
    doc: str,
    group: str = "",
) -> Response:
    check_query_length(q, lang)
    kind_filter = check_kind(kind)
    response = None
    notice = None
    if not is_blank(q):
        try:
            response = service.search(
                q, k=RESULTS_PER_PAGE, kind=kind_filter, doc=doc or None, group=group or None
            )
        except BadInput as exc:
            # e.g. only punctuation: nothing searchable. Back to the start page,
            # saying why, rather than an error page for a half-typed query.
            notice = exc.message
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


@router.get("/", dependencies=[READ_ACCESS])
def home(
    request: Request,
    service: ServiceDep,
    session: SessionDep,
    settings: SettingsDep,
    lang: LangDep,
    q: str = "",
    kind: str = "",
    doc: str = "",
    group: str = "",
) -> Response:
    return _search_page(request, service, session, settings, lang, q, kind, doc, group)


@router.get("/search", dependencies=[READ_ACCESS])
def search(
    request: Request,
    service: ServiceDep,
    session: SessionDep,
    settings: SettingsDep,
    lang: LangDep,
    q: str = "",
    kind: str = "",
    doc: str = "",
    group: str = "",
) -> Response:
    return _search_page(request, service, session, settings, lang, q, kind, doc, group)


@router.get("/docs", dependencies=[READ_ACCESS])
def documents(
    request: Request,
    session: SessionDep,
    settings: SettingsDep,
    kind: str = "",
    group: str = "",
    sort: str = "title",
    page: Annotated[int, Query(ge=1)] = 1,
) -> Response:
    listing = library.page_documents(
        session, kind=check_kind(kind), group=group or None, sort=sort, page=page
    )
    context = {
        "listing": listing,
        "documents": listing.items,
        "kind": kind,
        "group": group,
        "sort": sort,
        "kinds": KINDS,
        "sorts": list(library.SORTS),
        "groups": library.law_groups(session),
        "status": library.library_status(session),
        "ingest_running": writer_active(settings.index_dir),
    }
    return render(request, "docs.html", context, partial="_docs_table.html")


@router.get("/docs/{doc_id}", dependencies=[READ_ACCESS])
def document(
    request: Request,
    doc_id: str,
    service: ServiceDep,
    session: SessionDep,
    hl: Annotated[str | None, Query(max_length=200)] = None,
    page: Annotated[int | None, Query(ge=1)] = None,
) -> Response:
    view = views.document_view(
        session, doc_id=doc_id, hl=hl, page=page, references=service.references
    )
    related = None
    if view.highlighted is not None:
        related = service.related(doc_id=doc_id, section_key=view.highlighted.key, k=5)
    return render(request, "doc.html", {"view": view, "related": related})


@router.get("/handbook", dependencies=[READ_ACCESS])
def handbook_index(request: Request, session: SessionDep) -> Response:
    return render(request, "handbook.html", {"handbooks": views.handbooks(session)})


@router.get("/handbook/{doc_id}", dependencies=[READ_ACCESS])
def handbook_first(
    request: Request, doc_id: str, service: ServiceDep, session: SessionDep
) -> Response:
    chapter = views.chapter_view(session, doc_id=doc_id, key=None, references=service.references)
    return render(request, "chapter.html", {"chapter": chapter})


@router.get("/handbook/{doc_id}/{key}", dependencies=[READ_ACCESS])
def handbook_chapter(
    request: Request, doc_id: str, key: str, service: ServiceDep, session: SessionDep
) -> Response:
    chapter = views.chapter_view(session, doc_id=doc_id, key=key, references=service.references)
    return render(request, "chapter.html", {"chapter": chapter})


@router.get("/glossary", dependencies=[READ_ACCESS])
def glossary(request: Request) -> Response:
    return render(request, "glossary.html", {"abbreviations": ABBREVIATIONS})


def _local_path(target: str) -> str:
    # Only same-site paths: "//host" or "/\host" would make this an open redirect.
    if target.startswith("/") and not target.startswith(("//", "/\\")):
        return target
    return "/"


@router.get("/lang/{code}")
def switch_language(code: str, next: str = "/") -> Response:
    response = RedirectResponse(_local_path(next), status_code=303)
    response.set_cookie(
        i18n.LANG_COOKIE,
        i18n.normalize_lang(code),
        max_age=365 * 24 * 3600,
        samesite="lax",
        httponly=True,
    )
    return response
