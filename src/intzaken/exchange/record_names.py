"""How a sheet names a record of another register: a relation by its place (and kind),
a trip by its title and start date; and what each kind of reference is called in a
message. Read back by names.py."""

from __future__ import annotations

import datetime as dt
import re

from ..domain.enums import RelationKind
from ..domain.labels import LABELS
from ..domain.models import Relation as RelationModel
from ..i18n import N_

# What a reference of each kind names, in messages (ids, translated where used).
WHAT = {
    "official": N_("official"),
    "relation": N_("relation"),
    "network": N_("network"),
    "agreement": N_("agreement"),
    "contact": N_("contact"),
    "trip": N_("trip"),
    "relation_of_kind": N_("relation"),
}


def relation_name(relation: RelationModel) -> str:
    return f"{relation.place.name} ({relation.place.country.name})"


def relation_of_kind_name(relation: RelationModel) -> str:
    """A relation with its kind, for sheets where one place may have several relations
    (Groningen has two with Hamburg): "Hamburg (Duitsland): partnerstad"."""
    return f"{relation_name(relation)}: {LABELS[relation.kind]}"


_KIND_AFTER = re.compile(r"^(?P<relation>.*\))\s*:\s*(?P<kind>[^():]+)$")
# By the members themselves: LABELS is keyed by value, and "other" is every enum's.
_KINDS = {LABELS[kind].casefold(): kind for kind in RelationKind}


def trip_name(title: str, start: dt.date | None) -> str:
    """A trip as a priority's row names it: titles repeat (a summit every year), so with
    its start date: "Deelname Urban20 Mayors Summit (2024-11-14)"."""
    return f"{title} ({start.isoformat()})" if start is not None else title


_TRIP_ON = re.compile(r"^(?P<title>.*\S)\s*\((?P<start>\d{4}-\d{2}-\d{2})\)$")
