"""Bestuurders → Overdracht in the window: the Rotterdam demo's networks still held by the
alderman who left in July 2024, a successor chosen per row, handed over at once."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QComboBox, QPushButton

from intzaken.domain.models import Network, Official
from intzaken.registers import RegisterKey
from intzaken.ui.handover_dialog import SUBJECT, SUCCESSOR, HandoverDialog
from intzaken.ui.main_window import MainWindow


def _dialog(qtbot, window: MainWindow) -> HandoverDialog:  # noqa: ANN001
    dialog = HandoverDialog(window, window.workspace)
    qtbot.addWidget(dialog)
    return dialog


def _successor(dialog: HandoverDialog, row: int) -> QComboBox:
    combo = dialog.table.cellWidget(row, SUCCESSOR)
    assert isinstance(combo, QComboBox)
    return combo


def _holders(window: MainWindow) -> dict[str, str]:
    with window.workspace.reading() as session:
        return {
            network.name: official.name
            for network, official in session.query(Network, Official).join(
                Official, Network.responsible_official_id == Official.id
            )
        }


def test_the_officials_page_offers_the_handover(window: MainWindow) -> None:
    page = window.register_pages[RegisterKey.OFFICIALS]
    names = [b.text() for b in page.findChildren(QPushButton)]
    assert "&Overdracht…" in names


def test_the_networks_of_the_alderman_who_left_are_handed_over_at_once(
    qtbot,  # noqa: ANN001
    window: MainWindow,
) -> None:
    dialog = _dialog(qtbot, window)
    subjects = [dialog.table.item(row, SUBJECT).text() for row in range(dialog.table.rowCount())]
    assert subjects == [
        "Netwerk Polis",
        "Netwerk Transport Decarbonization Alliance",
        "Netwerk Walk21 The Global Walking Network",
    ]
    # Walk21 shares VZOS with the alderman holding it now: proposed. Nobody holds MJT.
    assert [_successor(dialog, row).currentText() for row in range(3)] == [
        "(niet overdragen)",
        "(niet overdragen)",
        "Faouzi Achbar",
    ]
    polis = _successor(dialog, 0)
    polis.setCurrentIndex(polis.findText("Chantal Zeegers"))

    assert dialog.hand_over()

    holders = _holders(window)
    assert holders["Polis"] == "Chantal Zeegers"
    assert holders["Walk21 The Global Walking Network"] == "Faouzi Achbar"
    assert holders["Transport Decarbonization Alliance"] == "Vincent Karremans"  # no successor
    assert dialog.table.rowCount() == 1  # what is left to hand over
    assert dialog.status.text() == "Overgedragen: 2 verantwoordelijkheden."


def test_nothing_chosen_is_refused_with_a_message(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    dialog = _dialog(qtbot, window)
    walk21 = _successor(dialog, 2)
    walk21.setCurrentIndex(0)

    assert not dialog.hand_over()

    assert dialog.status.text() == "Kies voor ten minste één verantwoordelijkheid een opvolger."
    assert _holders(window)["Walk21 The Global Walking Network"] == "Vincent Karremans"


def test_the_edit_menu_opens_the_same_handover(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Bewerken → Overdracht… opens the handover of the Officials page's button, with
    the responsibilities of the officials who left."""
    shown: list[HandoverDialog] = []
    monkeypatch.setattr(HandoverDialog, "exec", lambda self: shown.append(self) or 0)
    edit_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "Be&werken")
    item = next(a for a in edit_menu.actions() if a.text() == "Over&dracht…")
    assert item.isEnabled()

    item.trigger()

    assert len(shown) == 1
    assert shown[0].table.item(0, SUBJECT).text() == "Netwerk Polis"
