"""The security audit trail: logins, user and token changes, uploads, removals.

``record`` adds an entry to the caller's session (committed with the change it
describes); the table refuses UPDATE and DELETE (triggers in :mod:`.models`).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Mapping

from sqlalchemy import func
from sqlmodel import Session, col, select

from kmportal.auth.models import AuditEntry

# Cells a spreadsheet would run as a formula (see kmportal.km.export).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def record(
    session: Session,
    *,
    actor: str | None,
    action: str,
    target: str,
    detail: Mapping[str, object],
    ip: str | None,
) -> AuditEntry:
    entry = AuditEntry(
        actor=actor,
        action=action,
        target=target[:500],
        detail=json.dumps(dict(detail), ensure_ascii=False, sort_keys=True, default=str),
        ip=ip,
    )
    session.add(entry)
    return entry


def list_entries(
    session: Session,
    *,
    action: str | None = None,
    actor: str | None = None,
    limit: int = 200,
    offset: int = 0,
) -> list[AuditEntry]:
    stmt = select(AuditEntry).order_by(col(AuditEntry.id).desc())
    if action:
        stmt = stmt.where(AuditEntry.action == action)
    if actor:
        stmt = stmt.where(AuditEntry.actor == actor)
    return list(session.exec(stmt.offset(offset).limit(limit)))


def count_entries(session: Session, *, action: str | None = None) -> int:
    stmt = select(func.count()).select_from(AuditEntry)
    if action:
        stmt = stmt.where(AuditEntry.action == action)
    return int(session.exec(stmt).one())


def _cell(value: object) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


CSV_HEADERS = ("id", "at", "actor", "action", "target", "detail", "ip")


def to_csv(entries: list[AuditEntry]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_HEADERS)
    for e in entries:
        writer.writerow(
            [
                _cell(v)
                for v in (e.id, e.at.isoformat(), e.actor, e.action, e.target, e.detail, e.ip)
            ]
        )
    return "\ufeff" + out.getvalue()
