"""The open-data CSV's metadata in DCAT-AP-DONL, the Dutch profile of DCAT that
data.overheid.nl and municipal portals harvest, written as JSON-LD.

Which properties: the ones DCAT-AP-DONL requires of a dataset (identifier, title,
description, language, licence, modified, authority, publisher, contact point, theme,
distribution; DCAT-AP-DONL 1.1, https://dcat-ap-donl.readthedocs.io/, as the reference
validator github.com/WterBerg/php-dcatapdonl lists them in DCATDataset::$REQUIRED_PROPERTIES),
with the RDF names of DCAT-AP-DONL 2.0 (github.com/dataoverheid/dcat-ap-donl,
docs/klassen: dct:identifier, dct:title, dct:description, dct:language, dct:license,
dct:modified, dct:publisher, dcat:contactPoint, dcat:theme, dct:temporal,
dcat:distribution), plus the period (dct:temporal) and the access rights (public).

The texts are in the current language (i18n); the data itself is Dutch as entered.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from dataclasses import dataclass
from typing import Any

from ..domain.enums import OpenDataLicence
from ..domain.models import Organisation
from ..i18n import _, current_language, ngettext

# The licences of the DONL licence list (waardelijst DONL:License), by the setting.
LICENCE_URIS = {
    OpenDataLicence.CC0: "http://creativecommons.org/publicdomain/zero/1.0/deed.nl",
    OpenDataLicence.CC_BY: "http://creativecommons.org/licenses/by/4.0/deed.nl",
}
PROFILE = "https://docs.dataoverheid.nl/dcat-ap-donl"  # dct:conformsTo of the record
LANGUAGE = "http://publications.europa.eu/resource/authority/language/"
# Theme "Bestuur" of the government's policy taxonomy (TOOI/OWMS), the one that holds
# the board's own activities.
THEME = "http://standaarden.overheid.nl/owms/terms/Bestuur"
OWMS_TERMS = "http://standaarden.overheid.nl/owms/terms/"
PUBLIC = "http://publications.europa.eu/resource/authority/access-right/PUBLIC"
CONTEXT = {
    "dcat": "http://www.w3.org/ns/dcat#",
    "dct": "http://purl.org/dc/terms/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "vcard": "http://www.w3.org/2006/vcard/ns#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}
# Identifiers are the same at every export of the same organisation and year, so a
# portal sees a new export as a new version of the same dataset.
_NAMESPACE = uuid.UUID("5d6b1f0e-3c1a-4f53-9a43-0f6a2b8e21d7")


@dataclass(frozen=True)
class DatasetFacts:
    year: int
    organisation: Organisation | None
    trips: int
    csv_name: str
    csv_bytes: int
    modified: dt.date


def municipality_uri(name: str) -> str | None:
    """The OWMS URI of a municipality from its name ("Gemeente Rotterdam" →
    .../Rotterdam_(gemeente)), the form the DONL organisation list uses; None for a
    name that does not say it is a municipality."""
    found = re.fullmatch(r"\s*gemeente\s+(.+?)\s*", name, flags=re.IGNORECASE)
    if not found:
        return None
    return OWMS_TERMS + found.group(1).replace(" ", "_") + "_(gemeente)"


def _text(value: str) -> dict[str, str]:
    return {"@value": value, "@language": current_language()}


def _date(value: dt.date) -> dict[str, str]:
    return {"@value": value.isoformat(), "@type": "xsd:date"}


def _agent(organisation: Organisation | None) -> dict[str, Any]:
    name = organisation.name if organisation else _("the municipality")
    agent: dict[str, Any] = {"@type": "foaf:Agent", "foaf:name": name}
    uri = municipality_uri(name)
    if uri:
        agent["@id"] = uri
    return agent


def _contact(organisation: Organisation | None) -> dict[str, Any]:
    contact: dict[str, Any] = {"@type": "vcard:Organization"}
    if organisation is not None:
        contact["vcard:fn"] = " ".join(p for p in (organisation.name, organisation.department) if p)
        if organisation.email:
            contact["vcard:hasEmail"] = {"@id": f"mailto:{organisation.email}"}
    return contact


def licence_of(organisation: Organisation | None) -> OpenDataLicence:
    return organisation.open_data_licence if organisation else OpenDataLicence.CC0


def dataset_metadata(facts: DatasetFacts) -> dict[str, Any]:
    """The JSON-LD document describing the CSV file of `facts`."""
    organisation, year = facts.organisation, facts.year
    city = organisation.name if organisation else _("the municipality")
    key = f"{organisation.uuid if organisation else ''}/official-trips/{year}"
    licence = {"@id": LICENCE_URIS[licence_of(organisation)]}
    return {
        "@context": CONTEXT,
        "@type": "dcat:Dataset",
        "dct:identifier": f"urn:uuid:{uuid.uuid5(_NAMESPACE, key)}",
        "dct:title": _text(_("Official trips abroad {year} — {city}").format(year=year, city=city)),
        "dct:description": _text(
            ngettext(
                "The official trips abroad made in {year} by members of the board of mayor "
                "and aldermen of {city}: one row per trip ({count} trip) with destination, "
                "dates, travellers, means of transport, costs in euros and CO₂ emissions in "
                "tonnes. The figures are those of the annual overview sent to the council. "
                "An empty cell is a figure that is not known.",
                "The official trips abroad made in {year} by members of the board of mayor "
                "and aldermen of {city}: one row per trip ({count} trips) with destination, "
                "dates, travellers, means of transport, costs in euros and CO₂ emissions in "
                "tonnes. The figures are those of the annual overview sent to the council. "
                "An empty cell is a figure that is not known.",
                facts.trips,
            ).format(year=year, city=city, count=facts.trips)
        ),
        "dct:language": {"@id": LANGUAGE + "NLD"},
        "dct:license": licence,
        "dct:modified": _date(facts.modified),
        "dct:issued": _date(facts.modified),
        "dct:publisher": _agent(organisation),
        # DONL 1.1 asks for an "authority" (who owns the data) beside the publisher: the
        # same organisation here.
        "dct:creator": _agent(organisation),
        "dcat:contactPoint": _contact(organisation),
        "dcat:theme": {"@id": THEME},
        "dcat:keyword": [_text(_("official trips")), _text(_("CO₂ emissions"))],
        "dct:accessRights": {"@id": PUBLIC},
        "dct:conformsTo": {"@id": PROFILE},
        "dct:temporal": {
            "@type": "dct:PeriodOfTime",
            "dcat:startDate": _date(dt.date(year, 1, 1)),
            "dcat:endDate": _date(dt.date(year, 12, 31)),
        },
        "dcat:distribution": [
            {
                "@type": "dcat:Distribution",
                "dct:title": _text(facts.csv_name),
                "dcat:accessURL": {"@id": facts.csv_name},
                "dcat:downloadURL": {"@id": facts.csv_name},
                "dcat:mediaType": {"@id": "http://www.iana.org/assignments/media-types/text/csv"},
                "dct:format": {
                    "@id": "http://publications.europa.eu/resource/authority/file-type/CSV"
                },
                "dcat:byteSize": {
                    "@value": str(facts.csv_bytes),
                    "@type": "xsd:nonNegativeInteger",
                },
                "dct:license": licence,
                "dct:language": {"@id": LANGUAGE + "NLD"},
            }
        ],
    }
