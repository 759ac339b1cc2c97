"""Personal API tokens: shown once at creation, stored as a digest, revocable."""

from __future__ import annotations

import datetime as dt

from sqlmodel import Session, col, select

from kmportal.auth import audit
from kmportal.auth.models import ApiToken, User, utcnow
from kmportal.auth.tokens import digest, new_secret
from kmportal.errors import BadInput, NotFound
from kmportal.messages import msg

PREFIX = "kmp_"
TOUCH_EVERY = dt.timedelta(seconds=60)


def create_token(
    session: Session, *, user: User, name: str, ip: str | None
) -> tuple[ApiToken, str]:
    """The new token row and the secret (the only time it is ever available)."""
    assert user.id is not None
    label = name.strip()[:100]
    if not label:
        raise BadInput(msg("auth.tokens.name_needed"))
    secret = new_secret(PREFIX)
    token = ApiToken(
        user_id=user.id, name=label, token_hash=digest(secret), prefix=secret[: len(PREFIX) + 4]
    )
    session.add(token)
    audit.record(
        session,
        actor=user.username,
        action="token.create",
        target=label,
        detail={"prefix": token.prefix},
        ip=ip,
    )
    session.commit()
    session.refresh(token)
    return token, secret


def list_tokens(session: Session, *, user_id: int) -> list[ApiToken]:
    stmt = select(ApiToken).where(ApiToken.user_id == user_id).order_by(col(ApiToken.id).desc())
    return list(session.exec(stmt))


def revoke_token(session: Session, *, user: User, token_id: int, ip: str | None) -> None:
    token = session.get(ApiToken, token_id)
    if token is None or token.user_id != user.id:
        raise NotFound(msg("auth.tokens.not_found"))
    if token.revoked_at is None:
        token.revoked_at = utcnow()
        session.add(token)
        audit.record(
            session,
            actor=user.username,
            action="token.revoke",
            target=token.name,
            detail={"prefix": token.prefix},
            ip=ip,
        )
        session.commit()


def resolve(session: Session, *, secret: str, now: dt.datetime | None = None) -> User | None:
    if not secret.startswith(PREFIX) or len(secret) > 200:
        return None
    token = session.exec(select(ApiToken).where(ApiToken.token_hash == digest(secret))).first()
    if token is None or token.revoked_at is not None:
        return None
    user = session.get(User, token.user_id)
    if user is None or user.disabled:
        return None
    now = now or utcnow()
    if token.last_used_at is None or now - token.last_used_at > TOUCH_EVERY:
        token.last_used_at = now
        session.add(token)
        session.commit()
    return user
