"""The one place a published note or an accepted Q&A becomes a document the
ingest pipeline reads: Markdown whose first line is the title as a heading
(heading ``h0``), then the category and tags, then the text as written.

Only what is published goes in: a note's *published* version (never a draft or
a revision under review) and a question with its *accepted* answer. Whatever
the pipeline does with documents — splitting by heading, the lexical and dense
indexes, publication — it does with these the same way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlmodel import Session, col, select

from kmportal.docstore.knowledge import KnowledgeCategory, Note, NoteVersion
from kmportal.docstore.models import DocKind, Document
from kmportal.docstore.questions import Answer, Question

PREFIX = "knowledge-"
_ID = re.compile(rf"^{PREFIX}(note|qa)-(\d+)$")
# Part of the indexed text, so Thai whatever the reader's language (the history
# page's diff shows the same lines).
ANSWER_HEADING = "คำตอบที่ได้รับการยอมรับ"
CATEGORY_LINE = "หมวดหมู่: {}"
TAGS_LINE = "แท็ก: {}"


@dataclass(frozen=True)
class KnowledgeDocument:
    doc_id: str
    text: str


def note_doc_id(note_id: int) -> str:
    return f"{PREFIX}note-{note_id}"


def question_doc_id(question_id: int) -> str:
    return f"{PREFIX}qa-{question_id}"


def parse_doc_id(doc_id: str) -> tuple[str, int] | None:
    """``("note", 12)`` for ``knowledge-note-12``; None for any other document."""
    m = _ID.match(doc_id)
    return (m.group(1), int(m.group(2))) if m else None


def knowledge_page(doc_id: str) -> str | None:
    """Where a knowledge document is read: its note's or question's page."""
    parsed = parse_doc_id(doc_id)
    if parsed is None:
        return None
    what, number = parsed
    return f"/knowledge/notes/{number}" if what == "note" else f"/knowledge/questions/{number}"


def _heading(text: str) -> str:
    return "# " + " ".join(text.split())


def note_document(
    note_id: int, version: NoteVersion, category: str | None = None
) -> KnowledgeDocument:
    meta = []
    if category:
        meta.append(CATEGORY_LINE.format(category))
    if version.tag_list:
        meta.append(TAGS_LINE.format(", ".join(version.tag_list)))
    parts = [_heading(version.title), " · ".join(meta), version.body]
    return KnowledgeDocument(note_doc_id(note_id), "\n\n".join(p for p in parts if p) + "\n")


def question_document(question: Question, answer: Answer) -> KnowledgeDocument:
    assert question.id is not None
    parts = [_heading(question.title), question.body, f"## {ANSWER_HEADING}", answer.body]
    return KnowledgeDocument(
        question_doc_id(question.id), "\n\n".join(p for p in parts if p) + "\n"
    )


def desired_document(session: Session, doc_id: str) -> KnowledgeDocument | None:
    """What search should hold under ``doc_id`` now; None: nothing."""
    parsed = parse_doc_id(doc_id)
    if parsed is None:
        return None
    what, number = parsed
    if what == "note":
        note = session.get(Note, number)
        if note is None or note.published_version is None:
            return None
        version = session.exec(
            select(NoteVersion).where(
                NoteVersion.note_id == number, NoteVersion.number == note.published_version
            )
        ).one()
        category = session.get(KnowledgeCategory, version.category_id or -1)
        return note_document(number, version, category.name if category else None)
    question = session.get(Question, number)
    if question is None or question.accepted_answer_id is None:
        return None
    answer = session.get(Answer, question.accepted_answer_id)
    return None if answer is None else question_document(question, answer)


def out_of_date(session: Session) -> list[str]:
    """Ids whose document in the store is missing, stale or should not be there."""
    wanted = [
        note_doc_id(n)
        for n in session.exec(select(Note.id).where(col(Note.published_version).is_not(None)))
        if n is not None
    ]
    wanted += [
        question_doc_id(q)
        for q in session.exec(
            select(Question.id).where(col(Question.accepted_answer_id).is_not(None))
        )
        if q is not None
    ]
    stored = {
        d.id: d.text
        for d in session.exec(select(Document).where(Document.kind == DocKind.knowledge))
    }
    stale = [d for d in stored if d not in wanted]
    for doc_id in wanted:
        doc = desired_document(session, doc_id)
        if doc is None or stored.get(doc_id, "").strip() != doc.text.strip():
            stale.append(doc_id)
    return stale
