"""No secret in any log line of the whole test run.

``tests/conftest.py`` records every secret the run makes or types — each random
token ``kmportal.auth.tokens`` draws (session ids, API tokens, CSRF tokens) and
each password hashed or checked — and sends every log record of the run, as
``kmportal serve`` formats it, to one file. At the end, :func:`leaks` looks for
those secrets in that file and in the logs of every ``kmportal serve`` the tests
started (:data:`SERVER_LOGS`), where it also looks for anything shaped like a
token, since the server's own secrets are never seen by this process."""

from __future__ import annotations

import re
from pathlib import Path

SERVER_LOGS: list[Path] = []  # helpers.server.start adds each server's log
MIN_PASSWORD = 12  # shorter ones are refused before they are ever hashed

# A random token is 43 characters of the URL-safe alphabet (token_urlsafe(32)).
TOKEN_LENGTH = 43
RUN = re.compile(rf"[A-Za-z0-9_-]{{{TOKEN_LENGTH},}}")
TOKEN_SHAPED = re.compile(
    rf"kmp_[A-Za-z0-9_-]{{20,}}|(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{{{TOKEN_LENGTH}}}(?![A-Za-z0-9_-])"
)


class Secrets:
    def __init__(self) -> None:
        self.tokens: set[str] = set()
        self.passwords: set[str] = set()

    def token(self, value: str) -> str:
        self.tokens.add(value)
        return value

    def password(self, value: str | bytes) -> None:
        text = value.decode("utf-8", "replace") if isinstance(value, bytes) else value
        if len(text) >= MIN_PASSWORD:
            self.passwords.add(text)


SECRETS = Secrets()  # the run's own, filled by tests/conftest.py


def _mask(secret: str) -> str:
    return secret[:4] + "…"


def leaks(text: str, secrets: Secrets, *, shaped: bool = False) -> list[str]:
    """The secrets found in ``text`` (masked); with ``shaped``, anything that
    looks like a token too."""
    found = [f"password {_mask(p)}" for p in secrets.passwords if p in text]
    for run in RUN.findall(text):
        for i in range(len(run) - TOKEN_LENGTH + 1):
            if run[i : i + TOKEN_LENGTH] in secrets.tokens:
                found.append(f"token {_mask(run[i : i + TOKEN_LENGTH])}")
    if shaped:
        found += [f"token-shaped {_mask(m)}" for m in TOKEN_SHAPED.findall(text)]
    return found
