"""${message}

Revision ${up_revision} (after ${down_revision | comma,n}), written ${create_date}.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
${imports if imports else ""}
revision = ${repr(up_revision)}
down_revision = ${repr(down_revision)}
branch_labels = ${repr(branch_labels)}
depends_on = ${repr(depends_on)}


def upgrade() -> None:
    ${upgrades if upgrades else "pass"}


def downgrade() -> None:
    # Going back is restoring a backup (kmportal restore), not a reverse migration.
    raise NotImplementedError("restore a backup made before this revision")
