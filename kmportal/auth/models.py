"""Tables of accounts and their sessions, tokens, login attempts and audit trail.

Secrets (passwords, session ids, API tokens) are never stored: only an argon2id
hash (passwords) or a SHA-256 digest (random 256-bit session ids and tokens).
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from sqlalchemy import Text
from sqlmodel import Field, SQLModel

from kmportal.tables import append_only


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Role(StrEnum):
    """viewer < coordinator < admin; each role can do everything the lower ones can."""

    viewer = "viewer"
    coordinator = "coordinator"
    admin = "admin"

    @property
    def rank(self) -> int:
        return _RANK[self]

    def allows(self, needed: Role) -> bool:
        return self.rank >= needed.rank


_RANK = {Role.viewer: 1, Role.coordinator: 2, Role.admin: 3}


class User(SQLModel, table=True):
    __tablename__ = "auth_user"

    id: int | None = Field(default=None, primary_key=True)
    username: str = Field(index=True, unique=True, max_length=64)
    display_name: str = Field(default="", max_length=200)
    role: Role = Field(default=Role.viewer)
    password_hash: str = Field(sa_type=Text)
    disabled: bool = Field(default=False)
    created_at: dt.datetime = Field(default_factory=utcnow)

    @property
    def role_enum(self) -> Role:
        # Rows loaded back from SQLite may hold the plain string.
        return Role(self.role)


class AuthSession(SQLModel, table=True):
    __tablename__ = "auth_session"

    id_hash: str = Field(primary_key=True, max_length=64)
    user_id: int = Field(foreign_key="auth_user.id", index=True)
    created_at: dt.datetime = Field(default_factory=utcnow)
    last_seen_at: dt.datetime = Field(default_factory=utcnow)
    ip: str | None = None


class ApiToken(SQLModel, table=True):
    __tablename__ = "auth_api_token"

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="auth_user.id", index=True)
    name: str = Field(max_length=100)
    token_hash: str = Field(index=True, unique=True, max_length=64)
    prefix: str = Field(max_length=16, description="first characters, to recognise a token")
    created_at: dt.datetime = Field(default_factory=utcnow)
    last_used_at: dt.datetime | None = None
    revoked_at: dt.datetime | None = None


class LoginAttempt(SQLModel, table=True):
    __tablename__ = "auth_login_attempt"

    id: int | None = Field(default=None, primary_key=True)
    username: str = Field(index=True, max_length=200)
    ip: str | None = Field(default=None, index=True)
    at: dt.datetime = Field(default_factory=utcnow, index=True)
    success: bool = False


class AuditEntry(SQLModel, table=True):
    """Who did what to which target, when and from where. Append-only."""

    __tablename__ = "security_audit"

    id: int | None = Field(default=None, primary_key=True)
    at: dt.datetime = Field(default_factory=utcnow, index=True)
    actor: str | None = Field(default=None, max_length=200)
    action: str = Field(index=True, max_length=64)
    target: str = Field(default="", max_length=500)
    detail: str = Field(default="{}", sa_type=Text, description="JSON")
    ip: str | None = None


append_only(
    AuditEntry.__table__,  # type: ignore[attr-defined]
    message="the security audit trail is append-only",
)
