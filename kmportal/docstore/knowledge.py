"""Knowledge notes written by staff: categories, notes, every version of each
note, the review trail and attachments (the services are in
:mod:`kmportal.knowledge`).

A note has one *working* version (the latest, which goes through review) and
at most one *published* version (what every signed-in reader sees). Revising a
published note makes a new working version in ``draft``; the published one
stays until a coordinator publishes the revision. ``revision`` counts every
change to the note: an edit names the revision it was made from, and one made
from an older revision is refused (optimistic check) instead of overwriting
someone else's work.

Versions and review events are never changed or deleted (the database refuses).
"""

from __future__ import annotations

import datetime as dt
import json
from enum import StrEnum

from sqlalchemy import Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from kmportal.tables import append_only


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class NoteState(StrEnum):
    """The review state of a note's working version."""

    draft = "draft"  # being written: only its author sees it
    submitted = "submitted"  # waiting for a coordinator
    returned = "returned"  # sent back with a comment
    published = "published"  # the working version is the published one
    withdrawn = "withdrawn"  # a coordinator took it out of publication


class ReviewAction(StrEnum):
    create = "create"
    edit = "edit"
    submit = "submit"
    return_ = "return"
    publish = "publish"
    unpublish = "unpublish"


# --- categories ----------------------------------------------------------------


class CategoryBase(SQLModel):
    name: str = Field(max_length=100, description="ชื่อหมวดหมู่")
    description: str = Field(default="", max_length=500)


class KnowledgeCategory(CategoryBase, table=True):
    __tablename__ = "knowledge_category"
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=100, unique=True, index=True)
    created_at: dt.datetime = Field(default_factory=utcnow)


class CategoryCreate(CategoryBase):
    pass


class CategoryUpdate(SQLModel):
    name: str | None = None
    description: str | None = None


class CategoryPublic(CategoryBase):
    id: int
    n_published: int = Field(default=0, description="บันทึกที่เผยแพร่ในหมวดนี้")


# --- notes -------------------------------------------------------------------


class Note(SQLModel, table=True):
    __tablename__ = "knowledge_note"
    id: int | None = Field(default=None, primary_key=True)
    author_id: int = Field(foreign_key="auth_user.id", index=True)
    state: NoteState = Field(default=NoteState.draft, index=True)
    revision: int = Field(default=1, description="Counts every change; the optimistic check")
    working_version: int = Field(default=1, description="Number of the version under review")
    published_version: int | None = Field(default=None, description="Number of what readers see")
    published_at: dt.datetime | None = Field(
        default=None, index=True, description="When the note went into publication"
    )
    created_at: dt.datetime = Field(default_factory=utcnow)
    updated_at: dt.datetime = Field(default_factory=utcnow)


class NoteVersion(SQLModel, table=True):
    __tablename__ = "knowledge_note_version"
    __table_args__ = (UniqueConstraint("note_id", "number", name="uq_note_version"),)
    id: int | None = Field(default=None, primary_key=True)
    note_id: int = Field(foreign_key="knowledge_note.id", index=True)
    number: int
    title: str = Field(max_length=500)
    body: str = Field(sa_type=Text)
    category_id: int | None = Field(default=None, foreign_key="knowledge_category.id")
    tags: str = Field(default="[]", description="JSON list of tags")
    author_id: int = Field(foreign_key="auth_user.id", description="Who wrote this version")
    created_at: dt.datetime = Field(default_factory=utcnow)

    @property
    def tag_list(self) -> list[str]:
        value = json.loads(self.tags or "[]")
        return [str(t) for t in value] if isinstance(value, list) else []


class NoteEvent(SQLModel, table=True):
    """The review trail: who did what to which version, and the reviewer's comment."""

    __tablename__ = "knowledge_note_event"
    id: int | None = Field(default=None, primary_key=True)
    note_id: int = Field(foreign_key="knowledge_note.id", index=True)
    version: int
    action: ReviewAction
    actor_id: int = Field(foreign_key="auth_user.id")
    comment: str = Field(default="", sa_type=Text)
    at: dt.datetime = Field(default_factory=utcnow, index=True)


class NoteAttachment(SQLModel, table=True):
    """A file attached to a note while ``version`` was its working version:
    readers see it once that version (or a later one) is published."""

    __tablename__ = "knowledge_attachment"
    id: int | None = Field(default=None, primary_key=True)
    note_id: int = Field(foreign_key="knowledge_note.id", index=True)
    version: int
    stored_name: str = Field(unique=True, max_length=200, description="Generated")
    original_name: str = Field(max_length=255, description="As sent; shown as text only")
    size: int = 0
    uploaded_by: int = Field(foreign_key="auth_user.id")
    created_at: dt.datetime = Field(default_factory=utcnow)


append_only(
    NoteVersion.__table__,  # type: ignore[attr-defined]
    message="ฉบับของบันทึกความรู้แก้ไขหรือลบไม่ได้",
)
append_only(
    NoteEvent.__table__,  # type: ignore[attr-defined]
    message="ประวัติการตรวจบันทึกความรู้แก้ไขหรือลบไม่ได้",
)
