"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    op.create_table(
        "agreements",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "mou",
                "letter_of_intent",
                "covenant",
                "roadmap",
                "other",
                name="agreementkind",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("counterparts", sa.Text(), nullable=False),
        sa.Column("signed_on", sa.Date(), nullable=True),
        sa.Column("signed_by", sa.String(length=200), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=True),
        sa.Column("valid_until", sa.Date(), nullable=True),
        sa.Column("renewal_date", sa.Date(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "draft",
                "active",
                "expired",
                "terminated",
                name="agreementstatus",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agreements")),
    )
    op.create_table(
        "budget_lines",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_budget_lines")),
        sa.UniqueConstraint("year", "name", name=op.f("uq_budget_lines_year_name")),
    )
    with op.batch_alter_table("budget_lines", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_budget_lines_year"), ["year"], unique=False)

    op.create_table(
        "contacts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("organisation", sa.String(length=200), nullable=False),
        sa.Column("function", sa.String(length=200), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=50), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contacts")),
    )
    op.create_table(
        "countries",
        sa.Column("code", sa.String(length=2), nullable=False),
        sa.Column("alpha3", sa.String(length=3), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_countries")),
        sa.UniqueConstraint("alpha3", name=op.f("uq_countries_alpha3")),
    )
    op.create_table(
        "officials",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("short_name", sa.String(length=100), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_officials")),
    )
    op.create_table(
        "organisations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("department", sa.String(length=200), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("logo", sa.LargeBinary(), nullable=True),
        sa.Column("logo_media_type", sa.String(length=100), nullable=True),
        sa.Column("demo_profile", sa.String(length=40), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organisations")),
    )
    op.create_table(
        "themes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_themes")),
        sa.UniqueConstraint("name", name=op.f("uq_themes_name")),
    )
    op.create_table(
        "agreement_documents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("agreement_id", sa.Integer(), nullable=False),
        sa.Column("filename", sa.String(length=255), nullable=False),
        sa.Column("media_type", sa.String(length=100), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agreement_id"],
            ["agreements.id"],
            name=op.f("fk_agreement_documents_agreement_id_agreements"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agreement_documents")),
    )
    with op.batch_alter_table("agreement_documents", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_agreement_documents_agreement_id"), ["agreement_id"], unique=False
        )

    op.create_table(
        "agreement_themes",
        sa.Column("agreement_id", sa.Integer(), nullable=False),
        sa.Column("theme_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agreement_id"],
            ["agreements.id"],
            name=op.f("fk_agreement_themes_agreement_id_agreements"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["theme_id"],
            ["themes.id"],
            name=op.f("fk_agreement_themes_theme_id_themes"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("agreement_id", "theme_id", name=op.f("pk_agreement_themes")),
    )
    with op.batch_alter_table("agreement_themes", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_agreement_themes_theme_id"), ["theme_id"], unique=False
        )

    op.create_table(
        "budget_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("budget_line_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "expense",
                "commitment",
                name="budgetentrykind",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["budget_line_id"],
            ["budget_lines.id"],
            name=op.f("fk_budget_entries_budget_line_id_budget_lines"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_budget_entries")),
    )
    with op.batch_alter_table("budget_entries", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_budget_entries_budget_line_id"), ["budget_line_id"], unique=False
        )

    op.create_table(
        "networks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("acronym", sa.String(length=40), nullable=False),
        sa.Column("scope", sa.Text(), nullable=False),
        sa.Column("member_since", sa.Integer(), nullable=True),
        sa.Column("annual_fee", sa.BigInteger(), nullable=True),
        sa.Column("responsible_official_id", sa.Integer(), nullable=True),
        sa.Column("portfolio_code", sa.String(length=20), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "member",
                "board_member",
                "vice_chair",
                "chair",
                name="networkrole",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["responsible_official_id"],
            ["officials.id"],
            name=op.f("fk_networks_responsible_official_id_officials"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_networks")),
        sa.UniqueConstraint("name", name=op.f("uq_networks_name")),
    )
    with op.batch_alter_table("networks", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_networks_responsible_official_id"),
            ["responsible_official_id"],
            unique=False,
        )

    op.create_table(
        "office_terms",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("official_id", sa.Integer(), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "mayor",
                "alderman",
                "municipal_secretary",
                "civil_servant",
                "other",
                name="role",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("portfolio", sa.Text(), nullable=False),
        sa.Column("portfolio_code", sa.String(length=20), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["official_id"],
            ["officials.id"],
            name=op.f("fk_office_terms_official_id_officials"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_office_terms")),
    )
    with op.batch_alter_table("office_terms", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_office_terms_official_id"), ["official_id"], unique=False
        )

    op.create_table(
        "places",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "city",
                "region",
                name="placekind",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("country_code", sa.String(length=2), nullable=False),
        sa.Column("latitude", sa.Float(), nullable=True),
        sa.Column("longitude", sa.Float(), nullable=True),
        sa.ForeignKeyConstraint(
            ["country_code"], ["countries.code"], name=op.f("fk_places_country_code_countries")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_places")),
        sa.UniqueConstraint("country_code", "name", name=op.f("uq_places_country_code_name")),
    )
    with op.batch_alter_table("places", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_places_country_code"), ["country_code"], unique=False)

    op.create_table(
        "trips",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "working_visit",
                "trade_mission",
                "conference",
                "network_meeting",
                name="tripkind",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "status",
            sa.Enum(
                "idea",
                "planned",
                "approved",
                "done",
                "cancelled",
                name="tripstatus",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("purpose", sa.Text(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column(
            "date_precision",
            sa.Enum(
                "day",
                "month",
                name="dateprecision",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("travel_and_stay", sa.BigInteger(), nullable=True),
        sa.Column("other_costs", sa.BigInteger(), nullable=True),
        sa.Column("co2_tonnes", sa.BigInteger(), nullable=True),
        sa.Column("co2_offset", sa.BigInteger(), nullable=True),
        sa.Column("budget_line_id", sa.Integer(), nullable=True),
        sa.Column("outcomes", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["budget_line_id"],
            ["budget_lines.id"],
            name=op.f("fk_trips_budget_line_id_budget_lines"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_trips")),
    )
    with op.batch_alter_table("trips", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_trips_budget_line_id"), ["budget_line_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_trips_start_date"), ["start_date"], unique=False)
        batch_op.create_index(batch_op.f("ix_trips_status"), ["status"], unique=False)

    op.create_table(
        "delegation_members",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("trip_id", sa.Integer(), nullable=False),
        sa.Column("organisation", sa.String(length=200), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("function", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["trip_id"],
            ["trips.id"],
            name=op.f("fk_delegation_members_trip_id_trips"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_delegation_members")),
    )
    with op.batch_alter_table("delegation_members", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_delegation_members_trip_id"), ["trip_id"], unique=False
        )

    op.create_table(
        "follow_ups",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("trip_id", sa.Integer(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("due", sa.Date(), nullable=True),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["trip_id"], ["trips.id"], name=op.f("fk_follow_ups_trip_id_trips"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_follow_ups")),
    )
    with op.batch_alter_table("follow_ups", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_follow_ups_trip_id"), ["trip_id"], unique=False)

    op.create_table(
        "network_contacts",
        sa.Column("network_id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_network_contacts_contact_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["network_id"],
            ["networks.id"],
            name=op.f("fk_network_contacts_network_id_networks"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("network_id", "contact_id", name=op.f("pk_network_contacts")),
    )
    with op.batch_alter_table("network_contacts", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_network_contacts_contact_id"), ["contact_id"], unique=False
        )

    op.create_table(
        "network_themes",
        sa.Column("network_id", sa.Integer(), nullable=False),
        sa.Column("theme_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["network_id"],
            ["networks.id"],
            name=op.f("fk_network_themes_network_id_networks"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["theme_id"],
            ["themes.id"],
            name=op.f("fk_network_themes_theme_id_themes"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("network_id", "theme_id", name=op.f("pk_network_themes")),
    )
    with op.batch_alter_table("network_themes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_network_themes_theme_id"), ["theme_id"], unique=False)

    op.create_table(
        "programme_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("trip_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("time", sa.Time(), nullable=True),
        sa.Column("activity", sa.Text(), nullable=False),
        sa.Column("place", sa.String(length=300), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_programme_items_contact_id_contacts"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["trip_id"],
            ["trips.id"],
            name=op.f("fk_programme_items_trip_id_trips"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_programme_items")),
    )
    with op.batch_alter_table("programme_items", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_programme_items_contact_id"), ["contact_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_programme_items_trip_id"), ["trip_id"], unique=False)

    op.create_table(
        "relations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "twin_city",
                "friendship",
                "strategic_partner",
                "other",
                name="relationkind",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("place_id", sa.Integer(), nullable=False),
        sa.Column("since_year", sa.Integer(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "active",
                "dormant",
                "ended",
                "pragmatic",
                name="relationstatus",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("responsible_official_id", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["place_id"], ["places.id"], name=op.f("fk_relations_place_id_places")
        ),
        sa.ForeignKeyConstraint(
            ["responsible_official_id"],
            ["officials.id"],
            name=op.f("fk_relations_responsible_official_id_officials"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_relations")),
    )
    with op.batch_alter_table("relations", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_relations_place_id"), ["place_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_relations_responsible_official_id"),
            ["responsible_official_id"],
            unique=False,
        )

    op.create_table(
        "trip_agreements",
        sa.Column("trip_id", sa.Integer(), nullable=False),
        sa.Column("agreement_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agreement_id"],
            ["agreements.id"],
            name=op.f("fk_trip_agreements_agreement_id_agreements"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["trip_id"],
            ["trips.id"],
            name=op.f("fk_trip_agreements_trip_id_trips"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("trip_id", "agreement_id", name=op.f("pk_trip_agreements")),
    )
    with op.batch_alter_table("trip_agreements", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_trip_agreements_agreement_id"), ["agreement_id"], unique=False
        )

    op.create_table(
        "trip_destinations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("trip_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("country_code", sa.String(length=2), nullable=False),
        sa.Column("place_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["country_code"],
            ["countries.code"],
            name=op.f("fk_trip_destinations_country_code_countries"),
        ),
        sa.ForeignKeyConstraint(
            ["place_id"], ["places.id"], name=op.f("fk_trip_destinations_place_id_places")
        ),
        sa.ForeignKeyConstraint(
            ["trip_id"],
            ["trips.id"],
            name=op.f("fk_trip_destinations_trip_id_trips"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_trip_destinations")),
    )
    with op.batch_alter_table("trip_destinations", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_trip_destinations_country_code"), ["country_code"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_trip_destinations_place_id"), ["place_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_trip_destinations_trip_id"), ["trip_id"], unique=False)

    op.create_table(
        "trip_networks",
        sa.Column("trip_id", sa.Integer(), nullable=False),
        sa.Column("network_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["network_id"],
            ["networks.id"],
            name=op.f("fk_trip_networks_network_id_networks"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["trip_id"],
            ["trips.id"],
            name=op.f("fk_trip_networks_trip_id_trips"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("trip_id", "network_id", name=op.f("pk_trip_networks")),
    )
    with op.batch_alter_table("trip_networks", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_trip_networks_network_id"), ["network_id"], unique=False
        )

    op.create_table(
        "trip_themes",
        sa.Column("trip_id", sa.Integer(), nullable=False),
        sa.Column("theme_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["theme_id"],
            ["themes.id"],
            name=op.f("fk_trip_themes_theme_id_themes"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["trip_id"], ["trips.id"], name=op.f("fk_trip_themes_trip_id_trips"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("trip_id", "theme_id", name=op.f("pk_trip_themes")),
    )
    with op.batch_alter_table("trip_themes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_trip_themes_theme_id"), ["theme_id"], unique=False)

    op.create_table(
        "trip_transport",
        sa.Column("trip_id", sa.Integer(), nullable=False),
        sa.Column(
            "mode",
            sa.Enum(
                "plane",
                "train",
                "official_car",
                "car",
                "bus",
                "boat",
                "other",
                name="transportmode",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["trip_id"],
            ["trips.id"],
            name=op.f("fk_trip_transport_trip_id_trips"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("trip_id", "mode", name=op.f("pk_trip_transport")),
    )
    op.create_table(
        "trip_travellers",
        sa.Column("trip_id", sa.Integer(), nullable=False),
        sa.Column("official_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("is_lead", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["official_id"], ["officials.id"], name=op.f("fk_trip_travellers_official_id_officials")
        ),
        sa.ForeignKeyConstraint(
            ["trip_id"],
            ["trips.id"],
            name=op.f("fk_trip_travellers_trip_id_trips"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("trip_id", "official_id", name=op.f("pk_trip_travellers")),
    )
    with op.batch_alter_table("trip_travellers", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_trip_travellers_official_id"), ["official_id"], unique=False
        )

    op.create_table(
        "agreement_relations",
        sa.Column("agreement_id", sa.Integer(), nullable=False),
        sa.Column("relation_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agreement_id"],
            ["agreements.id"],
            name=op.f("fk_agreement_relations_agreement_id_agreements"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["relation_id"],
            ["relations.id"],
            name=op.f("fk_agreement_relations_relation_id_relations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("agreement_id", "relation_id", name=op.f("pk_agreement_relations")),
    )
    with op.batch_alter_table("agreement_relations", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_agreement_relations_relation_id"), ["relation_id"], unique=False
        )

    op.create_table(
        "relation_contacts",
        sa.Column("relation_id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_relation_contacts_contact_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["relation_id"],
            ["relations.id"],
            name=op.f("fk_relation_contacts_relation_id_relations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("relation_id", "contact_id", name=op.f("pk_relation_contacts")),
    )
    with op.batch_alter_table("relation_contacts", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_relation_contacts_contact_id"), ["contact_id"], unique=False
        )

    op.create_table(
        "relation_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("relation_id", sa.Integer(), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "visit",
                "signing",
                "decision",
                "other",
                name="relationeventkind",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("description", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["relation_id"],
            ["relations.id"],
            name=op.f("fk_relation_events_relation_id_relations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_relation_events")),
    )
    with op.batch_alter_table("relation_events", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_relation_events_relation_id"), ["relation_id"], unique=False
        )

    op.create_table(
        "relation_themes",
        sa.Column("relation_id", sa.Integer(), nullable=False),
        sa.Column("theme_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["relation_id"],
            ["relations.id"],
            name=op.f("fk_relation_themes_relation_id_relations"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["theme_id"],
            ["themes.id"],
            name=op.f("fk_relation_themes_theme_id_themes"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("relation_id", "theme_id", name=op.f("pk_relation_themes")),
    )
    with op.batch_alter_table("relation_themes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_relation_themes_theme_id"), ["theme_id"], unique=False)

    op.create_table(
        "trip_relations",
        sa.Column("trip_id", sa.Integer(), nullable=False),
        sa.Column("relation_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["relation_id"],
            ["relations.id"],
            name=op.f("fk_trip_relations_relation_id_relations"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["trip_id"],
            ["trips.id"],
            name=op.f("fk_trip_relations_trip_id_trips"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("trip_id", "relation_id", name=op.f("pk_trip_relations")),
    )
    with op.batch_alter_table("trip_relations", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_trip_relations_relation_id"), ["relation_id"], unique=False
        )


def downgrade() -> None:

    with op.batch_alter_table("trip_relations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_trip_relations_relation_id"))

    op.drop_table("trip_relations")
    with op.batch_alter_table("relation_themes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_relation_themes_theme_id"))

    op.drop_table("relation_themes")
    with op.batch_alter_table("relation_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_relation_events_relation_id"))

    op.drop_table("relation_events")
    with op.batch_alter_table("relation_contacts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_relation_contacts_contact_id"))

    op.drop_table("relation_contacts")
    with op.batch_alter_table("agreement_relations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agreement_relations_relation_id"))

    op.drop_table("agreement_relations")
    with op.batch_alter_table("trip_travellers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_trip_travellers_official_id"))

    op.drop_table("trip_travellers")
    op.drop_table("trip_transport")
    with op.batch_alter_table("trip_themes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_trip_themes_theme_id"))

    op.drop_table("trip_themes")
    with op.batch_alter_table("trip_networks", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_trip_networks_network_id"))

    op.drop_table("trip_networks")
    with op.batch_alter_table("trip_destinations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_trip_destinations_trip_id"))
        batch_op.drop_index(batch_op.f("ix_trip_destinations_place_id"))
        batch_op.drop_index(batch_op.f("ix_trip_destinations_country_code"))

    op.drop_table("trip_destinations")
    with op.batch_alter_table("trip_agreements", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_trip_agreements_agreement_id"))

    op.drop_table("trip_agreements")
    with op.batch_alter_table("relations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_relations_responsible_official_id"))
        batch_op.drop_index(batch_op.f("ix_relations_place_id"))

    op.drop_table("relations")
    with op.batch_alter_table("programme_items", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_programme_items_trip_id"))
        batch_op.drop_index(batch_op.f("ix_programme_items_contact_id"))

    op.drop_table("programme_items")
    with op.batch_alter_table("network_themes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_network_themes_theme_id"))

    op.drop_table("network_themes")
    with op.batch_alter_table("network_contacts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_network_contacts_contact_id"))

    op.drop_table("network_contacts")
    with op.batch_alter_table("follow_ups", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_follow_ups_trip_id"))

    op.drop_table("follow_ups")
    with op.batch_alter_table("delegation_members", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_delegation_members_trip_id"))

    op.drop_table("delegation_members")
    with op.batch_alter_table("trips", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_trips_status"))
        batch_op.drop_index(batch_op.f("ix_trips_start_date"))
        batch_op.drop_index(batch_op.f("ix_trips_budget_line_id"))

    op.drop_table("trips")
    with op.batch_alter_table("places", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_places_country_code"))

    op.drop_table("places")
    with op.batch_alter_table("office_terms", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_office_terms_official_id"))

    op.drop_table("office_terms")
    with op.batch_alter_table("networks", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_networks_responsible_official_id"))

    op.drop_table("networks")
    with op.batch_alter_table("budget_entries", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_budget_entries_budget_line_id"))

    op.drop_table("budget_entries")
    with op.batch_alter_table("agreement_themes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agreement_themes_theme_id"))

    op.drop_table("agreement_themes")
    with op.batch_alter_table("agreement_documents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agreement_documents_agreement_id"))

    op.drop_table("agreement_documents")
    op.drop_table("themes")
    op.drop_table("organisations")
    op.drop_table("officials")
    op.drop_table("countries")
    op.drop_table("contacts")
    with op.batch_alter_table("budget_lines", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_budget_lines_year"))

    op.drop_table("budget_lines")
    op.drop_table("agreements")
