"""a contact's interaction log, and saved views of the lists

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03 14:00:00

`interaction`: a call, an e-mail or a visit with a person (date, note, who on our side); the
newest, with the last meeting attended, is the person's "last contact". `saved_view`: a
list's search, filters, sort and hidden columns under a name, shown under its section for
everyone who shares the database. Both are records (UUID, journal, trash) like any other.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _record_columns() -> list[sa.Column]:
    return [
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(), nullable=False),
        sa.Column("updated_by", sa.String(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
    ]


def upgrade() -> None:
    op.create_table(
        "interaction",
        sa.Column("contact_id", sa.Uuid(), nullable=False),
        sa.Column("interaction_kind", sa.String(), nullable=False),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("with_whom", sa.String(), nullable=False),
        *_record_columns(),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contact.id"], name=op.f("fk_interaction_contact_id_contact")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_interaction")),
    )
    with op.batch_alter_table("interaction", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_interaction_contact_id"), ["contact_id"])
        batch_op.create_index(batch_op.f("ix_interaction_deleted_at"), ["deleted_at"])
    op.create_table(
        "saved_view",
        sa.Column("section", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("query", sa.String(), nullable=False),
        sa.Column("filters", sa.JSON(), nullable=False),
        sa.Column("sort_column", sa.String(), nullable=False),
        sa.Column("sort_descending", sa.Boolean(), nullable=False),
        sa.Column("hidden_columns", sa.JSON(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        *_record_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_saved_view")),
    )
    with op.batch_alter_table("saved_view", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_saved_view_section"), ["section"])
        batch_op.create_index(batch_op.f("ix_saved_view_deleted_at"), ["deleted_at"])


def downgrade() -> None:
    op.drop_table("saved_view")
    op.drop_table("interaction")
