"""Every HTTP route of the portal, one module per resource and audience, and
the one place they are registered (:func:`include_routes`) with who may use them:

=================  ==============================================  =====================
module             what                                            who
=================  ==============================================  =====================
``health``         ``/healthz``                                    anyone
``site``           ``/lang/{code}``                                anyone
``auth``           sign in and out, ``/account`` and API tokens    anyone / signed in
``search``         ``/``, ``/search``, ``/api/search``             readers [#]_
``documents``      ``/docs``, ``/api/docs``                        readers
``handbook``       ``/handbook``, ``/glossary``                    readers
``powers``         ``/powers``, ``/powers/sheet``, ``/api/powers``  readers
``km_pages``       ``/km/...``: plans, steps, indicators, history    coordinators, admins
``km_logs``        ``/km/...``: activity logs and their evidence   coordinators, admins
``km_api``         ``/api/km/...``                                 coordinators, admins
``admin``          ``/admin/...``: users, audit, documents          admins
``metrics``        ``/metrics`` (Prometheus)                       admins
=================  ==============================================  =====================

.. [#] anyone when ``KMPORTAL_ANONYMOUS_READ`` (the default), else viewers.

A new page gets its own module here and one line below;
``tests/test_security_matrix.py`` fails until its roles are listed there.
"""

from __future__ import annotations

from fastapi import Depends, FastAPI

from kmportal.auth.models import Role
from kmportal.web.deps import READ_ACCESS
from kmportal.web.routes import (
    admin,
    auth,
    documents,
    handbook,
    health,
    km_api,
    km_logs,
    km_pages,
    metrics,
    powers,
    search,
    site,
)
from kmportal.web.security.current import require_role

COORDINATOR = Depends(require_role(Role.coordinator))
ADMIN = Depends(require_role(Role.admin))


def include_routes(app: FastAPI) -> None:
    for public in (health.router, site.router, auth.router):
        app.include_router(public)
    for reading in (search.router, documents.router, handbook.router, powers.router):
        app.include_router(reading, dependencies=[READ_ACCESS])
    # KM data is never public.
    for km in (km_pages.router, km_logs.router, km_api.router):
        app.include_router(km, dependencies=[COORDINATOR])
    for administration in (admin.router, metrics.router):
        app.include_router(administration, dependencies=[ADMIN])
