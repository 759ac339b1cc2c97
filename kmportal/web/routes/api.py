"""The JSON API. Search answers exactly ``SearchResponse.to_dict()``, the same
objects as ``kmportal search --json``."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request, Response
from fastapi.responses import JSONResponse

from kmportal.docstore import library
from kmportal.docstore import service as docstore
from kmportal.web import views
from kmportal.web.deps import ServiceDep, SessionDep
from kmportal.web.search_input import check_kind, check_query_length
from kmportal.web.security import READ_ACCESS

router = APIRouter(prefix="/api", tags=["api"])


@router.get("/search", dependencies=[READ_ACCESS])
def search(
    service: ServiceDep,
    q: str = "",
    k: Annotated[int, Query(ge=1, le=100)] = 10,
    kind: str | None = None,
    doc: str | None = None,
    group: str | None = None,
) -> JSONResponse:
    check_query_length(q, "en")
    response = service.search(q, k=k, kind=check_kind(kind), doc=doc or None, group=group or None)
    return JSONResponse(response.to_dict())


@router.get("/docs", dependencies=[READ_ACCESS])
def list_docs(
    request: Request,
    response: Response,
    session: SessionDep,
    kind: str | None = None,
    group: str | None = None,
    sort: str = "title",
    page: Annotated[int, Query(ge=1)] = 1,
    per_page: Annotated[int, Query(ge=1, le=library.MAX_PER_PAGE)] = 100,
) -> list[dict[str, Any]]:
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
    return [d.model_dump(mode="json") for d in listing.items]


@router.get("/docs/{doc_id}", dependencies=[READ_ACCESS])
def get_doc(doc_id: str, session: SessionDep) -> dict[str, Any]:
    return views.document_detail(session, doc_id=doc_id)


@router.get("/docs/{doc_id}/sections/{section_key}", dependencies=[READ_ACCESS])
def get_section(doc_id: str, section_key: str, session: SessionDep) -> dict[str, Any]:
    return docstore.get_section(session, doc_id=doc_id, key=section_key).model_dump(mode="json")
