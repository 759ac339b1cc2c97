"""The index generation: a number in the database that every change to the
searchable corpus (an ingest, an upload, a removal, a re-embedding) raises once
its rows are committed.

Each ``kmportal serve`` keeps its own in-memory snapshot of the corpus and its
own index files; several of them can share one PostgreSQL database. A server
notes the generation its snapshot was loaded at and watches the number
(:mod:`kmportal.web.watcher`): when another server — or ``kmportal ingest`` on
any machine — raises it, the server rebuilds its snapshot from the database.
One row, one integer: reading it every few seconds costs nothing."""

from __future__ import annotations

from sqlalchemy import update
from sqlalchemy.engine import Engine
from sqlmodel import Field, Session, SQLModel, col

ROW = 1


class IndexGeneration(SQLModel, table=True):
    __tablename__ = "index_generation"

    id: int = Field(default=ROW, primary_key=True)
    generation: int = 0


def current(engine: Engine) -> int:
    """The generation now committed (0 before the first change)."""
    with Session(engine) as session:
        row = session.get(IndexGeneration, ROW)
        return row.generation if row is not None else 0


def bump(engine: Engine) -> int:
    """Raise the generation by one (atomically, whoever else raises it at once);
    the new value."""
    with Session(engine) as session:
        raised = session.exec(
            update(IndexGeneration)
            .where(col(IndexGeneration.id) == ROW)
            .values(generation=col(IndexGeneration.generation) + 1)
        )
        if raised.rowcount == 0:
            session.add(IndexGeneration(id=ROW, generation=1))
        session.commit()
    return current(engine)
