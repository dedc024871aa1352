"""The first steps after File → New database (ui/first_steps/): the real wizard on a real
SQLite file, every step filled in, every step skipped, refused input at its field, Back,
Cancel, and the import after Finish through the window's own import flow."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox, QWizard
from shiboken6 import isValid
from sqlalchemy import func, select

from intzaken.domain.enums import Role
from intzaken.domain.models import Official
from intzaken.exchange import export_workbook
from intzaken.new_database import create_database
from intzaken.services.data import OfficialData, TermData
from intzaken.services.officials import create_official
from intzaken.services.organisation import get_organisation
from intzaken.ui.exchange_dialogs import ImportPreviewDialog
from intzaken.ui.first_steps import FirstStepsWizard

Button = QWizard.WizardButton


@pytest.fixture
def wizard(
    dutch: None,
    empty_window: Any,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    qtbot: Any,
) -> Iterator[FirstStepsWizard]:
    """File → New database for 'Gemeente Testdorp' in a fresh file; its first steps."""
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Gemeente Testdorp", True))
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "testdorp"), "")
    )
    empty_window.new_database()
    assert empty_window.workspace.path == (tmp_path / "testdorp.sqlite").resolve()
    found = empty_window.findChild(FirstStepsWizard)
    assert found is not None and found.isVisible()
    monkeypatch.undo()  # each test chooses its own files from here
    yield found
    if isValid(found) and found.isVisible():
        found.done(QDialog.DialogCode.Rejected)


def _organisation(wizard: Any) -> Any:
    """The stored organisation; `wizard` is the wizard or (after it closed) the window."""
    window = getattr(wizard, "window_", wizard)
    with window.workspace.reading() as session:
        organisation = get_organisation(session)
        session.expunge(organisation)
        return organisation


def _officials(wizard: Any) -> list[tuple[str, list[tuple[str, Any, Any, str]]]]:
    window = getattr(wizard, "window_", wizard)
    with window.workspace.reading() as session:
        return [
            (o.name, [(t.role.value, t.start_date, t.end_date, t.portfolio) for t in o.terms])
            for o in session.scalars(select(Official).order_by(Official.name))
        ]


def _click(wizard: FirstStepsWizard, button: QWizard.WizardButton) -> None:
    wizard.button(button).click()


def _png(path: Path, width: int = 120, height: int = 40) -> Path:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#00689d"))
    assert image.save(str(path), "PNG")
    return path


def _choose(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))


def _fill_college(wizard: FirstStepsWizard, rows: list[dict[str, Any]]) -> None:
    """Type the rows into the table as the user does: Add, then each cell."""
    table = wizard.college_page.table
    table.set_rows([])
    for values in rows:
        table.add_row()
        number = table.model.rowCount() - 1
        for column, heading in enumerate(table.model.columns):
            if heading.key in values:
                table.model.setData(table.model.index(number, column), values[heading.key])


def test_every_step_filled_in_is_stored_and_the_workbook_imported(
    wizard: FirstStepsWizard, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, qtbot: Any
) -> None:
    page = wizard.organisation_page
    assert wizard.currentPage() is page and page.name.text() == "Gemeente Testdorp"
    assert "De database testdorp.sqlite is aangemaakt." in page.intro.text()
    qtbot.keyClicks(page.department, "Internationale Zaken")
    qtbot.keyClicks(page.email, "iz@testdorp.nl")
    _choose(monkeypatch, _png(tmp_path / "logo.png"))
    page.choose_logo_button.click()
    assert page.logo_media_type == "image/png" and not page.logo_preview.pixmap().isNull()
    _click(wizard, Button.NextButton)

    assert wizard.currentPage() is wizard.college_page
    organisation = _organisation(wizard)
    assert (organisation.department, organisation.email) == (
        "Internationale Zaken",
        "iz@testdorp.nl",
    )
    assert organisation.logo == (tmp_path / "logo.png").read_bytes()
    assert organisation.logo_media_type == "image/png"

    _fill_college(
        wizard,
        [
            {"name": "Anna de Vries", "start_date": dt.date(2022, 6, 1)},
            {
                "name": "Bram Jansen",
                "portfolio": "Economie, Europa",
                "start_date": dt.date(2022, 6, 1),
            },
            # The same name again: one official with two terms.
            {"name": "Bram Jansen", "role": Role.MAYOR, "start_date": dt.date(2026, 1, 5)},
        ],
    )
    rows = wizard.college_page.table.rows()
    assert rows[0]["role"] == Role.MAYOR and rows[1]["role"] == Role.ALDERMAN  # the defaults
    _click(wizard, Button.NextButton)
    assert wizard.currentPage() is wizard.import_page
    assert _officials(wizard) == [
        ("Anna de Vries", [("mayor", dt.date(2022, 6, 1), None, "")]),
        (
            "Bram Jansen",
            [
                ("alderman", dt.date(2022, 6, 1), None, "Economie, Europa"),
                ("mayor", dt.date(2026, 1, 5), None, ""),
            ],
        ),
    ]

    # The template: what `intzaken export --empty` writes.
    template = tmp_path / "sjabloon.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(template), ""))
    wizard.import_page.save_template_button.click()
    book = openpyxl.load_workbook(template)
    assert {"Reizen", "Bestuurders", "Relaties"} <= set(book.sheetnames)
    assert "sjabloon.xlsx" in wizard.import_page.template_status.text()

    # A filled-in workbook: another file's officials, exported.
    other = create_database(tmp_path / "elders.sqlite", "Gemeente Elders")
    with other.sessions.begin() as session:
        create_official(
            session,
            OfficialData(
                "Carla Smit", [TermData(Role.ALDERMAN, dt.date(2022, 6, 1), None, "Cultuur")]
            ),
        )
        export_workbook(session, tmp_path / "lijsten.xlsx", None)
    other.close()
    _choose(monkeypatch, tmp_path / "lijsten.xlsx")
    wizard.import_page.choose_button.click()
    assert wizard.button(Button.FinishButton).text().replace("&", "") == "Importeren…"
    previews: list[ImportPreviewDialog] = []

    def confirm(dialog: ImportPreviewDialog) -> int:
        previews.append(dialog)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportPreviewDialog, "exec", confirm)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a, **k: told.append(text))
    window = wizard.window_
    _click(wizard, Button.FinishButton)
    qtbot.waitUntil(lambda: bool(told), timeout=20000)  # the window's import has reported
    assert len(previews) == 1
    with window.workspace.reading() as session:
        names = session.scalars(select(Official.name).order_by(Official.name)).all()
    assert names == ["Anna de Vries", "Bram Jansen", "Carla Smit"]
    assert window.windowTitle().startswith("Gemeente Testdorp — testdorp.sqlite")


def test_every_step_skipped_stores_nothing_but_the_name(
    wizard: FirstStepsWizard, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, qtbot: Any
) -> None:
    page = wizard.organisation_page
    qtbot.keyClicks(page.department, "Niet bewaren")
    _click(wizard, Button.CustomButton1)  # Overslaan
    assert wizard.currentPage() is wizard.college_page
    _fill_college(wizard, [{"name": "Niet Bewaren", "start_date": dt.date(2022, 1, 1)}])
    _click(wizard, Button.CustomButton1)
    assert wizard.currentPage() is wizard.import_page
    assert not wizard.button(Button.CustomButton1).isVisible()
    assert wizard.button(Button.FinishButton).text().replace("&", "") == "Begin met typen"

    # Back shows what is stored, not the input that was skipped.
    _click(wizard, Button.BackButton)
    assert [r["name"] for r in wizard.college_page.table.rows()] == [""]
    _click(wizard, Button.BackButton)
    assert page.department.text() == ""
    _click(wizard, Button.CustomButton1)
    _click(wizard, Button.CustomButton1)
    window = wizard.window_
    with qtbot.waitSignal(wizard.accepted):
        _click(wizard, Button.FinishButton)

    organisation = _organisation(window)
    assert (organisation.name, organisation.department, organisation.logo) == (
        "Gemeente Testdorp",
        "",
        None,
    )
    assert _officials(window) == []


def test_a_wrong_email_and_a_missing_name_are_shown_at_their_fields(
    wizard: FirstStepsWizard, qtbot: Any
) -> None:
    page = wizard.organisation_page
    page.name.clear()
    qtbot.keyClicks(page.email, "iz.testdorp.nl")
    _click(wizard, Button.NextButton)
    assert wizard.currentPage() is page  # refused: stays
    assert "geen geldig e-mailadres" in page.error_text("email")
    assert "verplicht" in page.error_text("name")
    assert page.email.property("invalid") is True
    assert _organisation(wizard).email == ""  # nothing written

    qtbot.keyClicks(page.email, "@x")  # editing takes the field's message away
    assert page.error_text("email") == ""
    page.email.setText("iz@testdorp.nl")
    qtbot.keyClicks(page.name, "Gemeente Nieuwdorp")
    _click(wizard, Button.NextButton)
    assert wizard.currentPage() is wizard.college_page
    assert _organisation(wizard).email == "iz@testdorp.nl"
    # The window's title names the organisation as it is now.
    assert wizard.window_.windowTitle() == "Gemeente Nieuwdorp — testdorp.sqlite — Intzaken"


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"Dit is geen afbeelding, alleen tekst.\n", "geen PNG-, JPEG- of SVG-afbeelding"),
        (b"\x89PNG\r\n\x1a\n" + b"\0" * 100, "geen PNG-, JPEG- of SVG-afbeelding"),
        (b"\x89PNG\r\n\x1a\n" + b"\0" * (2 * 1024 * 1024), "groter dan 2 MB"),
    ],
    ids=["text", "broken-png", "oversized"],
)
def test_a_logo_that_is_no_image_or_too_large_is_refused_at_the_field(
    wizard: FirstStepsWizard,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    content: bytes,
    expected: str,
) -> None:
    page = wizard.organisation_page
    logo = tmp_path / "logo.png"
    logo.write_bytes(content)
    _choose(monkeypatch, logo)
    page.choose_logo_button.click()
    assert expected in page.error_text("logo") and "logo.png" in page.error_text("logo")
    assert page.logo is None and page.logo_preview.text() == "Geen logo"
    # The services' answer about the other fields (on leaving one) keeps the logo's.
    page.email.setText("iz.testdorp.nl")
    page.email.editingFinished.emit()
    assert "geen geldig e-mailadres" in page.error_text("email")
    assert expected in page.error_text("logo")
    page.email.clear()
    _click(wizard, Button.NextButton)  # the refused file is not kept: the rest saves
    assert wizard.currentPage() is wizard.college_page
    assert _organisation(wizard).logo is None


def test_an_svg_logo_is_taken(
    wizard: FirstStepsWizard, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    svg = tmp_path / "logo.svg"
    svg.write_text(
        '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20">'
        '<rect width="40" height="20" fill="#00689d"/></svg>\n'
    )
    _choose(monkeypatch, svg)
    wizard.organisation_page.choose_logo_button.click()
    _click(wizard, Button.NextButton)
    assert _organisation(wizard).logo_media_type == "image/svg+xml"


def test_a_term_ending_before_it_starts_is_shown_in_its_row_and_nothing_is_stored(
    wizard: FirstStepsWizard,
) -> None:
    _click(wizard, Button.NextButton)
    page = wizard.college_page
    _fill_college(
        wizard,
        [
            {"name": "Anna de Vries", "start_date": dt.date(2022, 6, 1)},
            {
                "name": "Bram Jansen",
                "start_date": dt.date(2024, 6, 1),
                "end_date": dt.date(2023, 1, 1),
            },
            {"portfolio": "Wonen"},  # no name, no start
        ],
    )
    _click(wizard, Button.NextButton)
    assert wizard.currentPage() is page
    listed = page.error_text("rows")
    assert "Regel 2: Einddatum ligt vóór begindatum." in listed
    assert "Regel 3: Naam: dit veld is verplicht." in listed
    assert "Regel 3: Begindatum ontbreekt." in listed
    model = page.table.model
    end = model.index(1, [c.key for c in model.columns].index("end_date"))
    assert model.data(end, Qt.ItemDataRole.ToolTipRole) == "Einddatum ligt vóór begindatum."
    assert _officials(wizard) == []  # Anna's row waits for the others: one transaction

    model.setData(end, dt.date(2026, 6, 1))
    model.setData(model.index(2, 0), "Chris Bakker")
    model.setData(model.index(2, 3), dt.date(2022, 6, 1))
    _click(wizard, Button.NextButton)
    assert wizard.currentPage() is wizard.import_page
    assert [name for name, _terms in _officials(wizard)] == [
        "Anna de Vries",
        "Bram Jansen",
        "Chris Bakker",
    ]


def test_back_and_next_again_updates_the_officials_instead_of_adding_them_twice(
    wizard: FirstStepsWizard,
) -> None:
    _click(wizard, Button.NextButton)
    _fill_college(
        wizard,
        [
            {"name": "Anna de Vries", "start_date": dt.date(2022, 6, 1)},
            {"name": "Bram Jansen", "start_date": dt.date(2022, 6, 1)},
        ],
    )
    _click(wizard, Button.NextButton)
    _click(wizard, Button.BackButton)
    table = wizard.college_page.table
    assert [r["name"] for r in table.rows()] == ["Anna de Vries", "Bram Jansen"]
    with wizard.window_.workspace.reading() as session:
        anna = session.scalar(select(Official.id).where(Official.name == "Anna de Vries"))
    table.model.setData(table.model.index(0, 2), "Bestuurszaken")
    table.view.setCurrentIndex(table.model.index(1, 0))
    table.remove_selected()
    _click(wizard, Button.NextButton)
    assert _officials(wizard) == [
        ("Anna de Vries", [("mayor", dt.date(2022, 6, 1), None, "Bestuurszaken")])
    ]
    with wizard.window_.workspace.reading() as session:
        assert session.scalar(select(func.count()).select_from(Official)) == 1
        assert session.scalar(select(Official.id)) == anna  # the same record, updated


def test_cancel_says_the_database_stays_and_keeps_what_was_saved(
    wizard: FirstStepsWizard, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, qtbot: Any
) -> None:
    asked: list[str] = []

    def answer(box: QMessageBox, button: str) -> int:
        asked.append(box.text())
        chosen = next(b for b in box.buttons() if b.text().replace("&", "") == button)
        chosen.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", lambda box: answer(box, "Doorgaan"))
    _click(wizard, Button.CancelButton)
    assert wizard.isVisible()  # went on
    assert "blijft bestaan, maar is leeg op de naam van de organisatie na" in asked[0]

    _click(wizard, Button.NextButton)
    _fill_college(wizard, [{"name": "Anna de Vries", "start_date": dt.date(2022, 6, 1)}])
    _click(wizard, Button.NextButton)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: answer(box, "Stoppen"))
    window = wizard.parent()
    with qtbot.waitSignal(wizard.rejected):
        _click(wizard, Button.CancelButton)
    assert "met wat de vorige stappen opsloegen" in asked[1]
    assert "Bestand → Importeren" in asked[1]
    assert window.workspace.path == (tmp_path / "testdorp.sqlite").resolve()
    with window.workspace.reading() as session:
        assert session.scalars(select(Official.name)).all() == ["Anna de Vries"]


def test_the_first_steps_in_english_show_no_dutch(
    empty_window: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, qtbot: Any
) -> None:
    from PySide6.QtWidgets import QApplication

    from intzaken.i18n import language_scope
    from intzaken.ui.app import install_translation

    from .english_walk import dutch_in, widget_texts, without_data

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Gemeente Testdorp", True))
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "testdorp"), "")
    )
    # Also takes out Qt's own Dutch ("< &Terug") that an earlier test may have left.
    install_translation(QApplication.instance(), "en")
    with language_scope("en"):
        empty_window.new_database()
        wizard = empty_window.findChild(FirstStepsWizard)
        wizard.organisation_page.email.setText("iz.testdorp.nl")
        _click(wizard, Button.NextButton)  # refused: the service's message in English
        assert "is not a valid email address" in wizard.organisation_page.error_text("email")
        wizard.organisation_page.email.clear()
        _click(wizard, Button.NextButton)
        _fill_college(wizard, [{"name": "Anna de Vries", "end_date": dt.date(2020, 1, 1)}])
        _click(wizard, Button.NextButton)
        assert "Row 1: Start date is missing." in wizard.college_page.error_text("rows")
        shown = list(widget_texts(wizard)) + list(widget_texts(wizard.stop_question()))
        data = ["Gemeente Testdorp", "Anna de Vries", "iz.testdorp.nl"]
        dutch = [
            (where, text)
            for where, text in shown
            if text and dutch_in(without_data(text, data)) is not None
        ]
        assert dutch == []
        wizard.done(QDialog.DialogCode.Rejected)


def test_new_database_in_the_welcome_dialog_leads_to_the_first_steps(
    dutch: None, empty_window: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QPushButton

    from intzaken.ui.welcome import WelcomeDialog

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Gemeente Testdorp", True))
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "testdorp"), "")
    )
    welcome = WelcomeDialog(empty_window)
    welcome.open()
    new = next(b for b in welcome.findChildren(QPushButton) if b.text() == "&Nieuwe database…")
    new.click()
    assert not welcome.isVisible()  # the welcome has done its part
    wizard = empty_window.findChild(FirstStepsWizard)
    assert wizard is not None and wizard.isVisible()
    assert wizard.currentPage() is wizard.organisation_page
    wizard.done(QDialog.DialogCode.Rejected)


def test_a_file_that_is_refused_opens_no_first_steps(
    empty_window: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    (tmp_path / "bestaat.sqlite").write_bytes(b"al iets")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Gemeente Testdorp", True))
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "bestaat.sqlite"), "")
    )
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: warned.append(text))
    empty_window.new_database()
    assert warned and empty_window.workspace.database is None
    assert empty_window.findChild(FirstStepsWizard) is None
    assert (tmp_path / "bestaat.sqlite").read_bytes() == b"al iets"


def test_a_team_database_set_up_in_the_window_gets_the_same_first_steps(
    dutch: None,
    empty_window: Any,
    server_databases: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    address = server_databases()  # empty: the window offers to set it up
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Gemeente Delft", True))
    assert empty_window.open_path(address)
    wizard = empty_window.findChild(FirstStepsWizard)
    assert wizard is not None and wizard.isVisible()
    assert "De database " + str(address) in wizard.organisation_page.intro.text()
    wizard.organisation_page.department.setText("Internationale Zaken")
    _click(wizard, Button.NextButton)  # saved on the server, off the GUI thread
    assert wizard.currentPage() is wizard.college_page
    _fill_college(wizard, [{"name": "Anna de Vries", "start_date": dt.date(2022, 6, 1)}])
    _click(wizard, Button.NextButton)
    assert wizard.currentPage() is wizard.import_page
    assert _organisation(wizard).department == "Internationale Zaken"
    assert [name for name, _terms in _officials(wizard)] == ["Anna de Vries"]
    wizard.done(QDialog.DialogCode.Accepted)


def test_the_organisation_can_be_changed_later_under_settings(
    wizard: FirstStepsWizard, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, qtbot: Any
) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from intzaken.ui.first_steps.organisation_dialog import OrganisationDialog

    window = wizard.window_
    wizard.done(QDialog.DialogCode.Rejected)  # the first steps were left
    action = window.window_actions.organisation_action
    assert action.isEnabled()
    action.trigger()
    dialog = window.findChild(OrganisationDialog)
    page, save = dialog.page, dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert dialog.isVisible() and page.name.text() == "Gemeente Testdorp"
    page.email.setText("iz.testdorp.nl")
    save.click()
    assert dialog.isVisible() and "geen geldig e-mailadres" in page.error_text("email")
    page.email.setText("iz@testdorp.nl")
    _choose(monkeypatch, _png(tmp_path / "logo.png"))
    page.choose_logo_button.click()
    with qtbot.waitSignal(dialog.accepted):
        save.click()
    organisation = _organisation(window)
    assert (organisation.email, organisation.logo_media_type) == ("iz@testdorp.nl", "image/png")

    # Escape with a change asks first; Discard leaves the stored organisation as it is.
    action.trigger()
    dialog = next(d for d in window.findChildren(OrganisationDialog) if d.isVisible())
    dialog.page.department.setText("Wordt niet bewaard")
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda _p, _t, text, *a, **k: asked.append(text) or QMessageBox.StandardButton.Discard,
    )
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked == ["De wijzigingen in uw organisatie opslaan?"]
    assert _organisation(window).department == ""
