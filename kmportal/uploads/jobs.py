"""Reading and writing job rows. Each call is its own short transaction, so the
worker thread and the polling page never hold the database for long."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from kmportal.docstore.jobs import JobAction, JobStatus, UploadJob, utcnow
from kmportal.errors import NotFound
from kmportal.messages import msg
from kmportal.uploads.instance import this_instance

RECENT_JOBS = 20


def create_job(
    engine: Engine,
    *,
    action: JobAction,
    doc_id: str,
    actor: str | None,
    status: JobStatus = JobStatus.checking,
    **values: Any,
) -> UploadJob:
    job = UploadJob(
        id=uuid.uuid4().hex,
        action=action,
        doc_id=doc_id,
        actor=actor,
        status=status,
        instance=this_instance().id,
        heartbeat_at=utcnow(),
        **values,
    )
    with Session(engine) as session:
        session.add(job)
        session.commit()
        session.refresh(job)
        session.expunge(job)
    return job


def update_job(engine: Engine, job_id: str, **values: Any) -> UploadJob:
    with Session(engine) as session:
        job = session.get(UploadJob, job_id)
        if job is None:
            raise NotFound(msg("uploads.no_job", job_id=job_id))
        for name, value in values.items():
            setattr(job, name, value)
        job.updated_at = utcnow()
        session.add(job)
        session.commit()
        session.refresh(job)
        session.expunge(job)
    return job


def get_job(engine: Engine, job_id: str) -> UploadJob:
    with Session(engine) as session:
        job = session.get(UploadJob, job_id)
        if job is None:
            raise NotFound(msg("uploads.no_job", job_id=job_id))
        session.expunge(job)
    return job


def recent_jobs(engine: Engine, *, limit: int = RECENT_JOBS) -> list[UploadJob]:
    with Session(engine) as session:
        stmt = select(UploadJob).order_by(col(UploadJob.created_at).desc()).limit(limit)
        jobs = list(session.exec(stmt))
        for job in jobs:
            session.expunge(job)
    return jobs
