"""Questions and answers: staff ask, colleagues answer, the asker or a
coordinator accepts one answer — and the accepted pair goes into search like a
note (:func:`kmportal.knowledge.documents.question_document`). Questions with
no answer yet are what the office does not know: the input to step 1 of the
KM plan."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func
from sqlmodel import Session, col, select

from kmportal.docstore.questions import Answer, Question, utcnow
from kmportal.errors import BadInput, NotFound
from kmportal.km.audit import atomic
from kmportal.knowledge import input as check
from kmportal.knowledge.access import NotAllowed, Reader
from kmportal.knowledge.notes import names
from kmportal.messages import msg


def get_question(session: Session, question_id: int) -> Question:
    q = session.get(Question, question_id)
    if q is None:
        raise NotFound(msg("knowledge.error.question_not_found", id=question_id))
    return q


def ask(session: Session, *, reader: Reader, title: str, body: str, max_chars: int) -> Question:
    fields: check.Fields = {}
    t = check.title(fields, title)
    b = check.body(fields, body, max_chars=max_chars, required=False)
    check.fail(fields)
    with atomic(session):
        q = Question(author_id=reader.user_id, title=t, body=b)
        session.add(q)
    session.refresh(q)
    return q


def answer(
    session: Session, *, question_id: int, reader: Reader, body: str, max_chars: int
) -> Answer:
    get_question(session, question_id)
    fields: check.Fields = {}
    b = check.body(fields, body, max_chars=max_chars)
    check.fail(fields)
    with atomic(session):
        a = Answer(question_id=question_id, author_id=reader.user_id, body=b)
        session.add(a)
    session.refresh(a)
    return a


def can_accept(q: Question, reader: Reader) -> bool:
    return reader.coordinator or q.author_id == reader.user_id


def accept(session: Session, *, question_id: int, answer_id: int, reader: Reader) -> Question:
    """Mark ``answer_id`` as the accepted answer (another one accepted before is
    replaced); the caller then puts the pair into search."""
    q = get_question(session, question_id)
    if not can_accept(q, reader):
        raise NotAllowed(msg("knowledge.error.accept_who"))
    a = session.get(Answer, answer_id)
    if a is None or a.question_id != question_id:
        problem = msg("knowledge.error.answer_not_found", id=answer_id)
        raise BadInput(problem, fields={"answer_id": problem})
    with atomic(session):
        if q.accepted_answer_id != answer_id:
            q.accepted_answer_id = answer_id
            q.accepted_by = reader.user_id
            q.accepted_at = utcnow()
            session.add(q)
    session.refresh(q)
    return q


@dataclass
class Thread:
    question: Question
    author: str
    answers: list[tuple[Answer, str]] = field(default_factory=list)

    @property
    def accepted(self) -> Answer | None:
        return next((a for a, _ in self.answers if a.id == self.question.accepted_answer_id), None)


def thread(session: Session, *, question_id: int) -> Thread:
    q = get_question(session, question_id)
    answers = list(
        session.exec(
            select(Answer).where(Answer.question_id == question_id).order_by(col(Answer.id))
        )
    )
    who = names(session, {q.author_id, *(a.author_id for a in answers)})
    return Thread(q, who.get(q.author_id, "?"), [(a, who.get(a.author_id, "?")) for a in answers])


@dataclass(frozen=True)
class QuestionRow:
    question: Question
    author: str
    n_answers: int


def questions(session: Session, *, unanswered: bool = False, limit: int = 200) -> list[QuestionRow]:
    """Newest first; ``unanswered``: those nobody has answered yet, oldest first
    (the longest waiting come first)."""
    counts = dict(
        session.exec(
            select(Answer.question_id, func.count(col(Answer.id))).group_by(col(Answer.question_id))
        ).all()
    )
    stmt = select(Question)
    if unanswered:
        stmt = stmt.where(col(Question.id).not_in(list(counts) or [-1])).order_by(
            col(Question.created_at), col(Question.id)
        )
    else:
        stmt = stmt.order_by(col(Question.created_at).desc(), col(Question.id).desc())
    qs = list(session.exec(stmt.limit(limit)))
    who = names(session, {q.author_id for q in qs})
    return [QuestionRow(q, who.get(q.author_id, "?"), counts.get(q.id or 0, 0)) for q in qs]
