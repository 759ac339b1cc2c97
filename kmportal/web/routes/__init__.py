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
``knowledge``      ``/knowledge``: notes, their versions, files    viewers
``knowledge_qa``   ``/knowledge/questions``: Q&A                   viewers
``knowledge_api``  ``/api/knowledge/...`` (``knowledge_qa_api``)   viewers
``knowledge_review`` review, publication, categories (and the    coordinators, admins
                   API's ``review_router``)
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
    knowledge,
    knowledge_api,
    knowledge_qa,
    knowledge_qa_api,
    knowledge_review,
    metrics,
    powers,
    search,
    site,
)
from kmportal.web.security.current import require_role

VIEWER = Depends(require_role(Role.viewer))
COORDINATOR = Depends(require_role(Role.coordinator))
ADMIN = Depends(require_role(Role.admin))


def include_routes(app: FastAPI) -> None:
    for public in (health.router, site.router, auth.router):
        app.include_router(public)
    for reading in (search.router, documents.router, handbook.router, powers.router):
        app.include_router(reading, dependencies=[READ_ACCESS])
    # The office's own knowledge is for its staff: signed in, whatever
    # KMPORTAL_ANONYMOUS_READ says; review and categories are the coordinators'.
    for staff in (knowledge.router, knowledge_qa.router, knowledge_api.router):
        app.include_router(staff, dependencies=[VIEWER])
    app.include_router(knowledge_qa_api.router, dependencies=[VIEWER])
    for review in (knowledge_review.router, knowledge_api.review_router):
        app.include_router(review, dependencies=[COORDINATOR])
    # KM data is never public.
    for km in (km_pages.router, km_logs.router, km_api.router):
        app.include_router(km, dependencies=[COORDINATOR])
    for administration in (admin.router, metrics.router):
        app.include_router(administration, dependencies=[ADMIN])
