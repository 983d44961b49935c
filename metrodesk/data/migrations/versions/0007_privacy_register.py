"""the register of access exports and erasures (the rights of the people on record)

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03 05:00:00

One row per subject access export and per erasure: what was done, to whose record (its id
only: never a name, which an erasure removes), when and by whom. A data protection officer
exports it from MetroDesk.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "privacy_event",
        sa.Column("event", sa.String(length=16), nullable=False),
        sa.Column("person_id", sa.String(length=32), nullable=False),
        sa.Column("done_at", sa.DateTime(), nullable=False),
        sa.Column("done_by", sa.String(), nullable=False),
        sa.Column("note", sa.String(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(), nullable=False),
        sa.Column("updated_by", sa.String(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_privacy_event")),
    )
    with op.batch_alter_table("privacy_event", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_privacy_event_deleted_at"), ["deleted_at"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_privacy_event_person_id"), ["person_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_privacy_event_done_at"), ["done_at"], unique=False)


def downgrade() -> None:
    op.drop_table("privacy_event")
