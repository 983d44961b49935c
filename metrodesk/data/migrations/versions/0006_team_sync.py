"""team sync: the conflict inbox; region names no longer unique in the file

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03 12:00:00

Two copies may each add a region of the same name before they sync: a unique index would make
that sync fail. The services still refuse a duplicate name typed on one copy.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "sync_conflict",
        sa.Column("id", sa.String(length=120), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("record_kind", sa.String(length=40), nullable=False),
        sa.Column("record_id", sa.LargeBinary(length=16), nullable=False),
        sa.Column("field", sa.String(), nullable=False),
        sa.Column("kept", sa.String(), nullable=True),
        sa.Column("aside", sa.String(), nullable=True),
        sa.Column("kept_action", sa.Integer(), nullable=True),
        sa.Column("aside_action", sa.Integer(), nullable=False),
        sa.Column("kept_hlc", sa.BigInteger(), nullable=True),
        sa.Column("aside_hlc", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["kept_action"],
            ["journal_action.ref"],
            name=op.f("fk_sync_conflict_kept_action_journal_action"),
        ),
        sa.ForeignKeyConstraint(
            ["aside_action"],
            ["journal_action.ref"],
            name=op.f("fk_sync_conflict_aside_action_journal_action"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflict")),
    )
    op.create_index("ix_sync_conflict_record_id", "sync_conflict", ["record_id"])
    with op.batch_alter_table("region", schema=None) as batch_op:
        batch_op.drop_constraint("uq_region_name", type_="unique")
        batch_op.create_index("ix_region_name", ["name"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("region", schema=None) as batch_op:
        batch_op.drop_index("ix_region_name")
        batch_op.create_unique_constraint("uq_region_name", ["name"])
    op.drop_index("ix_sync_conflict_record_id", table_name="sync_conflict")
    op.drop_table("sync_conflict")
