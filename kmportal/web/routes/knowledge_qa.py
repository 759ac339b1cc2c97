"""Questions and answers, the pages (any signed-in viewer): the questions (or
only those nobody has answered: what the office does not know yet), asking,
answering, and accepting an answer — by the asker or a coordinator — which puts
the question and its answer into search."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from sqlmodel import Session
from starlette.responses import Response

from kmportal.errors import BadInput
from kmportal.ingest.markdown import top_headings
from kmportal.knowledge import qa
from kmportal.knowledge.access import Reader
from kmportal.knowledge.documents import question_doc_id
from kmportal.settings import Settings
from kmportal.web import knowledge_support as ks
from kmportal.web.deps import DbDep, ServiceDep, SettingsDep
from kmportal.web.holder import SearchBackend
from kmportal.web.km_forms import see_other
from kmportal.web.templating import render, request_lang

router = APIRouter(include_in_schema=False)


@router.get("/knowledge/questions")
def questions_page(
    request: Request,
    session: DbDep,
    reader: ks.ReaderDep,
    unanswered: Annotated[bool, Query()] = False,
) -> Response:
    context = {
        "questions": qa.questions(session, unanswered=unanswered),
        "unanswered": unanswered,
        "reader": reader,
    }
    return render(request, "knowledge/questions.html", context, partial="knowledge/_questions.html")


@router.get("/knowledge/questions/new")
def new_question_page(request: Request, settings: SettingsDep) -> Response:
    return _ask_form(request, settings, values={})


def _ask_form(
    request: Request,
    settings: Settings,
    *,
    values: dict[str, str],
    errors: dict[str, str] | None = None,
    message: str = "",
    status_code: int = 200,
) -> Response:
    context = {
        "values": values,
        "errors": errors or {},
        "message": message,
        "max_chars": settings.knowledge_max_chars,
    }
    return render(request, "knowledge/question_form.html", context, status_code=status_code)


@router.post("/knowledge/questions")
def ask_form(
    request: Request,
    session: DbDep,
    settings: SettingsDep,
    reader: ks.ReaderDep,
    form: ks.TextFormDep,
) -> Response:
    try:
        q = qa.ask(
            session,
            reader=reader,
            title=form.get("title"),
            body=form.get("body"),
            max_chars=settings.knowledge_max_chars,
        )
    except BadInput as exc:
        lang = request_lang(request)
        return _ask_form(
            request,
            settings,
            values=form.values,
            errors=exc.field_texts(lang),
            message=exc.text(lang),
            status_code=422,
        )
    return see_other(f"/knowledge/questions/{q.id}", request)


def thread_context(
    session: Session, service: SearchBackend, reader: Reader, question_id: int
) -> dict[str, Any]:
    """The question, its answers (rendered) and who may accept. Heading ids
    follow the searchable document: the title, the question's own headings, the
    accepted answer's heading, then its headings."""
    t = qa.thread(session, question_id=question_id)
    q_html, q_refs = ks.render_text(service, t.question.body)
    n_q = len(top_headings(t.question.body))
    answers = []
    for a, author in t.answers:
        accepted = a.id == t.question.accepted_answer_id
        html, refs = ks.render_text(service, a.body, first_heading=n_q + 2 if accepted else 1)
        answers.append(
            {"answer": a, "author": author, "html": html, "refs": refs, "accepted": accepted}
        )
    return {
        "thread": t,
        "question_html": q_html,
        "question_refs": q_refs,
        "answers": answers,
        "answer_heading": f"h{n_q + 1}",
        "can_accept": qa.can_accept(t.question, reader),
        "reader": reader,
    }


def _thread_page(
    request: Request,
    session: Session,
    service: SearchBackend,
    settings: Settings,
    reader: Reader,
    question_id: int,
    *,
    values: dict[str, str] | None = None,
    errors: dict[str, str] | None = None,
    status_code: int = 200,
) -> Response:
    context = thread_context(session, service, reader, question_id)
    context.update(values=values or {}, errors=errors or {}, max_chars=settings.knowledge_max_chars)
    return render(request, "knowledge/question.html", context, status_code=status_code)


@router.get("/knowledge/questions/{question_id}")
def question_page(
    request: Request,
    question_id: int,
    session: DbDep,
    service: ServiceDep,
    settings: SettingsDep,
    reader: ks.ReaderDep,
) -> Response:
    return _thread_page(request, session, service, settings, reader, question_id)


@router.post("/knowledge/questions/{question_id}/answers")
def answer_form(
    request: Request,
    question_id: int,
    session: DbDep,
    service: ServiceDep,
    settings: SettingsDep,
    reader: ks.ReaderDep,
    form: ks.TextFormDep,
) -> Response:
    try:
        qa.answer(
            session,
            question_id=question_id,
            reader=reader,
            body=form.get("body"),
            max_chars=settings.knowledge_max_chars,
        )
    except BadInput as exc:
        errors = exc.field_texts(request_lang(request))
        return _thread_page(
            request, session, service, settings, reader, question_id,
            values=form.values, errors=errors, status_code=422,
        )  # fmt: skip
    return see_other(f"/knowledge/questions/{question_id}#answers", request)


@router.post("/knowledge/questions/{question_id}/accept")
def accept_form(
    request: Request,
    question_id: int,
    session: DbDep,
    reader: ks.ReaderDep,
    form: ks.TextFormDep,
) -> Response:
    answer_id = ks.form_int(form, "answer_id") or 0
    qa.accept(session, question_id=question_id, answer_id=answer_id, reader=reader)
    ks.index_later(request, [question_doc_id(question_id)])
    return see_other(f"/knowledge/questions/{question_id}", request)
