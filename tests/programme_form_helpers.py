"""A trip form on a fresh database holding a mission to Shanghai (tests/mission_helpers.py)
without programme, legs or stays: the programme editor's and logistics tab's tests fill
them in as a policy officer would."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from intzaken.services import trips
from intzaken.store.database import Database

from .mission_helpers import START, mission_base, mission_data, save_china_facts

TODAY = dt.date(2026, 12, 3)  # weeks before the mission leaves


@pytest.fixture
def mission(database: Database) -> dict[str, int]:
    """The ids of the officials, place and contacts, and of the trip ("trip")."""
    with database.sessions.begin() as session:
        base = mission_base(session)
        save_china_facts(session, TODAY)
        data = mission_data(base, programme=[], legs=[], stays=[], hosts=[], ground_contact_id=None)
        base["trip"] = trips.create_trip(session, data).id
    return base


@pytest.fixture
def open_form(qtbot, database: Database, mission: dict[str, int]) -> Iterator[Callable[[], Any]]:  # noqa: ANN001
    """Opens the mission's trip form (again), as the window does."""
    from intzaken.ui.forms.trips import TripForm
    from intzaken.ui.workspace import Workspace

    workspace = Workspace(today=lambda: TODAY)
    workspace.database = database
    opened: list[TripForm] = []

    def open_() -> TripForm:
        form = TripForm(None, workspace, mission["trip"])
        form.resize(1200, 820)
        form.show()
        opened.append(form)
        return form

    yield open_
    for form in opened:
        with contextlib.suppress(RuntimeError):  # deleted on close already
            form.close_without_asking()


def day(offset: int) -> dt.date:
    return START + dt.timedelta(days=offset)
