"""Logging in, with throttling: at most ``MAX_FAILURES`` failed attempts per
account and per client address within ``WINDOW``; then refused until the
oldest failure leaves the window. Every attempt, refused ones too, is audited.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func
from sqlmodel import Session, col, select

from kmportal.auth import audit, passwords, sessions
from kmportal.auth.models import LoginAttempt, User, utcnow
from kmportal.auth.users import find_user

MAX_FAILURES = 10
WINDOW = dt.timedelta(minutes=15)


@dataclass(frozen=True)
class LoginResult:
    user: User | None = None
    session_secret: str | None = None
    retry_after: int | None = None  # seconds, when throttled

    @property
    def ok(self) -> bool:
        return self.user is not None


def _failures_since(session: Session, since: dt.datetime, *, username: str | None, ip: str | None):
    stmt = select(func.count(), func.min(LoginAttempt.at)).where(
        col(LoginAttempt.success).is_(False), LoginAttempt.at > since
    )
    if username is not None:
        stmt = stmt.where(LoginAttempt.username == username)
    if ip is not None:
        stmt = stmt.where(LoginAttempt.ip == ip)
    count, oldest = session.exec(stmt).one()
    return int(count), oldest


def retry_after(
    session: Session, *, username: str, ip: str | None, now: dt.datetime | None = None
) -> int | None:
    """Seconds until another attempt is allowed, or None when one is allowed now."""
    now = now or utcnow()
    since = now - WINDOW
    waits = []
    checks: list[tuple[str | None, str | None]] = [(username, None)]
    if ip is not None:
        checks.append((None, ip))
    for name, addr in checks:
        count, oldest = _failures_since(session, since, username=name, ip=addr)
        if count >= MAX_FAILURES and oldest is not None:
            waits.append(max(1, int((oldest + WINDOW - now).total_seconds()) + 1))
    return max(waits) if waits else None


def log_in(
    session: Session,
    *,
    username: str,
    password: str,
    ip: str | None,
    replaces: str | None = None,
    now: dt.datetime | None = None,
) -> LoginResult:
    """Check the password (unless throttled) and start a new session; ``replaces``
    is a session id the browser already held, which ends (never reused)."""
    name = username.strip()[:200]
    now = now or utcnow()
    wait = retry_after(session, username=name, ip=ip, now=now)
    if wait is not None:
        # Refused without checking the password: a guess here proves nothing.
        audit.record(
            session,
            actor=None,
            action="login.throttled",
            target=name,
            detail={"retry_after": wait},
            ip=ip,
        )
        session.commit()
        return LoginResult(retry_after=wait)
    user = find_user(session, username=name)
    good = passwords.verify(user.password_hash if user else None, password)
    ok = bool(user is not None and good and not user.disabled)
    session.add(LoginAttempt(username=name, ip=ip, at=now, success=ok))
    reason = "ok" if ok else ("disabled" if user is not None and good else "bad_credentials")
    audit.record(
        session,
        actor=name if ok else None,
        action="login.success" if ok else "login.failure",
        target=name,
        detail={"reason": reason},
        ip=ip,
    )
    if not ok or user is None:
        session.commit()
        return LoginResult()
    if passwords.needs_rehash(user.password_hash):
        user.password_hash = passwords.hash_password(password)
        session.add(user)
    if replaces:
        sessions.end_session(session, secret=replaces)
    secret = sessions.start_session(session, user=user, ip=ip)
    session.commit()
    session.refresh(user)
    return LoginResult(user=user, session_secret=secret)


def log_out(session: Session, *, secret: str, user: User | None, ip: str | None) -> None:
    sessions.end_session(session, secret=secret)
    if user is not None:
        audit.record(
            session, actor=user.username, action="logout", target=user.username, detail={}, ip=ip
        )
    session.commit()
