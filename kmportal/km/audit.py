"""The audit trail, who acts, and the transaction every change runs in.

Each change writes its :class:`AuditEntry` inside the same transaction as the
change itself, so a refused change leaves neither; the table is append-only
(database triggers refuse UPDATE and DELETE). The entry names its
:class:`Actor`: the signed-in account, never a name typed into a form.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, SQLModel, col, select

from kmportal.errors import BadInput
from kmportal.km.models import MAX_ON_BEHALF, AuditEntry, AuditEntryPublic
from kmportal.km.validation import clean_text, label
from kmportal.messages import msg
from kmportal.spreadsheet import neutralise


@dataclass(frozen=True)
class Actor:
    """Who makes a KM change: an account (its display name and id), or the
    command line (``cli:<user>``, no id); ``on_behalf_of`` is the optional free
    text of whom it was recorded for, kept and shown as just that."""

    name: str
    user_id: int | None = None
    on_behalf_of: str = ""


def account_actor(*, user_id: int | None, display_name: str, on_behalf_of: str = "") -> Actor:
    """The actor for a signed-in account; the "on behalf of" text is checked here
    (refused next to its field when too long)."""
    note = clean_text(on_behalf_of)
    if len(note) > MAX_ON_BEHALF:
        problem = msg("km.error.too_long", label=label("on_behalf_of"), max=MAX_ON_BEHALF)
        raise BadInput(problem, fields={"on_behalf_of": problem})
    return Actor(name=display_name, user_id=user_id, on_behalf_of=note)


# --- transactions and audit --------------------------------------------------


@contextmanager
def atomic(session: Session) -> Iterator[None]:
    """One unit of work: commit on success, roll back everything on error.

    A CHECK or trigger firing here means the service let something through that
    the database refused; it is still reported in Thai, never as a 500.
    """
    try:
        yield
        session.commit()
    except IntegrityError as exc:
        session.rollback()
        raise BadInput(
            msg("km.error.rejected_by_database"), detail={"constraint": str(exc.orig)}
        ) from exc
    except BaseException:
        session.rollback()
        raise


def snapshot(obj: SQLModel | None) -> str | None:
    if obj is None:
        return None
    # Straight from the columns: rows loaded back from SQLite hold enum fields as
    # plain strings, which pydantic's serializer would warn about.
    columns = obj.__table__.columns.keys()  # type: ignore[attr-defined]
    values = {name: getattr(obj, name) for name in columns}
    return json.dumps(values, ensure_ascii=False, sort_keys=True, default=str)


def record(
    session: Session,
    *,
    actor: Actor,
    action: str,
    entity: str,
    entity_id: int | None,
    before: str | None = None,
    after: str | None = None,
) -> None:
    session.add(
        AuditEntry(
            actor=actor.name,
            actor_id=actor.user_id,
            on_behalf_of=actor.on_behalf_of,
            action=action,
            entity=entity,
            entity_id=entity_id,
            before=before,
            after=after,
        )
    )


def list_audit(
    session: Session, *, entity: str | None = None, entity_id: int | None = None, limit: int = 200
) -> list[AuditEntryPublic]:
    stmt = select(AuditEntry).order_by(col(AuditEntry.id).desc()).limit(limit)
    if entity is not None:
        stmt = stmt.where(AuditEntry.entity == entity)
    if entity_id is not None:
        stmt = stmt.where(AuditEntry.entity_id == entity_id)
    return [AuditEntryPublic.model_validate(a, from_attributes=True) for a in session.exec(stmt)]


HISTORY_CSV_HEADERS = (
    "id",
    "at",
    "actor",
    "actor_id",
    "on_behalf_of",
    "action",
    "entity",
    "entity_id",
    "before",
    "after",
)


def history_csv(entries: list[AuditEntryPublic]) -> str:
    """The history as a spreadsheet reads it: the account and the typed
    "on behalf of" in their own columns; formula-like text neutralised."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(HISTORY_CSV_HEADERS)
    for e in entries:
        row = [getattr(e, name) for name in HISTORY_CSV_HEADERS]
        row[1] = e.at.isoformat()
        writer.writerow([neutralise("" if v is None else str(v)) for v in row])
    return "\ufeff" + out.getvalue()
