"""The audit trail and the transaction every change runs in.

Each change writes its :class:`AuditEntry` inside the same transaction as the
change itself, so a refused change leaves neither; the table is append-only
(database triggers refuse UPDATE and DELETE).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, SQLModel, col, select

from kmportal.errors import BadInput
from kmportal.km.models import AuditEntry, AuditEntryPublic

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
            "ฐานข้อมูลปฏิเสธข้อมูลนี้เพราะขัดกับข้อกำหนด ไม่มีการบันทึกใด ๆ",
            detail={"constraint": str(exc.orig)},
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
    actor: str,
    action: str,
    entity: str,
    entity_id: int | None,
    before: str | None = None,
    after: str | None = None,
) -> None:
    session.add(
        AuditEntry(
            actor=actor,
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
