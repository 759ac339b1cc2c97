"""What signed-in staff did, as the KM plan counts it — never what they typed:
a handbook chapter read (one row per person, chapter and day) and a day on
which a person searched (one row per person and day; the query is not kept)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import UniqueConstraint
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlmodel import Field, Session, SQLModel, select


class ChapterRead(SQLModel, table=True):
    __tablename__ = "handbook_read"
    __table_args__ = (
        UniqueConstraint("user_id", "doc_id", "section_key", "day", name="uq_handbook_read"),
    )
    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="auth_user.id", index=True)
    doc_id: str = Field(max_length=200)
    section_key: str = Field(max_length=200)
    day: dt.date = Field(index=True)


class SearchDay(SQLModel, table=True):
    __tablename__ = "search_day"
    __table_args__ = (UniqueConstraint("user_id", "day", name="uq_search_day"),)
    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="auth_user.id", index=True)
    day: dt.date = Field(index=True)


def _add_once(engine: Engine, row: ChapterRead | SearchDay) -> None:
    """Insert ``row`` unless its day is already recorded (portable: no dialect upsert)."""
    table = type(row)
    keys = {k: v for k, v in row.model_dump().items() if k != "id"}
    with Session(engine) as session:
        stmt = select(table.id).where(*(getattr(table, k) == v for k, v in keys.items()))
        if session.exec(stmt).first() is not None:
            return
        session.add(row)
        try:
            session.commit()
        except IntegrityError:  # the same person's other tab got there first
            session.rollback()


def record_chapter_read(
    engine: Engine, *, user_id: int, doc_id: str, section_key: str, day: dt.date
) -> None:
    """At most one row per person, chapter and day, however often it is opened."""
    _add_once(engine, ChapterRead(user_id=user_id, doc_id=doc_id, section_key=section_key, day=day))


def record_search_day(engine: Engine, *, user_id: int, day: dt.date) -> None:
    _add_once(engine, SearchDay(user_id=user_id, day=day))
