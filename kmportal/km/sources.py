"""KM evidence the portal counts by itself: a ``count`` indicator bound to a
source takes its value from what happened in the portal during its activity's
period instead of from logs typed by hand — and shows the list behind it.

* ``notes_published`` — knowledge notes in publication that were published in
  the period (optionally in one category); unpublishing one takes it off;
* ``qa_accepted`` — questions whose answer was accepted in the period;
* ``chapters_read`` — handbook chapters read, each person counted once per chapter;
* ``searchers`` — staff who searched (signed in; the queries are never kept).

Days are Thai days (UTC+7), as the plan's months are.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from pydantic import BaseModel, Field
from sqlalchemy import func
from sqlmodel import Session, col, select

from kmportal.auth.models import User
from kmportal.docstore.activity import ChapterRead, SearchDay
from kmportal.docstore.knowledge import KnowledgeCategory, Note, NoteVersion
from kmportal.docstore.models import Document, Section
from kmportal.docstore.questions import Question
from kmportal.errors import BadInput
from kmportal.messages import msg
from kmportal.thai import dates


class Source(StrEnum):
    notes_published = "notes_published"
    qa_accepted = "qa_accepted"
    chapters_read = "chapters_read"
    searchers = "searchers"


class EvidenceItem(BaseModel):
    """One thing a computed indicator counted."""

    date: dt.date = Field(description="วันที่ (เวลาไทย)")
    label: str
    url: str | None = None


def check_source(
    session: Session, *, source: str, category_id: int | None, count: bool
) -> tuple[str, int | None]:
    """The binding as stored (``""`` for none); refused field by field."""
    if not source:
        return "", None
    try:
        Source(source)
    except ValueError:
        raise BadInput(msg("km.error.source"), fields={"source": msg("km.error.source")}) from None
    if not count:
        raise BadInput(
            msg("km.error.source_count_only"), fields={"source": msg("km.error.source_count_only")}
        )
    if category_id is not None:
        if source != Source.notes_published:
            category_id = None
        elif session.get(KnowledgeCategory, category_id) is None:
            problem = msg("knowledge.error.no_category")
            raise BadInput(problem, fields={"source_category_id": problem})
    return source, category_id


def _bounds(start: dt.date, end: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """UTC instants of the Thai days ``start`` .. ``end`` (inclusive)."""
    lo = dt.datetime.combine(start, dt.time(), dates.BANGKOK).astimezone(dt.UTC)
    hi = dt.datetime.combine(end + dt.timedelta(days=1), dt.time(), dates.BANGKOK)
    return lo, hi.astimezone(dt.UTC)


def _thai_day(moment: dt.datetime) -> dt.date:
    if moment.tzinfo is None:  # a driver that hands datetimes back without their zone
        moment = moment.replace(tzinfo=dt.UTC)
    return dates.to_bangkok(moment).date()


def _names(session: Session, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    users = session.exec(select(User).where(col(User.id).in_(ids)))
    return {u.id: u.display_name or u.username for u in users if u.id is not None}


def count_source(
    session: Session,
    *,
    source: Source,
    category_id: int | None,
    start: dt.date,
    end: dt.date,
) -> list[EvidenceItem]:
    """What ``source`` counts from ``start`` to ``end`` (Thai days, inclusive)."""
    lo, hi = _bounds(start, end)
    if source is Source.notes_published:
        rows = session.exec(
            select(Note, NoteVersion)
            .join(
                NoteVersion,
                (col(NoteVersion.note_id) == col(Note.id))
                & (col(NoteVersion.number) == col(Note.published_version)),
            )
            .where(col(Note.published_at) >= lo, col(Note.published_at) < hi)
            .order_by(col(Note.published_at))
        ).all()
        return [
            EvidenceItem(
                date=_thai_day(n.published_at), label=v.title, url=f"/knowledge/notes/{n.id}"
            )
            for n, v in rows
            if n.published_at is not None and (category_id is None or v.category_id == category_id)
        ]
    if source is Source.qa_accepted:
        qs = session.exec(
            select(Question)
            .where(col(Question.accepted_at) >= lo, col(Question.accepted_at) < hi)
            .order_by(col(Question.accepted_at))
        ).all()
        return [
            EvidenceItem(
                date=_thai_day(q.accepted_at), label=q.title, url=f"/knowledge/questions/{q.id}"
            )
            for q in qs
            if q.accepted_at is not None
        ]
    if source is Source.chapters_read:
        reads = session.exec(
            select(
                ChapterRead.user_id,
                ChapterRead.doc_id,
                ChapterRead.section_key,
                func.min(ChapterRead.day),
            )
            .where(col(ChapterRead.day) >= start, col(ChapterRead.day) <= end)
            .group_by(
                col(ChapterRead.user_id), col(ChapterRead.doc_id), col(ChapterRead.section_key)
            )
            .order_by(func.min(ChapterRead.day))
        ).all()
        who = _names(session, {r[0] for r in reads})
        labels = {
            (s.doc_id, s.key): f"{title} · {s.label}"
            for s, title in session.exec(
                select(Section, Document.title)
                .join(Document, col(Document.id) == col(Section.doc_id))
                .where(col(Section.doc_id).in_({r[1] for r in reads}))
            )
        }
        return [
            EvidenceItem(
                date=day,
                label=f"{labels.get((doc, key), f'{doc} {key}')} — {who.get(uid, '?')}",
                url=f"/handbook/{doc}/{key}",
            )
            for uid, doc, key, day in reads
        ]
    days = session.exec(
        select(SearchDay.user_id, func.min(SearchDay.day))
        .where(col(SearchDay.day) >= start, col(SearchDay.day) <= end)
        .group_by(col(SearchDay.user_id))
        .order_by(func.min(SearchDay.day))
    ).all()
    who = _names(session, {uid for uid, _ in days})
    return [EvidenceItem(date=day, label=who.get(uid, "?")) for uid, day in days]
