"""Open data and the Woo from the window: File → Publish open data… writes the same files
as the command line, the licence is chosen under Your organisation, and an agreement's
form says whether its signed document is published."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QInputDialog, QMessageBox
from sqlalchemy import select

from intzaken.domain.enums import OpenDataLicence
from intzaken.domain.models import Agreement
from intzaken.services.organisation import get_organisation
from intzaken.ui.first_steps.organisation_dialog import OrganisationDialog
from intzaken.ui.forms.base import RecordForm


def publish(
    window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch, year: int, folder: Path
) -> tuple[list[int], list[str]]:
    """File → Publish open data… with `year` and `folder` answered; the year suggested,
    and what the window said (a message or a warning)."""
    suggested: list[int] = []

    def get_int(_parent: Any, _title: str, _label: str, value: int, *_a: Any) -> tuple[int, bool]:
        suggested.append(value)
        return year, True

    monkeypatch.setattr(QInputDialog, "getInt", get_int)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(folder))
    told: list[str] = []
    for kind in ("information", "warning"):
        monkeypatch.setattr(QMessageBox, kind, lambda _p, _t, text, *a: told.append(text))
    window.window_actions.open_data_action.trigger()
    qtbot.waitUntil(lambda: bool(told), timeout=20000)
    return suggested, told


def test_publish_open_data_from_the_file_menu(
    window: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    action = window.window_actions.open_data_action
    assert action.isEnabled() and action.text() == "Open data p&ubliceren…"
    folder = tmp_path / "portaal"
    folder.mkdir()
    asked, told = publish(window, qtbot, monkeypatch, 2024, folder)
    assert asked == [2024]  # the year the annual overview would be made for first
    assert told[0].startswith("32 reizen van 2024 geschreven naar")
    assert sorted(p.name for p in folder.iterdir()) == [
        "official-trips-2024.csv",
        "official-trips-2024.metadata.jsonld",
    ]


def test_a_year_without_trips_says_so(
    window: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _asked, warned = publish(window, qtbot, monkeypatch, 1990, tmp_path)
    assert "geen reizen gemaakt in 1990" in warned[0]
    assert not list(tmp_path.glob("official-trips-*"))


def choose_licence(window: Any, qtbot: Any, licence: OpenDataLicence) -> OpenDataLicence:
    """Settings → Your organisation…: choose `licence` and save; the one shown before."""
    window.window_actions.organisation_action.trigger()
    dialog = next(d for d in window.findChildren(OrganisationDialog) if d.isVisible())
    combo = dialog.page.licence
    shown = OpenDataLicence(combo.currentData())
    combo.setCurrentIndex(combo.findData(licence))
    with qtbot.waitSignal(dialog.accepted):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    return shown


def test_the_licence_is_chosen_under_your_organisation(window: Any, qtbot: Any) -> None:
    assert choose_licence(window, qtbot, OpenDataLicence.CC_BY) is OpenDataLicence.CC0
    with window.workspace.reading() as session:
        organisation = get_organisation(session)
        assert organisation is not None
        assert organisation.open_data_licence is OpenDataLicence.CC_BY


def test_the_agreement_form_says_whether_the_document_is_published(window: Any) -> None:
    with window.workspace.reading() as session:
        agreement_id = session.scalars(select(Agreement.id).order_by(Agreement.id)).first()
    window.open_record("agreements", agreement_id)
    form = next(f for f in window.findChildren(RecordForm) if f.isVisible())
    assert not form.published.isChecked()
    assert form.published.accessibleName() == "Ondertekend document gepubliceerd"
    form.published.setChecked(True)
    assert form.validate()
    form.save()
    with window.workspace.reading() as session:
        assert session.get(Agreement, agreement_id).document_published


def test_the_metadata_names_the_chosen_licence(
    window: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    choose_licence(window, qtbot, OpenDataLicence.CC_BY)
    publish(window, qtbot, monkeypatch, 2024, tmp_path)
    metadata = json.loads(
        (tmp_path / "official-trips-2024.metadata.jsonld").read_text(encoding="utf-8")
    )
    assert metadata["dct:license"]["@id"] == "http://creativecommons.org/licenses/by/4.0/deed.nl"
