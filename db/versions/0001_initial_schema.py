"""Initial schema: programmes, staff, students, companies, applications, placements, visits,
meldingen, the letter register, the audit trail and settings.

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-25 18:14:37.355125
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_entry",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor_id", sa.Uuid(), nullable=True),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.Uuid(), nullable=True),
        sa.Column("before", sa.JSON(), nullable=True),
        sa.Column("after", sa.JSON(), nullable=True),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_audit_entry")),
    )
    op.create_table(
        "company",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("kvk_number", sa.String(length=8), nullable=False),
        sa.Column("sbb_id", sa.String(length=20), nullable=True),
        sa.Column("address", sa.String(length=200), nullable=True),
        sa.Column("postcode", sa.String(length=7), nullable=True),
        sa.Column("city", sa.String(length=100), nullable=True),
        sa.Column("region", sa.String(length=100), nullable=True),
        sa.Column(
            "sector",
            sa.Enum(
                "techniek",
                "mobiliteit",
                "zorg",
                "handel",
                "specialistisch",
                "ict",
                "voedsel",
                "zakelijk",
                name="sector",
                native_enum=False,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column("capacity", sa.Integer(), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=True),
        sa.Column("phone", sa.String(length=40), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_company")),
        sa.UniqueConstraint("kvk_number", name=op.f("uq_company_kvk_number")),
    )
    with op.batch_alter_table("company", schema=None) as batch_op:
        batch_op.create_index("ix_company_name", ["name"], unique=False)

    op.create_table(
        "programme",
        sa.Column("crebo", sa.String(length=5), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("niveau", sa.Integer(), nullable=False),
        sa.Column(
            "leerweg",
            sa.Enum("BOL", "BBL", name="leerweg", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column(
            "sector",
            sa.Enum(
                "techniek",
                "mobiliteit",
                "zorg",
                "handel",
                "specialistisch",
                "ict",
                "voedsel",
                "zakelijk",
                name="sector",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("niveau BETWEEN 1 AND 4", name=op.f("ck_programme_niveau_range")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_programme")),
        sa.UniqueConstraint("crebo", "leerweg", name=op.f("uq_programme_crebo_leerweg")),
    )
    op.create_table(
        "setting",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_setting")),
    )
    op.create_table(
        "staff_member",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("initials", sa.String(length=10), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=True),
        sa.Column("phone", sa.String(length=40), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff_member")),
    )
    op.create_table(
        "contact_person",
        sa.Column("company_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("function", sa.String(length=100), nullable=True),
        sa.Column("email", sa.String(length=200), nullable=True),
        sa.Column("phone", sa.String(length=40), nullable=True),
        sa.Column("is_praktijkopleider", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["company_id"],
            ["company.id"],
            name=op.f("fk_contact_person_company_id_company"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_person")),
    )
    with op.batch_alter_table("contact_person", schema=None) as batch_op:
        batch_op.create_index("ix_contact_person_company_id", ["company_id"], unique=False)

    op.create_table(
        "recognition",
        sa.Column("company_id", sa.Uuid(), nullable=False),
        sa.Column("crebo", sa.String(length=5), nullable=False),
        sa.Column("recognised_on", sa.Date(), nullable=False),
        sa.Column("revoked_on", sa.Date(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["company_id"],
            ["company.id"],
            name=op.f("fk_recognition_company_id_company"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recognition")),
    )
    with op.batch_alter_table("recognition", schema=None) as batch_op:
        batch_op.create_index("ix_recognition_company_id", ["company_id"], unique=False)

    op.create_table(
        "staff_role",
        sa.Column("staff_id", sa.Uuid(), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "admin",
                "coordinator",
                "mentor",
                "meldpunt",
                name="staffrole",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"],
            ["staff_member.id"],
            name=op.f("fk_staff_role_staff_id_staff_member"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("staff_id", "role", name=op.f("pk_staff_role")),
    )
    op.create_table(
        "student",
        sa.Column("student_number", sa.String(length=10), nullable=False),
        sa.Column("given_name", sa.String(length=100), nullable=False),
        sa.Column("tussenvoegsel", sa.String(length=20), nullable=True),
        sa.Column("surname", sa.String(length=100), nullable=False),
        sa.Column("date_of_birth", sa.Date(), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=True),
        sa.Column("phone", sa.String(length=40), nullable=True),
        sa.Column("guardian_name", sa.String(length=200), nullable=True),
        sa.Column("guardian_email", sa.String(length=200), nullable=True),
        sa.Column("programme_id", sa.Uuid(), nullable=False),
        sa.Column("cohort", sa.Integer(), nullable=False),
        sa.Column("class_group", sa.String(length=20), nullable=True),
        sa.Column("enrolled_on", sa.Date(), nullable=False),
        sa.Column("mentor_id", sa.Uuid(), nullable=True),
        sa.Column("extra_support", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("search_started_on", sa.Date(), nullable=True),
        sa.Column("stopped_on", sa.Date(), nullable=True),
        sa.Column(
            "search_status",
            sa.Enum(
                "not_started",
                "searching",
                "applying",
                "placed_awaiting_pok",
                "placed",
                "in_bpv",
                "completed",
                "stopped",
                name="searchstatus",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("search_status_since", sa.Date(), nullable=False),
        sa.Column("current_company_id", sa.Uuid(), nullable=True),
        sa.Column("sort_key", sa.String(length=250), nullable=False),
        sa.Column("search_text", sa.String(length=500), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["current_company_id"],
            ["company.id"],
            name=op.f("fk_student_current_company_id_company"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["mentor_id"], ["staff_member.id"], name=op.f("fk_student_mentor_id_staff_member")
        ),
        sa.ForeignKeyConstraint(
            ["programme_id"], ["programme.id"], name=op.f("fk_student_programme_id_programme")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_student")),
        sa.UniqueConstraint("student_number", name=op.f("uq_student_student_number")),
    )
    with op.batch_alter_table("student", schema=None) as batch_op:
        batch_op.create_index("ix_student_mentor_id", ["mentor_id"], unique=False)
        batch_op.create_index("ix_student_programme_id", ["programme_id"], unique=False)
        batch_op.create_index("ix_student_search_status", ["search_status"], unique=False)
        batch_op.create_index("ix_student_sort_key", ["sort_key"], unique=False)

    op.create_table(
        "application",
        sa.Column("student_id", sa.Uuid(), nullable=False),
        sa.Column("company_id", sa.Uuid(), nullable=False),
        sa.Column(
            "channel",
            sa.Enum(
                "stagemarkt",
                "own_network",
                "school",
                "other",
                name="applicationchannel",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "status",
            sa.Enum(
                "draft",
                "sent",
                "invited",
                "interviewed",
                "offered",
                "accepted",
                "rejected",
                "withdrawn",
                name="applicationstatus",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("created_on", sa.Date(), nullable=False),
        sa.Column("sent_on", sa.Date(), nullable=True),
        sa.Column("status_changed_on", sa.Date(), nullable=False),
        sa.Column(
            "rejection_reason",
            sa.Enum(
                "no_capacity",
                "profile_mismatch",
                "after_interview",
                "no_response",
                "other",
                name="rejectionreason",
                native_enum=False,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["company_id"], ["company.id"], name=op.f("fk_application_company_id_company")
        ),
        sa.ForeignKeyConstraint(
            ["student_id"],
            ["student.id"],
            name=op.f("fk_application_student_id_student"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_application")),
    )
    with op.batch_alter_table("application", schema=None) as batch_op:
        batch_op.create_index("ix_application_company_id", ["company_id"], unique=False)
        batch_op.create_index("ix_application_student_id", ["student_id"], unique=False)

    op.create_table(
        "letter_record",
        sa.Column("student_id", sa.Uuid(), nullable=True),
        sa.Column("company_id", sa.Uuid(), nullable=True),
        sa.Column("template", sa.String(length=100), nullable=False),
        sa.Column("recipient", sa.String(length=200), nullable=False),
        sa.Column("reference", sa.String(length=40), nullable=False),
        sa.Column("produced_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("produced_by_id", sa.Uuid(), nullable=True),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["company_id"], ["company.id"], name=op.f("fk_letter_record_company_id_company")
        ),
        sa.ForeignKeyConstraint(
            ["produced_by_id"],
            ["staff_member.id"],
            name=op.f("fk_letter_record_produced_by_id_staff_member"),
        ),
        sa.ForeignKeyConstraint(
            ["student_id"],
            ["student.id"],
            name=op.f("fk_letter_record_student_id_student"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_letter_record")),
    )
    with op.batch_alter_table("letter_record", schema=None) as batch_op:
        batch_op.create_index("ix_letter_record_student_id", ["student_id"], unique=False)

    op.create_table(
        "melding",
        sa.Column("student_id", sa.Uuid(), nullable=True),
        sa.Column("anonymous", sa.Boolean(), nullable=False),
        sa.Column("company_id", sa.Uuid(), nullable=True),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("incident_on", sa.Date(), nullable=True),
        sa.Column("incident_place", sa.String(length=200), nullable=True),
        sa.Column(
            "ground",
            sa.Enum(
                "origin",
                "religion",
                "gender",
                "disability",
                "sexual_orientation",
                "age",
                "other",
                name="discriminationground",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("student_wishes", sa.Text(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "received",
                "intake",
                "in_progress",
                "forwarded_sbb",
                "closed",
                name="meldingstatus",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("status_changed_on", sa.Date(), nullable=False),
        sa.Column("handled_by_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["company_id"], ["company.id"], name=op.f("fk_melding_company_id_company")
        ),
        sa.ForeignKeyConstraint(
            ["handled_by_id"],
            ["staff_member.id"],
            name=op.f("fk_melding_handled_by_id_staff_member"),
        ),
        sa.ForeignKeyConstraint(
            ["student_id"],
            ["student.id"],
            name=op.f("fk_melding_student_id_student"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_melding")),
    )
    with op.batch_alter_table("melding", schema=None) as batch_op:
        batch_op.create_index("ix_melding_company_id", ["company_id"], unique=False)

    op.create_table(
        "placement",
        sa.Column("student_id", sa.Uuid(), nullable=False),
        sa.Column("company_id", sa.Uuid(), nullable=False),
        sa.Column("application_id", sa.Uuid(), nullable=True),
        sa.Column("praktijkopleider_id", sa.Uuid(), nullable=True),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=False),
        sa.Column("hours_per_week", sa.Integer(), nullable=False),
        sa.Column("total_hours", sa.Integer(), nullable=False),
        sa.Column("ended_early_on", sa.Date(), nullable=True),
        sa.Column(
            "pok_status",
            sa.Enum(
                "draft",
                "sent",
                "partially_signed",
                "complete",
                "cancelled",
                name="pokstatus",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("pok_sent_on", sa.Date(), nullable=True),
        sa.Column("pok_signed_student", sa.Date(), nullable=True),
        sa.Column("pok_signed_guardian", sa.Date(), nullable=True),
        sa.Column("pok_signed_school", sa.Date(), nullable=True),
        sa.Column("pok_signed_company", sa.Date(), nullable=True),
        sa.Column("pok_completed_on", sa.Date(), nullable=True),
        sa.Column(
            "allowance_kind",
            sa.Enum(
                "none", "allowance", "wage", name="allowancekind", native_enum=False, length=32
            ),
            nullable=False,
        ),
        sa.Column("allowance_cents_per_month", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["application.id"],
            name=op.f("fk_placement_application_id_application"),
        ),
        sa.ForeignKeyConstraint(
            ["company_id"], ["company.id"], name=op.f("fk_placement_company_id_company")
        ),
        sa.ForeignKeyConstraint(
            ["praktijkopleider_id"],
            ["contact_person.id"],
            name=op.f("fk_placement_praktijkopleider_id_contact_person"),
        ),
        sa.ForeignKeyConstraint(
            ["student_id"],
            ["student.id"],
            name=op.f("fk_placement_student_id_student"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_placement")),
    )
    with op.batch_alter_table("placement", schema=None) as batch_op:
        batch_op.create_index("ix_placement_company_id", ["company_id"], unique=False)
        batch_op.create_index("ix_placement_student_id", ["student_id"], unique=False)

    op.create_table(
        "visit",
        sa.Column("placement_id", sa.Uuid(), nullable=False),
        sa.Column("mentor_id", sa.Uuid(), nullable=True),
        sa.Column(
            "visit_type",
            sa.Enum(
                "start", "midterm", "final", "extra", name="visittype", native_enum=False, length=32
            ),
            nullable=False,
        ),
        sa.Column(
            "status",
            sa.Enum(
                "planned", "held", "cancelled", name="visitstatus", native_enum=False, length=32
            ),
            nullable=False,
        ),
        sa.Column("planned_on", sa.Date(), nullable=True),
        sa.Column("held_on", sa.Date(), nullable=True),
        sa.Column("checklist_id", sa.String(length=50), nullable=True),
        sa.Column("checklist_version", sa.Integer(), nullable=True),
        sa.Column("answers", sa.JSON(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("agreed_actions", sa.JSON(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["mentor_id"], ["staff_member.id"], name=op.f("fk_visit_mentor_id_staff_member")
        ),
        sa.ForeignKeyConstraint(
            ["placement_id"],
            ["placement.id"],
            name=op.f("fk_visit_placement_id_placement"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_visit")),
    )
    with op.batch_alter_table("visit", schema=None) as batch_op:
        batch_op.create_index(
            "ix_visit_mentor_id_planned_on", ["mentor_id", "planned_on"], unique=False
        )
        batch_op.create_index("ix_visit_placement_id", ["placement_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("visit", schema=None) as batch_op:
        batch_op.drop_index("ix_visit_placement_id")
        batch_op.drop_index("ix_visit_mentor_id_planned_on")

    op.drop_table("visit")
    with op.batch_alter_table("placement", schema=None) as batch_op:
        batch_op.drop_index("ix_placement_student_id")
        batch_op.drop_index("ix_placement_company_id")

    op.drop_table("placement")
    with op.batch_alter_table("melding", schema=None) as batch_op:
        batch_op.drop_index("ix_melding_company_id")

    op.drop_table("melding")
    with op.batch_alter_table("letter_record", schema=None) as batch_op:
        batch_op.drop_index("ix_letter_record_student_id")

    op.drop_table("letter_record")
    with op.batch_alter_table("application", schema=None) as batch_op:
        batch_op.drop_index("ix_application_student_id")
        batch_op.drop_index("ix_application_company_id")

    op.drop_table("application")
    with op.batch_alter_table("student", schema=None) as batch_op:
        batch_op.drop_index("ix_student_sort_key")
        batch_op.drop_index("ix_student_search_status")
        batch_op.drop_index("ix_student_programme_id")
        batch_op.drop_index("ix_student_mentor_id")

    op.drop_table("student")
    op.drop_table("staff_role")
    with op.batch_alter_table("recognition", schema=None) as batch_op:
        batch_op.drop_index("ix_recognition_company_id")

    op.drop_table("recognition")
    with op.batch_alter_table("contact_person", schema=None) as batch_op:
        batch_op.drop_index("ix_contact_person_company_id")

    op.drop_table("contact_person")
    op.drop_table("staff_member")
    op.drop_table("setting")
    op.drop_table("programme")
    with op.batch_alter_table("company", schema=None) as batch_op:
        batch_op.drop_index("ix_company_name")

    op.drop_table("company")
    op.drop_table("audit_entry")
