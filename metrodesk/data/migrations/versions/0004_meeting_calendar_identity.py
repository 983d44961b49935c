"""a meeting's calendar identity and time zone, for calendars imported again

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03 11:00:00

A meeting brought in from a calendar (.ics) keeps the event's UID (with the occurrence's
original start for a part of a recurring series): the same calendar imported next month
updates those meetings instead of adding them again. `time_zone` names the zone of the
meeting's local times ("Asia/Seoul"); empty for floating times, as every meeting had before.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.add_column(sa.Column("external_uid", sa.String(), nullable=True))
        batch_op.add_column(sa.Column("time_zone", sa.String(), server_default="", nullable=False))
        batch_op.create_index("ix_meeting_external_uid", ["external_uid"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.drop_index("ix_meeting_external_uid")
        batch_op.drop_column("time_zone")
        batch_op.drop_column("external_uid")
