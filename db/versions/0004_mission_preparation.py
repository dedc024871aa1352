"""mission preparation

A trip's programme becomes a briefing: each item gets an end time, an address, a purpose,
talking points, questions, dress code and gifts, its order within the day, and several
people met instead of one (`programme_contacts`, filled from the old `contact_id`, which
goes) and the travellers who attend (`programme_attendees`). A trip gets its legs, stays
and hosts, a time zone, local transport and a contact on the ground; travellers and
delegation members a role; contacts a photo and notes. `country_facts` keeps per country
what a delegation needs to know there.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TRANSPORT_MODES = ("plane", "train", "official_car", "car", "bus", "boat", "other")
TRAVEL_ADVICE = ("green", "yellow", "orange", "red")
PROGRAMME_TEXTS = {
    "address": sa.String(length=300),
    "purpose": sa.Text(),
    "talking_points": sa.Text(),
    "questions": sa.Text(),
    "dress_code": sa.String(length=200),
    "gifts": sa.String(length=300),
    "time_zone": sa.String(length=64),
}


def _text(name: str, type_: sa.types.TypeEngine[str]) -> sa.Column[str]:
    """A text column that is "" on the rows already there."""
    return sa.Column(name, type_, server_default="", nullable=False)


def _enum(name: str, values: Sequence[str]) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True, length=32)


def upgrade() -> None:
    _new_tables()
    with op.batch_alter_table("trips") as batch:
        batch.add_column(_text("time_zone", sa.String(length=64)))
        batch.add_column(_text("local_transport", sa.Text()))
        batch.add_column(sa.Column("ground_contact_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(
            op.f("fk_trips_ground_contact_id_contacts"),
            "contacts",
            ["ground_contact_id"],
            ["id"],
            ondelete="SET NULL",
        )
        batch.create_index(op.f("ix_trips_ground_contact_id"), ["ground_contact_id"])
    for table in ("trip_travellers", "delegation_members"):
        with op.batch_alter_table(table) as batch:
            batch.add_column(_text("role", sa.String(length=200)))
    with op.batch_alter_table("contacts") as batch:
        batch.add_column(sa.Column("photo", sa.LargeBinary(), nullable=True))
        batch.add_column(sa.Column("photo_media_type", sa.String(length=100), nullable=True))
        batch.add_column(_text("notes", sa.Text()))
    with op.batch_alter_table("programme_items") as batch:
        batch.add_column(sa.Column("position", sa.Integer(), server_default="0", nullable=False))
        batch.add_column(sa.Column("end_time", sa.Time(), nullable=True))
        for name, type_ in PROGRAMME_TEXTS.items():
            batch.add_column(_text(name, type_))
    _number_items_within_their_day()
    _move_contacts_to_their_table()
    with op.batch_alter_table("programme_items") as batch:
        batch.drop_index("ix_programme_items_contact_id")
        batch.drop_constraint("fk_programme_items_contact_id_contacts", type_="foreignkey")
        batch.drop_column("contact_id")


def _new_tables() -> None:
    op.create_table(
        "country_facts",
        sa.Column("country_code", sa.String(length=2), nullable=False),
        sa.Column("time_zone", sa.String(length=64), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("languages", sa.String(length=200), nullable=False),
        sa.Column("embassy_name", sa.String(length=200), nullable=False),
        sa.Column("embassy_address", sa.String(length=300), nullable=False),
        sa.Column("embassy_phone", sa.String(length=50), nullable=False),
        sa.Column("embassy_emergency_phone", sa.String(length=50), nullable=False),
        sa.Column("local_emergency_number", sa.String(length=50), nullable=False),
        sa.Column("travel_advice", _enum("traveladvice", TRAVEL_ADVICE), nullable=True),
        sa.Column("travel_advice_checked", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["country_code"],
            ["countries.code"],
            name=op.f("fk_country_facts_country_code_countries"),
        ),
        sa.PrimaryKeyConstraint("country_code", name=op.f("pk_country_facts")),
    )
    op.create_table(
        "trip_legs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("trip_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("mode", _enum("transportmode", TRANSPORT_MODES), nullable=False),
        sa.Column("carrier", sa.String(length=100), nullable=False),
        sa.Column("number", sa.String(length=40), nullable=False),
        sa.Column("from_place", sa.String(length=200), nullable=False),
        sa.Column("to_place", sa.String(length=200), nullable=False),
        sa.Column("departure", sa.DateTime(), nullable=True),
        sa.Column("departure_time_zone", sa.String(length=64), nullable=False),
        sa.Column("arrival", sa.DateTime(), nullable=True),
        sa.Column("arrival_time_zone", sa.String(length=64), nullable=False),
        sa.Column("reference", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(
            ["trip_id"], ["trips.id"], name=op.f("fk_trip_legs_trip_id_trips"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_trip_legs")),
    )
    op.create_index(op.f("ix_trip_legs_trip_id"), "trip_legs", ["trip_id"])
    op.create_table(
        "trip_stays",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("trip_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("hotel", sa.String(length=200), nullable=False),
        sa.Column("address", sa.String(length=300), nullable=False),
        sa.Column("phone", sa.String(length=50), nullable=False),
        sa.Column("check_in", sa.Date(), nullable=True),
        sa.Column("check_out", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["trip_id"], ["trips.id"], name=op.f("fk_trip_stays_trip_id_trips"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_trip_stays")),
    )
    op.create_index(op.f("ix_trip_stays_trip_id"), "trip_stays", ["trip_id"])
    op.create_table(
        "trip_hosts",
        sa.Column("trip_id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_trip_hosts_contact_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["trip_id"], ["trips.id"], name=op.f("fk_trip_hosts_trip_id_trips"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("trip_id", "contact_id", name=op.f("pk_trip_hosts")),
    )
    op.create_index(op.f("ix_trip_hosts_contact_id"), "trip_hosts", ["contact_id"])
    op.create_table(
        "programme_contacts",
        sa.Column("programme_item_id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_programme_contacts_contact_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["programme_item_id"],
            ["programme_items.id"],
            name=op.f("fk_programme_contacts_programme_item_id_programme_items"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "programme_item_id", "contact_id", name=op.f("pk_programme_contacts")
        ),
    )
    op.create_index(op.f("ix_programme_contacts_contact_id"), "programme_contacts", ["contact_id"])
    op.create_table(
        "programme_attendees",
        sa.Column("programme_item_id", sa.Integer(), nullable=False),
        sa.Column("official_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["official_id"],
            ["officials.id"],
            name=op.f("fk_programme_attendees_official_id_officials"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["programme_item_id"],
            ["programme_items.id"],
            name=op.f("fk_programme_attendees_programme_item_id_programme_items"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "programme_item_id", "official_id", name=op.f("pk_programme_attendees")
        ),
    )
    op.create_index(
        op.f("ix_programme_attendees_official_id"), "programme_attendees", ["official_id"]
    )


_items = sa.table(
    "programme_items",
    sa.column("id", sa.Integer()),
    sa.column("trip_id", sa.Integer()),
    sa.column("day", sa.Date()),
    sa.column("time", sa.Time()),
    sa.column("position", sa.Integer()),
    sa.column("contact_id", sa.Integer()),
)
_item_contacts = sa.table(
    "programme_contacts",
    sa.column("programme_item_id", sa.Integer()),
    sa.column("contact_id", sa.Integer()),
    sa.column("position", sa.Integer()),
)


def _number_items_within_their_day() -> None:
    """The order the programme had (by time, untimed first, then as entered) becomes the
    items' positions within their day."""
    connection = op.get_bind()
    rows = connection.execute(
        sa.select(_items.c.id, _items.c.trip_id, _items.c.day).order_by(
            _items.c.trip_id, _items.c.day, _items.c.time.nulls_first(), _items.c.id
        )
    ).all()
    positions, day, position = [], None, 0
    for item_id, trip_id, item_day in rows:
        position = position + 1 if (trip_id, item_day) == day else 0
        day = (trip_id, item_day)
        positions.append({"item_id": item_id, "new_position": position})
    if positions:
        connection.execute(
            _items.update()
            .where(_items.c.id == sa.bindparam("item_id"))
            .values(position=sa.bindparam("new_position")),
            positions,
        )


def _move_contacts_to_their_table() -> None:
    op.execute(
        _item_contacts.insert().from_select(
            ["programme_item_id", "contact_id", "position"],
            sa.select(_items.c.id, _items.c.contact_id, sa.literal(0)).where(
                _items.c.contact_id.is_not(None)
            ),
        )
    )


def downgrade() -> None:
    """Back to one contact per item (the first); the rest of the mission data goes."""
    with op.batch_alter_table("programme_items") as batch:
        batch.add_column(sa.Column("contact_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(
            op.f("fk_programme_items_contact_id_contacts"),
            "contacts",
            ["contact_id"],
            ["id"],
            ondelete="SET NULL",
        )
        batch.create_index(op.f("ix_programme_items_contact_id"), ["contact_id"])
    first = (
        sa.select(_item_contacts.c.contact_id)
        .where(_item_contacts.c.programme_item_id == _items.c.id)
        .order_by(_item_contacts.c.position, _item_contacts.c.contact_id)
        .limit(1)
        .scalar_subquery()
    )
    op.execute(_items.update().values(contact_id=first))
    with op.batch_alter_table("programme_items") as batch:
        for name in ("position", "end_time", *PROGRAMME_TEXTS):
            batch.drop_column(name)
    with op.batch_alter_table("contacts") as batch:
        for name in ("notes", "photo_media_type", "photo"):
            batch.drop_column(name)
    for table in ("delegation_members", "trip_travellers"):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("role")
    with op.batch_alter_table("trips") as batch:
        batch.drop_index(op.f("ix_trips_ground_contact_id"))
        batch.drop_constraint(op.f("fk_trips_ground_contact_id_contacts"), type_="foreignkey")
        for name in ("ground_contact_id", "local_transport", "time_zone"):
            batch.drop_column(name)
    for table in (
        "programme_attendees",
        "programme_contacts",
        "trip_hosts",
        "trip_stays",
        "trip_legs",
        "country_facts",
    ):
        op.drop_table(table)
