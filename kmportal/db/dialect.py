"""What differs between the two databases kmportal runs on, in one place:
SQLite (the embedded default) and PostgreSQL (the shared system of record of a
portal served by several instances).

The services' queries are dialect-free SQLModel; what is left is how to connect,
how to lock the schema while it changes, and how to tell an operator, in words,
why a PostgreSQL server refused us."""

from __future__ import annotations

import zlib

from sqlalchemy.engine import URL

# The key of the advisory lock held while the schema changes: any fixed 64-bit
# number, the same in every kmportal process sharing the database.
SCHEMA_LOCK_KEY = zlib.crc32(b"kmportal schema")
CONNECT_TIMEOUT = 10  # seconds: an unreachable server is reported, not waited on


def postgresql_url(url: URL) -> URL:
    """``postgresql://`` (what an operator writes) through psycopg 3, the one
    PostgreSQL driver kmportal installs."""
    return url.set(drivername="postgresql+psycopg")


def connect_args(dialect: str) -> dict[str, object]:
    if dialect == "sqlite":
        return {"check_same_thread": False, "timeout": 30}
    return {"connect_timeout": CONNECT_TIMEOUT, "application_name": "kmportal"}


# What a refused connection's message says (every word of a row) → the key of
# the message that names the problem.
_PROBLEMS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("password authentication failed",), "db.pg.auth"),
    (("no password supplied",), "db.pg.auth"),
    (('role "', "does not exist"), "db.pg.auth"),
    (('database "', "does not exist"), "db.pg.no_database"),
    (("could not translate host name",), "db.pg.unreachable"),
    (("connection refused",), "db.pg.unreachable"),
    (("timeout expired",), "db.pg.unreachable"),
    (("no route to host",), "db.pg.unreachable"),
    (("network is unreachable",), "db.pg.unreachable"),
    (("no such file or directory",), "db.pg.unreachable"),  # a missing unix socket
)


def connection_problem(reason: str) -> str | None:
    """The message key naming why PostgreSQL refused a connection, if known."""
    lowered = reason.lower()
    for words, key in _PROBLEMS:
        if all(w in lowered for w in words):
            return key
    return None
