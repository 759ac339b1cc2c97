"""Password hashing with argon2id (memory-hard), and the password rules."""

from __future__ import annotations

from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from kmportal.errors import BadInput
from kmportal.messages import msg

MIN_LENGTH = 12
MAX_LENGTH = 1024  # argon2 takes any length; a cap keeps hashing cheap to refuse

# argon2-cffi's defaults are RFC 9106's low-memory profile (argon2id, 64 MiB).
_HASHER = PasswordHasher()


@cache
def _dummy_hash() -> str:
    """Verified against when the account does not exist, so a wrong user name
    costs as much time as a wrong password and reveals nothing. Made on first
    use: hashing takes a fifth of a second that start-up need not spend."""
    return _HASHER.hash("not a real password, only for timing")


def check_rules(password: str) -> None:
    if len(password) < MIN_LENGTH:
        raise BadInput(msg("auth.password.too_short", n=MIN_LENGTH))
    if len(password) > MAX_LENGTH:
        raise BadInput(msg("auth.password.too_long", n=MAX_LENGTH))


def hash_password(password: str) -> str:
    check_rules(password)
    return _HASHER.hash(password)


def verify(password_hash: str | None, password: str) -> bool:
    if len(password) > MAX_LENGTH:
        return False
    try:
        matches = _HASHER.verify(password_hash or _dummy_hash(), password)
        return matches and password_hash is not None
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(password_hash: str) -> bool:
    return _HASHER.check_needs_rehash(password_hash)
