"""Domain exceptions. Each carries the HTTP status the web layer answers with,
so one handler can render HTML or JSON and the CLI can map them to exit codes."""

from __future__ import annotations


class KmportalError(Exception):
    status_code = 500
    exit_code = 1

    def __init__(self, message: str, *, detail: object | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail


class BadInput(KmportalError):
    """The caller sent something we cannot work with (empty query, bad numbers...)."""

    status_code = 422
    exit_code = 2


class NotFound(KmportalError):
    status_code = 404
    exit_code = 3


class Conflict(KmportalError):
    status_code = 409
    exit_code = 4


class UnsupportedFile(BadInput):
    """A file kmportal cannot ingest: wrong type, corrupt, empty, not text."""

    status_code = 415


class IndexUnavailable(KmportalError):
    """The index on disk does not match the database and could not be rebuilt."""

    status_code = 503
    exit_code = 5
