"""Accounts: create, list, change role, disable, reset password."""

from __future__ import annotations

import re

from sqlmodel import Session, col, delete, select

from kmportal.auth import audit, passwords
from kmportal.auth.models import ApiToken, AuthSession, Role, User, utcnow
from kmportal.errors import BadInput, Conflict, NotFound
from kmportal.messages import msg

_USERNAME = re.compile(r"^[A-Za-z0-9._@-]{2,64}$")


def _check_username(username: str) -> str:
    name = username.strip()
    if not _USERNAME.match(name):
        raise BadInput(msg("auth.users.bad_name"))
    return name


def get_user(session: Session, *, username: str) -> User:
    user = find_user(session, username=username)
    if user is None:
        raise NotFound(msg("auth.users.not_found", name=username))
    return user


def find_user(session: Session, *, username: str) -> User | None:
    return session.exec(select(User).where(User.username == username.strip())).first()


def list_users(session: Session) -> list[User]:
    return list(session.exec(select(User).order_by(col(User.username))))


def create_user(
    session: Session,
    *,
    username: str,
    password: str,
    role: Role,
    display_name: str = "",
    actor: str | None,
    ip: str | None = None,
) -> User:
    name = _check_username(username)
    if find_user(session, username=name) is not None:
        raise Conflict(msg("auth.users.exists", name=name))
    user = User(
        username=name,
        display_name=display_name.strip()[:200],
        role=Role(role),
        password_hash=passwords.hash_password(password),
    )
    session.add(user)
    session.flush()
    audit.record(
        session,
        actor=actor,
        action="user.create",
        target=name,
        detail={"role": Role(role).value, "display_name": user.display_name},
        ip=ip,
    )
    session.commit()
    session.refresh(user)
    return user


def set_role(
    session: Session, *, username: str, role: Role, actor: str | None, ip: str | None = None
) -> User:
    user = get_user(session, username=username)
    before = user.role_enum
    user.role = Role(role)
    session.add(user)
    audit.record(
        session,
        actor=actor,
        action="user.set_role",
        target=user.username,
        detail={"from": before.value, "to": Role(role).value},
        ip=ip,
    )
    session.commit()
    session.refresh(user)
    return user


def end_all_sessions(session: Session, *, user_id: int) -> None:
    session.exec(delete(AuthSession).where(col(AuthSession.user_id) == user_id))


def set_disabled(
    session: Session,
    *,
    username: str,
    disabled: bool,
    actor: str | None,
    ip: str | None = None,
) -> User:
    """Disabling ends every session at once and makes every token useless."""
    user = get_user(session, username=username)
    user.disabled = disabled
    session.add(user)
    if disabled and user.id is not None:
        end_all_sessions(session, user_id=user.id)
        now = utcnow()
        for token in session.exec(
            select(ApiToken).where(ApiToken.user_id == user.id, col(ApiToken.revoked_at).is_(None))
        ):
            token.revoked_at = now
            session.add(token)
    audit.record(
        session,
        actor=actor,
        action="user.disable" if disabled else "user.enable",
        target=user.username,
        detail={},
        ip=ip,
    )
    session.commit()
    session.refresh(user)
    return user


def reset_password(
    session: Session, *, username: str, password: str, actor: str | None, ip: str | None = None
) -> User:
    """A new password ends the user's sessions (a stolen one stops working)."""
    user = get_user(session, username=username)
    user.password_hash = passwords.hash_password(password)
    session.add(user)
    if user.id is not None:
        end_all_sessions(session, user_id=user.id)
    audit.record(
        session, actor=actor, action="user.reset_password", target=user.username, detail={}, ip=ip
    )
    session.commit()
    session.refresh(user)
    return user
