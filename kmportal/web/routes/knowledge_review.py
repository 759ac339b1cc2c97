"""What coordinators (and admins) do to the office's knowledge, the pages:
return a submitted note with a comment, publish it, take a published note out
of publication, and keep the list of categories. A published or withdrawn note
goes into (or out of) search in the background, within seconds."""

from __future__ import annotations

from fastapi import APIRouter, Request
from starlette.responses import Response

from kmportal.docstore.knowledge import CategoryCreate, CategoryUpdate
from kmportal.errors import BadInput
from kmportal.knowledge import categories, review
from kmportal.knowledge.documents import note_doc_id
from kmportal.web import knowledge_support as ks
from kmportal.web.deps import DbDep
from kmportal.web.km_forms import see_other
from kmportal.web.templating import render, request_lang

router = APIRouter(include_in_schema=False)


@router.post("/knowledge/notes/{note_id}/review")
def review_note_form(
    request: Request,
    note_id: int,
    session: DbDep,
    reader: ks.ReaderDep,
    form: ks.TextFormDep,
) -> Response:
    version = ks.form_int(form, "version") or 0
    comment = form.get("comment")
    if form.get("action") == "publish":
        review.publish(session, note_id=note_id, reader=reader, version=version, comment=comment)
        ks.index_later(request, [note_doc_id(note_id)])
    else:
        review.return_note(
            session, note_id=note_id, reader=reader, version=version, comment=comment
        )
    return see_other(f"/knowledge/notes/{note_id}", request)


@router.post("/knowledge/notes/{note_id}/unpublish")
def unpublish_note_form(
    request: Request,
    note_id: int,
    session: DbDep,
    reader: ks.ReaderDep,
    form: ks.TextFormDep,
) -> Response:
    review.unpublish(session, note_id=note_id, reader=reader, comment=form.get("comment"))
    ks.index_later(request, [note_doc_id(note_id)])
    return see_other(f"/knowledge/notes/{note_id}", request)


def _categories_page(
    request: Request,
    session: DbDep,
    *,
    errors: dict[str, str] | None = None,
    values: dict[str, str] | None = None,
    status_code: int = 200,
) -> Response:
    context = {
        "categories": categories.list_categories(session),
        "errors": errors or {},
        "values": values or {},
    }
    return render(request, "knowledge/categories.html", context, status_code=status_code)


@router.get("/knowledge/categories")
def categories_page(request: Request, session: DbDep) -> Response:
    return _categories_page(request, session)


@router.post("/knowledge/categories")
def add_category_form(request: Request, session: DbDep, form: ks.TextFormDep) -> Response:
    data = CategoryCreate(name=form.get("name"), description=form.get("description"))
    try:
        categories.add_category(session, data=data)
    except BadInput as exc:
        return _categories_page(
            request,
            session,
            errors=exc.field_texts(request_lang(request)),
            values=form.values,
            status_code=422,
        )
    return see_other("/knowledge/categories", request)


@router.post("/knowledge/categories/{category_id}")
def change_category_form(
    request: Request, category_id: int, session: DbDep, form: ks.TextFormDep
) -> Response:
    if form.get("action") == "delete":
        categories.delete_category(session, category_id=category_id)
    else:
        data = CategoryUpdate(name=form.get("name"), description=form.get("description"))
        categories.update_category(session, category_id=category_id, data=data)
    return see_other("/knowledge/categories", request)
