"""Everything under ``/admin`` (admins only): accounts, the security audit trail
(with CSV export), and the documents of the corpus (upload, replace, remove, and
the job progress partial; the upload itself is :mod:`kmportal.web.admin_uploads`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse
from sqlmodel import Session
from starlette.responses import Response

from kmportal import messages
from kmportal.auth import audit, users
from kmportal.auth.models import Role, User
from kmportal.docstore.models import DocKind
from kmportal.errors import BadInput, Conflict, NotFound
from kmportal.messages import Message, Text, msg
from kmportal.uploads import documents
from kmportal.web import admin_uploads
from kmportal.web.admin_uploads import RunnerDep
from kmportal.web.deps import AdminDep, DbDep
from kmportal.web.security.current import client_ip
from kmportal.web.templating import is_htmx, render, request_lang

router = APIRouter(prefix="/admin", include_in_schema=False)

AUDIT_PAGE = 100


def _users_page(
    request: Request,
    session: Session,
    *,
    message: str = "",
    error: Text = "",
    form: dict[str, str] | None = None,
    status_code: int = 200,
) -> Response:
    return render(
        request,
        "admin/users.html",
        {
            "users": users.list_users(session),
            "roles": list(Role),
            "message": message,
            "error": messages.render(error, request_lang(request)),
            "form": form or {},
        },
        status_code=status_code,
    )


@router.get("/users")
def users_page(request: Request, admin: AdminDep, session: DbDep) -> Response:
    return _users_page(request, session)


@router.post("/users")
def create_user(
    request: Request,
    admin: AdminDep,
    session: DbDep,
    username: Annotated[str, Form(max_length=200)] = "",
    display_name: Annotated[str, Form(max_length=200)] = "",
    role: Annotated[Role, Form()] = Role.viewer,
    password: Annotated[str, Form(max_length=2048)] = "",
) -> Response:
    try:
        users.create_user(
            session,
            username=username,
            display_name=display_name,
            role=role,
            password=password,
            actor=admin.username,
            ip=client_ip(request),
        )
    except (BadInput, Conflict) as exc:
        session.rollback()
        form = {"username": username, "display_name": display_name, "role": role.value}
        return _users_page(
            request,
            session,
            error=exc.msg,
            form=form,
            status_code=exc.status_code,
        )
    return RedirectResponse("/admin/users", status_code=303)


def _change(
    request: Request,
    session: Session,
    action: Callable[[], object],
    *,
    refused: Message | None = None,
) -> Response:
    """Run one account change and go back to the list, or show why it was refused."""
    if refused is not None:
        return _users_page(request, session, error=refused, status_code=409)
    try:
        action()
    except (BadInput, NotFound) as exc:
        session.rollback()
        return _users_page(request, session, error=exc.msg, status_code=exc.status_code)
    return RedirectResponse("/admin/users", status_code=303)


def _by(request: Request, admin: User) -> dict[str, str | None]:
    """Who makes an account change, as the audit trail records it."""
    return {"actor": admin.username, "ip": client_ip(request)}


@router.post("/users/{username}/role")
def set_role(
    request: Request,
    username: str,
    admin: AdminDep,
    session: DbDep,
    role: Annotated[Role, Form()],
) -> Response:
    own = username == admin.username and role is not Role.admin
    return _change(
        request,
        session,
        lambda: users.set_role(session, username=username, role=role, **_by(request, admin)),
        refused=msg("admin.users.own_role") if own else None,
    )


@router.post("/users/{username}/disable")
@router.post("/users/{username}/enable")
def set_disabled(request: Request, username: str, admin: AdminDep, session: DbDep) -> Response:
    disable = request.url.path.endswith("/disable")
    own = disable and username == admin.username
    return _change(
        request,
        session,
        lambda: users.set_disabled(
            session, username=username, disabled=disable, **_by(request, admin)
        ),
        refused=msg("admin.users.own_disable") if own else None,
    )


@router.post("/users/{username}/password")
def reset_password(
    request: Request,
    username: str,
    admin: AdminDep,
    session: DbDep,
    password: Annotated[str, Form(max_length=2048)] = "",
) -> Response:
    return _change(
        request,
        session,
        lambda: users.reset_password(
            session, username=username, password=password, **_by(request, admin)
        ),
    )


@router.get("/audit")
def audit_page(
    request: Request,
    admin: AdminDep,
    session: DbDep,
    action: str = "",
    page: int = 0,
) -> Response:
    page = max(0, page)
    entries = audit.list_entries(
        session, action=action or None, limit=AUDIT_PAGE + 1, offset=page * AUDIT_PAGE
    )
    return render(
        request,
        "admin/audit.html",
        {
            "entries": entries[:AUDIT_PAGE],
            "more": len(entries) > AUDIT_PAGE,
            "page": page,
            "action": action,
        },
    )


@router.get("/audit.csv")
def audit_csv(admin: AdminDep, session: DbDep, action: str = "") -> Response:
    entries = audit.list_entries(session, action=action or None, limit=1_000_000)
    return Response(
        audit.to_csv(entries),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": 'attachment; filename="kmportal-audit.csv"'},
    )


# --- documents -------------------------------------------------------------------


@router.get("/documents")
def documents_page(request: Request, admin: AdminDep, runner: RunnerDep) -> Response:
    return render(
        request,
        "admin/uploads.html",
        {
            "documents": documents.list_documents(
                runner.engine, uploads_root=str(runner.store.files)
            ),
            "jobs": runner.recent_jobs(),
            "kinds": list(DocKind),
            "max_mb": f"{runner.settings.upload_max_bytes / (1024 * 1024):g}",
        },
        partial="admin/_upload_documents.html",
    )


@router.post("/documents")
async def upload_document(request: Request, admin: AdminDep, runner: RunnerDep) -> Response:
    return await admin_uploads.upload(request, admin, runner, replace_id=None)


@router.post("/documents/{doc_id}/replace")
async def replace_document(
    request: Request, doc_id: str, admin: AdminDep, runner: RunnerDep
) -> Response:
    if not documents.document_exists(runner.engine, doc_id):
        raise NotFound(msg("docs.not_found", doc_id=doc_id))
    return await admin_uploads.upload(request, admin, runner, replace_id=doc_id)


@router.post("/documents/{doc_id}/remove")
def remove_document(request: Request, doc_id: str, admin: AdminDep, runner: RunnerDep) -> Response:
    if not documents.document_exists(runner.engine, doc_id):
        raise NotFound(msg("docs.not_found", doc_id=doc_id))
    return admin_uploads.remove(request, admin, runner, doc_id=doc_id)


@router.get("/documents/jobs/{job_id}")
def job_progress(request: Request, job_id: str, admin: AdminDep, runner: RunnerDep) -> Response:
    job = runner.job(job_id)
    if not is_htmx(request):
        return render(request, "admin/upload_job.html", {"job": job, "poll": True})
    return admin_uploads.job_response(request, job)
