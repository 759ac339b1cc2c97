"""The Alembic migrations of the schema: ``env.py`` (run by Alembic, with the
connection :mod:`kmportal.db.schema` hands it) and one script per revision in
``versions/``. A change to a model comes with a new revision here; see
docs/architecture.md, "Where each kind of change goes"."""

# The newest revision: a database at it needs no migration, which start-up
# learns without importing Alembic. A new revision moves it.
HEAD = "0006"
