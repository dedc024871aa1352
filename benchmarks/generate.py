"""A large, realistic Intzaken database for the benchmark, written through the services.

Everything goes through `intzaken.services.*` with the same `*Data` dataclasses the
forms and the demo loader use, so the file holds exactly what the app would have written
(validation, themes, positions, month precision) and nothing the app could not read.

Deterministic: a fixed seed gives the same database every time. The default size is the
one in issue 7: 100,000 trips over 1996-2025 (with exactly 1,000 trips carried out in
2024, for the annual overview), 5,000 relations, 500 networks, 2,000 agreements and
budget lines for every year.

    .venv/bin/python -m benchmarks.generate            # the cached large database
    .venv/bin/python -m benchmarks.generate --trips 2000 --out /tmp/small.sqlite

The large database is cached in benchmarks/.cache/ under a name with the generator's
version, the schema revision and the size, and reused while it exists.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from sqlalchemy.orm import Session

# Bump when the generated content changes, so an old cached file is not reused.
# 2: no two trips share title and start date (the key of the exchange layout's trips).
# 3: the same for trips known by their month (stored from the first of the month).
GENERATOR_VERSION = 3
CACHE_DIR = Path(__file__).resolve().parent / ".cache"
ORGANISATION = "Gemeente Benchmarkstad"
SEED = 20240607


@dataclass(frozen=True)
class Size:
    trips: int = 100_000
    relations: int = 5_000
    networks: int = 500
    agreements: int = 2_000
    officials: int = 60
    first_year: int = 1996
    last_year: int = 2025
    # The year of the annual overview benchmark and how many trips were carried out then.
    report_year: int = 2024
    report_trips: int = 1_000
    budget_lines_per_year: int = 6
    # Added to the name of every place, network and agreement: a workbook made with one,
    # imported into a database made without it (the busy probe's import), names none of
    # that database's records, which the same seed made with the same names; else its
    # relations ("Dorflen (Ierland)") and agreements would each match two records.
    name_suffix: str = ""

    def key(self) -> str:
        return (
            f"t{self.trips}-r{self.relations}-n{self.networks}-a{self.agreements}"
            f"-o{self.officials}-{self.first_year}-{self.last_year}"
            f"-y{self.report_year}x{self.report_trips}"
            + (f"-s{self.name_suffix.strip()}" if self.name_suffix else "")
        )


LARGE = Size()
# --quick: the same shape, small enough to make in well under a minute.
QUICK = Size(trips=5_000, relations=500, networks=50, agreements=200, report_trips=300)


def tiny(trips: int = 50) -> Size:
    """A database small enough for a unit test."""
    return Size(
        trips=trips,
        relations=10,
        networks=5,
        agreements=8,
        officials=12,
        first_year=2020,
        last_year=2025,
        report_trips=min(10, trips // 3),
        budget_lines_per_year=2,
    )


# --- vocabulary ---

# Countries the trips go to, weighted: mostly Europe, then the usual trading partners.
COUNTRY_WEIGHTS = {
    "BE": 12,
    "DE": 14,
    "FR": 8,
    "GB": 8,
    "ES": 5,
    "IT": 5,
    "PL": 4,
    "DK": 3,
    "SE": 3,
    "NO": 2,
    "FI": 2,
    "AT": 3,
    "CH": 3,
    "PT": 2,
    "IE": 2,
    "CZ": 2,
    "HU": 1,
    "GR": 1,
    "LU": 2,
    "EE": 1,
    "LV": 1,
    "LT": 1,
    "RO": 1,
    "BG": 1,
    "HR": 1,
    "SI": 1,
    "SK": 1,
    "US": 5,
    "CA": 2,
    "CN": 4,
    "JP": 2,
    "KR": 2,
    "IN": 1,
    "SG": 2,
    "TR": 2,
    "MA": 2,
    "SR": 2,
    "CW": 1,
    "AW": 1,
    "ZA": 1,
    "BR": 1,
    "AE": 1,
    "GH": 1,
    "KE": 1,
    "ID": 1,
    "AU": 1,
    "MX": 1,
    "CL": 1,
    "IL": 1,
    "EG": 1,
    "UA": 1,
    "RS": 1,
    "IS": 1,
    "VN": 1,
}
SYLLABLES = (
    "ber",
    "lin",
    "ham",
    "burg",
    "gen",
    "dorf",
    "sta",
    "ville",
    "mont",
    "bro",
    "vik",
    "holm",
    "ka",
    "to",
    "ra",
    "mi",
    "len",
    "del",
    "san",
    "por",
    "ta",
    "na",
    "lo",
    "ri",
    "ves",
    "cas",
    "tel",
    "gra",
    "no",
    "ost",
    "wes",
    "sud",
    "nor",
    "bel",
    "ak",
    "ur",
    "ze",
    "vo",
    "lu",
    "an",
)
THEMES = (
    "economie",
    "haven",
    "klimaat",
    "energietransitie",
    "cultuur",
    "onderwijs",
    "veiligheid",
    "mobiliteit",
    "wonen",
    "zorg",
    "innovatie",
    "toerisme",
    "circulaire economie",
    "water",
    "digitalisering",
    "sport",
    "jeugd",
    "internationale solidariteit",
    "kennisuitwisseling",
    "handel",
)
TOPICS = (
    "havensamenwerking",
    "stedelijke vernieuwing",
    "slimme mobiliteit",
    "klimaatadaptatie",
    "waterbeheer",
    "cultuuruitwisseling",
    "handelsbevordering",
    "innovatie in de zorg",
    "energietransitie",
    "circulaire bouw",
    "digitale overheid",
    "toerisme en citymarketing",
    "jeugd en onderwijs",
    "veiligheid in de regio",
    "netwerkbijeenkomst",
    "ondertekening van een samenwerkingsverband",
)
FIRST_NAMES = (
    "Anna",
    "Pieter",
    "Fatima",
    "Jan",
    "Sanne",
    "Mohamed",
    "Eva",
    "Bas",
    "Lotte",
    "Ahmed",
    "Ingrid",
    "Kees",
    "Marieke",
    "Hans",
    "Noor",
    "Ruben",
    "Yasmina",
    "Willem",
    "Femke",
    "Ozan",
    "Karin",
    "Tim",
    "Esther",
    "Joost",
)
SURNAMES = (
    "de Vries",
    "Jansen",
    "Bakker",
    "Visser",
    "Smit",
    "Meijer",
    "de Boer",
    "Mulder",
    "de Groot",
    "Bos",
    "Vos",
    "Peters",
    "Hendriks",
    "van Dijk",
    "Kaya",
    "El Idrissi",
    "Dekker",
    "Brouwer",
    "de Wit",
    "Dijkstra",
    "Smits",
    "van den Berg",
    "Koster",
    "Prins",
    "Huisman",
    "Kok",
    "Yilmaz",
    "Postma",
)
PORTFOLIOS = (
    ("Economie en haven", "EH"),
    ("Klimaat en energie", "KE"),
    ("Cultuur en onderwijs", "CO"),
    ("Mobiliteit", "MO"),
    ("Wonen en ruimte", "WR"),
    ("Zorg en welzijn", "ZW"),
    ("Financiën", "FI"),
    ("Veiligheid", "VE"),
)
BUDGET_NAMES = (
    "Buitenlandse reizen college",
    "Internationale netwerken",
    "Partnersteden",
    "Handelsmissies",
    "Representatie",
    "Europese samenwerking",
    "Ontwikkelingssamenwerking",
    "Ontvangsten",
)


def say(message: str) -> None:
    print(message, flush=True)


@dataclass
class Progress:
    """Prints how far the generation is, at most once a second."""

    out: Callable[[str], None] | None = say
    _last: float = field(default=0.0, repr=False)

    def say(self, message: str, *, force: bool = False) -> None:
        now = time.monotonic()
        if self.out is not None and (force or now - self._last >= 1.0):
            self._last = now
            self.out(message)


def _place_name(rng: random.Random) -> str:
    name = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3)))
    return name.capitalize()


def _money(rng: random.Random, low: int, high: int) -> Decimal:
    return Decimal(rng.randint(low * 100, high * 100)) / 100


def _date_in(rng: random.Random, year: int) -> dt.date:
    return dt.date(year, 1, 1) + dt.timedelta(days=rng.randrange(365))


def cache_path(size: Size = LARGE) -> Path:
    from intzaken.store.migrations import head_revision

    return CACHE_DIR / f"large-v{GENERATOR_VERSION}-{head_revision()}-{size.key()}.sqlite"


def trips_per_year(size: Size) -> dict[int, int]:
    """How many trips start in each year: the report year gets `report_trips` carried-out
    trips plus a few cancelled ones; the rest is spread evenly over the other years."""
    years = list(range(size.first_year, size.last_year + 1))
    report_extra = size.report_trips // 20  # cancelled trips of the report year
    in_report_year = size.report_trips + report_extra if size.report_year in years else 0
    others = [y for y in years if y != size.report_year]
    rest = max(0, size.trips - in_report_year)
    counts = {y: rest // len(others) for y in others}
    for y in others[: rest % len(others)]:
        counts[y] += 1
    if in_report_year:
        counts[size.report_year] = in_report_year
    return counts


def generate(
    path: Path,
    size: Size = LARGE,
    *,
    seed: int = SEED,
    batch: int = 1_000,
    progress: Callable[[str], None] | None = say,
) -> dict[str, int]:
    """Write a new database of `size` at `path` through the services; returns the counts."""
    from intzaken.new_database import create_database

    rng = random.Random(seed)
    say = Progress(progress)
    database = create_database(path, ORGANISATION)
    counts: dict[str, int] = {}
    try:
        # expire_on_commit=False keeps the reference records (officials, places, ...)
        # loaded between batches, as one long-running form session would.
        with Session(database.engine, expire_on_commit=False) as session:
            context = _Context(rng=rng, size=size, session=session)
            with session.begin():
                counts["officials"] = _officials(context)
                counts["places"] = _places(context)
                counts["budget_lines"] = _budget_lines(context)
            counts["networks"] = _in_batches(
                context, "networks", size.networks, _network, batch, say
            )
            counts["relations"] = _in_batches(
                context, "relations", size.relations, _relation, batch, say
            )
            counts["agreements"] = _in_batches(
                context, "agreements", size.agreements, _agreement, batch, say
            )
            counts["trips"] = _trips(context, batch, say)
    finally:
        database.close()
    return counts


@dataclass
class _Context:
    rng: random.Random
    size: Size
    session: Session
    # official id -> list of (first day, last day) of their terms
    officials: dict[int, list[tuple[dt.date, dt.date]]] = field(default_factory=dict)
    places: dict[str, list[int]] = field(default_factory=dict)  # country -> place ids
    relation_places: list[int] = field(default_factory=list)
    budget_lines: dict[int, list[int]] = field(default_factory=dict)  # year -> line ids
    networks: list[int] = field(default_factory=list)
    relations: list[int] = field(default_factory=list)
    agreements: list[int] = field(default_factory=list)
    keep: list[object] = field(default_factory=list)  # keeps records in the identity map
    trip_keys: set[tuple[str, dt.date | None]] = field(default_factory=set)
    countries: list[str] = field(default_factory=list)
    weights: list[int] = field(default_factory=list)


def _officials(c: _Context) -> int:
    """Colleges of four years (a mayor for two of them, aldermen, a secretary), until
    `size.officials` are made; a few aldermen serve two periods."""
    from intzaken.services import officials

    rng, size = c.rng, c.size
    periods = list(range(size.first_year - 2, size.last_year + 1, 4))
    per_period = max(2, -(-size.officials // len(periods)))
    made = 0
    names: set[str] = set()
    for number in range(size.officials):
        start_year = periods[min(number // per_period, len(periods) - 1)]
        role = (
            "mayor"
            if number % per_period == 0
            else "municipal_secretary"
            if number % per_period == 1
            else "alderman"
        )
        start = dt.date(start_year, 5, 1)
        years = 8 if role == "mayor" else rng.choice((4, 4, 4, 8))
        end = dt.date(start_year + years, 4, 30)
        end_date = None if end.year > size.last_year + 1 else end
        while True:
            name = f"{rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES)}"
            if name not in names:
                break
            name = f"{name} {len(names)}"
            if name not in names:
                break
        names.add(name)
        portfolio, code = rng.choice(PORTFOLIOS) if role == "alderman" else ("", "")
        official = officials.create_official(
            c.session,
            officials.OfficialData(
                name=name,
                terms=[
                    officials.TermData(
                        role=role,
                        start_date=start,
                        end_date=end_date,
                        portfolio=portfolio,
                        portfolio_code=code,
                    )
                ],
            ),
        )
        c.keep.append(official)
        c.officials[official.id] = [(start, end_date or dt.date.max)]
        made += 1
    return made


def _places(c: _Context) -> int:
    """Places in the weighted countries: one per relation and a thousand more."""
    from intzaken.domain.models import Country
    from intzaken.services import places

    rng, size = c.rng, c.size
    c.countries = list(COUNTRY_WEIGHTS)
    c.weights = [COUNTRY_WEIGHTS[code] for code in c.countries]
    for code in c.countries:
        c.keep.append(c.session.get(Country, code))
    wanted = size.relations + max(20, size.relations // 5)
    seen: set[tuple[str, str]] = set()
    for _ in range(wanted):
        code = rng.choices(c.countries, c.weights)[0]
        name = _place_name(rng) + size.name_suffix
        while (code, name.lower()) in seen:
            name = f"{name} {rng.choice(('Noord', 'Zuid', 'Oost', 'West', 'Nieuw'))}"
        seen.add((code, name.lower()))
        place = places.create_place(
            c.session,
            places.PlaceData(
                name=name,
                country_code=code,
                kind="city" if rng.random() < 0.9 else "region",
                latitude=round(rng.uniform(-60, 70), 4),
                longitude=round(rng.uniform(-170, 170), 4),
            ),
        )
        c.keep.append(place)
        c.places.setdefault(code, []).append(place.id)
        c.relation_places.append(place.id)
    rng.shuffle(c.relation_places)
    return wanted


def _budget_lines(c: _Context) -> int:
    from intzaken.services import budget

    rng, size = c.rng, c.size
    made = 0
    for year in range(size.first_year, size.last_year + 1):
        for index in range(size.budget_lines_per_year):
            name = BUDGET_NAMES[index % len(BUDGET_NAMES)]
            if index >= len(BUDGET_NAMES):
                name = f"{name} {index // len(BUDGET_NAMES) + 1}"
            entries = [
                budget.BudgetEntryData(
                    kind=rng.choice(("expense", "commitment")),
                    date=_date_in(rng, year),
                    description=f"{rng.choice(TOPICS).capitalize()} ({n + 1})",
                    amount=_money(rng, 100, 20_000),
                )
                for n in range(rng.randint(0, 4))
            ]
            line = budget.create_budget_line(
                c.session,
                budget.BudgetLineData(
                    year=year,
                    name=name,
                    code=f"6.{index + 1:02d}",
                    amount=Decimal(rng.randint(20, 400) * 1_000),
                    entries=entries,
                ),
            )
            c.keep.append(line)
            c.budget_lines.setdefault(year, []).append(line.id)
            made += 1
    return made


def _in_batches(
    c: _Context,
    what: str,
    total: int,
    make: Callable[[_Context, int], None],
    batch: int,
    say: Progress,
) -> int:
    started = time.monotonic()
    for first in range(0, total, batch):
        with c.session.begin():
            for number in range(first, min(total, first + batch)):
                make(c, number)
        say.say(f"  {what}: {min(total, first + batch)}/{total}")
    say.say(f"  {what}: {total} in {time.monotonic() - started:.1f} s", force=True)
    return total


def _some_officials(c: _Context) -> list[int]:
    return c.rng.sample(list(c.officials), k=1)


def _network(c: _Context, number: int) -> None:
    from intzaken.services import networks

    rng = c.rng
    base = f"{rng.choice(('Eurocities', 'Cities', 'Ports', 'Alliance', 'Forum', 'Platform'))}"
    name = f"{base} {rng.choice(TOPICS)} {number + 1}{c.size.name_suffix}"
    network = networks.create_network(
        c.session,
        networks.NetworkData(
            name=name,
            acronym="".join(w[0] for w in name.split()).upper()[:8],
            scope=rng.choice(("Europees", "Mondiaal", "Noordzeeregio", "Benelux")),
            themes=rng.sample(THEMES, k=rng.randint(1, 3)),
            member_since=rng.randint(c.size.first_year - 20, c.size.last_year),
            annual_fee=Decimal(rng.randint(1, 60) * 500),
            responsible_official_id=_some_officials(c)[0] if rng.random() < 0.8 else None,
            role=rng.choice(("member", "member", "member", "board_member", "vice_chair", "chair")),
        ),
    )
    c.keep.append(network)
    c.networks.append(network.id)


def _relation(c: _Context, number: int) -> None:
    from intzaken.services import relations

    rng, size = c.rng, c.size
    since = rng.randint(1950, size.last_year)
    events = [
        relations.RelationEventData(
            date=_date_in(rng, rng.randint(max(since, size.first_year), size.last_year)),
            kind=rng.choice(("visit", "signing", "decision", "other")),
            description=f"{rng.choice(TOPICS).capitalize()}",
        )
        for _ in range(rng.randint(0, 3))
    ]
    relation = relations.create_relation(
        c.session,
        relations.RelationData(
            kind=rng.choice(("twin_city", "friendship", "strategic_partner", "other")),
            place_id=c.relation_places[number % len(c.relation_places)],
            status=rng.choice(("active", "active", "dormant", "ended", "pragmatic")),
            since_year=since,
            themes=rng.sample(THEMES, k=rng.randint(1, 3)),
            responsible_official_id=_some_officials(c)[0] if rng.random() < 0.7 else None,
            notes=f"Relatie rond {rng.choice(TOPICS)}.",
            events=events,
        ),
    )
    c.keep.append(relation)
    c.relations.append(relation.id)


def _agreement(c: _Context, number: int) -> None:
    from intzaken.services import agreements

    rng, size = c.rng, c.size
    signed = _date_in(rng, rng.randint(size.first_year, size.last_year))
    until = signed + dt.timedelta(days=365 * rng.randint(1, 8))
    agreement = agreements.create_agreement(
        c.session,
        agreements.AgreementData(
            kind=rng.choice(("mou", "letter_of_intent", "covenant", "roadmap", "other")),
            title=f"Samenwerking {rng.choice(TOPICS)} {number + 1}{size.name_suffix}",
            status=rng.choice(("active", "expired", "expired", "terminated", "draft")),
            counterparts=_place_name(rng),
            signed_on=signed,
            signed_by="Burgemeester",
            valid_from=signed,
            valid_until=until,
            renewal_date=until - dt.timedelta(days=90) if rng.random() < 0.5 else None,
            themes=rng.sample(THEMES, k=rng.randint(1, 2)),
            relation_ids=rng.sample(c.relations, k=min(len(c.relations), rng.randint(0, 2))),
        ),
    )
    c.keep.append(agreement)
    c.agreements.append(agreement.id)


def _in_office(c: _Context, day: dt.date) -> list[int]:
    found = [
        official
        for official, terms in c.officials.items()
        if any(first <= day <= last for first, last in terms)
    ]
    return found or list(c.officials)


def _trip_data(c: _Context, year: int, status: str):  # -> trips.TripData
    from intzaken.services import trips

    rng = c.rng
    start = _date_in(rng, year)
    end = start + dt.timedelta(days=rng.choice((0, 1, 2, 2, 3, 3, 4, 5, 7)))
    precision = "month" if status in ("idea", "planned") and rng.random() < 0.3 else "day"
    destinations = []
    used: set[str] = set()
    for _ in range(rng.choice((1, 1, 1, 2, 2, 3))):
        code = rng.choices(c.countries, c.weights)[0]
        if code in used:
            continue
        used.add(code)
        in_country = c.places.get(code, [])
        place = rng.choice(in_country) if in_country and rng.random() < 0.8 else None
        destinations.append(trips.DestinationData(country_code=code, place_id=place))
    candidates = _in_office(c, start)
    travellers = rng.sample(candidates, k=min(len(candidates), rng.choice((1, 1, 2, 2, 3, 4))))
    far = any(code not in ("BE", "DE", "FR", "LU", "GB") for code in used)
    transport = ["plane"] if far else [rng.choice(("train", "train", "official_car", "car"))]
    if rng.random() < 0.2:
        transport.append(
            rng.choice([m for m in ("train", "bus", "boat", "other") if m not in transport])
        )
    carried_out = status == "done"
    costed = status in ("done", "approved", "planned")
    co2 = Decimal(rng.randint(100, 9_000)) / 1000 if carried_out and "plane" in transport else None
    line_ids = c.budget_lines.get(year, [])
    topic = rng.choice(TOPICS)
    place_words = ", ".join(str(d.country_code) for d in destinations)
    return trips.TripData(
        title=f"{rng.choice(('Werkbezoek', 'Handelsmissie', 'Conferentie', 'Netwerkbijeenkomst'))}"
        f" {topic} ({place_words})",
        kind=rng.choice(("working_visit", "trade_mission", "conference", "network_meeting")),
        status=status,
        start_date=start,
        end_date=end,
        date_precision=precision,
        purpose=f"Het college bespreekt {topic} met de partners ter plaatse en legt "
        f"contacten voor vervolgsamenwerking.",
        themes=rng.sample(THEMES, k=rng.randint(0, 3)),
        destinations=destinations,
        traveller_ids=travellers,
        lead_official_id=travellers[0] if travellers else None,
        transport=transport,
        travel_and_stay=_money(rng, 150, 12_000) if costed else None,
        other_costs=_money(rng, 0, 3_000) if costed and rng.random() < 0.6 else None,
        co2_tonnes=co2,
        co2_offset=(co2 * Decimal("25.00")).quantize(Decimal("0.01")) if co2 else None,
        budget_line_id=rng.choice(line_ids) if line_ids and rng.random() < 0.7 else None,
        relation_ids=(rng.sample(c.relations, k=1) if c.relations and rng.random() < 0.25 else []),
        network_ids=(rng.sample(c.networks, k=1) if c.networks and rng.random() < 0.1 else []),
        agreement_ids=(
            rng.sample(c.agreements, k=1) if c.agreements and rng.random() < 0.05 else []
        ),
        delegation=(
            [
                trips.DelegateData(
                    organisation="Kamer van Koophandel",
                    name=f"{rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES)}",
                )
            ]
            if rng.random() < 0.1
            else []
        ),
        programme=(
            [trips.ProgrammeItemData(day=start, activity=f"Gesprek over {topic}")]
            if rng.random() < 0.1
            else []
        ),
        follow_ups=(
            [
                trips.FollowUpData(
                    description="Verslag naar de raad",
                    due=end + dt.timedelta(days=30),
                    done=carried_out,
                )
            ]
            if rng.random() < 0.05
            else []
        ),
        outcomes=(
            f"Afspraken gemaakt over {topic}; een vervolgbezoek is voorzien." if carried_out else ""
        ),
    )


def _unique(c: _Context, data):  # -> trips.TripData
    """A trip whose title and start date no other trip has: an export of the database
    must import again, and the exchange layout knows a trip by these two."""
    start = data.start_date
    if start is not None and data.date_precision == "month":
        start = start.replace(day=1)  # as the service stores it
    title, number = data.title, 1
    while (data.title, start) in c.trip_keys:
        number += 1
        data.title = f"{title} ({number})"
    c.trip_keys.add((data.title, start))
    return data


def _status(c: _Context, year: int) -> str:
    roll = c.rng.random()
    if year < c.size.last_year:
        return "done" if roll < 0.93 else "cancelled"
    return (
        "done"
        if roll < 0.6
        else "approved"
        if roll < 0.75
        else "planned"
        if roll < 0.9
        else "idea"
        if roll < 0.95
        else "cancelled"
    )


def _trips(c: _Context, batch: int, say: Progress) -> int:
    from intzaken.services import trips

    size = c.size
    plan: list[tuple[int, str]] = []
    for year, count in trips_per_year(size).items():
        if year == size.report_year:
            plan += [(year, "done")] * size.report_trips
            plan += [(year, "cancelled")] * (count - size.report_trips)
        else:
            plan += [(year, _status(c, year)) for _ in range(count)]
    # Records are entered roughly in date order, with some late entries mixed in.
    plan.sort(key=lambda item: item[0] + c.rng.random() * 1.5)
    started = time.monotonic()
    total = len(plan)
    for first in range(0, total, batch):
        with c.session.begin():
            for year, status in plan[first : first + batch]:
                trips.create_trip(c.session, _unique(c, _trip_data(c, year, status)))
        done = min(total, first + batch)
        rate = done / max(1e-9, time.monotonic() - started)
        say.say(
            f"  trips: {done}/{total} ({rate:.0f}/s, about "
            f"{(total - done) / rate / 60:.1f} min left)"
        )
    say.say(f"  trips: {total} in {time.monotonic() - started:.1f} s", force=True)
    return total


def large_database(
    size: Size = LARGE, *, regenerate: bool = False, progress: Callable[[str], None] | None = say
) -> Path:
    """The cached database of `size`, made first when missing (or with `regenerate`)."""
    path = cache_path(size)
    if path.exists() and not regenerate:
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    older = None if regenerate else _older_revision(path, size)
    if older is not None:
        return _migrated_copy(older, path, progress)
    partial = path.with_name(path.stem + ".part.sqlite")
    for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
        leftover.unlink(missing_ok=True)
    if progress:
        progress(f"Generating {path.name} through the services (cached afterwards)...")
    started = time.monotonic()
    counts = generate(partial, size, progress=progress)
    _checkpoint(partial)
    for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        leftover.unlink(missing_ok=True)
    partial.rename(path)
    if progress:
        progress(
            f"Generated in {time.monotonic() - started:.0f} s: "
            + ", ".join(f"{n} {what}" for what, n in counts.items())
        )
    return path


def _older_revision(path: Path, size: Size) -> Path | None:
    """The newest cached file of the same generator version and size at an older schema
    revision, if any. Migrating it takes a minute where generating takes ten, and it is
    the upgrade path a real file takes."""
    from intzaken.store.migrations import known_revisions

    known = known_revisions()
    candidates = [
        candidate
        for candidate in CACHE_DIR.glob(f"large-v{GENERATOR_VERSION}-*-{size.key()}.sqlite")
        if candidate != path and candidate.name.split("-")[2] in known
    ]
    return max(candidates, key=lambda candidate: candidate.stat().st_mtime, default=None)


def _migrated_copy(older: Path, path: Path, progress: Callable[[str], None] | None) -> Path:
    """Copy `older` next to `path` and migrate the copy to the head revision."""
    import shutil

    from intzaken.store.database import open_database

    partial = path.with_name(path.stem + ".part.sqlite")
    if progress:
        progress(f"Migrating a copy of {older.name} to {path.name} (cached afterwards)...")
    started = time.monotonic()
    shutil.copyfile(older, partial)
    open_database(partial, daily_backup=False).close()
    _checkpoint(partial)
    partial.rename(path)
    if progress:
        progress(f"Migrated in {time.monotonic() - started:.0f} s")
    return path


def _checkpoint(path: Path) -> None:
    """Fold the -wal into the file, so the cached database is one file."""
    import sqlite3

    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        connection.execute("PRAGMA journal_mode = DELETE")
    finally:
        connection.close()
    Path(f"{path}-wal").unlink(missing_ok=True)
    Path(f"{path}-shm").unlink(missing_ok=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--trips",
        type=int,
        help="number of trips (other records scale with it); default: the cached large set",
    )
    parser.add_argument("--quick", action="store_true", help="the --quick size of run.py")
    parser.add_argument("--out", type=Path, help="write here instead of the cache")
    parser.add_argument("--regenerate", action="store_true", help="ignore the cached file")
    args = parser.parse_args(argv)
    size = QUICK if args.quick else LARGE
    if args.trips is not None:
        scale = args.trips / LARGE.trips
        size = Size(
            trips=args.trips,
            relations=max(10, int(LARGE.relations * scale)),
            networks=max(5, int(LARGE.networks * scale)),
            agreements=max(5, int(LARGE.agreements * scale)),
            report_trips=min(LARGE.report_trips, max(1, args.trips // 30)),
        )
    if args.out is not None:
        started = time.monotonic()
        counts = generate(args.out, size)
        seconds = time.monotonic() - started
        print(
            f"Wrote {args.out} in {seconds:.1f} s: {counts} "
            f"({counts['trips'] / seconds:.0f} records/s overall)"
        )
        return 0
    print(large_database(size, regenerate=args.regenerate))
    return 0


if __name__ == "__main__":
    sys.exit(main())
