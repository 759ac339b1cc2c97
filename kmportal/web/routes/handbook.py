"""The handbook for new analysts: the handbooks, one chapter at a time (linked
to the law it cites), and the glossary of abbreviations."""

from __future__ import annotations

from fastapi import APIRouter, Request
from starlette.responses import Response

from kmportal.thai.abbrev import ABBREVIATIONS
from kmportal.web import views
from kmportal.web.deps import DbDep, ServiceDep
from kmportal.web.templating import render

router = APIRouter(include_in_schema=False)


@router.get("/handbook")
def handbook_index(request: Request, session: DbDep) -> Response:
    return render(request, "handbook.html", {"handbooks": views.handbooks(session)})


@router.get("/handbook/{doc_id}")
@router.get("/handbook/{doc_id}/{key}")
def handbook_chapter(
    request: Request, doc_id: str, service: ServiceDep, session: DbDep, key: str | None = None
) -> Response:
    """A chapter; without ``key`` the first one."""
    chapter = views.chapter_view(session, doc_id=doc_id, key=key, references=service.references)
    return render(request, "chapter.html", {"chapter": chapter})


@router.get("/glossary")
def glossary(request: Request) -> Response:
    return render(request, "glossary.html", {"abbreviations": ABBREVIATIONS})
