"""A database made through the services in which every text field holds the longest
value the services accept (or, where they set no limit, a long one: a page and more of
text with a URL and a word longer than any column), and every list that has no limit is
long: about a hundred destinations, travellers, contacts. Each value ends in a marker of
its own, so a test can tell that a report printed it to the end."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy.orm import Session

from intzaken.services.agreements import AgreementData, create_agreement
from intzaken.services.budget import (
    BudgetEntryData,
    BudgetLineData,
    add_budget_entry,
    create_budget_line,
)
from intzaken.services.checks import THEME_LENGTH
from intzaken.services.networks import NetworkData, create_network
from intzaken.services.officials import OfficialData, TermData, create_official
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

# Fields without a limit in the services get this many characters: far more than a page.
UNLIMITED = 9_000
MANY = 100  # destinations, programme items, delegates: no limit in the services
YEAR = 2024
WORDS = (
    "Samenwerking aan de energietransitie met de haven en de regio, kennis halen "
    "en delen met partnersteden"
)
URL = "https://www.example.org/" + "verslag/" * 60 + "index.html"


def long_text(length: int, marker: str, *, paragraphs: bool = True) -> str:
    """`length` characters ending in `marker`: words, one URL and one word longer than
    any column (neither has a space to break at), and blank lines between paragraphs
    when `paragraphs` (single-line fields get none)."""
    end = f" {marker}"
    room = length - len(end)
    parts: list[str] = []
    size = 0
    number = 0
    while size < room:
        number += 1
        if number % 7 == 3:
            part = URL
        elif number % 7 == 5:
            part = "Wereldhavenconferentie" * 12
        else:
            part = f"{WORDS} {number}."
        if paragraphs and number % 5 == 0:
            part += "\n\n"
        parts.append(part)
        size += len(part) + 1
    body = " ".join(parts)[:room].rstrip()
    body += "x" * (room - len(body))  # strip may have taken a character or two
    return body + end


def exactly(length: int, marker: str) -> str:
    """One line of `length` characters ending in `marker`."""
    return long_text(length, marker, paragraphs=False)


def unbreakable(length: int, marker: str) -> str:
    """`length` characters without a space, ending in `marker`."""
    return "W" * (length - len(marker)) + marker


@dataclass
class Longest:
    trip_id: int
    line_id: int
    markers: list[str] = field(default_factory=list)  # the end of every long value


def build_longest(session: Session) -> Longest:
    markers: list[str] = []

    def ending(name: str) -> str:
        markers.append(name)
        return name

    set_organisation(
        session,
        OrganisationData(
            name=exactly(200, ending("EINDE-organisatie")),
            department=exactly(200, ending("EINDE-afdeling")),
            email="a" * 188 + "@example.org",
        ),
    )
    officials = [
        create_official(
            session,
            OfficialData(
                name=exactly(200, ending(f"EINDE-bestuurder{i}")),
                short_name=unbreakable(100, ending(f"EINDE-kort{i}")),
                terms=[
                    TermData(
                        "alderman" if i else "mayor",
                        dt.date(2020, 1, 1),
                        portfolio=long_text(UNLIMITED // 9, ending(f"EINDE-portefeuille{i}")),
                        portfolio_code=unbreakable(20, f"P{i:02d}"),
                    )
                ],
            ),
        )
        for i in range(12)
    ]
    ids = [o.id for o in officials]
    places = [
        create_place(session, PlaceData(exactly(200, ending(f"EINDE-plaats{i}")), "PL"))
        for i in range(MANY)
    ]
    contacts = [
        create_contact(
            session,
            ContactData(
                name=exactly(200, ending(f"EINDE-contact{i}")),
                organisation=exactly(200, ending(f"EINDE-contactorganisatie{i}")),
                function=unbreakable(200, ending(f"EINDE-functie{i}")),
                email="c" * 186 + f"{i:02d}@example.org",
                phone=unbreakable(50, ending(f"EINDE-tel{i}")),
            ),
        )
        for i in range(3)
    ]
    themes = [unbreakable(THEME_LENGTH, f"thema{i}") for i in range(20)]
    relation = create_relation(
        session,
        RelationData(
            kind="twin_city",
            place_id=places[0].id,
            status="active",
            since_year=1990,
            themes=themes,
            responsible_official_id=ids[1],
            contact_ids=[c.id for c in contacts],
            notes=long_text(UNLIMITED, ending("EINDE-relatienotities")),
            events=[
                RelationEventData(
                    dt.date(2000 + i, 1, 1),
                    "visit",
                    long_text(UNLIMITED // 10, ending(f"EINDE-gebeurtenis{i}")),
                )
                for i in range(10)
            ],
        ),
    )
    agreement = create_agreement(
        session,
        AgreementData(
            kind="mou",
            title=exactly(300, ending("EINDE-overeenkomst")),
            status="active",
            counterparts=long_text(UNLIMITED // 3, ending("EINDE-partijen"), paragraphs=False),
            signed_on=dt.date(2021, 4, 12),
            signed_by=exactly(200, ending("EINDE-getekend")),
            valid_from=dt.date(2021, 4, 12),
            valid_until=dt.date(2026, 4, 11),
            themes=themes,
            relation_ids=[relation.id],
            notes=long_text(UNLIMITED, ending("EINDE-overeenkomstnotities")),
        ),
    )
    network = create_network(
        session,
        NetworkData(
            name=exactly(200, ending("EINDE-netwerk")),
            acronym=unbreakable(40, ending("EINDE-afk")),
            scope=long_text(UNLIMITED, ending("EINDE-werkterrein")),
            themes=themes,
            member_since=1989,
            annual_fee=Decimal("9999999999999.99"),
            responsible_official_id=ids[2],
            portfolio_code=unbreakable(20, ending("EINDE-code")),
            role="board_member",
            contact_ids=[c.id for c in contacts],
            notes=long_text(UNLIMITED, ending("EINDE-netwerknotities")),
        ),
    )
    line = create_budget_line(
        session,
        BudgetLineData(
            YEAR,
            exactly(200, ending("EINDE-begrotingspost")),
            Decimal("9999999999999.99"),
            code=unbreakable(40, ending("EINDE-postcode")),
            notes=long_text(UNLIMITED, ending("EINDE-postnotities")),
        ),
    )
    add_budget_entry(
        session,
        line.id,
        BudgetEntryData(
            "commitment",
            dt.date(YEAR, 2, 1),
            long_text(UNLIMITED // 3, ending("EINDE-uitgave")),
            Decimal("900.00"),
        ),
    )
    day = dt.date(YEAR, 3, 1)
    trip_data = dict(
        kind="trade_mission",
        destinations=[DestinationData("PL", p.id) for p in places],
        traveller_ids=ids,
        lead_official_id=ids[0],
        themes=themes,
        purpose=long_text(UNLIMITED, ending("EINDE-doel")),
        outcomes=long_text(UNLIMITED, ending("EINDE-resultaten")),
        notes=long_text(UNLIMITED, ending("EINDE-notities")),
        delegation=[
            DelegateData(
                exactly(200, ending(f"EINDE-delegatieorg{i}")),
                exactly(200, ending(f"EINDE-delegatienaam{i}")),
                unbreakable(200, ending(f"EINDE-delegatiefunctie{i}")),
            )
            for i in range(MANY // 10)
        ],
        transport=["plane", "train", "car", "boat", "bus"],
        travel_and_stay=Decimal("9999999999999.99"),
        other_costs=Decimal("9999999999999.99"),
        co2_tonnes=Decimal("9999999999999.999"),
        co2_offset=Decimal("9999999999999.99"),
        budget_line_id=line.id,
        relation_ids=[relation.id],
        network_ids=[network.id],
        agreement_ids=[agreement.id],
        programme=[
            ProgrammeItemData(
                day,
                long_text(UNLIMITED // 30, ending(f"EINDE-activiteit{i}")),
                dt.time(9, 30),
                exactly(300, ending(f"EINDE-plek{i}")),
                [contacts[i % 3].id],
            )
            for i in range(MANY // 4)
        ],
        follow_ups=[
            FollowUpData(long_text(UNLIMITED // 10, ending(f"EINDE-actie{i}")), dt.date(YEAR, 4, 1))
            for i in range(5)
        ],
    )
    done = create_trip(
        session,
        TripData(
            title=exactly(300, ending("EINDE-reistitel")),
            status="done",
            start_date=day,
            end_date=dt.date(YEAR, 3, 20),
            **trip_data,
        ),
    )
    # A planned trip for the letter on planned trips, with the same long values.
    create_trip(
        session,
        TripData(
            title=exactly(300, ending("EINDE-gepland")),
            status="planned",
            start_date=dt.date(YEAR, 9, 1),
            end_date=dt.date(YEAR, 9, 20),
            **trip_data,
        ),
    )
    session.flush()
    return Longest(done.id, line.id, markers)
