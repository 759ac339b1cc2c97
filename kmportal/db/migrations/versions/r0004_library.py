"""The whole law library (issue 9): a document's normalised-text hash (the same
Act in another file is a duplicate), the law groups and source URL its folder's
``manifest.csv`` gives it, and how many of its chunks and power wordings still
wait for their vector (stored for word search first, embedded after).

A NOT NULL column gets its default for the rows already there: ``''`` (no hash
yet: an older document is hashed when it is next read), no groups, no source,
and 0 pending (documents stored before this revision were embedded whole).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

NEW_COLUMNS: list[sa.Column[object]] = [
    sa.Column("text_hash", sa.String(), nullable=False, server_default=""),
    sa.Column("law_groups", sa.String(), nullable=False, server_default=""),
    sa.Column("source_url", sa.String(), nullable=False, server_default=""),
    sa.Column("pending_vectors", sa.Integer(), nullable=False, server_default="0"),
]


def upgrade() -> None:
    with op.batch_alter_table("document") as batch:
        for column in NEW_COLUMNS:
            batch.add_column(column)
    op.create_index("ix_document_text_hash", "document", ["text_hash"])


def downgrade() -> None:
    raise NotImplementedError("restore a backup made before this revision")
