"""Upload jobs and files made to agree with the document store, which is the truth.

A process can die (kill -9, power cut) or fail (disk full) at any point of an
upload: before the document's rows commit, between that commit and the index,
after it. Whatever happened, the database says whether the document is stored,
so at start-up (and after a failed job) a job is settled by it: ``done`` when
its content is stored, ``failed`` otherwise; a replacement's document points at
a file holding its stored content again; files no document and no live job
uses are removed, each with a log line.
"""

from __future__ import annotations

import glob
import hashlib
import logging
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from kmportal.docstore import generation
from kmportal.docstore.jobs import JobAction, JobStatus, UploadJob, utcnow
from kmportal.docstore.models import Document
from kmportal.messages import Message, bilingual, msg
from kmportal.uploads import documents
from kmportal.uploads.instance import owner_gone
from kmportal.uploads.storage import UploadStore

log = logging.getLogger(__name__)

# Beside a replacement's new file: the path the document pointed at before, so
# a replacement killed before its commit can point the document back.
PREVIOUS = ".previous"


@dataclass
class Reconciled:
    done: list[str] = field(default_factory=list)  # job ids settled as done
    failed: list[str] = field(default_factory=list)
    repointed: list[str] = field(default_factory=list)  # document ids
    removed: list[Path] = field(default_factory=list)  # files swept


def settle(engine: Engine, job: UploadJob) -> tuple[JobStatus, Message]:
    """What the database says became of ``job``."""
    if job.action == JobAction.removal:
        if documents.document_exists(engine, job.doc_id):
            return JobStatus.failed, msg("uploads.interrupted")
        return JobStatus.done, msg("uploads.removed", doc_id=job.doc_id)
    if job.sha256 and documents.content_hash(engine, job.doc_id) == job.sha256:
        return JobStatus.done, msg("uploads.stored_anyway", doc_id=job.doc_id)
    return JobStatus.failed, msg("uploads.interrupted")


def reconcile(engine: Engine, store: UploadStore) -> Reconciled:
    """At start-up, before any new job: settle every unfinished job of a server
    that is gone (:mod:`kmportal.uploads.instance`; another live server's jobs
    are its own), point every uploaded document at a file with its content,
    sweep what is left over."""
    out = Reconciled()
    store.ensure()
    for leftover in sorted(store.incoming.iterdir()):
        store.discard(leftover)
        log.info("removed a half-received upload left by a previous run: %s", leftover.name)
    settle_gone(engine, out, at_start=True)
    out.repointed = repoint(engine, store)
    out.removed = sweep(engine, store)
    return out


def settle_gone(
    engine: Engine, out: Reconciled | None = None, *, at_start: bool = False
) -> Reconciled:
    """Settle the unfinished jobs of servers that are gone (at start-up, and
    every heartbeat: a server that died beside this one leaves its jobs here).
    A job settled as done was stored after all: the index generation moves so
    every server's search shows it."""
    out = out if out is not None else Reconciled()
    with Session(engine) as session:
        stmt = select(UploadJob).where(
            col(UploadJob.status).not_in([JobStatus.done, JobStatus.failed])
        )
        unfinished = [job for job in session.exec(stmt) if owner_gone(job, at_start=at_start)]
        if not unfinished:
            return out
        for job in unfinished:
            status, message = settle(engine, job)
            job.status = status
            job.message = bilingual(message)
            job.updated_at = utcnow()
            session.add(job)
            (out.done if status == JobStatus.done else out.failed).append(job.id)
            log.warning(
                "upload job %s (%s %s) left unfinished by %s, which is gone: %s",
                job.id,
                job.action,
                job.doc_id,
                job.instance or "a previous run",
                status,
            )
        session.commit()
    if out.done:
        generation.bump(engine)
    return out


def repoint(engine: Engine, store: UploadStore) -> list[str]:
    """Documents pointing at an uploaded file that does not hold their stored
    content (a replacement interrupted before its commit) point back at the one
    that does."""
    fixed = []
    with Session(engine) as session:
        docs = list(session.exec(select(Document.id, Document.source_path, Document.content_hash)))
    for doc_id, source, digest in docs:
        if not store.owns(source) or _digest(Path(source)) == digest:
            continue
        before = _read(Path(source).parent / PREVIOUS)
        found = [Path(before)] if before else []
        found += sorted(store.files.glob(f"*/{glob.escape(doc_id)}.*"))
        match = next((p for p in found if _digest(p) == digest), None)
        if match is None:
            log.warning("document %s points at %s, which does not hold it", doc_id, source)
            continue
        documents.set_source_path(engine, doc_id, str(match))
        fixed.append(doc_id)
        log.warning("document %s points at its stored file %s again", doc_id, match)
    return fixed


def sweep(engine: Engine, store: UploadStore, *, keep: set[Path] | None = None) -> list[Path]:
    """Remove kept upload files that no document uses and no job still needs."""
    with Session(engine) as session:
        used = {Path(p).resolve() for p in session.exec(select(Document.source_path))}
        live = session.exec(
            select(UploadJob.stored_path).where(
                col(UploadJob.status).not_in([JobStatus.done, JobStatus.failed])
            )
        )
        used |= {(store.root / p).resolve() for p in live if p}
    used |= keep or set()
    removed: list[Path] = []
    if not store.files.is_dir():
        return removed
    for folder in sorted(store.files.iterdir()):
        files = [p for p in folder.iterdir() if p.name != PREVIOUS] if folder.is_dir() else []
        if any(p.resolve() in used for p in files):
            continue
        for path in files or [folder]:
            log.warning("removed an upload no document uses: %s", path.relative_to(store.root))
            removed.append(path)
        store.discard(files[0] if files else folder / PREVIOUS)
    return removed


def remember_previous(stored: Path, previous: str) -> None:
    (stored.parent / PREVIOUS).write_text(previous, encoding="utf-8")


def forget_previous(stored: Path) -> None:
    (stored.parent / PREVIOUS).unlink(missing_ok=True)


def _read(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8").strip() or None
    except OSError:
        return None


def _digest(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None
