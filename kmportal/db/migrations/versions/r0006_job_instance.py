"""Upload jobs name the server that runs them (``instance``: host/pid/start)
and when it last said it still does (``heartbeat_at``), so a server starting
beside others on one database settles only the jobs of servers that are gone
(:mod:`kmportal.uploads.instance`). Rows already there get neither: they were
left by a release that ran one server, and are settled as before.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("upload_job") as batch:
        batch.add_column(sa.Column("instance", sa.String(length=200), nullable=True))
        batch.add_column(sa.Column("heartbeat_at", sa.DateTime(timezone=True), nullable=True))
    op.create_index("ix_upload_job_instance", "upload_job", ["instance"])


def downgrade() -> None:
    # Going back is restoring a backup (kmportal restore), not a reverse migration.
    raise NotImplementedError("restore a backup made before this revision")
