"""Knowledge notes, the pages (any signed-in viewer): the list, writing and
editing a note (with an attachment, through the streaming upload receiver),
reading it with its law references linked, its versions and their differences,
sending it for review, and the attachments as downloads. What a coordinator
does to a note is in :mod:`.knowledge_review`; the JSON API in
:mod:`.knowledge_api`.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import FileResponse
from sqlmodel import Session
from starlette.responses import Response

from kmportal.errors import BadInput, NotFound
from kmportal.knowledge import notes, review
from kmportal.knowledge.access import Reader, require_author, sees_working
from kmportal.knowledge.categories import list_categories
from kmportal.knowledge.documents import note_doc_id
from kmportal.knowledge.models import NoteIn
from kmportal.knowledge.notes import EditConflict
from kmportal.messages import msg
from kmportal.settings import Settings
from kmportal.uploads.kept import download_name
from kmportal.web import knowledge_support as ks
from kmportal.web.deps import DbDep, LangDep, ServiceDep, SettingsDep
from kmportal.web.km_forms import see_other
from kmportal.web.templating import render, request_lang

router = APIRouter(include_in_schema=False)


def _form_note(form: ks.KnowledgeForm) -> NoteIn:
    category = ks.form_int(form, "category_id")
    return NoteIn(
        title=form.get("title"),
        body=form.get("body"),
        category_id=category,
        tags=form.get("tags").split(","),
    )


def _form_values(form: ks.KnowledgeForm) -> dict[str, str]:
    return {k: form.get(k) for k in ("title", "body", "category_id", "tags", "base_revision")}


@router.get("/knowledge")
def knowledge_index(
    request: Request,
    session: DbDep,
    reader: ks.ReaderDep,
    category: Annotated[int | None, Query()] = None,
    tag: Annotated[str, Query(max_length=100)] = "",
) -> Response:
    context: dict[str, Any] = {
        "published": notes.published(session, category_id=category, tag=tag or None),
        "categories": list_categories(session),
        "category": category,
        "tag": tag,
        "mine": notes.mine(session, reader=reader),
        "review": notes.awaiting_review(session) if reader.coordinator else [],
        "reader": reader,
    }
    return render(request, "knowledge/index.html", context, partial="knowledge/_notes.html")


def _note_form(
    request: Request,
    session: Session,
    settings: Settings,
    *,
    values: dict[str, Any],
    note_id: int | None = None,
    errors: dict[str, str] | None = None,
    message: str = "",
    conflict: Any = None,
    status_code: int = 200,
) -> Response:
    context = {
        "values": values,
        "note_id": note_id,
        "errors": errors or {},
        "message": message,
        "conflict": conflict,
        "categories": list_categories(session),
        "max_chars": settings.knowledge_max_chars,
        "max_file_mb": f"{settings.knowledge_file_max_bytes / (1024 * 1024):g}",
    }
    return render(request, "knowledge/note_form.html", context, status_code=status_code)


@router.get("/knowledge/notes/new")
def new_note_page(request: Request, session: DbDep, settings: SettingsDep) -> Response:
    return _note_form(request, session, settings, values={})


@router.post("/knowledge/notes")
def create_note_form(
    request: Request,
    session: DbDep,
    settings: SettingsDep,
    reader: ks.ReaderDep,
    form: ks.FormDep,
) -> Response:
    return _save(request, session, settings, reader, form, note_id=None)


@router.get("/knowledge/notes/{note_id}")
def note_page(
    request: Request,
    note_id: int,
    session: DbDep,
    service: ServiceDep,
    reader: ks.ReaderDep,
    version: Annotated[int | None, Query(ge=1)] = None,
) -> Response:
    row = notes.read(session, note_id=note_id, reader=reader, version=version)
    note = ks.note_public(session, service, row, reader)
    context = {
        "note": note,
        "reader": reader,
        "is_author": row.note.author_id == reader.user_id,
        "sees_working": sees_working(row.note, reader),
        "viewing_old": version is not None and version != row.note.working_version,
    }
    return render(request, "knowledge/note.html", context)


@router.get("/knowledge/notes/{note_id}/edit")
def edit_note_page(
    request: Request, note_id: int, session: DbDep, settings: SettingsDep, reader: ks.ReaderDep
) -> Response:
    note = notes.get_note(session, note_id)
    require_author(note, reader)
    v = notes.get_version(session, note_id, note.working_version)
    values = {
        "title": v.title,
        "body": v.body,
        "category_id": str(v.category_id or ""),
        "tags": ", ".join(v.tag_list),
        "base_revision": str(note.revision),
    }
    return _note_form(request, session, settings, values=values, note_id=note_id)


@router.post("/knowledge/notes/{note_id}")
def edit_note_form(
    request: Request,
    note_id: int,
    session: DbDep,
    settings: SettingsDep,
    reader: ks.ReaderDep,
    form: ks.FormDep,
) -> Response:
    return _save(request, session, settings, reader, form, note_id=note_id)


def _save(
    request: Request,
    session: Session,
    settings: Settings,
    reader: Reader,
    form: ks.KnowledgeForm,
    *,
    note_id: int | None,
) -> Response:
    """Create or edit, and keep the attachment; refused, the form comes back as
    typed (and a newer version by someone else is shown beside it)."""
    submit = form.get("action") == "submit"
    kept: str | None = None
    lang = request_lang(request)
    files = ks.files(settings)
    try:
        if form.refused is not None:
            raise BadInput(form.refused.msg, fields={"attachment": form.refused.msg})
        data = _form_note(form)
        if note_id is None:
            note = notes.create_note(
                session,
                reader=reader,
                data=data,
                max_chars=settings.knowledge_max_chars,
                submit=submit,
            )
        else:
            base = ks.form_int(form, "base_revision") or 0
            # A new file is a change to review: it never joins a published version.
            note = notes.edit_note(
                session,
                note_id=note_id,
                reader=reader,
                data=data,
                base_revision=base,
                max_chars=settings.knowledge_max_chars,
                submit=submit,
                new_version=form.upload is not None,
            )
        if form.upload is not None:
            kept = files.keep(settings.data_dir, form.upload)
            ks.add_attachment(session, note=note, reader=reader, stored=kept, upload=form.upload)
    except EditConflict as exc:
        current = notes.get_version(session, exc.note.id or 0, exc.note.working_version)
        values = _form_values(form)
        values["base_revision"] = str(exc.note.revision)  # saving again is now deliberate
        return _note_form(
            request,
            session,
            settings,
            values=values,
            note_id=note_id,
            message=exc.text(lang),
            conflict=current,
            status_code=409,
        )
    except BadInput as exc:
        if kept is not None:
            files.discard(settings.data_dir, kept)
        return _note_form(
            request,
            session,
            settings,
            values=_form_values(form),
            note_id=note_id,
            errors=exc.field_texts(lang),
            message=exc.text(lang),
            status_code=422,
        )
    finally:
        ks.drop_upload(settings, form)
    return see_other(f"/knowledge/notes/{note.id}", request)


@router.post("/knowledge/notes/{note_id}/submit")
def submit_note_form(
    request: Request,
    note_id: int,
    session: DbDep,
    reader: ks.ReaderDep,
    form: ks.TextFormDep,
) -> Response:
    base = ks.form_int(form, "base_revision") or 0
    review.submit(session, note_id=note_id, reader=reader, base_revision=base)
    return see_other(f"/knowledge/notes/{note_id}", request)


@router.get("/knowledge/notes/{note_id}/history")
def history_page(
    request: Request,
    note_id: int,
    session: DbDep,
    reader: ks.ReaderDep,
    lang: LangDep,
    old: Annotated[int | None, Query(ge=1)] = None,
    new: Annotated[int | None, Query(ge=1)] = None,
) -> Response:
    versions, events = notes.history(session, note_id=note_id, reader=reader)
    last = versions[-1].number
    new = new or last
    old = old or max(1, new - 1)
    who = notes.names(session, {v.author_id for v in versions} | {e.actor_id for e in events})
    lines = review.diff(
        session, note_id=note_id, old=old, new=new, categories=notes.categories_by_id(session)
    )
    context = {
        "note_id": note_id,
        "title": versions[-1].title,
        "versions": versions,
        "events": events,
        "who": who,
        "old": old,
        "new": new,
        "lines": lines,
        "doc_id": note_doc_id(note_id),
    }
    return render(request, "knowledge/history.html", context, partial="knowledge/_diff.html")


@router.get("/knowledge/files/{name}")
def attachment_file(
    name: str, session: DbDep, settings: SettingsDep, reader: ks.ReaderDep
) -> Response:
    files = ks.files(settings)
    found = ks.attachment_by_name(session, name)
    if found is None or found.id not in {
        a.id
        for a in ks.visible_attachments(session, notes.get_note(session, found.note_id), reader)
    }:
        raise NotFound(msg("knowledge.error.file_not_found"))
    path = files.path(settings.data_dir, name)
    # Always a download (and nosniff on every answer): an attached HTML or SVG
    # must never render on our origin.
    return FileResponse(
        path,
        filename=download_name(name),
        media_type="application/octet-stream",
        content_disposition_type="attachment",
    )
