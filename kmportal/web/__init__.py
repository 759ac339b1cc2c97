"""The web portal: FastAPI app, pages, JSON API. The only package that imports FastAPI.

Where things are:

* :mod:`kmportal.web.app` — ``create_app(settings)``: prepares the database
  (:func:`kmportal.db.prepare_database`), keeps the one engine and the search
  service's holder on ``app.state``, registers the routes and the security layer.
* :mod:`kmportal.web.routes` — every route, one module per resource and
  audience, registered with their roles in ``routes/__init__.py``.
* :mod:`kmportal.web.deps` — what a route asks for: ``SettingsDep``, ``DbDep``
  (a session on the app's one engine; never waits for the search service),
  ``ServiceDep``, ``LangDep`` and the role dependencies (``ViewerDep``,
  ``CoordinatorDep``, ``AdminDep``, ``READ_ACCESS``).
* :mod:`kmportal.web.security` — middleware (CSRF, security headers, the KM
  audit) and the dependencies that say who is asking.
* :mod:`kmportal.web.templating` — ``render(request, name, context, *,
  partial=None, status_code=200)``: the full page, or ``partial`` for an htmx
  request, from the same URL; every template gets ``t()`` (the catalogue of
  :mod:`kmportal.messages` in the reader's language), ``lang``, ``is_htmx``,
  ``doc_url()`` and the ``be_date`` (พ.ศ.) and ``highlight`` filters.
* Page helpers that are not routes: :mod:`.views` (documents, handbook),
  :mod:`.km_forms` (KM forms and cards), :mod:`.admin_uploads` (the upload flow).
* Errors: raise :mod:`kmportal.errors` exceptions (with a catalogue message);
  :mod:`.errors` renders them as a page (the ``_error.html`` fragment for htmx)
  or ``{"error": ..., "fields": {...}}`` under ``/api/``.
* ``templates/base.html`` — ``{% extends "base.html" %}`` with blocks
  ``title``, ``content``, ``head`` and ``scripts`` (external scripts only: no
  inline JavaScript or styles under the strict CSP). Every form puts
  ``{{ csrf_field() }}`` first.
"""
