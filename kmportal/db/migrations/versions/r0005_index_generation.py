"""The index generation (``index_generation``, one row): the number a change to
the searchable corpus raises, so every server sharing the database knows when
to reload its search snapshot (:mod:`kmportal.docstore.generation`)."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    table = op.create_table(
        "index_generation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("generation", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.bulk_insert(table, [{"id": 1, "generation": 0}])


def downgrade() -> None:
    # Going back is restoring a backup (kmportal restore), not a reverse migration.
    raise NotImplementedError("restore a backup made before this revision")
