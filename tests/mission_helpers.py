"""A mission with everything preparation adds (programme details, legs, stays, hosts,
roles, country facts), for the tests of the services, exchange, travel copies and
readiness."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy.orm import Session

from intzaken.services import places, trips
from intzaken.services.country_facts import CountryFactsData, save_country_facts
from intzaken.services.data import ContactData
from intzaken.services.organisation import create_contact

from .conftest import add_official

D, T, DT = dt.date, dt.time, dt.datetime
START = D(2027, 1, 11)


def mission_base(session: Session) -> dict[str, int]:
    """Officials, a place and contacts a mission names."""
    base = {
        "mayor": add_official(session),
        "alderman": add_official(session, "Robert Simons", "alderman", "2022-06-01"),
        "shanghai": places.create_place(
            session, places.PlaceData(name="Shanghai", country_code="CN")
        ).id,
    }
    for key, name, phone, email in (
        ("li", "Li Wei (voorbeeld)", "+86 21 5555 0101", "li.wei@example.cn"),
        ("chen", "Chen Jing (voorbeeld)", "+86 21 5555 0102", ""),
        ("wang", "Wang Fang (voorbeeld)", "", "wang.fang@example.cn"),
    ):
        contact = create_contact(
            session,
            ContactData(
                name=name,
                organisation="Havenbedrijf Shanghai",
                function="Directeur",
                phone=phone,
                email=email,
            ),
        )
        base[key] = contact.id
    return base


def mission_data(base: dict[str, int], **changes: Any) -> trips.TripData:
    data = trips.TripData(
        title="Missie Shanghai",
        kind="working_visit",
        status="planned",
        start_date=START,
        end_date=START + dt.timedelta(days=2),
        destinations=[trips.DestinationData("CN", base["shanghai"])],
        traveller_ids=[base["mayor"], base["alderman"]],
        lead_official_id=base["mayor"],
        traveller_roles={base["mayor"]: "delegatieleider", base["alderman"]: "woordvoerder"},
        delegation=[trips.DelegateData("Havenbedrijf Rotterdam", "An de Vries", "CEO", "adviseur")],
        time_zone="Asia/Shanghai",
        local_transport="Busje van de gastheer; metro lijn 2 naar Pudong.",
        ground_contact_id=base["li"],
        hosts=[trips.HostData(base["chen"], "gastheer namens de stad")],
        programme=[
            trips.ProgrammeItemData(
                START, "Aankomst en briefing", T(9, 0), "Hotel", end_time=T(10, 0)
            ),
            trips.ProgrammeItemData(
                START,
                "Gesprek havenbedrijf",
                T(14, 0),
                "Havenkantoor",
                [base["li"], base["chen"]],
                end_time=T(15, 30),
                address="1 Dongdaming Road",
                purpose="Samenwerking walstroom",
                talking_points="Walstroom vanaf 2028\nGroene corridor",
                questions="Welke terminals eerst?",
                dress_code="zakelijk",
                gifts="Delfts blauw",
                attendee_ids=[base["alderman"]],
            ),
            trips.ProgrammeItemData(
                START + dt.timedelta(days=1),
                "Bezoek terminal",
                T(10, 0),
                "Yangshan",
                [base["wang"]],
                purpose="Kennismaking",
                time_zone="Asia/Shanghai",
            ),
            trips.ProgrammeItemData(
                START + dt.timedelta(days=2), "Terugreis", T(8, 0), "Pudong Airport"
            ),
        ],
        legs=[
            trips.LegData(
                "plane",
                "KLM",
                "KL 895",
                "Amsterdam",
                "Shanghai Pudong",
                DT(2027, 1, 10, 14, 5),
                "Europe/Amsterdam",
                DT(2027, 1, 11, 7, 30),
                "Asia/Shanghai",
                "ABC123",
            ),
            trips.LegData(
                "plane",
                "KLM",
                "KL 896",
                "Shanghai Pudong",
                "Amsterdam",
                DT(2027, 1, 13, 10, 50),
                "Asia/Shanghai",
                DT(2027, 1, 13, 16, 0),
                "Europe/Amsterdam",
                "ABC123",
            ),
        ],
        stays=[
            trips.StayData(
                "Hotel Bund (voorbeeld)",
                "Zhongshan Road 1",
                "+86 21 5555 0000",
                START,
                START + dt.timedelta(days=2),
                "Ontbijt inbegrepen",
            )
        ],
    )
    for key, value in changes.items():
        setattr(data, key, value)
    return data


def save_china_facts(session: Session, checked: dt.date, advice: str = "yellow") -> None:
    save_country_facts(
        session,
        "CN",
        CountryFactsData(
            time_zone="Asia/Shanghai",
            currency="CNY",
            languages="Chinees (Mandarijn)",
            embassy_name="Consulaat-generaal Shanghai (voorbeeld)",
            embassy_address="Voorbeeldstraat 1, Shanghai",
            embassy_phone="+86 21 0000 0000",
            embassy_emergency_phone="+31 247 247 247",
            local_emergency_number="110",
            travel_advice=advice,
            travel_advice_checked=checked,
        ),
    )
