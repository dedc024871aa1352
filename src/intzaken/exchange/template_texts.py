"""What the import template says to the person filling it in, in the current language:
what each sheet is for, what each column holds, how to write dates, amounts and lists.

The words the file itself holds (sheet names, headings, choice labels, "ja"/"nee") stay
Dutch and are quoted as they are (template_words.py, layout.py).
"""

from __future__ import annotations

from ..i18n import N_, _
from . import cells as c
from . import mission_cells as mc
from .sheets import Column

SHEET_PURPOSES = {
    "Organisatie": N_(
        "Your organisation as every report prints it at the top: name, department and "
        "e-mail address; one row. The logo is chosen in the program."
    ),
    "Plaatsen": N_(
        "Places with their kind and coordinates. A place named on another sheet is added "
        "by itself; this sheet is only needed to give its position."
    ),
    "Contactpersonen": N_(
        "People outside the organisation: at partner cities, networks and hosts abroad. "
        "Other sheets name them by their name."
    ),
    "Bestuurders": N_(
        "The mayor, aldermen and others who travel or hold a portfolio. Other sheets name "
        "them by their name or short name."
    ),
    "Ambtstermijnen": N_(
        "Each official's terms of office: role, period and portfolio; one row per term."
    ),
    "Begroting": N_("The budget lines of the international budget, per year."),
    "Boekingen": N_("Expenses and commitments booked on a budget line; one row per booking."),
    "Netwerken": N_("International city networks the organisation is a member of."),
    "Relaties": N_("Twin cities, friendship relations and other partner places."),
    "Relatiemomenten": N_("Visits, signings and decisions in a relation; one row per moment."),
    "Overeenkomsten": N_("MoUs, letters of intent, covenants and other agreements."),
    "Reizen": N_(
        "Official trips abroad: ideas, planned, approved and made trips, with travellers, "
        "costs and CO2."
    ),
    "Reisprogramma": N_("A trip's programme: one row per meeting or visit."),
    "Delegatie": N_("Members of a trip's delegation who are not officials."),
    "Vervolgacties": N_("What is to be done after a trip."),
    "Reisschema": N_("A trip's flights, trains and other legs of the journey."),
    "Reisroute": N_(
        "A trip's route for its CO2 estimate: from place to place, by which means, for a "
        "flight optionally the airports, the class and the time the journey takes by train."
    ),
    "Verblijf": N_("Hotels during a trip."),
    "Gastheren": N_("Who hosts the delegation during a trip."),
    "Geschenken": N_(
        "The gifts register: gifts received on a trip, from whom, their estimated value "
        "and where each is kept now; one row per gift."
    ),
    "Landeninformatie": N_(
        "What a briefing pack tells about a country: time zone, currency, languages, "
        "embassy, emergency numbers and the travel advice; one row per country."
    ),
    "Beleid": N_("The policy frameworks: title, period in years and the source document."),
    "Prioriteiten": N_(
        "A policy's priorities (countries, regions, markets, sectors, themes, pillars) and "
        "the trips, relations and networks that serve each; one row per priority."
    ),
    "EU-projecten": N_(
        "EU projects and subsidies: programme, role, status, partners, amounts and deadlines."
    ),
}

# What a column holds, where its heading alone does not say it; by (sheet, heading), or
# by heading for a column several sheets share.
COLUMN_TEXTS = {
    ("Prioriteiten", "Landen"): N_(
        "The countries of the priority, by Dutch name or code; a region lists several."
    ),
    ("Prioriteiten", "Reizen"): N_(
        "Trips that serve the priority, by title and start date: 'Werkbezoek (2026-09-14)'."
    ),
    ("Prioriteiten", "Relaties"): N_(
        "Relations that serve the priority: place (country): kind, separated by a semicolon."
    ),
    ("EU-projecten", "Subsidie gemeente"): N_("The municipality's own share of the grant."),
    "Aantekeningen": N_("Notes, free text."),
    "Brondocument": N_(
        "The document the record's facts come from: its title, e.g. 'Internationaal "
        "beleidskader 2021-2025'."
    ),
    ("Ambtstermijnen", "Brondocument"): N_(
        "The document the term's dates come from, e.g. the council's announcement of the "
        "new college; often another than the official's own. A workbook without the "
        "source columns leaves the terms' stored sources as they are."
    ),
    "Brondatum": N_("The date of the source document, e.g. 01-03-2021."),
    "Pagina of vindplaats": N_("Where in the document: a page, a table or an address."),
    "Toelichting bron": N_("A free note on the source."),
    "Afgeleid": N_(
        "Empty when the record is read from its source; otherwise why it is derived, "
        "e.g. 'afgeleid: heeft portefeuille EWK'."
    ),
    "Thema's": N_("Policy themes."),
    "Verantwoordelijk bestuurder": N_("The official responsible, by name or short name."),
    "Contactpersonen": N_("Contacts, by name, as on sheet 'Contactpersonen'."),
    "Portefeuillecode": N_("A short code of the portfolio."),
    "Reis": N_("The trip's title, exactly as on sheet 'Reizen'."),
    "Begindatum reis": N_("The trip's start date, as on sheet 'Reizen'."),
    "Bestuurder": N_("The official, by name, as on sheet 'Bestuurders'."),
    ("Bestuurders", "Verkorte naam"): N_("The name as it appears in lists: 'Aboutaleb'."),
    ("Begroting", "Jaar"): N_("The budget year."),
    ("Begroting", "Naam"): N_("The budget line's name; other sheets name it by this or its code."),
    ("Boekingen", "Jaar"): N_("The budget line's year, as on sheet 'Begroting'."),
    ("Boekingen", "Begrotingspost"): N_("The budget line's name, as on sheet 'Begroting'."),
    ("Netwerken", "Lid sinds"): N_("The year membership began."),
    ("Relaties", "Plaats"): N_("The partner city or region."),
    ("Relaties", "Land"): N_("The country of the place."),
    ("Relaties", "Relatie sinds"): N_("The year the relation began."),
    ("Relatiemomenten", "Soort relatie"): N_("The kind of the relation, as on sheet 'Relaties'."),
    ("Overeenkomsten", "Partijen"): N_("Who else signed."),
    ("Overeenkomsten", "Relaties"): N_(
        "The relations the agreement belongs to, as 'Place (Country)'."
    ),
    ("Reizen", "Datumnauwkeurigheid"): N_("How exact the trip's dates are; empty means 'dag'."),
    ("Reizen", "Bestemmingen"): N_(
        "The stops in order: 'Place (Country)' or a country alone, e.g. 'Shanghai (China); Japan'."
    ),
    ("Reizen", "Reizigers"): N_("The officials who travel, by name or short name."),
    ("Reizen", "Delegatieleider"): N_("The official who leads the delegation."),
    ("Reizen", "Begrotingspost"): N_(
        "The budget line the costs go to, by name or code, in the year the trip starts."
    ),
    ("Reizen", "Relaties"): N_("Relations the trip serves, as 'Place (Country)'."),
    ("Reizen", "Netwerken"): N_("Networks the trip serves, by name or acronym."),
    ("Reizen", "Overeenkomsten"): N_("Agreements the trip serves, by title."),
    ("Reizen", "CO2-uitstoot (ton)"): N_("The CO2 emitted, in tonnes, up to 3 decimals."),
    ("Reizen", "Raming reis- en verblijfkosten"): N_(
        "The estimate the trip was approved with; empty for a planned trip: its costs are "
        "its estimate."
    ),
    ("Reizen", "Raming overige kosten"): N_(
        "The estimate of the other costs the trip was approved with."
    ),
    ("Reizen", "Annuleringskosten"): N_(
        "Costs of cancelled bookings; reported apart, in neither total."
    ),
    ("Reizen", "Betaald door derden"): N_(
        "What others paid for the trip (not in the costs above, which are the municipality's)."
    ),
    ("Reizen", "Betaald door"): N_("Who paid it: 'EU Interreg', 'gastheer'."),
    ("Geschenken", "Geschatte waarde"): N_("The estimated value in euros."),
    ("Geschenken", "Bewaard bij"): N_("Where the gift is kept now."),
    ("Reizen", "Rollen reizigers"): N_("A role per traveller: 'Name: role; Name: role'."),
    ("Reizen", "Tijdzone"): N_("The destination's time zone, e.g. 'Asia/Shanghai'."),
    ("Reizen", "Contactpersoon ter plaatse"): N_("The contact on the ground, by name."),
    ("Reisprogramma", "Aanwezige reizigers"): N_("The travellers who attend, by name."),
    ("Reisroute", "Van"): N_("A place with its country: Rotterdam (Nederland)."),
    ("Reisroute", "Luchthaven van"): N_("The airport's IATA code, three letters: AMS."),
    ("Reisroute", "Luchthaven naar"): N_("The airport's IATA code, three letters: NTE."),
    ("Reisroute", "Treinreistijd (minuten)"): N_(
        "For a flight: the door-to-door time by train as looked up, in minutes (5 hours "
        "30 is 330), for the travel policy's train time. Empty: not looked up."
    ),
    ("Reisschema", "Vertrek"): N_("Local date and time of departure: 14-09-2026 17:45."),
    ("Reisschema", "Aankomst"): N_("Local date and time of arrival: 15-09-2026 10:30."),
    ("Vervolgacties", "Gereed"): N_("Whether it is done: 'ja' or 'nee'."),
}


def column_text(sheet: str, column: Column) -> str:
    """What the column holds, for its heading's comment and the explanation sheet."""
    text = COLUMN_TEXTS.get((sheet, column.heading)) or COLUMN_TEXTS.get(column.heading)
    if text:
        return _(text)
    if isinstance(column.codec, c.Note):
        return _("Text, also over several lines.")
    if type(column.codec) is c.Text:
        return _("Text.")
    return ""


def format_text(column: Column) -> str:
    """How to write the column's values."""
    codec = column.codec
    if isinstance(codec, c.ChoiceList):
        return _("One or more of: {choices}; separated by ';'.").format(
            choices=", ".join(codec.labels.values())
        )
    if isinstance(codec, c.Choice):
        return _("One of: {choices}.").format(choices=", ".join(codec.labels.values()))
    if isinstance(codec, mc.Moment):
        return _("A date and time: 27-01-2024 14:05.")
    if isinstance(codec, c.Date):
        return _("A date: 27-01-2024.")
    if isinstance(codec, c.Time):
        return _("A time: 09:30.")
    if isinstance(codec, c.Tonnes):
        return _("A number in tonnes: 1,850.")
    if isinstance(codec, c.Money):
        return _("An amount in euros: 1.234,56 (the euro sign may be left out).")
    if isinstance(codec, c.Integer):
        return _("A whole number: 2024.")
    if isinstance(codec, c.YesNo):
        return _("'ja' or 'nee'.")
    if isinstance(codec, c.Tags | c.References | mc.OfficialRoles):
        return _("Several items separated by ';'.")
    return ""


def heading_comment(sheet: str, column: Column, required: bool) -> str:
    """The comment on a heading: what it holds, how to write it, required or not."""
    parts = [column_text(sheet, column), format_text(column)]
    parts.append(_("Required.") if required else _("May be left empty."))
    return "\n".join(part for part in parts if part)


def general_rules() -> list[tuple[str, str]]:
    """(subject, rule) for the explanation sheet: how to fill in any sheet."""
    return [
        (
            _("How it works"),
            _(
                "Fill in the sheets you need and leave the others empty (or delete them). "
                "Row 1 holds the headings: do not change them. Then import the file "
                "(File → Import… or 'intzaken import FILE --dry-run'): first every "
                "problem is shown with sheet, row and column, and nothing is written "
                "until the file has none."
            ),
        ),
        (
            _("Required columns"),
            _(
                "Columns marked required must be filled in on every row; the others may "
                "stay empty. Each heading has a comment saying what the column holds."
            ),
        ),
        (
            _("Writing dates"),
            _(
                "Day-month-year: 27-01-2024, 27-1-2024 or 27 januari 2024. A trip known "
                "only by its month: 'oktober 2016' or '10-2016', with "
                "'Datumnauwkeurigheid' 'maand'. Known only by its year: '2016'."
            ),
        ),
        (
            _("Writing amounts"),
            _(
                "In euros with a decimal comma: 1.234,56 or € 1.234,56; '€ 22.360,-' "
                "is read too. CO2 in tonnes with up to 3 decimals: 1,850. An unknown "
                "amount stays empty (not 0)."
            ),
        ),
        (
            _("Lists in one cell"),
            _(
                "Several names in one cell are separated by a semicolon ';': "
                "'Anna de Vries; Piet Bakker'. A destination is 'Place (Country)' or a "
                "country alone."
            ),
        ),
        (
            _("Names of records"),
            _(
                "Officials, contacts, networks, budget lines and agreements are named as "
                "on their own sheet or as already in the database. Drop-down lists offer "
                "the choices and the names the database knows; a name added on its own "
                "sheet in this file may be typed."
            ),
        ),
        (
            _("Rows of a trip"),
            _(
                "Programme, delegation, follow-up actions, legs, hotels and hosts go on "
                "sheets of their own; each row names its trip by 'Reis' (title) and "
                "'Begindatum reis', exactly as on sheet 'Reizen'."
            ),
        ),
    ]
