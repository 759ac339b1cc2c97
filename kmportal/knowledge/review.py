"""Review: draft → submitted → published, or returned with a comment; a
coordinator may take a published note out of publication. Every step names the
revision or version it was taken on, so a step taken on a page that has since
changed is refused rather than applied to something nobody read.

After :func:`publish` and :func:`unpublish` the caller puts the note's document
in search (or takes it out) — :class:`kmportal.knowledge.indexer.KnowledgeIndexer`.
"""

from __future__ import annotations

import difflib

from sqlmodel import Session

from kmportal.docstore.knowledge import Note, NoteState, NoteVersion, ReviewAction, utcnow
from kmportal.errors import Conflict
from kmportal.km.audit import atomic
from kmportal.knowledge import input as check
from kmportal.knowledge.access import Reader, require_author, require_coordinator
from kmportal.knowledge.documents import CATEGORY_LINE, TAGS_LINE
from kmportal.knowledge.models import DiffLine
from kmportal.knowledge.notes import EditConflict, event, get_note, get_version, touch
from kmportal.messages import msg

SUBMITTABLE = {NoteState.draft, NoteState.returned, NoteState.withdrawn}


def _state_error(note: Note, action: str) -> Conflict:
    return Conflict(
        msg(
            "knowledge.error.wrong_state",
            action=msg(f"knowledge.action.{action}"),
            state=msg(f"knowledge.state.{note.state}"),
        )
    )


def submit(session: Session, *, note_id: int, reader: Reader, base_revision: int) -> Note:
    note = get_note(session, note_id)
    require_author(note, reader)
    if note.revision != base_revision:
        raise EditConflict(note)
    if NoteState(note.state) not in SUBMITTABLE:
        raise _state_error(note, "submit")
    with atomic(session):
        event(session, note, ReviewAction.submit, reader)
        touch(note, NoteState.submitted)
        session.add(note)
    session.refresh(note)
    return note


def _reviewable(session: Session, note_id: int, reader: Reader, version: int, action: str) -> Note:
    note = get_note(session, note_id)
    require_coordinator(note, reader)
    if note.working_version != version:
        raise EditConflict(note)
    if NoteState(note.state) is not NoteState.submitted:
        raise _state_error(note, action)
    return note


def _decide(
    session: Session,
    *,
    note_id: int,
    reader: Reader,
    version: int,
    comment: str,
    action: ReviewAction,
) -> Note:
    """Return (a comment required) or publish the version a coordinator read."""
    fields: check.Fields = {}
    text = check.comment(fields, comment, required=action is ReviewAction.return_)
    check.fail(fields)
    note = _reviewable(session, note_id, reader, version, action.value)
    with atomic(session):
        event(session, note, action, reader, text)
        if action is ReviewAction.return_:
            touch(note, NoteState.returned)
        else:
            if note.published_version is None:
                note.published_at = utcnow()
            note.published_version = note.working_version
            touch(note, NoteState.published)
        session.add(note)
    session.refresh(note)
    return note


def return_note(
    session: Session, *, note_id: int, reader: Reader, version: int, comment: str
) -> Note:
    return _decide(
        session, note_id=note_id, reader=reader, version=version, comment=comment,
        action=ReviewAction.return_,
    )  # fmt: skip


def publish(
    session: Session, *, note_id: int, reader: Reader, version: int, comment: str = ""
) -> Note:
    return _decide(
        session, note_id=note_id, reader=reader, version=version, comment=comment,
        action=ReviewAction.publish,
    )  # fmt: skip


def unpublish(session: Session, *, note_id: int, reader: Reader, comment: str = "") -> Note:
    """Out of publication; a revision under way stays where it is."""
    fields: check.Fields = {}
    text = check.comment(fields, comment, required=False)
    check.fail(fields)
    note = get_note(session, note_id)
    require_coordinator(note, reader)
    if note.published_version is None:
        raise _state_error(note, "unpublish")
    with atomic(session):
        event(session, note, ReviewAction.unpublish, reader, text)
        state = NoteState(note.state)
        note.published_version = None
        note.published_at = None
        touch(note, NoteState.withdrawn if state is NoteState.published else state)
        session.add(note)
    session.refresh(note)
    return note


# --- what changed between two versions -----------------------------------------------


def _lines(v: NoteVersion, category: str | None) -> list[str]:
    tags = TAGS_LINE.format(", ".join(v.tag_list))
    head = [f"# {v.title}", CATEGORY_LINE.format(category or "-"), tags, ""]
    return head + v.body.splitlines()


def diff(
    session: Session,
    *,
    note_id: int,
    old: int,
    new: int,
    categories: dict[int, str],
    context: int = 3,
) -> list[DiffLine]:
    """Line by line, with ``context`` unchanged lines around each change."""
    a, b = get_version(session, note_id, old), get_version(session, note_id, new)
    left = _lines(a, categories.get(a.category_id or -1))
    right = _lines(b, categories.get(b.category_id or -1))
    out: list[DiffLine] = []
    for group in difflib.SequenceMatcher(None, left, right, autojunk=False).get_grouped_opcodes(
        context
    ):
        if out:
            out.append(DiffLine(kind="gap", text="…"))
        for tag, i1, i2, j1, j2 in group:
            if tag == "equal":
                out += [DiffLine(kind="same", text=line) for line in left[i1:i2]]
                continue
            out += [DiffLine(kind="removed", text=line) for line in left[i1:i2]]
            out += [DiffLine(kind="added", text=line) for line in right[j1:j2]]
    return out
