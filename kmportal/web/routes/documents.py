"""Documents: the list and the viewer (pages), and the same data as JSON under
``/api/docs``."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, Query, Request
from fastapi.responses import RedirectResponse
from starlette.responses import Response

from kmportal.docstore import service as docstore
from kmportal.docstore.models import DocumentDetail, DocumentPublic, SectionPublic
from kmportal.knowledge.documents import knowledge_page
from kmportal.web import views
from kmportal.web.deps import DbDep, ServiceDep
from kmportal.web.templating import render

router = APIRouter()


@router.get("/docs", include_in_schema=False)
def documents_page(request: Request, session: DbDep) -> Response:
    return render(request, "docs.html", {"documents": views.documents(session)})


@router.get("/docs/{doc_id}", include_in_schema=False)
def document_page(
    request: Request,
    doc_id: str,
    service: ServiceDep,
    session: DbDep,
    hl: Annotated[str | None, Query(max_length=200)] = None,
) -> Response:
    page = knowledge_page(doc_id)
    if page is not None:
        # A note or Q&A in search is read on its own page (Markdown, attachments, review).
        return RedirectResponse(page + (f"?hl={quote(hl, safe='')}" if hl else ""), status_code=303)
    view = views.document_view(session, doc_id=doc_id, hl=hl, references=service.references)
    related = None
    if view.highlighted is not None:
        related = service.related(doc_id=doc_id, section_key=view.highlighted.key, k=5)
    return render(request, "doc.html", {"view": view, "related": related})


@router.get("/api/docs", tags=["documents"], response_model=list[DocumentPublic])
def list_documents(session: DbDep) -> list[DocumentPublic]:
    return docstore.list_documents(session)


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
