"""A network listed is not always joined: the municipality may be working on joining it
or only considering it, as Almere was with Living-in.EU and METREX."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
from sqlalchemy.orm import Session

from intzaken.domain.enums import MembershipStatus
from intzaken.i18n import language_scope
from intzaken.services.data import NetworkData
from intzaken.services.errors import ValidationError
from intzaken.services.networks import create_network, update_network
from intzaken.store.location import Location

from .conftest import file_only, run_cli


@pytest.fixture(autouse=True)
def _dutch() -> object:
    with language_scope("nl"):
        yield


def test_a_network_is_a_member_unless_said_otherwise(session: Session) -> None:
    network = create_network(session, NetworkData(name="Eurocities"))
    assert network.membership is MembershipStatus.MEMBER

    update_network(session, network.id, NetworkData(name="Eurocities", membership="preparing"))
    assert network.membership is MembershipStatus.PREPARING


def test_an_unknown_membership_is_refused_with_the_choices_named(session: Session) -> None:
    with pytest.raises(ValidationError) as refused:
        create_network(session, NetworkData(name="METREX", membership="maybe"))

    assert refused.value.field == "membership"
    assert str(refused.value) == (
        "Lidmaatschap 'maybe' is onbekend; kies uit: lid, in voorbereiding, overwogen."
    )


def test_the_almere_demo_is_considering_metrex_and_joining_living_in_eu(
    demo_template: Callable[[str], Location],
) -> None:
    path = file_only(demo_template("almere"))

    code, out, _ = run_cli("list", "networks", "--db", str(path), "--format", "json")

    assert code == 0
    membership = {n["name"]: n["membership"] for n in json.loads(out)}
    assert membership["METREX"] == "considering"
    assert membership["Living-in.EU"] == "preparing"
    assert membership["Eurocities"] == "member"
    code, out, _ = run_cli("list", "networks", "--db", str(path))
    assert "overwogen" in out and "in voorbereiding" in out
