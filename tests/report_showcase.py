"""A small database whose trip uses every part of the reports, with names that only an
embedded Unicode font prints and text that looks like markup."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy.orm import Session

from intzaken.services.agreements import AgreementData, create_agreement
from intzaken.services.budget import (
    BudgetEntryData,
    BudgetLineData,
    add_budget_entry,
    create_budget_line,
)
from intzaken.services.networks import NetworkData, create_network
from intzaken.services.organisation import (
    ContactData,
    OrganisationData,
    create_contact,
    set_organisation,
)
from intzaken.services.places import PlaceData, create_place
from intzaken.services.relations import RelationData, RelationEventData, create_relation
from intzaken.services.trips import (
    DelegateData,
    DestinationData,
    FollowUpData,
    ProgrammeItemData,
    TripData,
    create_trip,
)

from .conftest import add_official

MARKUP = "<b>R&D</b>"
TITLE = f"Missie Śląskie en São Paulo: CO₂ en {MARKUP}"


@dataclass
class Showcase:
    trip_id: int
    earlier_trip_id: int
    line_id: int


def build_showcase(session: Session) -> Showcase:
    set_organisation(
        session,
        OrganisationData(
            name="Gemeente Malmö & Zürich",
            department="Team <Internationaal>",
            email="iz@example.org",
        ),
    )
    mayor = add_official(session, "Ahmed Aboutaleb", "mayor", "2009-01-05", "2024-10-01")
    alderman = add_official(session, "Chantal Zeegers", "alderman", "2022-06-16")
    silesia = create_place(session, PlaceData("Śląskie", "PL", "region"))
    sao_paulo = create_place(session, PlaceData("São Paulo", "BR"))
    contact = create_contact(
        session,
        ContactData(
            name="Zofia Wójcik",
            organisation="Urząd Marszałkowski",
            function="directeur",
            email="z.wojcik@example.org",
            phone="+48 32 000 00 00",
        ),
    )
    relation = create_relation(
        session,
        RelationData(
            kind="friendship",
            place_id=silesia.id,
            status="active",
            since_year=2015,
            themes=["energietransitie"],
            contact_ids=[contact.id],
            notes="Samenwerking aan de energietransitie & kolenregio's <na 2030>.",
            events=[RelationEventData(dt.date(2016, 5, 1), "signing", "Intentie getekend")],
        ),
    )
    agreement = create_agreement(
        session,
        AgreementData(
            kind="mou",
            title="MoU Śląskie – CO₂-arme warmte",
            status="active",
            counterparts="Województwo Śląskie",
            signed_on=dt.date(2021, 4, 12),
            valid_from=dt.date(2021, 4, 12),
            valid_until=dt.date(2026, 4, 11),
            relation_ids=[relation.id],
        ),
    )
    network = create_network(
        session,
        NetworkData(
            name="Eurocities",
            scope="Netwerk van grote Europese steden",
            role="board_member",
            responsible_official_id=alderman,
            portfolio_code="DLE",
            member_since=1989,
        ),
    )
    line = create_budget_line(
        session,
        BudgetLineData(2024, "Werkbudget internationaal", Decimal("10000.00"), code="IZ-01"),
    )
    add_budget_entry(
        session,
        line.id,
        BudgetEntryData(
            "commitment", dt.date(2024, 2, 1), "Tolken & vertalingen", Decimal("900.00")
        ),
    )
    earlier = create_trip(
        session,
        TripData(
            title="Eerste kennismaking",
            kind="working_visit",
            status="done",
            start_date=dt.date(2023, 3, 2),
            end_date=dt.date(2023, 3, 3),
            destinations=[DestinationData("PL", silesia.id)],
            traveller_ids=[mayor],
            lead_official_id=mayor,
            transport=["plane"],
            travel_and_stay=Decimal("1200.00"),
            other_costs=Decimal("0.00"),
            co2_tonnes=Decimal("0.40"),
            co2_offset=Decimal("5.60"),
        ),
    )
    trip = create_trip(
        session,
        TripData(
            title=TITLE,
            kind="trade_mission",
            status="done",
            start_date=dt.date(2024, 1, 27),
            end_date=dt.date(2024, 2, 3),
            destinations=[DestinationData("PL", silesia.id), DestinationData("BR", sao_paulo.id)],
            traveller_ids=[mayor, alderman],
            lead_official_id=mayor,
            purpose=f"Kennis over CO₂-opslag halen bij {MARKUP} & AT&T <script>.\n\n"
            "Tweede alinea: Lüderitz volgt later.",
            themes=["energietransitie", "haven"],
            delegation=[DelegateData("Havenbedrijf <Rotterdam>", "Ana Conceição", "R&D-lead")],
            transport=["plane", "train"],
            travel_and_stay=Decimal("22360.00"),
            other_costs=Decimal("0.00"),
            co2_tonnes=Decimal("23.32"),
            co2_offset=Decimal("326.64"),
            budget_line_id=line.id,
            relation_ids=[relation.id],
            network_ids=[network.id],
            agreement_ids=[agreement.id],
            programme=[
                ProgrammeItemData(
                    dt.date(2024, 1, 27),
                    "Ontvangst door de marszałek",
                    dt.time(9, 30),
                    "Katowice",
                    [contact.id],
                ),
                ProgrammeItemData(
                    dt.date(2024, 1, 30),
                    "Bezoek aan de haven van Santos",
                    dt.time(14, 0),
                    "São Paulo",
                ),
            ],
            follow_ups=[FollowUpData("Verslag aan de raad", dt.date(2024, 3, 1))],
        ),
    )
    session.flush()
    return Showcase(trip.id, earlier.id, line.id)
