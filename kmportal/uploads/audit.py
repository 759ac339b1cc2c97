"""Uploads, replacements, removals and refused uploads in the security audit trail."""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy.engine import Engine
from sqlmodel import Session

from kmportal.auth.audit import record


def audit(
    engine: Engine,
    *,
    actor: str | None,
    action: str,
    target: str,
    detail: Mapping[str, object],
    ip: str | None,
) -> None:
    with Session(engine) as session:
        record(session, actor=actor, action=action, target=target, detail=detail, ip=ip)
        session.commit()
