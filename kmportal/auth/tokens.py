"""Random opaque secrets (session ids, API tokens) and their stored digests."""

from __future__ import annotations

import hashlib
import secrets


def new_secret(prefix: str = "") -> str:
    return prefix + secrets.token_urlsafe(32)


def digest(secret: str) -> str:
    """SHA-256 is right here: the secret is 256 random bits, not a password."""
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()
