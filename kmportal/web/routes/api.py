"""The JSON API. Search answers exactly ``SearchResponse.to_dict()``, the same
objects as ``kmportal search --json``."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query
from fastapi.responses import JSONResponse

from kmportal.docstore import service as docstore
from kmportal.web import views
from kmportal.web.deps import DbDep, ServiceDep
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
) -> JSONResponse:
    check_query_length(q, "en")
    response = service.search(q, k=k, kind=check_kind(kind), doc=doc or None)
    return JSONResponse(response.to_dict())


@router.get("/docs", dependencies=[READ_ACCESS])
def list_docs(session: DbDep) -> list[dict[str, Any]]:
    return [d.model_dump(mode="json") for d in docstore.list_documents(session)]


@router.get("/docs/{doc_id}", dependencies=[READ_ACCESS])
def get_doc(doc_id: str, session: DbDep) -> dict[str, Any]:
    return views.document_detail(session, doc_id=doc_id)


@router.get("/docs/{doc_id}/sections/{section_key}", dependencies=[READ_ACCESS])
def get_section(doc_id: str, section_key: str, session: DbDep) -> dict[str, Any]:
    return docstore.get_section(session, doc_id=doc_id, key=section_key).model_dump(mode="json")
