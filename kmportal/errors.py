"""Domain exceptions. Each carries the HTTP status the web layer answers with,
so one handler can render HTML or JSON and the CLI can map them to exit codes.

The message is a :class:`kmportal.messages.Message` (a catalogue key and its
parameters) or literal text; ``fields`` maps form or body fields to their own
messages. Pages and the API render them in the reader's language
(:meth:`KmportalError.text`, :meth:`KmportalError.field_texts`); the CLI and
the logs use :attr:`KmportalError.message`, the one fixed bilingual format.
"""

from __future__ import annotations

from collections.abc import Mapping

from kmportal.messages import Text, bilingual, render


class KmportalError(Exception):
    status_code = 500
    exit_code = 1
    headers: Mapping[str, str] = {}

    def __init__(
        self,
        message: Text,
        *,
        fields: Mapping[str, Text] | None = None,
        detail: object | None = None,
    ) -> None:
        super().__init__(bilingual(message))
        self.msg = message
        self.fields: dict[str, Text] = dict(fields or {})
        self.detail = detail

    @property
    def message(self) -> str:
        """``ไทย (English)``: for the CLI, logs and stored job messages."""
        return bilingual(self.msg)

    def text(self, lang: str) -> str:
        return render(self.msg, lang)

    def field_texts(self, lang: str) -> dict[str, str]:
        return {name: render(value, lang) for name, value in self.fields.items()}


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


class TooLarge(KmportalError):
    """A body or file passed its size limit; answered before the rest is read."""

    status_code = 413
    exit_code = 2


class IndexUnavailable(KmportalError):
    """The index on disk does not match the database and could not be rebuilt."""

    status_code = 503
    exit_code = 5


class DatabaseUnusable(KmportalError):
    """The database cannot be opened or its schema brought up to date (a wrong
    URL, a newer release's database, a failed migration); nothing was changed."""

    status_code = 503
    exit_code = 6
