"""Questions staff ask and the answers colleagues give (the services are in
:mod:`kmportal.knowledge.qa`). A question is *accepted* once its asker or a
coordinator marks one answer: the pair is then searchable like a note."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Text
from sqlmodel import Field, SQLModel


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Question(SQLModel, table=True):
    __tablename__ = "knowledge_question"
    id: int | None = Field(default=None, primary_key=True)
    author_id: int = Field(foreign_key="auth_user.id", index=True)
    title: str = Field(max_length=500)
    body: str = Field(default="", sa_type=Text)
    created_at: dt.datetime = Field(default_factory=utcnow, index=True)
    accepted_answer_id: int | None = Field(default=None, description="The answer marked right")
    accepted_by: int | None = Field(default=None, foreign_key="auth_user.id")
    accepted_at: dt.datetime | None = Field(default=None, index=True)


class Answer(SQLModel, table=True):
    __tablename__ = "knowledge_answer"
    id: int | None = Field(default=None, primary_key=True)
    question_id: int = Field(foreign_key="knowledge_question.id", index=True)
    author_id: int = Field(foreign_key="auth_user.id")
    body: str = Field(sa_type=Text)
    created_at: dt.datetime = Field(default_factory=utcnow)
