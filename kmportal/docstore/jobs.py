"""The job table: one row per upload, replacement or removal, polled by the page."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from sqlalchemy import Text
from sqlmodel import Field, SQLModel


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class JobStatus(StrEnum):
    checking = "checking"  # the file's content is being checked
    queued = "queued"  # checked, waiting for the ingest worker
    running = "running"
    done = "done"
    failed = "failed"

    @property
    def finished(self) -> bool:
        return self in (JobStatus.done, JobStatus.failed)


class JobAction(StrEnum):
    upload = "upload"
    replacement = "replace"
    removal = "remove"


class UploadJob(SQLModel, table=True):
    __tablename__ = "upload_job"

    id: str = Field(primary_key=True, max_length=32)
    action: JobAction
    doc_id: str = Field(index=True, max_length=200)
    original_name: str = Field(default="", max_length=255, description="As sent; data only")
    stored_path: str = Field(default="", description="Generated path inside the upload folder")
    size: int = 0
    sha256: str = Field(default="", max_length=64)
    kind: str | None = None
    status: JobStatus = Field(default=JobStatus.checking, index=True)
    files_total: int = 0
    files_done: int = 0
    chunks_done: int = 0
    message: str = Field(default="", sa_type=Text)
    actor: str | None = Field(default=None, max_length=200)
    created_at: dt.datetime = Field(default_factory=utcnow, index=True)
    updated_at: dt.datetime = Field(default_factory=utcnow)
    # The server that runs the job (host/pid/start) and when it last said it
    # still does: a restart settles only jobs of servers that are gone.
    instance: str | None = Field(default=None, max_length=200, index=True)
    heartbeat_at: dt.datetime | None = None

    @property
    def status_enum(self) -> JobStatus:
        return JobStatus(self.status)

    @property
    def finished(self) -> bool:
        return self.status_enum.finished
