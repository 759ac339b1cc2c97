"""The Alembic migrations of the schema: ``env.py`` (run by Alembic, with the
connection :mod:`kmportal.db.schema` hands it) and one script per revision in
``versions/``. A change to a model comes with a new revision here; see
docs/architecture.md, "Where each kind of change goes"."""
