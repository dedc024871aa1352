"""A full mission for the briefing pack, the pocket programme and the calendar: the
mission of tests/mission_helpers.py with a relation (history, an MoU, an earlier visit
whose programme met the same person, an open follow-up), a network, a budget line, costs,
country facts and a contact's photo; and a bare trip with nothing but its dates."""

from __future__ import annotations

import datetime as dt
import struct
import zlib
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy.orm import Session

from intzaken.services import trips
from intzaken.services.agreements import AgreementData, create_agreement
from intzaken.services.budget import BudgetLineData, create_budget_line
from intzaken.services.data import ContactData
from intzaken.services.networks import NetworkData, create_network
from intzaken.services.organisation import create_contact, update_contact
from intzaken.services.relations import RelationData, RelationEventData, create_relation

from .mission_helpers import START, mission_base, mission_data, save_china_facts

D, T = dt.date, dt.time


def portrait_png(width: int = 60, height: int = 80) -> bytes:
    """A small PNG (a blue square on grey) made without an image library."""
    rows = b"".join(
        b"\x00"
        + b"".join(
            (b"\x15\x42\x73" if 15 < x < 45 and 20 < y < 60 else b"\xcc\xcc\xcc")
            for x in range(width)
        )
        for y in range(height)
    )

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


@dataclass(frozen=True)
class FullMission:
    trip_id: int
    earlier_trip_id: int
    bare_trip_id: int
    ids: dict[str, int]


def build_full_mission(session: Session) -> FullMission:
    base = mission_base(session)
    save_china_facts(session, START - dt.timedelta(days=5))
    update_contact(
        session,
        base["li"],
        ContactData(
            name="Li Wei (voorbeeld)",
            organisation="Havenbedrijf Shanghai",
            function="Directeur",
            phone="+86 21 5555 0101",
            email="li.wei@example.cn",
            notes="Spreekt Engels; studeerde in Delft.",
            photo=portrait_png(),
            photo_media_type="image/png",
        ),
    )
    guest = create_contact(
        session,
        ContactData(
            name="Zhang Min (voorbeeld)",
            organisation="Gemeente Shanghai",
            function="Loco-burgemeester",
            phone="+86 21 5555 0200",
        ),
    )
    relation = create_relation(
        session,
        RelationData(
            kind="twin_city",
            place_id=base["shanghai"],
            status="active",
            since_year=1979,
            themes=["haven"],
            responsible_official_id=base["mayor"],
            notes="Oudste stedenband; havensamenwerking staat centraal.",
            events=[RelationEventData(D(1979, 6, 1), "signing", "Stedenband getekend")],
        ),
    )
    mou = create_agreement(
        session,
        AgreementData(
            kind="mou",
            title="MoU havensamenwerking Rotterdam-Shanghai",
            status="active",
            signed_on=D(2022, 5, 1),
            valid_from=D(2022, 5, 1),
            valid_until=D(2027, 4, 30),
            relation_ids=[relation.id],
        ),
    )
    network = create_network(
        session,
        NetworkData(
            name="World Ports Climate Action Program",
            scope="Havensteden werken samen aan klimaatdoelen",
            role="member",
            member_since=2018,
        ),
    )
    line = create_budget_line(
        session, BudgetLineData(2027, "Werkbudget internationaal", Decimal("50000.00"))
    )
    earlier = trips.create_trip(
        session,
        trips.TripData(
            title="Havenmissie Shanghai 2024",
            kind="working_visit",
            status="done",
            start_date=D(2024, 4, 8),
            end_date=D(2024, 4, 10),
            destinations=[trips.DestinationData("CN", base["shanghai"])],
            traveller_ids=[base["mayor"]],
            lead_official_id=base["mayor"],
            outcomes="Afspraak om walstroom samen te onderzoeken.",
            relation_ids=[relation.id],
            programme=[
                trips.ProgrammeItemData(
                    D(2024, 4, 9), "Rondleiding haven", T(10, 0), "Yangshan", [base["li"]]
                )
            ],
            follow_ups=[trips.FollowUpData("Onderzoek walstroom delen", D(2024, 12, 1))],
        ),
    )
    data = mission_data(
        base,
        purpose="Havensamenwerking verdiepen en het MoU verlengen.",
        hosts=[
            trips.HostData(guest.id, "loco-burgemeester, gastheer"),
            trips.HostData(base["chen"], "gastheer namens de haven"),
        ],
        relation_ids=[relation.id],
        network_ids=[network.id],
        agreement_ids=[mou.id],
        budget_line_id=line.id,
        travel_and_stay=Decimal("8450.00"),
        other_costs=Decimal("1200.00"),
    )
    data.programme.insert(
        2,
        trips.ProgrammeItemData(
            START,
            "Diner met de loco-burgemeester",
            T(19, 0),
            "Stadhuis Shanghai",
            [guest.id],
            end_time=T(21, 0),
            address="200 People's Avenue",
            purpose="Verlenging van het MoU bespreken",
            talking_points="MoU verlengen tot 2032\nUitwisseling studenten",
            dress_code="donker pak",
        ),
    )
    trip = trips.create_trip(session, data)
    bare = trips.create_trip(
        session,
        trips.TripData(
            title="Werkbezoek Gent",
            kind="working_visit",
            status="planned",
            start_date=D(2027, 3, 4),
            end_date=D(2027, 3, 4),
            destinations=[trips.DestinationData("BE", None)],
            traveller_ids=[base["alderman"]],
            lead_official_id=base["alderman"],
        ),
    )
    session.flush()
    return FullMission(trip.id, earlier.id, bare.id, {**base, "guest": guest.id})
