"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-23 16:14:06.283487
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The search index, frozen as it was at this revision (later revisions change it themselves).
CREATE_STATEMENTS = (
    "CREATE TABLE search_doc (\n        rowid INTEGER PRIMARY KEY,\n        kind TEXT NOT NULL,\n        record_id TEXT NOT NULL UNIQUE,\n        label TEXT NOT NULL,\n        body TEXT NOT NULL\n    )",
    "CREATE INDEX ix_search_doc_kind ON search_doc(kind)",
    "CREATE VIRTUAL TABLE search_fts USING fts5(\n        body, content='search_doc', content_rowid='rowid',\n        tokenize=\"unicode61 remove_diacritics 2\", prefix='1 2 3'\n    )",
    "CREATE TRIGGER search_doc_ai AFTER INSERT ON search_doc BEGIN\n        INSERT INTO search_fts(rowid, body) VALUES (new.rowid, new.body);\n    END",
    "CREATE TRIGGER search_doc_ad AFTER DELETE ON search_doc BEGIN\n        INSERT INTO search_fts(search_fts, rowid, body) VALUES ('delete', old.rowid, old.body);\n    END",
    "CREATE TRIGGER search_doc_au AFTER UPDATE ON search_doc BEGIN\n        INSERT INTO search_fts(search_fts, rowid, body) VALUES ('delete', old.rowid, old.body);\n        INSERT INTO search_fts(rowid, body) VALUES (new.rowid, new.body);\n    END",
)
DROP_STATEMENTS = (
    "DROP TRIGGER IF EXISTS search_doc_au",
    "DROP TRIGGER IF EXISTS search_doc_ad",
    "DROP TRIGGER IF EXISTS search_doc_ai",
    "DROP TABLE IF EXISTS search_fts",
    "DROP TABLE IF EXISTS search_doc",
)


def upgrade() -> None:
    op.create_table(
        "contact",
        sa.Column("honorific", sa.String(), nullable=False),
        sa.Column("given_name", sa.String(), nullable=False),
        sa.Column("family_name", sa.String(), nullable=False),
        sa.Column("name_order", sa.String(), nullable=False),
        sa.Column("job_title", sa.String(), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("city", sa.String(), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("tags", sa.JSON(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("sort_key", sa.String(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(), nullable=False),
        sa.Column("updated_by", sa.String(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact")),
    )
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contact_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_contact_family_name"), ["family_name"], unique=False)
        batch_op.create_index(batch_op.f("ix_contact_sort_key"), ["sort_key"], unique=False)

    op.create_table(
        "event",
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("event_kind", sa.String(), nullable=False),
        sa.Column("city", sa.String(), nullable=False),
        sa.Column("country", sa.String(), nullable=False),
        sa.Column("venue", sa.String(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(), nullable=False),
        sa.Column("updated_by", sa.String(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event")),
    )
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_event_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_event_name"), ["name"], unique=False)

    op.create_table(
        "meta",
        sa.Column("key", sa.String(), nullable=False),
        sa.Column("value", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_meta")),
    )
    op.create_table(
        "organisation",
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("local_name", sa.String(), nullable=False),
        sa.Column("org_kind", sa.String(), nullable=False),
        sa.Column("city", sa.String(), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("website", sa.String(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(), nullable=False),
        sa.Column("updated_by", sa.String(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organisation")),
    )
    with op.batch_alter_table("organisation", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_organisation_deleted_at"), ["deleted_at"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_organisation_name"), ["name"], unique=False)

    op.create_table(
        "user_action",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("author", sa.String(), nullable=False),
        sa.Column("device", sa.String(length=36), nullable=False),
        sa.Column("hlc", sa.String(), nullable=False),
        sa.Column("reverts", sa.String(length=36), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_user_action")),
    )
    with op.batch_alter_table("user_action", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_user_action_hlc"), ["hlc"], unique=False)

    op.create_table(
        "affiliation",
        sa.Column("contact_id", sa.Uuid(), nullable=False),
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("role", sa.String(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(), nullable=False),
        sa.Column("updated_by", sa.String(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contact.id"], name=op.f("fk_affiliation_contact_id_contact")
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_affiliation_organisation_id_organisation"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_affiliation")),
    )
    with op.batch_alter_table("affiliation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_affiliation_contact_id"), ["contact_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_affiliation_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_affiliation_organisation_id"), ["organisation_id"], unique=False
        )

    op.create_table(
        "consent",
        sa.Column("contact_id", sa.Uuid(), nullable=False),
        sa.Column("purpose", sa.String(), nullable=False),
        sa.Column("given_on", sa.Date(), nullable=True),
        sa.Column("withdrawn_on", sa.Date(), nullable=True),
        sa.Column("source", sa.String(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(), nullable=False),
        sa.Column("updated_by", sa.String(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contact.id"], name=op.f("fk_consent_contact_id_contact")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consent")),
    )
    with op.batch_alter_table("consent", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_consent_contact_id"), ["contact_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_consent_deleted_at"), ["deleted_at"], unique=False)

    op.create_table(
        "contact_email",
        sa.Column("contact_id", sa.Uuid(), nullable=False),
        sa.Column("address", sa.String(), nullable=False),
        sa.Column("label", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(), nullable=False),
        sa.Column("updated_by", sa.String(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contact.id"], name=op.f("fk_contact_email_contact_id_contact")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_email")),
    )
    with op.batch_alter_table("contact_email", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contact_email_address"), ["address"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_contact_email_contact_id"), ["contact_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_contact_email_deleted_at"), ["deleted_at"], unique=False
        )

    op.create_table(
        "contact_phone",
        sa.Column("contact_id", sa.Uuid(), nullable=False),
        sa.Column("number", sa.String(), nullable=False),
        sa.Column("label", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(), nullable=False),
        sa.Column("updated_by", sa.String(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contact.id"], name=op.f("fk_contact_phone_contact_id_contact")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_phone")),
    )
    with op.batch_alter_table("contact_phone", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_contact_phone_contact_id"), ["contact_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_contact_phone_deleted_at"), ["deleted_at"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_contact_phone_number"), ["number"], unique=False)

    op.create_table(
        "journal_entry",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("hlc", sa.String(length=32), nullable=False),
        sa.Column("device", sa.String(length=36), nullable=False),
        sa.Column("action_id", sa.String(length=36), nullable=False),
        sa.Column("author", sa.String(), nullable=False),
        sa.Column("record_kind", sa.String(length=40), nullable=False),
        sa.Column("record_id", sa.String(length=32), nullable=False),
        sa.Column("op", sa.String(length=8), nullable=False),
        sa.Column("field", sa.String(), nullable=False),
        sa.Column("old", sa.JSON(), nullable=True),
        sa.Column("new", sa.JSON(), nullable=True),
        sa.ForeignKeyConstraint(
            ["action_id"], ["user_action.id"], name=op.f("fk_journal_entry_action_id_user_action")
        ),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_journal_entry")),
    )
    with op.batch_alter_table("journal_entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_journal_entry_action_id"), ["action_id"], unique=False)
        batch_op.create_index("ix_journal_record", ["record_id", "hlc"], unique=False)

    op.create_table(
        "meeting",
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("meeting_kind", sa.String(), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("ends_at", sa.DateTime(), nullable=True),
        sa.Column("city", sa.String(), nullable=False),
        sa.Column("country", sa.String(), nullable=False),
        sa.Column("venue", sa.String(), nullable=False),
        sa.Column("organiser_id", sa.Uuid(), nullable=True),
        sa.Column("facilitator_id", sa.Uuid(), nullable=True),
        sa.Column("other_attendees", sa.Integer(), nullable=False),
        sa.Column("agenda", sa.Text(), nullable=False),
        sa.Column("notes_html", sa.Text(), nullable=False),
        sa.Column("tags", sa.JSON(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(), nullable=False),
        sa.Column("updated_by", sa.String(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["facilitator_id"], ["contact.id"], name=op.f("fk_meeting_facilitator_id_contact")
        ),
        sa.ForeignKeyConstraint(
            ["organiser_id"], ["organisation.id"], name=op.f("fk_meeting_organiser_id_organisation")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting")),
    )
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_meeting_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_meeting_starts_at"), ["starts_at"], unique=False)

    op.create_table(
        "member_city",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("local_name", sa.String(), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("region", sa.String(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("member_since", sa.Integer(), nullable=True),
        sa.Column("category", sa.String(), nullable=False),
        sa.Column("population", sa.Integer(), nullable=True),
        sa.Column("lead_organisation_id", sa.Uuid(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(), nullable=False),
        sa.Column("updated_by", sa.String(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["lead_organisation_id"],
            ["organisation.id"],
            name=op.f("fk_member_city_lead_organisation_id_organisation"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_member_city")),
    )
    with op.batch_alter_table("member_city", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_member_city_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_member_city_name"), ["name"], unique=False)
        batch_op.create_index(batch_op.f("ix_member_city_region"), ["region"], unique=False)
        batch_op.create_index(batch_op.f("ix_member_city_status"), ["status"], unique=False)

    op.create_table(
        "programme",
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("programme_kind", sa.String(), nullable=False),
        sa.Column("start_year", sa.Integer(), nullable=True),
        sa.Column("end_year", sa.Integer(), nullable=True),
        sa.Column("lead_organisation_id", sa.Uuid(), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(), nullable=False),
        sa.Column("updated_by", sa.String(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["lead_organisation_id"],
            ["organisation.id"],
            name=op.f("fk_programme_lead_organisation_id_organisation"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_programme")),
    )
    with op.batch_alter_table("programme", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_programme_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_programme_name"), ["name"], unique=False)

    op.create_table(
        "training_centre",
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("role", sa.String(), nullable=False),
        sa.Column("host_organisation_id", sa.Uuid(), nullable=True),
        sa.Column("city", sa.String(), nullable=False),
        sa.Column("country", sa.String(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(), nullable=False),
        sa.Column("updated_by", sa.String(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["host_organisation_id"],
            ["organisation.id"],
            name=op.f("fk_training_centre_host_organisation_id_organisation"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_training_centre")),
    )
    with op.batch_alter_table("training_centre", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_training_centre_deleted_at"), ["deleted_at"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_training_centre_name"), ["name"], unique=False)

    op.create_table(
        "action_item",
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("meeting_id", sa.Uuid(), nullable=True),
        sa.Column("owner_id", sa.Uuid(), nullable=True),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(), nullable=False),
        sa.Column("updated_by", sa.String(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name=op.f("fk_action_item_meeting_id_meeting")
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["contact.id"], name=op.f("fk_action_item_owner_id_contact")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action_item")),
    )
    with op.batch_alter_table("action_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_action_item_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_action_item_due_on"), ["due_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_action_item_meeting_id"), ["meeting_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_action_item_owner_id"), ["owner_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_action_item_status"), ["status"], unique=False)

    op.create_table(
        "attachment",
        sa.Column("meeting_id", sa.Uuid(), nullable=False),
        sa.Column("filename", sa.String(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(), nullable=False),
        sa.Column("updated_by", sa.String(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name=op.f("fk_attachment_meeting_id_meeting")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachment")),
    )
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_attachment_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_attachment_meeting_id"), ["meeting_id"], unique=False)

    op.create_table(
        "centre_contact",
        sa.Column("centre_id", sa.Uuid(), nullable=False),
        sa.Column("contact_id", sa.Uuid(), nullable=False),
        sa.Column("role", sa.String(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(), nullable=False),
        sa.Column("updated_by", sa.String(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["centre_id"],
            ["training_centre.id"],
            name=op.f("fk_centre_contact_centre_id_training_centre"),
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contact.id"], name=op.f("fk_centre_contact_contact_id_contact")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_centre_contact")),
    )
    with op.batch_alter_table("centre_contact", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_centre_contact_centre_id"), ["centre_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_centre_contact_contact_id"), ["contact_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_centre_contact_deleted_at"), ["deleted_at"], unique=False
        )

    op.create_table(
        "city_status_change",
        sa.Column("city_id", sa.Uuid(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("changed_on", sa.Date(), nullable=False),
        sa.Column("note", sa.String(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(), nullable=False),
        sa.Column("updated_by", sa.String(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["city_id"], ["member_city.id"], name=op.f("fk_city_status_change_city_id_member_city")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_city_status_change")),
    )
    with op.batch_alter_table("city_status_change", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_city_status_change_city_id"), ["city_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_city_status_change_deleted_at"), ["deleted_at"], unique=False
        )

    op.create_table(
        "course",
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("programme_id", sa.Uuid(), nullable=True),
        sa.Column("centre_id", sa.Uuid(), nullable=True),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("language", sa.String(), nullable=False),
        sa.Column("mode", sa.String(), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(), nullable=False),
        sa.Column("updated_by", sa.String(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["centre_id"], ["training_centre.id"], name=op.f("fk_course_centre_id_training_centre")
        ),
        sa.ForeignKeyConstraint(
            ["programme_id"], ["programme.id"], name=op.f("fk_course_programme_id_programme")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_course")),
    )
    with op.batch_alter_table("course", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_course_centre_id"), ["centre_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_course_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_course_programme_id"), ["programme_id"], unique=False)

    op.create_table(
        "decision",
        sa.Column("meeting_id", sa.Uuid(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(), nullable=False),
        sa.Column("updated_by", sa.String(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name=op.f("fk_decision_meeting_id_meeting")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_decision")),
    )
    with op.batch_alter_table("decision", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_decision_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_decision_meeting_id"), ["meeting_id"], unique=False)

    op.create_table(
        "focal_point",
        sa.Column("city_id", sa.Uuid(), nullable=False),
        sa.Column("contact_id", sa.Uuid(), nullable=False),
        sa.Column("role", sa.String(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(), nullable=False),
        sa.Column("updated_by", sa.String(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["city_id"], ["member_city.id"], name=op.f("fk_focal_point_city_id_member_city")
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contact.id"], name=op.f("fk_focal_point_contact_id_contact")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_focal_point")),
    )
    with op.batch_alter_table("focal_point", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_focal_point_city_id"), ["city_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_focal_point_contact_id"), ["contact_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_focal_point_deleted_at"), ["deleted_at"], unique=False)

    op.create_table(
        "meeting_city",
        sa.Column("meeting_id", sa.Uuid(), nullable=False),
        sa.Column("city_id", sa.Uuid(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(), nullable=False),
        sa.Column("updated_by", sa.String(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["city_id"], ["member_city.id"], name=op.f("fk_meeting_city_city_id_member_city")
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name=op.f("fk_meeting_city_meeting_id_meeting")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_city")),
    )
    with op.batch_alter_table("meeting_city", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_meeting_city_city_id"), ["city_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_meeting_city_deleted_at"), ["deleted_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_meeting_city_meeting_id"), ["meeting_id"], unique=False
        )

    op.create_table(
        "meeting_event",
        sa.Column("meeting_id", sa.Uuid(), nullable=False),
        sa.Column("event_id", sa.Uuid(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(), nullable=False),
        sa.Column("updated_by", sa.String(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["event_id"], ["event.id"], name=op.f("fk_meeting_event_event_id_event")
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name=op.f("fk_meeting_event_meeting_id_meeting")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_event")),
    )
    with op.batch_alter_table("meeting_event", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_meeting_event_deleted_at"), ["deleted_at"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_meeting_event_event_id"), ["event_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_meeting_event_meeting_id"), ["meeting_id"], unique=False
        )

    op.create_table(
        "meeting_organisation",
        sa.Column("meeting_id", sa.Uuid(), nullable=False),
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(), nullable=False),
        sa.Column("updated_by", sa.String(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name=op.f("fk_meeting_organisation_meeting_id_meeting")
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_meeting_organisation_organisation_id_organisation"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_organisation")),
    )
    with op.batch_alter_table("meeting_organisation", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_meeting_organisation_deleted_at"), ["deleted_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_meeting_organisation_meeting_id"), ["meeting_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_meeting_organisation_organisation_id"), ["organisation_id"], unique=False
        )

    op.create_table(
        "meeting_participant",
        sa.Column("meeting_id", sa.Uuid(), nullable=False),
        sa.Column("contact_id", sa.Uuid(), nullable=False),
        sa.Column("role", sa.String(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(), nullable=False),
        sa.Column("updated_by", sa.String(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contact.id"], name=op.f("fk_meeting_participant_contact_id_contact")
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name=op.f("fk_meeting_participant_meeting_id_meeting")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_participant")),
    )
    with op.batch_alter_table("meeting_participant", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_meeting_participant_contact_id"), ["contact_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_meeting_participant_deleted_at"), ["deleted_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_meeting_participant_meeting_id"), ["meeting_id"], unique=False
        )

    op.create_table(
        "meeting_programme",
        sa.Column("meeting_id", sa.Uuid(), nullable=False),
        sa.Column("programme_id", sa.Uuid(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(), nullable=False),
        sa.Column("updated_by", sa.String(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name=op.f("fk_meeting_programme_meeting_id_meeting")
        ),
        sa.ForeignKeyConstraint(
            ["programme_id"],
            ["programme.id"],
            name=op.f("fk_meeting_programme_programme_id_programme"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_programme")),
    )
    with op.batch_alter_table("meeting_programme", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_meeting_programme_deleted_at"), ["deleted_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_meeting_programme_meeting_id"), ["meeting_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_meeting_programme_programme_id"), ["programme_id"], unique=False
        )

    op.create_table(
        "membership_fee",
        sa.Column("city_id", sa.Uuid(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("amount", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("invoiced_on", sa.Date(), nullable=True),
        sa.Column("paid_on", sa.Date(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(), nullable=False),
        sa.Column("updated_by", sa.String(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["city_id"], ["member_city.id"], name=op.f("fk_membership_fee_city_id_member_city")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_membership_fee")),
    )
    with op.batch_alter_table("membership_fee", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_membership_fee_city_id"), ["city_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_membership_fee_deleted_at"), ["deleted_at"], unique=False
        )

    op.create_table(
        "quote",
        sa.Column("meeting_id", sa.Uuid(), nullable=False),
        sa.Column("contact_id", sa.Uuid(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(), nullable=False),
        sa.Column("updated_by", sa.String(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contact.id"], name=op.f("fk_quote_contact_id_contact")
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name=op.f("fk_quote_meeting_id_meeting")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quote")),
    )
    with op.batch_alter_table("quote", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_quote_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_quote_meeting_id"), ["meeting_id"], unique=False)

    op.create_table(
        "course_participant",
        sa.Column("course_id", sa.Uuid(), nullable=False),
        sa.Column("contact_id", sa.Uuid(), nullable=False),
        sa.Column("registration", sa.String(), nullable=False),
        sa.Column("attended", sa.Boolean(), nullable=False),
        sa.Column("certificate_issued", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(), nullable=False),
        sa.Column("updated_by", sa.String(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contact.id"], name=op.f("fk_course_participant_contact_id_contact")
        ),
        sa.ForeignKeyConstraint(
            ["course_id"], ["course.id"], name=op.f("fk_course_participant_course_id_course")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_course_participant")),
    )
    with op.batch_alter_table("course_participant", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_course_participant_contact_id"), ["contact_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_course_participant_course_id"), ["course_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_course_participant_deleted_at"), ["deleted_at"], unique=False
        )

    for statement in CREATE_STATEMENTS:
        op.execute(statement)


def downgrade() -> None:
    for statement in DROP_STATEMENTS:
        op.execute(statement)
    with op.batch_alter_table("course_participant", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_course_participant_deleted_at"))
        batch_op.drop_index(batch_op.f("ix_course_participant_course_id"))
        batch_op.drop_index(batch_op.f("ix_course_participant_contact_id"))

    op.drop_table("course_participant")
    with op.batch_alter_table("quote", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_quote_meeting_id"))
        batch_op.drop_index(batch_op.f("ix_quote_deleted_at"))

    op.drop_table("quote")
    with op.batch_alter_table("membership_fee", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_membership_fee_deleted_at"))
        batch_op.drop_index(batch_op.f("ix_membership_fee_city_id"))

    op.drop_table("membership_fee")
    with op.batch_alter_table("meeting_programme", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_programme_programme_id"))
        batch_op.drop_index(batch_op.f("ix_meeting_programme_meeting_id"))
        batch_op.drop_index(batch_op.f("ix_meeting_programme_deleted_at"))

    op.drop_table("meeting_programme")
    with op.batch_alter_table("meeting_participant", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_participant_meeting_id"))
        batch_op.drop_index(batch_op.f("ix_meeting_participant_deleted_at"))
        batch_op.drop_index(batch_op.f("ix_meeting_participant_contact_id"))

    op.drop_table("meeting_participant")
    with op.batch_alter_table("meeting_organisation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_organisation_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_meeting_organisation_meeting_id"))
        batch_op.drop_index(batch_op.f("ix_meeting_organisation_deleted_at"))

    op.drop_table("meeting_organisation")
    with op.batch_alter_table("meeting_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_event_meeting_id"))
        batch_op.drop_index(batch_op.f("ix_meeting_event_event_id"))
        batch_op.drop_index(batch_op.f("ix_meeting_event_deleted_at"))

    op.drop_table("meeting_event")
    with op.batch_alter_table("meeting_city", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_city_meeting_id"))
        batch_op.drop_index(batch_op.f("ix_meeting_city_deleted_at"))
        batch_op.drop_index(batch_op.f("ix_meeting_city_city_id"))

    op.drop_table("meeting_city")
    with op.batch_alter_table("focal_point", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_focal_point_deleted_at"))
        batch_op.drop_index(batch_op.f("ix_focal_point_contact_id"))
        batch_op.drop_index(batch_op.f("ix_focal_point_city_id"))

    op.drop_table("focal_point")
    with op.batch_alter_table("decision", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_decision_meeting_id"))
        batch_op.drop_index(batch_op.f("ix_decision_deleted_at"))

    op.drop_table("decision")
    with op.batch_alter_table("course", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_course_programme_id"))
        batch_op.drop_index(batch_op.f("ix_course_deleted_at"))
        batch_op.drop_index(batch_op.f("ix_course_centre_id"))

    op.drop_table("course")
    with op.batch_alter_table("city_status_change", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_city_status_change_deleted_at"))
        batch_op.drop_index(batch_op.f("ix_city_status_change_city_id"))

    op.drop_table("city_status_change")
    with op.batch_alter_table("centre_contact", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_centre_contact_deleted_at"))
        batch_op.drop_index(batch_op.f("ix_centre_contact_contact_id"))
        batch_op.drop_index(batch_op.f("ix_centre_contact_centre_id"))

    op.drop_table("centre_contact")
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attachment_meeting_id"))
        batch_op.drop_index(batch_op.f("ix_attachment_deleted_at"))

    op.drop_table("attachment")
    with op.batch_alter_table("action_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_action_item_status"))
        batch_op.drop_index(batch_op.f("ix_action_item_owner_id"))
        batch_op.drop_index(batch_op.f("ix_action_item_meeting_id"))
        batch_op.drop_index(batch_op.f("ix_action_item_due_on"))
        batch_op.drop_index(batch_op.f("ix_action_item_deleted_at"))

    op.drop_table("action_item")
    with op.batch_alter_table("training_centre", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_training_centre_name"))
        batch_op.drop_index(batch_op.f("ix_training_centre_deleted_at"))

    op.drop_table("training_centre")
    with op.batch_alter_table("programme", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_programme_name"))
        batch_op.drop_index(batch_op.f("ix_programme_deleted_at"))

    op.drop_table("programme")
    with op.batch_alter_table("member_city", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_member_city_status"))
        batch_op.drop_index(batch_op.f("ix_member_city_region"))
        batch_op.drop_index(batch_op.f("ix_member_city_name"))
        batch_op.drop_index(batch_op.f("ix_member_city_deleted_at"))

    op.drop_table("member_city")
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_starts_at"))
        batch_op.drop_index(batch_op.f("ix_meeting_deleted_at"))

    op.drop_table("meeting")
    with op.batch_alter_table("journal_entry", schema=None) as batch_op:
        batch_op.drop_index("ix_journal_record")
        batch_op.drop_index(batch_op.f("ix_journal_entry_action_id"))

    op.drop_table("journal_entry")
    with op.batch_alter_table("contact_phone", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_phone_number"))
        batch_op.drop_index(batch_op.f("ix_contact_phone_deleted_at"))
        batch_op.drop_index(batch_op.f("ix_contact_phone_contact_id"))

    op.drop_table("contact_phone")
    with op.batch_alter_table("contact_email", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_email_deleted_at"))
        batch_op.drop_index(batch_op.f("ix_contact_email_contact_id"))
        batch_op.drop_index(batch_op.f("ix_contact_email_address"))

    op.drop_table("contact_email")
    with op.batch_alter_table("consent", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_consent_deleted_at"))
        batch_op.drop_index(batch_op.f("ix_consent_contact_id"))

    op.drop_table("consent")
    with op.batch_alter_table("affiliation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_affiliation_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_affiliation_deleted_at"))
        batch_op.drop_index(batch_op.f("ix_affiliation_contact_id"))

    op.drop_table("affiliation")
    with op.batch_alter_table("user_action", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_user_action_hlc"))

    op.drop_table("user_action")
    with op.batch_alter_table("organisation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_organisation_name"))
        batch_op.drop_index(batch_op.f("ix_organisation_deleted_at"))

    op.drop_table("organisation")
    op.drop_table("meta")
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_event_name"))
        batch_op.drop_index(batch_op.f("ix_event_deleted_at"))

    op.drop_table("event")
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_sort_key"))
        batch_op.drop_index(batch_op.f("ix_contact_family_name"))
        batch_op.drop_index(batch_op.f("ix_contact_deleted_at"))

    op.drop_table("contact")
