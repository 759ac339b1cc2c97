"""Who may see and change what, in one place.

* Everyone signed in sees a note's **published** version, and nothing else of it.
* Its **author** sees and edits the working version in every state.
* **Coordinators** (and admins) see the working version once it has been
  submitted (never a draft nobody has asked them to read), and review it.

A note nobody may see answers "not found", as if it did not exist.
"""

from __future__ import annotations

from dataclasses import dataclass

from kmportal.auth.models import Role, User
from kmportal.docstore.knowledge import Note, NoteState
from kmportal.errors import KmportalError, NotFound
from kmportal.messages import msg


class NotAllowed(KmportalError):
    """Signed in and allowed to see it, but not to do this to it."""

    status_code = 403


@dataclass(frozen=True)
class Reader:
    user_id: int
    name: str
    coordinator: bool

    @classmethod
    def of(cls, user: User) -> Reader:
        assert user.id is not None
        return cls(
            user_id=user.id,
            name=user.display_name or user.username,
            coordinator=user.role_enum.allows(Role.coordinator),
        )


def sees_working(note: Note, reader: Reader) -> bool:
    """May ``reader`` see the version under review (and the note's history)?"""
    if note.author_id == reader.user_id:
        return True
    return reader.coordinator and NoteState(note.state) is not NoteState.draft


def shown_version(note: Note, reader: Reader) -> int:
    """The version ``reader`` sees; NotFound when there is none for them."""
    if sees_working(note, reader):
        return note.working_version
    if note.published_version is None:
        raise NotFound(msg("knowledge.error.note_not_found", id=note.id))
    return note.published_version


def require_author(note: Note, reader: Reader) -> None:
    shown_version(note, reader)
    if note.author_id != reader.user_id:
        raise NotAllowed(msg("knowledge.error.author_only"))


def require_coordinator(note: Note, reader: Reader) -> None:
    shown_version(note, reader)
    if not reader.coordinator:
        raise NotAllowed(msg("knowledge.error.coordinator_only"))
