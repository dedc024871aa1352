"""A stored record as the input data that would create it again.

Forms start from these, Duplicate copies them, and undoing a deletion feeds one back
to the create service. Each is the exact inverse of its service's `_apply`.
"""

from __future__ import annotations

from ..domain.models import (
    Agreement,
    BudgetLine,
    Contact,
    Network,
    Official,
    Organisation,
    Place,
    Policy,
    Project,
    Relation,
    Trip,
)
from .data import (
    LETTER_FIELDS,
    AgreementData,
    BudgetEntryData,
    BudgetLineData,
    ContactData,
    DelegateData,
    DestinationData,
    DocumentData,
    FollowUpData,
    GiftData,
    HostData,
    JourneyLegData,
    LegData,
    NetworkData,
    OfficialData,
    OrganisationData,
    PlaceData,
    PolicyData,
    PriorityData,
    ProgrammeItemData,
    ProjectData,
    RelationData,
    RelationEventData,
    StayData,
    TermData,
    TripData,
)
from .sources import source_values


def trip_data(trip: Trip) -> TripData:
    # A travel copy makes a trip's content from its rows without this function: what is
    # derived here rather than copied by name is mirrored in travel/row_content.py (kept
    # equal by tests/test_travel_copy_rows.py).
    # By the link's own column: `trip.lead` would load the official just for its number.
    lead = next((t.official_id for t in trip.travellers if t.is_lead), None)
    return TripData(
        **source_values(trip),
        title=trip.title,
        kind=trip.kind,
        status=trip.status,
        start_date=trip.start_date,
        end_date=trip.end_date,
        date_precision=trip.date_precision,
        destinations=[DestinationData(d.country_code, d.place_id) for d in trip.destinations],
        traveller_ids=[t.official_id for t in trip.travellers],
        lead_official_id=lead,
        purpose=trip.purpose,
        themes=[t.name for t in trip.themes],
        delegation=[
            DelegateData(d.organisation, d.name, d.function, d.role) for d in trip.delegation
        ],
        transport=[t.mode for t in trip.transport],
        travel_and_stay=trip.travel_and_stay,
        other_costs=trip.other_costs,
        co2_tonnes=trip.co2_tonnes,
        co2_offset=trip.co2_offset,
        third_party_costs=trip.third_party_costs,
        third_party_payer=trip.third_party_payer,
        cancellation_costs=trip.cancellation_costs,
        estimated_travel_and_stay=trip.estimated_travel_and_stay,
        estimated_other_costs=trip.estimated_other_costs,
        gifts=[GiftData(g.description, g.giver, g.value, g.kept_at) for g in trip.gifts],
        budget_line_id=trip.budget_line_id,
        relation_ids=[r.id for r in trip.relations],
        network_ids=[n.id for n in trip.networks],
        agreement_ids=[a.id for a in trip.agreements],
        programme=[
            ProgrammeItemData(
                day=p.day,
                activity=p.activity,
                time=p.time,
                place=p.place,
                contact_ids=p.contact_ids,
                end_time=p.end_time,
                address=p.address,
                purpose=p.purpose,
                talking_points=p.talking_points,
                questions=p.questions,
                dress_code=p.dress_code,
                gifts=p.gifts,
                time_zone=p.time_zone,
                attendee_ids=[o.id for o in p.attendees],
            )
            for p in trip.programme
        ],
        follow_ups=[FollowUpData(f.description, f.due, f.done) for f in trip.follow_ups],
        outcomes=trip.outcomes,
        notes=trip.notes,
        traveller_roles={t.official_id: t.role for t in trip.travellers if t.role},
        legs=[
            LegData(
                mode=leg.mode,
                carrier=leg.carrier,
                number=leg.number,
                from_place=leg.from_place,
                to_place=leg.to_place,
                departure=leg.departure,
                departure_time_zone=leg.departure_time_zone,
                arrival=leg.arrival,
                arrival_time_zone=leg.arrival_time_zone,
                reference=leg.reference,
            )
            for leg in trip.legs
        ],
        journey=[
            JourneyLegData(
                leg.from_place_id,
                leg.to_place_id,
                leg.mode,
                leg.from_airport,
                leg.to_airport,
                leg.cabin,
                leg.train_minutes,
            )
            for leg in trip.journey
        ],
        policy_reason=trip.policy_reason,
        stays=[
            StayData(s.hotel, s.address, s.phone, s.check_in, s.check_out, s.notes)
            for s in trip.stays
        ],
        hosts=[HostData(h.contact_id, h.role) for h in trip.hosts],
        local_transport=trip.local_transport,
        ground_contact_id=trip.ground_contact_id,
        time_zone=trip.time_zone,
    )


def relation_data(relation: Relation) -> RelationData:
    return RelationData(
        **source_values(relation),
        kind=relation.kind,
        place_id=relation.place_id,
        status=relation.status,
        since_year=relation.since_year,
        themes=[t.name for t in relation.themes],
        responsible_official_id=relation.responsible_official_id,
        contact_ids=[c.id for c in relation.contacts],
        notes=relation.notes,
        events=[RelationEventData(e.date, e.kind, e.description) for e in relation.events],
    )


def network_data(network: Network) -> NetworkData:
    return NetworkData(
        **source_values(network),
        name=network.name,
        acronym=network.acronym,
        scope=network.scope,
        themes=[t.name for t in network.themes],
        member_since=network.member_since,
        annual_fee=network.annual_fee,
        responsible_official_id=network.responsible_official_id,
        portfolio_code=network.portfolio_code,
        role=network.role,
        membership=network.membership,
        contact_ids=[c.id for c in network.contacts],
        notes=network.notes,
    )


def agreement_data(agreement: Agreement, *, with_documents: bool = True) -> AgreementData:
    """`with_documents` loads the files too (needed to restore a deleted agreement)."""
    documents = (
        [DocumentData(d.filename, d.content, d.added_at) for d in agreement.documents]
        if with_documents
        else None
    )
    return AgreementData(
        **source_values(agreement),
        kind=agreement.kind,
        title=agreement.title,
        status=agreement.status,
        counterparts=agreement.counterparts,
        signed_on=agreement.signed_on,
        signed_by=agreement.signed_by,
        valid_from=agreement.valid_from,
        valid_until=agreement.valid_until,
        renewal_date=agreement.renewal_date,
        themes=[t.name for t in agreement.themes],
        relation_ids=[r.id for r in agreement.relations],
        notes=agreement.notes,
        document_published=agreement.document_published,
        documents=documents,
    )


def official_data(official: Official) -> OfficialData:
    return OfficialData(
        **source_values(official),
        name=official.name,
        short_name=official.short_name,
        notes=official.notes,
        terms=[
            TermData(
                **source_values(t),
                role=t.role,
                start_date=t.start_date,
                end_date=t.end_date,
                portfolio=t.portfolio,
                portfolio_code=t.portfolio_code,
                start_precision=t.start_precision,
                end_precision=t.end_precision,
            )
            for t in official.terms
        ],
    )


def budget_line_data(line: BudgetLine) -> BudgetLineData:
    return BudgetLineData(
        **source_values(line),
        year=line.year,
        name=line.name,
        amount=line.amount,
        code=line.code,
        notes=line.notes,
        entries=[BudgetEntryData(e.kind, e.date, e.description, e.amount) for e in line.entries],
    )


def contact_data(contact: Contact) -> ContactData:
    return ContactData(
        **source_values(contact),
        name=contact.name,
        organisation=contact.organisation,
        function=contact.function,
        email=contact.email,
        phone=contact.phone,
        notes=contact.notes,
        photo=contact.photo,
        photo_media_type=contact.photo_media_type,
    )


def place_data(place: Place) -> PlaceData:
    return PlaceData(
        **source_values(place),
        name=place.name,
        country_code=place.country_code,
        kind=place.kind,
        latitude=place.latitude,
        longitude=place.longitude,
    )


def organisation_data(organisation: Organisation) -> OrganisationData:
    return OrganisationData(
        **source_values(organisation),
        name=organisation.name,
        department=organisation.department,
        email=organisation.email,
        logo=organisation.logo,
        logo_media_type=organisation.logo_media_type,
        open_data_licence=organisation.open_data_licence,
        home_place_id=organisation.home_place_id,
        print_gifts=organisation.print_gifts,
        **{name: getattr(organisation, name) for name in LETTER_FIELDS},
    )


def policy_data(policy: Policy) -> PolicyData:
    return PolicyData(
        **source_values(policy),
        title=policy.title,
        period_from=policy.period_from,
        period_to=policy.period_to,
        adopted_on=policy.adopted_on,
        notes=policy.notes,
        priorities=[
            PriorityData(
                kind=p.kind,
                name=p.name,
                country_codes=p.countries,
                themes=[t.name for t in p.themes],
                trip_ids=[t.id for t in p.trips],
                relation_ids=[r.id for r in p.relations],
                network_ids=[n.id for n in p.networks],
            )
            for p in policy.priorities
        ],
    )


def project_data(project: Project) -> ProjectData:
    return ProjectData(
        **source_values(project),
        name=project.name,
        funding_programme=project.funding_programme,
        role=project.role,
        status=project.status,
        call=project.call,
        relation_ids=[r.id for r in project.relations],
        network_ids=[n.id for n in project.networks],
        other_partners=project.other_partners,
        total_budget=project.total_budget,
        grant=project.grant,
        co_financing=project.co_financing,
        call_deadline=project.call_deadline,
        start_date=project.start_date,
        end_date=project.end_date,
        report_due=project.report_due,
        trip_ids=[t.id for t in project.trips],
        notes=project.notes,
    )
