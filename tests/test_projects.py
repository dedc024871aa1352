"""EU projects and subsidies (issue 23): what the team applies for and runs, the money it
brings in, the deadlines the dashboard shows, and Almere's EU subsidy in its demo."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from decimal import Decimal

import pytest
from sqlalchemy.orm import Session

from intzaken.i18n import language_scope
from intzaken.services import networks
from intzaken.services.data import NetworkData, ProjectData
from intzaken.services.errors import ValidationError
from intzaken.services.projects import (
    create_project,
    delete_project,
    project_deadlines,
    update_project,
)
from intzaken.services.snapshots import project_data
from intzaken.store.location import Location

from .conftest import file_only, run_cli

TODAY = dt.date(2025, 1, 10)


def _project(**changes: object) -> ProjectData:
    data = ProjectData(
        name="Circulaire havens",
        funding_programme="interreg",
        role="lead",
        status="application",
        call="Interreg North Sea, oproep 3",
        total_budget=Decimal("2400000.00"),
        grant=Decimal("350000.00"),
        co_financing=Decimal("150000.00"),
        call_deadline=dt.date(2025, 2, 14),
    )
    for name, value in changes.items():
        setattr(data, name, value)
    return data


def test_a_project_keeps_its_partners_money_and_dates(session: Session) -> None:
    eurocities = networks.create_network(session, NetworkData(name="Eurocities"))
    project = create_project(
        session, _project(network_ids=[eurocities.id], other_partners="Haven van Antwerpen")
    )
    again = project_data(project)
    assert again.grant == Decimal("350000.00")
    assert again.network_ids == [eurocities.id]
    assert again.other_partners == "Haven van Antwerpen"
    assert again.call_deadline == dt.date(2025, 2, 14)


def test_wrong_input_is_refused_naming_the_field(session: Session) -> None:
    with pytest.raises(ValidationError) as refused, language_scope("nl"):
        create_project(
            session,
            _project(
                funding_programme="erasmus",
                grant=Decimal("3000000.00"),
                start_date=dt.date(2026, 1, 1),
                end_date=dt.date(2025, 1, 1),
            ),
        )
    assert refused.value.fields == {"funding_programme", "grant", "end_date"}
    grant = next(p.message for p in refused.value.problems if p.field == "grant")
    assert grant == (
        "Subsidie voor de gemeente (€\xa03.000.000,00) is meer dan de totale begroting "
        "(€\xa02.400.000,00)."
    )


def test_two_projects_may_not_share_a_name(session: Session) -> None:
    create_project(session, _project())
    with pytest.raises(ValidationError) as refused:
        create_project(session, _project(name="circulaire HAVENS"))
    assert refused.value.fields == {"name"}


def test_the_dashboard_deadlines_are_open_calls_and_reports_due(session: Session) -> None:
    create_project(session, _project())
    running = create_project(
        session,
        _project(name="Slimme kades", status="running", report_due=dt.date(2025, 3, 31)),
    )
    create_project(session, _project(name="Afgewezen", status="rejected"))
    create_project(session, _project(name="Later", call_deadline=dt.date(2026, 1, 1)))
    with language_scope("nl"):
        found = project_deadlines(session, TODAY, 90)
    assert [(d.project, d.what, d.due) for d in found] == [
        ("Circulaire havens", "deadline oproep", dt.date(2025, 2, 14)),
        ("Slimme kades", "rapportage", dt.date(2025, 3, 31)),
    ]
    update_project(session, running.id, _project(name="Slimme kades", status="closed"))
    assert [d.project for d in project_deadlines(session, TODAY, 90)] == ["Circulaire havens"]
    delete_project(session, running.id)


def test_almere_brought_in_about_3_9_million_of_eu_subsidy(
    demo_template: Callable[[str], Location],
) -> None:
    path = file_only(demo_template("almere"))
    code, out, _err = run_cli("list", "projects", "--db", str(path), "--format", "json")
    assert code == 0
    projects = {p["name"]: p for p in json.loads(out)}
    subsidy = projects["EU-subsidies 2018-2023 (verzamelde projecten)"]
    assert subsidy["grant"] == "3900000.00"
    assert "seed 004" in subsidy["source"]
    assert projects["Circulaire businessmodellen"]["funding_programme"] == "life"
    code, out, _err = run_cli("list", "projects", "--db", str(path))
    assert code == 0 and "€\xa03.900.000,00" in out and "(3 regels)" in out
