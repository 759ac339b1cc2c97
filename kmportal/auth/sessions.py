"""Server-side sessions: the browser holds a random id, the table holds its digest.

A session ends at logout, when its user is disabled or gets a new password,
after ``idle`` without a request and ``absolute`` after login, whichever first.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlmodel import Session, col, delete

from kmportal.auth.models import AuthSession, User, utcnow
from kmportal.auth.tokens import digest, new_secret
from kmportal.faults import cause_of

# last_seen_at is written at most this often, so reading pages does not write
# to the database on every request.
TOUCH_EVERY = dt.timedelta(seconds=60)


@dataclass(frozen=True)
class Timeouts:
    idle: dt.timedelta
    absolute: dt.timedelta


def start_session(session: Session, *, user: User, ip: str | None) -> str:
    """A brand-new id (never reuse one from before the login); returns the secret."""
    assert user.id is not None
    secret = new_secret()
    session.add(AuthSession(id_hash=digest(secret), user_id=user.id, ip=ip))
    return secret


def resolve(
    session: Session, *, secret: str, timeouts: Timeouts, now: dt.datetime | None = None
) -> User | None:
    if not secret or len(secret) > 200:
        return None
    now = now or utcnow()
    row = session.get(AuthSession, digest(secret))
    if row is None:
        return None
    expired = now - row.last_seen_at > timeouts.idle or now - row.created_at > timeouts.absolute
    user = session.get(User, row.user_id)
    if expired or user is None or user.disabled:
        session.delete(row)
        touch_commit(session)
        return None
    if now - row.last_seen_at > TOUCH_EVERY:
        row.last_seen_at = now
        session.add(row)
        touch_commit(session, user)
    return user


def touch_commit(session: Session, *keep: object) -> None:
    """Commit bookkeeping a read writes on the side (a last-seen time, an expired
    session's removal). When the disk is full or read-only it is dropped, and
    the read it came with goes on (``keep`` is loaded again, since the rollback
    expired it); any other failure is raised."""
    try:
        session.commit()
    except Exception as exc:
        if cause_of(exc) is None:
            raise
        session.rollback()
        for obj in keep:
            session.refresh(obj)


def end_session(session: Session, *, secret: str) -> None:
    session.exec(delete(AuthSession).where(col(AuthSession.id_hash) == digest(secret)))
