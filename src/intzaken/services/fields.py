"""Names of input fields, as messages and the history name them.

The names are English message ids, shown in the current language; the history stores
them in Dutch (`history_label`), as it stores every text (services/history.py), and
`shown_history_label` turns a stored one back into the current language.
"""

from __future__ import annotations

import functools

from ..i18n import N_, _, dutch

FIELD_LABELS: dict[str, str] = {
    "name": N_("Name"),
    "short_name": N_("Short name"),
    "department": N_("Department"),
    "email": N_("Email address"),
    "phone": N_("Phone number"),
    "organisation": N_("Organisation"),
    "function": N_("Function"),
    "role": N_("Role"),
    "membership": N_("Membership"),
    "portfolio": N_("Portfolio"),
    "portfolio_code": N_("Portfolio code"),
    "terms": N_("Terms of office"),
    "start_date": N_("Start date"),
    "end_date": N_("End date"),
    "country_code": N_("Country"),
    "place_kind": N_("Kind of place"),
    "latitude": N_("Latitude"),
    "longitude": N_("Longitude"),
    "kind": N_("Kind"),
    "place_id": N_("Place"),
    "since_year": N_("Relation since"),
    "status": N_("Status"),
    "themes": N_("Themes"),
    "responsible_official_id": N_("Responsible official"),
    "contact_ids": N_("Contacts"),
    "events": N_("Events"),
    "date": N_("Date"),
    "description": N_("Description"),
    "acronym": N_("Abbreviation"),
    "member_since": N_("Member since"),
    "annual_fee": N_("Annual fee"),
    "title": N_("Title"),
    "counterparts": N_("Parties"),
    "signed_on": N_("Signed on"),
    "signed_by": N_("Signed by"),
    "valid_from": N_("Valid from"),
    "valid_until": N_("Valid through"),
    "renewal_date": N_("Renewal date"),
    "document_published": N_("Signed document published"),
    "open_data_licence": N_("Licence of open data"),
    "home_place_id": N_("Home place"),
    "letter_addressee": N_("Addressee of the council letter"),
    "letter_secretary": N_("Secretary (signs the council letter)"),
    "letter_mayor": N_("Mayor (signs the council letter)"),
    "letter_reference_prefix": N_("Reference prefix"),
    "relation_ids": N_("Relations"),
    "network_ids": N_("Networks"),
    "agreement_ids": N_("Agreements"),
    "document": N_("Document"),
    "purpose": N_("Purpose"),
    "date_precision": N_("Date precision"),
    "destinations": N_("Destinations"),
    "travellers": N_("Travellers"),
    "lead_official_id": N_("Delegation leader"),
    "delegation": N_("Delegation"),
    "transport": N_("Transport modes"),
    "travel_and_stay": N_("Travel and stay costs"),
    "other_costs": N_("Other costs"),
    "co2_tonnes": N_("CO2 emissions (tonnes)"),
    "co2_offset": N_("CO2 offset"),
    "third_party_costs": N_("Paid by a third party"),
    "third_party_payer": N_("Paid by"),
    "cancellation_costs": N_("Cancellation costs"),
    "estimated_travel_and_stay": N_("Estimated travel and stay costs"),
    "estimated_other_costs": N_("Estimated other costs"),
    "giver": N_("Given by"),
    "value": N_("Estimated value"),
    "kept_at": N_("Kept at"),
    "print_gifts": N_("Print the gifts in the annual overview"),
    "budget_line_id": N_("Budget line"),
    "programme": N_("Programme"),
    "day": N_("Day"),
    "place": N_("Place"),
    "time": N_("Time"),
    "activity": N_("Activity"),
    "contact_id": N_("Contact person"),
    "follow_ups": N_("Follow-up actions"),
    "due": N_("Due date"),
    "year": N_("Year"),
    "code": N_("Code"),
    "amount": N_("Amount"),
    "entries": N_("Expenses and commitments"),
    "documents": N_("Documents"),
    "traveller_ids": N_("Travellers"),
    "outcomes": N_("Outcomes"),
    "notes": N_("Remarks"),
    # Policies and their priorities (issue 23).
    "period_from": N_("Period from"),
    "period_to": N_("Period through"),
    "adopted_on": N_("Adopted on"),
    "source": N_("Source document"),
    "source_date": N_("Source date"),
    "source_page": N_("Page or reference"),
    "source_note": N_("Source note"),
    "derived_from": N_("Derived"),
    "priorities": N_("Priorities"),
    "priority_ids": N_("Priorities served"),
    "country_codes": N_("Countries"),
    "trip_ids": N_("Trips"),
    # EU projects (issue 23).
    "funding_programme": N_("Funding programme"),
    "call": N_("Call"),
    "other_partners": N_("Other partners"),
    "total_budget": N_("Total budget"),
    "grant": N_("Grant to the municipality"),
    "co_financing": N_("Co-financing"),
    "call_deadline": N_("Call deadline"),
    "report_due": N_("Report due"),
    "scope": N_("Scope"),
    "logo": N_("Logo"),
    "logo_media_type": N_("Kind of logo"),
    # Mission preparation (programme, logistics, people, country facts).
    "end_time": N_("End time"),
    "time_zone": N_("Time zone"),
    "address": N_("Address"),
    "talking_points": N_("Talking points"),
    "questions": N_("Questions"),
    "dress_code": N_("Dress code"),
    "gifts": N_("Gifts"),
    "attendee_ids": N_("Attending travellers"),
    "legs": N_("Travel schedule"),
    "mode": N_("Mode of transport"),
    "carrier": N_("Carrier"),
    "number": N_("Flight or train number"),
    "from_place": N_("From"),
    "to_place": N_("To"),
    "departure": N_("Departure"),
    "departure_time_zone": N_("Departure time zone"),
    "arrival": N_("Arrival"),
    "arrival_time_zone": N_("Arrival time zone"),
    "reference": N_("Booking reference"),
    "stays": N_("Stay"),
    "hotel": N_("Hotel"),
    "check_in": N_("Check-in date"),
    "check_out": N_("Check-out date"),
    "hosts": N_("Hosts"),
    "local_transport": N_("Local transport"),
    "ground_contact_id": N_("Contact on the ground"),
    "traveller_roles": N_("Roles of travellers"),
    "photo": N_("Photo"),
    "photo_media_type": N_("Kind of photo"),
    "currency": N_("Currency"),
    "languages": N_("Languages"),
    "embassy_name": N_("Embassy or consulate"),
    "embassy_address": N_("Embassy address"),
    "embassy_phone": N_("Embassy phone"),
    "embassy_emergency_phone": N_("Embassy emergency phone"),
    "local_emergency_number": N_("Local emergency number"),
    "travel_advice": N_("Travel advice"),
    "travel_advice_checked": N_("Travel advice checked on"),
    # The journey of the CO2 estimate and the travel policy (issue 20).
    "journey": N_("Journey"),
    "from_place_id": N_("From"),
    "to_place_id": N_("To"),
    "from_airport": N_("From airport"),
    "to_airport": N_("To airport"),
    "cabin": N_("Cabin class"),
    "train_minutes": N_("Train time"),
    "policy_reason": N_("Reason for flying below the train distance"),
    "co2_estimate": N_("Estimated CO2 (tonnes)"),
    "train_rule_km": N_("Train below (km)"),
    "train_rule_minutes": N_("Train below (travel time in minutes)"),
    "train_speed_kmh": N_("Average train speed for the estimate (km/h)"),
    "price_per_tonne": N_("Compensation per tonne"),
    "compensation_prices": N_("Compensation prices"),
}


def field_label(field: str) -> str:
    """'travellers[2].official_id' -> 'Reizigers (regel 3)' ('Travellers (line 3)');
    'programme[0].contact_ids[1]' -> 'Programma (regel 1): contactpersonen (nummer 2)'."""
    base, _bracket, rest = field.partition("[")
    label = _named(base)
    if rest:
        index = int(rest.split("]", 1)[0])
        inner = rest.split("].", 1)[1] if "]." in rest else ""
        label = _("{field} (line {number})").format(field=label, number=index + 1)
        if inner:
            name, _bracket, position = inner.partition("[")
            label = f"{label}: {_named(name).lower()}"
            if position:
                label = _("{field} (number {number})").format(
                    field=label, number=int(position.split("]", 1)[0]) + 1
                )
    return label


def _named(name: str) -> str:
    known = FIELD_LABELS.get(name)
    return _(known) if known is not None else name


def history_label(field: str) -> str:
    """The Dutch label the history stores for a field of a record, whatever the language."""
    known = FIELD_LABELS.get(field)
    return dutch(known) if known is not None else field


@functools.cache
def _stored_labels() -> dict[str, str]:
    # Several fields share a label (travellers, traveller_ids): either name will do, as
    # they share the message id too.
    return {dutch(label): name for name, label in FIELD_LABELS.items()}


def history_field(stored: str) -> str | None:
    """The field whose label the history stored (Dutch): "Status" -> "status"."""
    return _stored_labels().get(stored)


def shown_history_label(stored: str) -> str:
    """A label as the history stored it (Dutch), in the current language; a label it
    does not know as stored."""
    name = history_field(stored)
    return _(FIELD_LABELS[name]) if name is not None else stored
