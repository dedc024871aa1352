"""Qt's own dialogs speak the interface's language, and a count reads as a sentence:
"1 record", "2 records" in English, "1 regel", "2 regels" in Dutch."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLabel

from intzaken.i18n import set_language
from intzaken.ui.app import install_translation, qt_translation_folders, remove_translations


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    remove_translations(qapp)  # whatever an earlier test left
    yield qapp
    remove_translations(qapp)
    install_translation(qapp, "nl")  # the process-wide language back to its default
    remove_translations(qapp)
    set_language("nl")


def _file_dialog_texts(qtbot) -> set[str]:  # noqa: ANN001
    """The labels and buttons of Qt's own file dialog (what Linux without a desktop
    theme shows; Windows and a GNOME or KDE desktop show their own, in their language)."""
    dialog = QFileDialog(None, "", "", "Intzaken database (*.sqlite)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    texts = {label.text() for label in dialog.findChildren(QLabel)}
    for box in dialog.findChildren(QDialogButtonBox):
        texts |= {button.text() for button in box.buttons()}
    return texts


def test_the_file_dialog_speaks_dutch_and_english_as_chosen(qtbot, app) -> None:  # noqa: ANN001
    install_translation(app, "nl")
    dutch = _file_dialog_texts(qtbot)
    assert {"&Zoeken in:", "Bestands&type:", "Bestands&naam:", "&Openen", "Annuleren"} <= dutch
    assert not {"&Look in:", "Files of &type:"} & dutch

    install_translation(app, "en")  # Instellingen → Taal → English, at the next start
    english = _file_dialog_texts(qtbot)
    assert {"&Look in:", "Files of &type:", "File &name:", "&Open", "Cancel"} <= english


def test_qts_dutch_is_found_where_the_bundle_puts_it() -> None:
    """packaging/intzaken.spec keeps PySide6's qtbase_nl.qm in PySide6/Qt/translations."""
    assert any((folder / "qtbase_nl.qm").is_file() for folder in qt_translation_folders())


def _counted(count: int) -> tuple[str, str]:
    # The texts live in the catalogs under the contexts of their widgets.
    entries = QCoreApplication.translate("HistoryView", "%n entry(s), by {authors}", "", count)
    records = QCoreApplication.translate("SearchPopup", "%n record(s) found", "", count)
    return entries.format(authors="jdevries"), records


def test_a_count_of_one_is_singular_in_dutch(app) -> None:  # noqa: ANN001
    install_translation(app, "nl")
    assert _counted(1) == ("1 regel, door jdevries", "1 record gevonden")
    assert _counted(2) == ("2 regels, door jdevries", "2 records gevonden")


def test_a_count_of_one_is_singular_in_english(app) -> None:  # noqa: ANN001
    install_translation(app, "en")
    assert _counted(1) == ("1 entry, by jdevries", "1 record found")
    assert _counted(12) == ("12 entries, by jdevries", "12 records found")
