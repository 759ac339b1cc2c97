"""Accounts, roles, CSRF and security headers for the portal.

The contract other web modules code against:

* ``CurrentUserDep`` — the signed-in :class:`kmportal.auth.models.User`, or None.
  A request with ``Authorization: Bearer <token>`` is that token's user (an
  invalid or revoked token is 401); otherwise the session cookie's.
* ``require_role(role)`` — a dependency answering the user when their role is at
  least ``role`` (viewer < coordinator < admin); nobody signed in is 401 (a page
  GET redirects to ``/login?next=...``), a lower role 403. ``ViewerDep``,
  ``CoordinatorDep`` and ``AdminDep`` are the three as ``Annotated`` aliases::

      @router.post("/admin/documents")
      def upload(request: Request, admin: AdminDep) -> Response: ...

* CSRF: the middleware refuses (403) every POST/PUT/PATCH/DELETE without the
  token or from another site's ``Origin``; Bearer requests are exempt. Forms put
  ``{{ csrf_field() }}`` FIRST in the form (the middleware only looks at the
  first 64 KB of a multipart body); htmx requests send the ``X-CSRF-Token``
  header that ``base.html`` sets with ``hx-headers`` on ``<body>`` — for a
  multipart upload the header is the reliable way. ``csrf_token()`` is the raw
  token (for a ``fetch``: send it as ``X-CSRF-Token``).
* Audit: ``kmportal.auth.audit.record(session, *, actor, action, target, detail,
  ip)`` adds an entry to the append-only trail (commit with your change);
  ``client_ip(request)`` is the address to record.
* ``kmportal.web.upload_routes.router``, when that module exists, is included
  by ``create_app``; protect each route with ``AdminDep``.
"""

from __future__ import annotations

from kmportal.auth.models import Role, User
from kmportal.web.security.current import (
    READ_ACCESS,
    AdminDep,
    CoordinatorDep,
    CurrentUserDep,
    LoginRequired,
    ReadAccessDep,
    ViewerDep,
    client_ip,
    require_role,
    resolve_user,
)

__all__ = [
    "READ_ACCESS",
    "AdminDep",
    "CoordinatorDep",
    "CurrentUserDep",
    "LoginRequired",
    "ReadAccessDep",
    "Role",
    "User",
    "ViewerDep",
    "client_ip",
    "require_role",
    "resolve_user",
]
