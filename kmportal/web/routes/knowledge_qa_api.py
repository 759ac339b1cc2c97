"""The JSON API of questions and answers under ``/api/knowledge/questions``
(any signed-in viewer): list (or only the unanswered), ask, answer, and accept
an answer — the asker or a coordinator — which puts the pair into search."""

from __future__ import annotations

from fastapi import APIRouter, Request
from sqlmodel import Session

from kmportal.knowledge import qa
from kmportal.knowledge.access import Reader
from kmportal.knowledge.documents import question_doc_id
from kmportal.knowledge.models import (
    AcceptIn,
    AnswerIn,
    AnswerPublic,
    QuestionIn,
    QuestionPublic,
    QuestionSummary,
)
from kmportal.web import knowledge_support as ks
from kmportal.web.deps import DbDep, ServiceDep, SettingsDep
from kmportal.web.holder import SearchBackend
from kmportal.web.routes.knowledge_qa import thread_context

router = APIRouter(prefix="/api/knowledge", tags=["knowledge"])


def _question(
    session: Session, service: SearchBackend, reader: Reader, question_id: int
) -> QuestionPublic:
    ctx = thread_context(session, service, reader, question_id)
    t = ctx["thread"]
    return QuestionPublic(
        id=question_id,
        title=t.question.title,
        author=t.author,
        created_at=t.question.created_at,
        n_answers=len(t.answers),
        accepted=t.question.accepted_answer_id is not None,
        body=t.question.body,
        html=ctx["question_html"],
        answers=[
            AnswerPublic(
                id=a["answer"].id,
                author=a["author"],
                body=a["answer"].body,
                html=a["html"],
                created_at=a["answer"].created_at,
                accepted=a["accepted"],
            )
            for a in ctx["answers"]
        ],
        can_accept=ctx["can_accept"],
    )


@router.get("/questions", response_model=list[QuestionSummary])
def list_questions(session: DbDep, unanswered: bool = False) -> list[QuestionSummary]:
    return [
        QuestionSummary(
            id=r.question.id or 0,
            title=r.question.title,
            author=r.author,
            created_at=r.question.created_at,
            n_answers=r.n_answers,
            accepted=r.question.accepted_answer_id is not None,
        )
        for r in qa.questions(session, unanswered=unanswered)
    ]


@router.post("/questions", response_model=QuestionPublic, status_code=201)
def ask(
    body: QuestionIn,
    session: DbDep,
    service: ServiceDep,
    settings: SettingsDep,
    reader: ks.ReaderDep,
) -> QuestionPublic:
    q = qa.ask(
        session,
        reader=reader,
        title=body.title,
        body=body.body,
        max_chars=settings.knowledge_max_chars,
    )
    return _question(session, service, reader, q.id or 0)


@router.get("/questions/{question_id}", response_model=QuestionPublic)
def get_question(
    question_id: int, session: DbDep, service: ServiceDep, reader: ks.ReaderDep
) -> QuestionPublic:
    return _question(session, service, reader, question_id)


@router.post("/questions/{question_id}/answers", response_model=QuestionPublic, status_code=201)
def answer(
    question_id: int,
    body: AnswerIn,
    session: DbDep,
    service: ServiceDep,
    settings: SettingsDep,
    reader: ks.ReaderDep,
) -> QuestionPublic:
    qa.answer(
        session,
        question_id=question_id,
        reader=reader,
        body=body.body,
        max_chars=settings.knowledge_max_chars,
    )
    return _question(session, service, reader, question_id)


@router.post("/questions/{question_id}/accept", response_model=QuestionPublic)
def accept(
    question_id: int,
    body: AcceptIn,
    request: Request,
    session: DbDep,
    service: ServiceDep,
    reader: ks.ReaderDep,
) -> QuestionPublic:
    qa.accept(session, question_id=question_id, answer_id=body.answer_id, reader=reader)
    ks.index_later(request, [question_doc_id(question_id)])
    return _question(session, service, reader, question_id)
