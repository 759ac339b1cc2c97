"""The JSON API of the office's knowledge under ``/api/knowledge`` — the same
services and the same rules as the pages: signed-in viewers read what is
published, write notes, ask and answer; what only coordinators do is in
:data:`review_router`. An edit from an older revision answers 409 with the
note as it now stands (``NoteConflict``), so nothing typed is lost."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from sqlmodel import Session

from kmportal.docstore.knowledge import CategoryCreate, CategoryPublic, CategoryUpdate
from kmportal.knowledge import categories, notes, review
from kmportal.knowledge.access import Reader
from kmportal.knowledge.documents import note_doc_id
from kmportal.knowledge.models import (
    AttachmentPublic,
    CommentIn,
    EventPublic,
    NoteConflict,
    NoteCreate,
    NoteHistory,
    NoteIn,
    NotePublic,
    NoteSummary,
    NoteUpdate,
    ReviewIn,
    RevisionIn,
    VersionDiff,
    VersionSummary,
)
from kmportal.knowledge.notes import EditConflict, NoteRow
from kmportal.uploads import errors as upload_errors
from kmportal.web import knowledge_support as ks
from kmportal.web.deps import DbDep, LangDep, ServiceDep, SettingsDep
from kmportal.web.holder import SearchBackend

router = APIRouter(prefix="/api/knowledge", tags=["knowledge"])
review_router = APIRouter(prefix="/api/knowledge", tags=["knowledge"])

CONFLICT: dict[int | str, dict[str, Any]] = {
    409: {"model": NoteConflict, "description": "Changed meanwhile by someone else"}
}


class Deleted(BaseModel):
    deleted: int


def _summary(row: NoteRow, reader: Reader) -> NoteSummary:
    public = row.note.author_id == reader.user_id or reader.coordinator
    return NoteSummary(
        id=row.note.id or 0,
        title=row.version.title,
        state=row.note.state if public else "published",
        version=row.version.number,
        category=row.category,
        tags=row.version.tag_list,
        author=row.author,
        published_at=row.note.published_at,
        updated_at=row.note.updated_at if public else row.version.created_at,
    )


@dataclass(frozen=True)
class Asking:
    """What answering a change to a note needs: the database, the search service
    (law references), who asks and in which language."""

    session: Session
    service: SearchBackend
    reader: Reader
    lang: str


def _asking(session: DbDep, service: ServiceDep, reader: ks.ReaderDep, lang: LangDep) -> Asking:
    return Asking(session, service, reader, lang)


AskingDep = Annotated[Asking, Depends(_asking)]


def _note(session: Session, service: SearchBackend, reader: Reader, note_id: int) -> NotePublic:
    return ks.note_public(
        session, service, notes.read(session, note_id=note_id, reader=reader), reader
    )


def _conflict(
    exc: EditConflict, session: Session, service: SearchBackend, reader: Reader, lang: str
) -> JSONResponse:
    current = _note(session, service, reader, exc.note.id or 0)
    body = NoteConflict(error=exc.text(lang), current=current)
    return JSONResponse(body.model_dump(mode="json"), status_code=409)


def _changed(change: Callable[[], object], a: Asking, note_id: int) -> NotePublic | JSONResponse:
    """Make ``change`` and answer the note as it now is, or 409 with the note
    someone else changed meanwhile."""
    try:
        change()
    except EditConflict as exc:
        return _conflict(exc, a.session, a.service, a.reader, a.lang)
    return _note(a.session, a.service, a.reader, note_id)


@router.get("/notes", response_model=list[NoteSummary])
def list_notes(
    session: DbDep,
    reader: ks.ReaderDep,
    category_id: int | None = None,
    tag: Annotated[str, Query(max_length=100)] = "",
) -> list[NoteSummary]:
    """Published notes, newest first."""
    rows = notes.published(session, category_id=category_id, tag=tag or None)
    return [_summary(r, reader) for r in rows]


@router.get("/notes/mine", response_model=list[NoteSummary])
def my_notes(session: DbDep, reader: ks.ReaderDep) -> list[NoteSummary]:
    return [_summary(r, reader) for r in notes.mine(session, reader=reader)]


@router.post("/notes", response_model=NotePublic, status_code=201)
def create_note(
    body: NoteCreate,
    session: DbDep,
    service: ServiceDep,
    settings: SettingsDep,
    reader: ks.ReaderDep,
) -> NotePublic:
    note = notes.create_note(
        session,
        reader=reader,
        data=body,
        max_chars=settings.knowledge_max_chars,
        submit=body.submit,
    )
    return _note(session, service, reader, note.id or 0)


@router.get("/notes/{note_id}", response_model=NotePublic)
def get_note(
    note_id: int,
    session: DbDep,
    service: ServiceDep,
    reader: ks.ReaderDep,
    version: Annotated[int | None, Query(ge=1)] = None,
) -> NotePublic:
    row = notes.read(session, note_id=note_id, reader=reader, version=version)
    return ks.note_public(session, service, row, reader)


@router.put("/notes/{note_id}", response_model=NotePublic, responses=CONFLICT)
def update_note(
    note_id: int, body: NoteUpdate, a: AskingDep, settings: SettingsDep
) -> NotePublic | JSONResponse:
    def change() -> object:
        return notes.edit_note(
            a.session,
            note_id=note_id,
            reader=a.reader,
            data=body,
            base_revision=body.base_revision,
            max_chars=settings.knowledge_max_chars,
            submit=body.submit,
        )

    return _changed(change, a, note_id)


@router.post("/notes/{note_id}/submit", response_model=NotePublic, responses=CONFLICT)
def submit_note(note_id: int, body: RevisionIn, a: AskingDep) -> NotePublic | JSONResponse:
    def change() -> object:
        return review.submit(
            a.session, note_id=note_id, reader=a.reader, base_revision=body.base_revision
        )

    return _changed(change, a, note_id)


@router.post(
    "/notes/{note_id}/attachments",
    response_model=AttachmentPublic,
    status_code=201,
    responses=CONFLICT,
    openapi_extra={
        "requestBody": {
            "content": {
                "multipart/form-data": {
                    "schema": {
                        "type": "object",
                        "required": ["attachment", "base_revision"],
                        "properties": {
                            "attachment": {"type": "string", "format": "binary"},
                            "base_revision": {"type": "integer"},
                        },
                    }
                }
            }
        }
    },
)
def add_attachment(
    note_id: int,
    request: Request,
    session: DbDep,
    service: ServiceDep,
    settings: SettingsDep,
    reader: ks.ReaderDep,
    form: ks.FormDep,
    lang: LangDep,
) -> AttachmentPublic | JSONResponse:
    """A file for the note's next version (multipart, field ``attachment``): the
    note gets a new working version in draft, to be reviewed with the file."""
    files = ks.files(settings)
    try:
        if form.refused is not None:
            raise form.refused
        if form.upload is None:
            raise upload_errors.no_file()
        note = notes.get_note(session, note_id)
        working = notes.get_version(session, note_id, note.working_version)
        data = NoteIn(
            title=working.title,
            body=working.body,
            category_id=working.category_id,
            tags=working.tag_list,
        )
        note = notes.edit_note(
            session,
            note_id=note_id,
            reader=reader,
            data=data,
            base_revision=ks.form_int(form, "base_revision") or 0,
            max_chars=settings.knowledge_max_chars,
            new_version=True,
        )
        stored = files.keep(settings.data_dir, form.upload)
        row = ks.add_attachment(
            session, note=note, reader=reader, stored=stored, upload=form.upload
        )
    except EditConflict as exc:
        return _conflict(exc, session, service, reader, lang)
    finally:
        ks.drop_upload(settings, form)
    return ks.attachment_public(row)


@router.get("/notes/{note_id}/history", response_model=NoteHistory)
def note_history(note_id: int, session: DbDep, reader: ks.ReaderDep) -> NoteHistory:
    versions, events = notes.history(session, note_id=note_id, reader=reader)
    who = notes.names(session, {v.author_id for v in versions} | {e.actor_id for e in events})
    return NoteHistory(
        id=note_id,
        versions=[
            VersionSummary(
                number=v.number,
                title=v.title,
                author=who.get(v.author_id, "?"),
                created_at=v.created_at,
            )
            for v in versions
        ],
        events=[
            EventPublic(
                version=e.version,
                action=e.action,
                actor=who.get(e.actor_id, "?"),
                comment=e.comment,
                at=e.at,
            )
            for e in events
        ],
    )


@router.get("/notes/{note_id}/diff", response_model=VersionDiff)
def note_diff(
    note_id: int,
    session: DbDep,
    reader: ks.ReaderDep,
    old: Annotated[int, Query(ge=1)],
    new: Annotated[int, Query(ge=1)],
) -> VersionDiff:
    notes.history(session, note_id=note_id, reader=reader)  # who may see versions
    cats = notes.categories_by_id(session)
    lines = review.diff(session, note_id=note_id, old=old, new=new, categories=cats)
    return VersionDiff(old=old, new=new, lines=lines)


@router.get("/categories", response_model=list[CategoryPublic])
def list_categories(session: DbDep) -> list[CategoryPublic]:
    return categories.list_categories(session)


# --- coordinators ---------------------------------------------------------------------


@review_router.get("/review", response_model=list[NoteSummary])
def awaiting_review(session: DbDep, reader: ks.ReaderDep) -> list[NoteSummary]:
    """Notes submitted for review, the longest waiting first."""
    return [_summary(r, reader) for r in notes.awaiting_review(session)]


@review_router.post("/notes/{note_id}/return", response_model=NotePublic, responses=CONFLICT)
def return_note(note_id: int, body: ReviewIn, a: AskingDep) -> NotePublic | JSONResponse:
    def change() -> object:
        return review.return_note(
            a.session, note_id=note_id, reader=a.reader, version=body.version, comment=body.comment
        )

    return _changed(change, a, note_id)


@review_router.post("/notes/{note_id}/publish", response_model=NotePublic, responses=CONFLICT)
def publish_note(
    note_id: int, body: ReviewIn, request: Request, a: AskingDep
) -> NotePublic | JSONResponse:
    def change() -> object:
        done = review.publish(
            a.session, note_id=note_id, reader=a.reader, version=body.version, comment=body.comment
        )
        ks.index_later(request, [note_doc_id(note_id)])
        return done

    return _changed(change, a, note_id)


@review_router.post("/notes/{note_id}/unpublish", response_model=NotePublic)
def unpublish_note(
    note_id: int,
    body: CommentIn,
    request: Request,
    session: DbDep,
    service: ServiceDep,
    reader: ks.ReaderDep,
) -> NotePublic:
    review.unpublish(session, note_id=note_id, reader=reader, comment=body.comment)
    ks.index_later(request, [note_doc_id(note_id)])
    return _note(session, service, reader, note_id)


@review_router.post("/categories", response_model=CategoryPublic, status_code=201)
def add_category(body: CategoryCreate, session: DbDep) -> CategoryPublic:
    c = categories.add_category(session, data=body)
    return CategoryPublic(id=c.id or 0, name=c.name, description=c.description)


@review_router.patch("/categories/{category_id}", response_model=CategoryPublic)
def update_category(category_id: int, body: CategoryUpdate, session: DbDep) -> CategoryPublic:
    c = categories.update_category(session, category_id=category_id, data=body)
    return CategoryPublic(id=c.id or 0, name=c.name, description=c.description)


@review_router.delete("/categories/{category_id}", response_model=Deleted)
def delete_category(category_id: int, session: DbDep) -> Deleted:
    categories.delete_category(session, category_id=category_id)
    return Deleted(deleted=category_id)
