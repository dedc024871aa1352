"""The first minutes in a new database: the organisation, the college, then the lists the
team already has (the import template) or typing. Every step may be skipped, Back works,
and each step saves in one transaction when it is left forward (step_page.py)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, QTimer
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QMessageBox, QWizard

from ...resources import resource_path
from .college_page import CollegePage
from .import_page import ImportPage
from .organisation_page import OrganisationPage
from .step_page import StepPage

if TYPE_CHECKING:
    from ..window_host import WindowHost

Button = QWizard.WizardButton


class FirstStepsWizard(QWizard):
    def __init__(self, window: WindowHost) -> None:
        super().__init__(window.parent_widget())
        self.window_ = window
        workspace = window.workspace
        self.setWindowTitle(self.tr("First steps — Intzaken"))
        # The same look on every system (Windows would pick its Aero style otherwise).
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        logo = QPixmap(str(resource_path("icons") / "intzaken-48.png"))
        if not logo.isNull():
            self.setPixmap(QWizard.WizardPixmap.LogoPixmap, logo)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.setOption(QWizard.WizardOption.HaveCustomButton1)
        self.setButtonText(Button.CustomButton1, self.tr("S&kip"))
        self.button(Button.CustomButton1).setToolTip(
            self.tr("Go on without saving this step; it can be done later")
        )
        self.setButtonLayout(
            [
                Button.CustomButton1,
                Button.Stretch,
                Button.BackButton,
                Button.NextButton,
                Button.FinishButton,
                Button.CancelButton,
            ]
        )
        self.customButtonClicked.connect(lambda _which: self.skip())

        self.organisation_page = OrganisationPage(workspace)
        where = workspace.location
        name = where.name if isinstance(where, Path) else str(where)
        self.organisation_page.intro.setText(
            self.tr(
                "The database {file} has been made. Three short steps fill in what you "
                "already know; each can be skipped and done later."
            ).format(file=name)
        )
        self.organisation_page.intro.show()
        self.college_page = CollegePage(workspace)
        self.import_page = ImportPage(workspace)
        for page in (self.organisation_page, self.college_page, self.import_page):
            self.addPage(page)
        self.currentIdChanged.connect(lambda _id: self._update_skip())
        self.accepted.connect(self._import_after)
        self.finished.connect(self.deleteLater)
        # From the font, so it holds at any scaling: room for the college's five columns.
        metrics = self.fontMetrics()
        self.resize(
            self.sizeHint().expandedTo(
                QSize(metrics.averageCharWidth() * 135, metrics.height() * 36)
            )
        )

    @property
    def import_path(self) -> Path | None:
        """The workbook to import once the wizard has closed, if one was chosen."""
        return self.import_page.import_path

    def _update_skip(self) -> None:
        # On the last step Finish with nothing chosen is "start typing": no skip needed.
        self.button(Button.CustomButton1).setVisible(self.currentPage() is not self.import_page)

    def skip(self) -> None:
        """Go on without saving this step; its unsaved input is dropped."""
        page = self.currentPage()
        if not isinstance(page, StepPage):
            return
        page.skipping = True
        try:
            self.next()
        finally:
            page.skipping = False

    def _import_after(self) -> None:
        chosen, window = self.import_path, self.window_
        if chosen is not None:
            from ..exchange_flow import import_file

            # After the wizard has gone: the import's preview is a dialog of the window.
            QTimer.singleShot(0, lambda: import_file(window, chosen))

    # --- Cancel ----------------------------------------------------------------------------------
    def stop_question(self) -> QMessageBox:
        """Cancel asks first, and says that the database stays as it is now."""
        pages = (self.organisation_page, self.college_page, self.import_page)
        where = self.window_.workspace.location
        name = where.name if isinstance(where, Path) else str(where)
        if any(page.has_saved() for page in pages):
            state = self.tr(
                "The database {file} stays, with what the earlier steps saved. Input on "
                "this page that was not saved yet is dropped."
            )
        else:
            state = self.tr(
                "The database {file} stays, but it is empty apart from the organisation's "
                "name. Input on this page is dropped."
            )
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Stop the first steps?"),
            state.format(file=name)
            + "\n\n"
            + self.tr(
                "You can carry on in the window: the organisation under Settings → Your "
                "organisation, officials on the Officials page, your lists under File → "
                "Import, the template under File → Save import template."
            ),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        self.stop_button = box.addButton(self.tr("&Stop"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(box.addButton(self.tr("&Go on"), QMessageBox.ButtonRole.RejectRole))
        return box

    def reject(self) -> None:  # Cancel, Escape and the window's close button
        box = self.stop_question()
        box.exec()
        if box.clickedButton() is self.stop_button:
            super().reject()


def start_first_steps(window: WindowHost) -> FirstStepsWizard:
    """Open the first steps for the database just made (window-modal; returns at once)."""
    wizard = FirstStepsWizard(window)
    wizard.open()
    return wizard
