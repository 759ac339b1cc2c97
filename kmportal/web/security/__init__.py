"""Who is asking, and the middleware that guards every request.

Dependencies (re-exported for routes by :mod:`kmportal.web.deps`):

* ``CurrentUserDep`` — the signed-in :class:`kmportal.auth.models.User`, or None.
  A request with ``Authorization: Bearer <token>`` is that token's user (an
  invalid or revoked token is 401); otherwise the session cookie's.
* ``require_role(role)`` — a dependency answering the user when their role is at
  least ``role`` (viewer < coordinator < admin); nobody signed in is 401 (a page
  GET redirects to ``/login?next=...``), a lower role 403. ``ViewerDep``,
  ``CoordinatorDep`` and ``AdminDep`` are the three as ``Annotated`` aliases.

Middleware (installed by :func:`kmportal.web.security.wiring.install`):

* CSRF: refuses (403) every POST/PUT/PATCH/DELETE without the token or from
  another site's ``Origin``; Bearer requests are exempt. Forms put
  ``{{ csrf_field() }}`` FIRST in the form (the middleware only looks at the
  first 64 KB of a multipart body); htmx requests send the ``X-CSRF-Token``
  header that ``base.html`` sets with ``hx-headers`` on ``<body>``.
* Security headers on every answer (CSP, nosniff, frame and referrer policy).
* KM audit: every KM change that succeeded also enters the security audit trail.

``kmportal.auth.audit.record(session, *, actor, action, target, detail, ip)``
adds an entry to the append-only trail; ``client_ip(request)`` is the address.
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
