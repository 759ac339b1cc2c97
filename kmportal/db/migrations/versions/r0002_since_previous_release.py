"""What main added after the previous release, before Alembic: the day a law was
given and the law it amends (``document.issued``, ``document.amends``), the
account behind every KM change and its "on behalf of" note (``auditentry`` and
``activitylog``), and the register of powers (table ``power``).

Data directories made by development builds of that time already hold some of
it (they added missing columns and tables at start), so each step is taken only
where it is missing. A NOT NULL column gets ``''`` for the rows already there.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

NEW_COLUMNS: dict[str, list[sa.Column[object]]] = {
    "document": [
        sa.Column("issued", sa.Date(), nullable=True),
        sa.Column("amends", sa.String(), nullable=True),
    ],
    "auditentry": [
        sa.Column("actor_id", sa.Integer(), nullable=True),
        sa.Column("on_behalf_of", sa.String(), nullable=False, server_default=""),
    ],
    "activitylog": [
        sa.Column("entered_by_id", sa.Integer(), nullable=True),
        sa.Column("on_behalf_of", sa.String(), nullable=False, server_default=""),
    ],
}


def upgrade() -> None:
    inspector = sa.inspect(op.get_bind())
    for table, columns in NEW_COLUMNS.items():
        have = {c["name"] for c in inspector.get_columns(table)}
        missing = [c for c in columns if c.name not in have]
        if missing:
            with op.batch_alter_table(table) as batch:
                for column in missing:
                    batch.add_column(column)
    if not _has_index(inspector, "document", "ix_document_amends"):
        op.create_index("ix_document_amends", "document", ["amends"])

    if not inspector.has_table("power"):
        op.create_table(
            "power",
            sa.Column("section_key", sa.String(), nullable=False),
            sa.Column("unit", sa.String(), nullable=False),
            sa.Column("section", sa.String(), nullable=True),
            sa.Column("item", sa.String(), nullable=True),
            sa.Column("label", sa.String(), nullable=False),
            sa.Column("law", sa.String(), nullable=False),
            sa.Column("text", sa.String(), nullable=False),
            sa.Column("applies_to", sa.String(), nullable=False),
            sa.Column("tiers", sa.String(), nullable=False),
            sa.Column("catch_all", sa.Boolean(), nullable=False),
            sa.Column("start", sa.Integer(), nullable=False),
            sa.Column("end", sa.Integer(), nullable=False),
            sa.Column("id", sa.Integer(), nullable=False),
            sa.Column("doc_id", sa.String(), nullable=False),
            sa.Column("ordinal", sa.Integer(), nullable=False),
            sa.Column("issued_under", sa.String(), nullable=False),
            sa.Column("embedding", sa.LargeBinary(), nullable=True),
            sa.ForeignKeyConstraint(["doc_id"], ["document.id"], ondelete="CASCADE"),
            sa.PrimaryKeyConstraint("id"),
        )
    if not _has_index(inspector, "power", "ix_power_doc_id"):
        op.create_index("ix_power_doc_id", "power", ["doc_id"])


def _has_index(inspector: sa.Inspector, table: str, name: str) -> bool:
    inspector.clear_cache()  # tables may have been created or altered above
    return inspector.has_table(table) and name in {i["name"] for i in inspector.get_indexes(table)}


def downgrade() -> None:
    # Going back is restoring a backup (kmportal restore), not a reverse migration.
    raise NotImplementedError("restore a backup made before this revision")
