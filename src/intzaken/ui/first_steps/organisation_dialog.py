"""Settings → Your organisation: the first step's page on its own, so that what was skipped
in the first steps (or changes later: a new logo, another address) can be done any time."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMessageBox, QVBoxLayout

from .organisation_page import OrganisationPage

if TYPE_CHECKING:
    from ..window_host import WindowHost


class OrganisationDialog(QDialog):
    def __init__(self, window: WindowHost) -> None:
        super().__init__(window.parent_widget())
        self.setWindowTitle(self.tr("Your organisation — Intzaken"))
        self.page = OrganisationPage(window.workspace)
        explanation = QLabel(self.page.subTitle())
        explanation.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.page, 1)
        layout.addWidget(self.buttons)
        hint = self.sizeHint()
        self.resize(max(hint.width(), self.fontMetrics().averageCharWidth() * 100), hint.height())

    def save(self) -> bool:
        """Store the input in one transaction; the problems at their fields if refused."""
        if not self.page.save():
            return False
        self.done(QDialog.DialogCode.Accepted)
        return True

    def reject(self) -> None:  # Cancel, Escape and the close button: ask about changes
        if self.page.collect() != self.page.stored:
            title = self.page.title()
            in_sentence = title[:1].lower() + title[1:]  # "your organisation"
            answer = QMessageBox.question(
                self,
                self.tr("Unsaved changes"),
                self.tr("Save the changes to {what}?").format(what=in_sentence),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save,
            )
            if answer == QMessageBox.StandardButton.Save:
                self.save()
                return
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()


def edit_organisation(window: WindowHost) -> OrganisationDialog:
    """Open the organisation's settings (window-modal; returns at once)."""
    dialog = OrganisationDialog(window)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
