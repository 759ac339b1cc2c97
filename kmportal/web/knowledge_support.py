"""What the knowledge routes share: who is asking (a
:class:`~kmportal.knowledge.access.Reader`), the note form as it streams in
(text and an optional attachment, through the upload receiver), the law
references of a text, a note as the page and the API show it, and the indexer
that puts published knowledge into search on the upload runner's one worker.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Annotated
from urllib.parse import parse_qsl

from fastapi import Depends, FastAPI, Request
from sqlmodel import Session, col, select

from kmportal.auth.models import User
from kmportal.docstore.knowledge import Note, NoteAttachment, NoteState
from kmportal.errors import BadInput, KmportalError
from kmportal.knowledge import notes
from kmportal.knowledge.access import Reader, sees_working
from kmportal.knowledge.documents import out_of_date
from kmportal.knowledge.indexer import KnowledgeIndexer
from kmportal.knowledge.models import AttachmentPublic, NotePublic, Reference
from kmportal.knowledge.render import Link, to_html
from kmportal.messages import msg
from kmportal.settings import Settings
from kmportal.uploads import attachments
from kmportal.uploads import errors as upload_errors
from kmportal.uploads.kept import KeptFiles
from kmportal.uploads.receive import ReceivedUpload, receive_form
from kmportal.web.admin_uploads import runner_of
from kmportal.web.annotations import doc_url
from kmportal.web.deps import SettingsDep, ViewerDep
from kmportal.web.holder import SearchBackend

log = logging.getLogger(__name__)

# Law references linked in one text at most: enough for any real note, and a
# bound on the work a note full of "มาตรา 1 มาตรา 2 ..." can cause.
MAX_REFERENCES = 300


def reader_of(user: User) -> Reader:
    return Reader.of(user)


def get_reader(user: ViewerDep) -> Reader:
    return Reader.of(user)


ReaderDep = Annotated[Reader, Depends(get_reader)]


def body_limit(settings: Settings) -> int:
    """The largest note form: its text and one attachment."""
    return settings.knowledge_file_max_bytes + attachments.text_bytes(settings.knowledge_max_chars)


def files(settings: Settings) -> KeptFiles:
    return attachments.files(max_field_bytes=body_limit(settings))


# --- the form ------------------------------------------------------------------


@dataclass
class KnowledgeForm:
    values: dict[str, str]
    upload: ReceivedUpload | None = None
    refused: KmportalError | None = None  # an attachment of a type not taken

    def get(self, name: str, default: str = "") -> str:
        return self.values.get(name, default)


async def read_form(request: Request, settings: SettingsDep) -> KnowledgeForm:
    """A note, question or answer form as it streams in: multipart through the
    upload receiver (the attachment's limit holds while it arrives), or
    urlencoded up to what a note of the longest allowed text needs."""
    ctype = request.headers.get("content-type", "")
    kept = files(settings)
    if ctype.lower().startswith("multipart/form-data"):
        form = await receive_form(
            request.stream(),
            content_type=ctype,
            content_length=request.headers.get("content-length"),
            store=kept.store(settings.data_dir),
            max_bytes=body_limit(settings),
            rules=kept.rules,
        )
        return KnowledgeForm(form.fields, form.upload, form.refused)
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        # Percent-encoded Thai is three times its UTF-8.
        if len(body) > attachments.text_bytes(settings.knowledge_max_chars) * 3:
            raise upload_errors.form_too_large()
    pairs = parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True)
    return KnowledgeForm(dict(pairs))


FormDep = Annotated[KnowledgeForm, Depends(read_form)]


async def read_text_form(request: Request, settings: SettingsDep) -> KnowledgeForm:
    """A form that takes no file (review, questions, answers): any file sent goes at once."""
    form = await read_form(request, settings)
    drop_upload(settings, form)
    return form


TextFormDep = Annotated[KnowledgeForm, Depends(read_text_form)]


def drop_upload(settings: Settings, form: KnowledgeForm) -> None:
    files(settings).drop_incoming(settings.data_dir, form.upload)


def form_int(form: KnowledgeForm, name: str) -> int | None:
    value = form.get(name).strip()
    if not value:
        return None
    try:
        return int(value)
    except ValueError:
        problem = msg("knowledge.error.number")
        raise BadInput(problem, fields={name: problem}) from None


# --- references and rendering ----------------------------------------------------------


def references(service: SearchBackend, text: str) -> list[tuple[Link | None, Reference]]:
    found = []
    for ref in list(service.references(text))[:MAX_REFERENCES]:
        url = doc_url(ref.doc_id, ref.section_key) if ref.doc_id else None
        link = Link(ref.start, ref.end, url) if url else None
        found.append(
            (
                link,
                Reference(label=ref.label, doc_id=ref.doc_id, section_key=ref.section_key, url=url),
            )
        )
    return found


def render_text(
    service: SearchBackend, text: str, *, first_heading: int = 1
) -> tuple[str, list[Reference]]:
    """Clean HTML of Markdown ``text`` with its law references linked, and the references."""
    refs = references(service, text)
    links = [link for link, _ in refs if link is not None]
    return to_html(text, links, first_heading=first_heading), [r for _, r in refs]


def visible_attachments(session: Session, note: Note, reader: Reader) -> list[NoteAttachment]:
    """Authors and reviewers see every attachment; readers those of published versions."""
    stmt = select(NoteAttachment).where(NoteAttachment.note_id == note.id)
    if not sees_working(note, reader):
        stmt = stmt.where(col(NoteAttachment.version) <= (note.published_version or 0))
    return list(session.exec(stmt.order_by(col(NoteAttachment.id))))


def add_attachment(
    session: Session, *, note: Note, reader: Reader, stored: str, upload: ReceivedUpload
) -> NoteAttachment:
    """A kept file joins the note's working version (see :func:`visible_attachments`)."""
    assert note.id is not None
    row = NoteAttachment(
        note_id=note.id,
        version=note.working_version,
        stored_name=stored,
        original_name=upload.original_name,
        size=upload.size,
        uploaded_by=reader.user_id,
    )
    session.add(row)
    session.commit()
    session.refresh(row)
    return row


def attachment_by_name(session: Session, name: str) -> NoteAttachment | None:
    return session.exec(select(NoteAttachment).where(NoteAttachment.stored_name == name)).first()


def attachment_public(a: NoteAttachment) -> AttachmentPublic:
    assert a.id is not None
    return AttachmentPublic(
        id=a.id,
        name=a.original_name,
        size=a.size,
        version=a.version,
        url=f"/knowledge/files/{a.stored_name}",
    )


def note_public(
    session: Session, service: SearchBackend, row: notes.NoteRow, reader: Reader
) -> NotePublic:
    """The note as ``reader`` may see it: someone who only sees its published
    version learns nothing of a revision under way."""
    note, v = row.note, row.version
    assert note.id is not None
    working = sees_working(note, reader)
    html, refs = render_text(service, v.body)
    return NotePublic(
        id=note.id,
        title=v.title,
        state=NoteState(note.state) if working else NoteState.published,
        version=v.number,
        category=row.category,
        category_id=v.category_id,
        tags=v.tag_list,
        author=row.author,
        published_at=note.published_at,
        updated_at=note.updated_at if working else v.created_at,
        revision=note.revision,
        body=v.body,
        html=html,
        working_version=note.working_version if working else None,
        published_version=note.published_version,
        references=refs,
        attachments=[attachment_public(a) for a in visible_attachments(session, note, reader)],
        review_comment=notes.last_return_comment(session, note) if working else "",
    )


# --- into search --------------------------------------------------------------


def indexer_of(app: FastAPI) -> KnowledgeIndexer:
    """The app's knowledge indexer, on the upload runner's one ingest worker."""
    state = app.state
    indexer = getattr(state, "knowledge_indexer", None)
    if indexer is None:
        holder = state.holder
        settings, engine = state.settings, state.engine
        runner = runner_of(state, settings, engine, holder.get())
        indexer = KnowledgeIndexer(
            settings=settings, engine=engine, service=holder.get, submit=runner.submit_task
        )
        state.knowledge_indexer = indexer
    assert isinstance(indexer, KnowledgeIndexer)
    return indexer


def index_later(request: Request, doc_ids: Sequence[str]) -> None:
    """Put ``doc_ids`` into (or out of) search as the database now says."""
    indexer = indexer_of(request.app)
    for doc_id in doc_ids:
        indexer.sync(doc_id)


def catch_up(app: FastAPI) -> None:
    """At start-up: knowledge a stopped process published (or withdrew) but did
    not get into search is brought up to date, in the background."""
    settings: Settings = app.state.settings
    engine = app.state.engine
    try:
        with Session(engine) as session:
            if not out_of_date(session):
                return
    except Exception:
        log.exception("checking knowledge documents at start-up failed")
        return

    def run() -> None:
        try:
            indexer_of(app).sync_all()
        except Exception:
            log.exception("bringing knowledge documents up to date failed (%s)", settings.data_dir)

    threading.Thread(target=run, name="kmportal-knowledge-catch-up", daemon=True).start()
