"""Documents: the list and the viewer (pages), and the same data as JSON under
``/api/docs``."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, Query, Request
from fastapi.responses import RedirectResponse
from starlette.responses import Response

from kmportal.docstore import library
from kmportal.docstore import service as docstore
from kmportal.docstore.models import DocumentDetail, DocumentPublic, SectionPublic
from kmportal.index.lock import writer_active
from kmportal.knowledge.documents import knowledge_page
from kmportal.web import views
from kmportal.web.deps import DbDep, ServiceDep, SettingsDep
from kmportal.web.search_input import KINDS, check_kind
from kmportal.web.templating import render

router = APIRouter()


@router.get("/docs", include_in_schema=False)
def documents_page(
    request: Request,
    session: DbDep,
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


@router.get("/docs/{doc_id}", include_in_schema=False)
def document_page(
    request: Request,
    doc_id: str,
    service: ServiceDep,
    session: DbDep,
    hl: Annotated[str | None, Query(max_length=200)] = None,
    page: Annotated[int | None, Query(ge=1)] = None,
) -> Response:
    note_page = knowledge_page(doc_id)
    if note_page is not None:
        # A note or Q&A in search is read on its own page (Markdown, attachments, review).
        return RedirectResponse(
            note_page + (f"?hl={quote(hl, safe='')}" if hl else ""), status_code=303
        )
    view = views.document_view(
        session, doc_id=doc_id, hl=hl, page=page, references=service.references
    )
    related = None
    if view.highlighted is not None:
        related = service.related(doc_id=doc_id, section_key=view.highlighted.key, k=5)
    return render(request, "doc.html", {"view": view, "related": related})


@router.get("/api/docs", tags=["documents"], response_model=list[DocumentPublic])
def list_documents(
    request: Request,
    response: Response,
    session: DbDep,
    kind: str | None = None,
    group: str | None = None,
    sort: str = "title",
    page: Annotated[int, Query(ge=1)] = 1,
    per_page: Annotated[int, Query(ge=1, le=library.MAX_PER_PAGE)] = 100,
) -> list[DocumentPublic]:
    """A page of documents; the total is in ``X-Total-Count`` and the other
    pages in ``Link`` (rel next / prev), as GitHub's API pages its lists."""
    listing = library.page_documents(
        session, kind=check_kind(kind), group=group or None, sort=sort, page=page, per_page=per_page
    )
    response.headers["X-Total-Count"] = str(listing.total)
    links = [
        f'<{request.url.include_query_params(page=n)}>; rel="{rel}"'
        for rel, n in (("prev", page - 1), ("next", page + 1))
        if 1 <= n <= listing.pages
    ]
    if links:
        response.headers["Link"] = ", ".join(links)
    return listing.items


@router.get("/api/docs/{doc_id}", tags=["documents"], response_model=DocumentDetail)
def get_document(doc_id: str, session: DbDep) -> DocumentDetail:
    return views.document_detail(session, doc_id=doc_id)


@router.get(
    "/api/docs/{doc_id}/sections/{section_key}",
    tags=["documents"],
    response_model=SectionPublic,
)
def get_section(doc_id: str, section_key: str, session: DbDep) -> SectionPublic:
    return docstore.get_section(session, doc_id=doc_id, key=section_key)
