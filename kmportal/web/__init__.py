"""The web portal: FastAPI app, pages, JSON API. The only package that imports FastAPI.

Hooks for other modules' pages (the KM module):

* ``kmportal.web.km_routes.router`` — if that module exists, ``create_app``
  includes its ``APIRouter`` and the nav shows a link to ``/km``.
* ``kmportal.web.templating.templates`` — the shared Jinja environment
  (templates/ at the repository root; KM templates live in templates/km/).
* ``kmportal.web.templating.render(request, name, context, *, partial=None,
  status_code=200)`` — the full page, or ``partial`` for an htmx request, from
  the same URL; every template gets ``t()``, ``lang``, ``is_htmx``, ``doc_url()``
  and the ``be_date`` (พ.ศ.) and ``highlight`` filters.
* ``kmportal.web.i18n.register({"km.key": {"th": ..., "en": ...}})`` — add UI
  strings to the one catalogue; templates call ``t("km.key", **params)``.
* ``kmportal.web.deps`` — ``SettingsDep``, ``ServiceDep``, ``SessionDep``,
  ``LangDep`` for route signatures.
* ``templates/base.html`` — ``{% extends "base.html" %}`` with blocks
  ``title``, ``content``, ``head`` and ``scripts`` (external scripts only: no
  inline JavaScript or styles, a strict CSP is coming).
* ``kmportal.web.security`` — accounts and CSRF: ``CurrentUserDep``,
  ``require_role(Role.x)``, ``ViewerDep``/``CoordinatorDep``/``AdminDep``;
  every form puts ``{{ csrf_field() }}`` first (htmx sends the token header set
  on ``<body>``); ``kmportal.auth.audit.record(...)`` for the audit trail. KM
  routes are coordinator-only (``create_app`` includes them so); pages that
  read the law use ``READ_ACCESS``. See the package docstring.
* Errors: raise ``kmportal.errors`` exceptions; the portal renders them as a page
  (the ``_error.html`` fragment for htmx) or ``{"error": ...}`` under ``/api/``.
"""
