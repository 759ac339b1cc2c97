"""The office's knowledge (issue 13): categories, notes with every version, the
review trail and attachments; questions and answers; the reading and searching
days the KM plan counts (``handbook_read``, ``search_day``). A count indicator
may be bound to one of those sources (``indicator.source``,
``indicator.source_category_id``, and the CHECK that only a count indicator has
one), and a log may name a published note as evidence
(``activitylog.evidence_note_id``).

A frozen copy, like the baseline: later model changes never alter it. Data
directories of development builds of the knowledge branch (before Alembic) hold
some of it already, so each table and column is added only where it is missing.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from kmportal.db.migrations.versions.r0001_previous_release import BASELINE
from kmportal.db.migrations.versions.r0001_previous_release import TRIGGERS as BASELINE_TRIGGERS
from kmportal.db.triggers import create_trigger

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

KNOWLEDGE = sa.MetaData()
_WHEN = sa.DateTime(timezone=True)


def _user(column: str, *, nullable: bool = False) -> sa.Column[int]:
    return sa.Column(column, sa.Integer(), sa.ForeignKey("auth_user.id"), nullable=nullable)


# The parent table, so the foreign keys below resolve when the tables are created.
BASELINE.tables["auth_user"].to_metadata(KNOWLEDGE)

sa.Table(
    "knowledge_category",
    KNOWLEDGE,
    sa.Column("description", sa.String(length=500), nullable=False),
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("name", sa.String(length=100), nullable=False),
    sa.Column("created_at", _WHEN, nullable=False),
    sa.PrimaryKeyConstraint("id"),
    sa.Index("ix_knowledge_category_name", "name", unique=True),
)
sa.Table(
    "knowledge_note",
    KNOWLEDGE,
    sa.Column("id", sa.Integer(), nullable=False),
    _user("author_id"),
    sa.Column(
        "state",
        sa.Enum("draft", "submitted", "returned", "published", "withdrawn", name="notestate"),
        nullable=False,
    ),
    sa.Column("revision", sa.Integer(), nullable=False),
    sa.Column("working_version", sa.Integer(), nullable=False),
    sa.Column("published_version", sa.Integer(), nullable=True),
    sa.Column("published_at", _WHEN, nullable=True),
    sa.Column("created_at", _WHEN, nullable=False),
    sa.Column("updated_at", _WHEN, nullable=False),
    sa.PrimaryKeyConstraint("id"),
    sa.Index("ix_knowledge_note_author_id", "author_id"),
    sa.Index("ix_knowledge_note_published_at", "published_at"),
    sa.Index("ix_knowledge_note_state", "state"),
)
sa.Table(
    "knowledge_note_version",
    KNOWLEDGE,
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("note_id", sa.Integer(), sa.ForeignKey("knowledge_note.id"), nullable=False),
    sa.Column("number", sa.Integer(), nullable=False),
    sa.Column("title", sa.String(length=500), nullable=False),
    sa.Column("body", sa.Text(), nullable=False),
    sa.Column("category_id", sa.Integer(), sa.ForeignKey("knowledge_category.id"), nullable=True),
    sa.Column("tags", sa.String(), nullable=False),
    _user("author_id"),
    sa.Column("created_at", _WHEN, nullable=False),
    sa.PrimaryKeyConstraint("id"),
    sa.UniqueConstraint("note_id", "number", name="uq_note_version"),
    sa.Index("ix_knowledge_note_version_note_id", "note_id"),
)
sa.Table(
    "knowledge_note_event",
    KNOWLEDGE,
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("note_id", sa.Integer(), sa.ForeignKey("knowledge_note.id"), nullable=False),
    sa.Column("version", sa.Integer(), nullable=False),
    sa.Column(
        "action",
        sa.Enum("create", "edit", "submit", "return_", "publish", "unpublish", name="reviewaction"),
        nullable=False,
    ),
    _user("actor_id"),
    sa.Column("comment", sa.Text(), nullable=False),
    sa.Column("at", _WHEN, nullable=False),
    sa.PrimaryKeyConstraint("id"),
    sa.Index("ix_knowledge_note_event_at", "at"),
    sa.Index("ix_knowledge_note_event_note_id", "note_id"),
)
sa.Table(
    "knowledge_attachment",
    KNOWLEDGE,
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("note_id", sa.Integer(), sa.ForeignKey("knowledge_note.id"), nullable=False),
    sa.Column("version", sa.Integer(), nullable=False),
    sa.Column("stored_name", sa.String(length=200), nullable=False),
    sa.Column("original_name", sa.String(length=255), nullable=False),
    sa.Column("size", sa.Integer(), nullable=False),
    _user("uploaded_by"),
    sa.Column("created_at", _WHEN, nullable=False),
    sa.PrimaryKeyConstraint("id"),
    sa.UniqueConstraint("stored_name"),
    sa.Index("ix_knowledge_attachment_note_id", "note_id"),
)
sa.Table(
    "knowledge_question",
    KNOWLEDGE,
    sa.Column("id", sa.Integer(), nullable=False),
    _user("author_id"),
    sa.Column("title", sa.String(length=500), nullable=False),
    sa.Column("body", sa.Text(), nullable=False),
    sa.Column("created_at", _WHEN, nullable=False),
    sa.Column("accepted_answer_id", sa.Integer(), nullable=True),
    _user("accepted_by", nullable=True),
    sa.Column("accepted_at", _WHEN, nullable=True),
    sa.PrimaryKeyConstraint("id"),
    sa.Index("ix_knowledge_question_accepted_at", "accepted_at"),
    sa.Index("ix_knowledge_question_author_id", "author_id"),
    sa.Index("ix_knowledge_question_created_at", "created_at"),
)
sa.Table(
    "knowledge_answer",
    KNOWLEDGE,
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("question_id", sa.Integer(), sa.ForeignKey("knowledge_question.id"), nullable=False),
    _user("author_id"),
    sa.Column("body", sa.Text(), nullable=False),
    sa.Column("created_at", _WHEN, nullable=False),
    sa.PrimaryKeyConstraint("id"),
    sa.Index("ix_knowledge_answer_question_id", "question_id"),
)
sa.Table(
    "handbook_read",
    KNOWLEDGE,
    sa.Column("id", sa.Integer(), nullable=False),
    _user("user_id"),
    sa.Column("doc_id", sa.String(length=200), nullable=False),
    sa.Column("section_key", sa.String(length=200), nullable=False),
    sa.Column("day", sa.Date(), nullable=False),
    sa.PrimaryKeyConstraint("id"),
    sa.UniqueConstraint("user_id", "doc_id", "section_key", "day", name="uq_handbook_read"),
    sa.Index("ix_handbook_read_day", "day"),
    sa.Index("ix_handbook_read_user_id", "user_id"),
)
sa.Table(
    "search_day",
    KNOWLEDGE,
    sa.Column("id", sa.Integer(), nullable=False),
    _user("user_id"),
    sa.Column("day", sa.Date(), nullable=False),
    sa.PrimaryKeyConstraint("id"),
    sa.UniqueConstraint("user_id", "day", name="uq_search_day"),
    sa.Index("ix_search_day_day", "day"),
    sa.Index("ix_search_day_user_id", "user_id"),
)

# The indicator as revisions 0001 and 0002 left it, with its CHECKs: the copy
# batch mode rebuilds it from (SQLite cannot add a CHECK to a table, and batch
# mode does not read CHECKs back from the database).
INDICATOR = BASELINE.tables["indicator"].to_metadata(sa.MetaData())

_VERSIONS = "ฉบับของบันทึกความรู้แก้ไขหรือลบไม่ได้"
_EVENTS = "ประวัติการตรวจบันทึกความรู้แก้ไขหรือลบไม่ได้"


def _refuse(verb: str, table: str, message: str) -> str:
    return f"BEFORE {verb} ON {table} BEGIN SELECT RAISE(ABORT, '{message}'); END"


TRIGGERS = {
    f"{table}_no_{verb.lower()}": _refuse(verb, table, message)
    for table, message in (
        ("knowledge_note_version", _VERSIONS),
        ("knowledge_note_event", _EVENTS),
    )
    for verb in ("UPDATE", "DELETE")
}


def upgrade() -> None:
    bind = op.get_bind()
    new_tables = [t for name, t in KNOWLEDGE.tables.items() if name != "auth_user"]
    KNOWLEDGE.create_all(bind, tables=new_tables, checkfirst=True)
    for name, body in TRIGGERS.items():
        create_trigger(bind, name, sqlite=body)

    inspector = sa.inspect(bind)
    if "source" not in {c["name"] for c in inspector.get_columns("indicator")}:
        _rebuild_indicator()
    if "evidence_note_id" not in {c["name"] for c in inspector.get_columns("activitylog")}:
        _add_evidence_note()


def _add_evidence_note() -> None:
    """A nullable column with a foreign key is one ``ALTER TABLE`` in SQLite,
    no rebuild, so the log table and its triggers stay as they are (Alembic
    would rebuild it to add the key)."""
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        bind.exec_driver_sql(
            "ALTER TABLE activitylog ADD COLUMN evidence_note_id INTEGER "
            "REFERENCES knowledge_note (id)"
        )
        return
    op.add_column("activitylog", sa.Column("evidence_note_id", sa.Integer(), nullable=True))
    op.create_foreign_key(
        "fk_activitylog_evidence_note",
        "activitylog",
        "knowledge_note",
        ["evidence_note_id"],
        ["id"],
    )


def _rebuild_indicator() -> None:
    """Rebuilt by copy; existing indicators count from their logs (``source`` ''),
    which the new CHECK allows whatever their type.

    The log table's triggers read ``indicator``: SQLite refuses to rename the
    copy into place while a trigger names a table that is, at that moment,
    gone. They are dropped first and created again, from the baseline's text."""
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        # PostgreSQL alters the table in place (a copy could not be dropped
        # while activitylog's key refers to it), triggers untouched.
        op.add_column(
            "indicator",
            sa.Column("source", sa.String(length=32), nullable=False, server_default=""),
        )
        op.add_column("indicator", sa.Column("source_category_id", sa.Integer(), nullable=True))
        op.create_foreign_key(
            "fk_indicator_source_category",
            "indicator",
            "knowledge_category",
            ["source_category_id"],
            ["id"],
        )
        op.create_check_constraint(
            "ck_indicator_source_count", "indicator", "source = '' OR type = 'count'"
        )
        return
    shape = {name: body for name, body in BASELINE_TRIGGERS.items() if "indicator" in body}
    for name in shape:
        bind.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
    with op.batch_alter_table("indicator", copy_from=INDICATOR, recreate="always") as batch:
        batch.add_column(
            sa.Column("source", sa.String(length=32), nullable=False, server_default="")
        )
        batch.add_column(sa.Column("source_category_id", sa.Integer(), nullable=True))
        # Batch mode wants a name; the models' key has none, which the
        # comparison does not mind (it matches keys by their columns).
        batch.create_foreign_key(
            "fk_indicator_source_category", "knowledge_category", ["source_category_id"], ["id"]
        )
        batch.create_check_constraint("ck_indicator_source_count", "source = '' OR type = 'count'")
    for name, body in shape.items():
        create_trigger(bind, name, sqlite=body)


def downgrade() -> None:
    # Going back is restoring a backup (kmportal restore), not a reverse migration.
    raise NotImplementedError("restore a backup made before this revision")
