"""What the admin document routes (:mod:`kmportal.web.routes.admin`) do: the
app's one upload runner, an upload from request to job, and the runner's part of
the app's start and shutdown.

The upload body is read as a stream (``request.stream()``) and handed to
:mod:`kmportal.uploads.receive`, which refuses it (413) the moment it passes the
limit; everything else (checks, storage, the background ingest) is in
:mod:`kmportal.uploads`.
"""

from __future__ import annotations

import concurrent.futures as cf
import logging
import threading
from typing import Annotated, Any

import anyio
from fastapi import Depends, Request
from fastapi.responses import RedirectResponse
from sqlalchemy.engine import Engine
from starlette.responses import Response

from kmportal.auth.models import User
from kmportal.docstore.jobs import UploadJob
from kmportal.docstore.models import DocKind
from kmportal.errors import KmportalError
from kmportal.faults import cause_of
from kmportal.settings import Settings
from kmportal.uploads import documents, errors, evidence
from kmportal.uploads.audit import audit
from kmportal.uploads.instance import Heartbeat
from kmportal.uploads.names import doc_id_from_name
from kmportal.uploads.receive import ReceivedUpload, receive_upload
from kmportal.uploads.reconcile import settle_gone
from kmportal.uploads.runner import CheckOutcome, UploadRunner, recover
from kmportal.web.deps import AdminDep, EngineDep, ServiceDep, SettingsDep
from kmportal.web.security.current import client_ip
from kmportal.web.templating import is_htmx, render

# How long an upload request waits for the content check before answering with
# the job's progress instead: quick refusals come back at once, a slow PDF
# carries on in the background.
ANSWER_WAIT = 3.0
CHANGED_EVENT = "kmportal-documents-changed"
_LOCK = threading.Lock()
log = logging.getLogger(__name__)


def start(settings: Settings, engine: Engine, state: object | None = None) -> None:
    """At start-up: settle the document jobs a previous run (or another server
    since gone) left unfinished, delete what it was still receiving (documents
    and KM evidence), and start the heartbeat that tells other servers this
    one's jobs are alive (and settles those of servers that die meanwhile)."""
    if state is not None:
        heartbeat = Heartbeat(engine, also=lambda: settle_gone(engine))
        heartbeat.start()
        state.upload_heartbeat = heartbeat  # type: ignore[attr-defined]
    try:
        recover(settings, engine)
        evidence.clear_incoming(settings.data_dir)
    except Exception as exc:
        # The portal must start even if the upload folder or database cannot be
        # written now (/healthz says so); the next start with a writable data
        # directory settles the jobs.
        cause = cause_of(exc)
        if cause is None:
            log.exception("recovering upload jobs at startup failed")
        else:
            log.warning("upload jobs not settled at startup: %s", cause.error().message)


def stop(state: object) -> None:
    """At shutdown: the runner finishes the job under way and takes no more."""
    runner = getattr(state, "upload_runner", None)
    if isinstance(runner, UploadRunner):
        runner.close()
    heartbeat = getattr(state, "upload_heartbeat", None)
    if isinstance(heartbeat, Heartbeat):
        heartbeat.stop()


def runner_of(state: Any, settings: Settings, engine: Engine, service: object) -> UploadRunner:
    """The app's one runner (and so its one ingest worker), made on first use."""
    with _LOCK:
        runner = getattr(state, "upload_runner", None)
        if runner is None:
            runner = UploadRunner(settings=settings, engine=engine, service=service)
            state.upload_runner = runner
    assert isinstance(runner, UploadRunner)
    return runner


def get_runner(
    request: Request,
    _admin: AdminDep,
    settings: SettingsDep,
    engine: EngineDep,
    service: ServiceDep,
) -> UploadRunner:
    """The runner for the admin's document routes (it needs the search service)."""
    return runner_of(request.app.state, settings, engine, service)


RunnerDep = Annotated[UploadRunner, Depends(get_runner)]


def _wait(future: cf.Future[CheckOutcome], timeout: float) -> CheckOutcome | None:
    done, _ = cf.wait([future], timeout=timeout)
    return future.result() if done else None


def kind_of(value: str) -> DocKind | None:
    if not value:
        return None
    try:
        return DocKind(value)
    except ValueError:
        raise errors.bad_kind(value) from None


def job_response(request: Request, job: UploadJob, *, status_code: int = 200) -> Response:
    if not is_htmx(request):
        return RedirectResponse(f"/admin/documents#job-{job.id}", status_code=303)
    response = render(
        request, "admin/_upload_job.html", {"job": job, "poll": True}, status_code=status_code
    )
    if job.finished:
        response.headers["HX-Trigger"] = CHANGED_EVENT
    return response


async def upload(
    request: Request, admin: User, runner: UploadRunner, *, replace_id: str | None
) -> Response:
    actor, ip = admin.username, client_ip(request)
    target = replace_id or ""
    received: ReceivedUpload | None = None
    try:
        received = await receive_upload(
            request.stream(),
            content_type=request.headers.get("content-type"),
            content_length=request.headers.get("content-length"),
            store=runner.store,
            max_bytes=runner.settings.upload_max_bytes,
        )
        kind = kind_of(received.fields.get("kind", ""))
        doc_id = replace_id or doc_id_from_name(received.original_name)
        target = doc_id
        if replace_id is None and documents.document_exists(runner.engine, doc_id):
            if documents.content_hash(runner.engine, doc_id) == received.sha256:
                # "Upload again", as a failed job once said, of what is stored: say so.
                runner.store.discard(received.path)
                present = runner.already_present(received, doc_id=doc_id, actor=actor)
                return job_response(request, present)
            raise errors.exists(doc_id)
        job, future = runner.submit_upload(
            received, doc_id=doc_id, kind=kind, replace=replace_id is not None, actor=actor
        )
    except KmportalError as exc:
        if received is not None:
            runner.store.discard(received.path)
        _audit_refusal(runner, actor, ip, target, exc.message, received)
        raise
    outcome = await anyio.to_thread.run_sync(_wait, future, ANSWER_WAIT)
    if outcome is not None and outcome.refused is not None:
        _audit_refusal(runner, actor, ip, doc_id, outcome.refused.message, received)
        raise outcome.refused
    audit(
        runner.engine,
        actor=actor,
        action="document.replace" if replace_id else "document.upload",
        target=doc_id,
        detail={
            "file": received.original_name,
            "size": received.size,
            "sha256": received.sha256,
            "kind": kind.value if kind else None,
            "job": job.id,
        },
        ip=ip,
    )
    return job_response(request, runner.job(job.id), status_code=202)


def remove(request: Request, admin: User, runner: UploadRunner, *, doc_id: str) -> Response:
    job = runner.submit_remove(doc_id=doc_id, actor=admin.username)
    audit(
        runner.engine,
        actor=admin.username,
        action="document.remove",
        target=doc_id,
        detail={"job": job.id},
        ip=client_ip(request),
    )
    return job_response(request, job, status_code=202)


def _audit_refusal(
    runner: UploadRunner,
    actor: str,
    ip: str | None,
    target: str,
    reason: str,
    received: ReceivedUpload | None,
) -> None:
    detail: dict[str, object] = {"reason": reason}
    if received is not None:
        detail.update(file=received.original_name, size=received.size, sha256=received.sha256)
    audit(
        runner.engine,
        actor=actor,
        action="document.upload_refused",
        target=target,
        detail=detail,
        ip=ip,
    )
