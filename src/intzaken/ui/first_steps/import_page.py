"""Last step: bring in the lists the team already keeps, through the import template, or
start typing. The import itself is the window's own (ui/exchange_flow.py), run after the
wizard has closed, with its preview first."""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
)

from ...exchange.dispatch import ExportChoiceError, export_to
from ...services.errors import Problem
from .. import files
from ..exchange_flow import choose_import_file
from ..workspace import USER_ERRORS
from .step_page import StepPage

if TYPE_CHECKING:
    from ..workspace import Workspace


class ImportPage(StepPage):
    choice_changed = Signal()

    def __init__(self, workspace: Workspace) -> None:
        super().__init__(workspace)
        self.setTitle(self.tr("Import your existing lists"))
        self.setSubTitle(
            self.tr(
                "Trips, relations, networks, agreements and the budget that the team keeps "
                "in a spreadsheet come in through the import template."
            )
        )
        self.import_path: Path | None = None
        self.template_path: Path | None = None

        self.save_template_button = QPushButton(self.tr("Save the import &template…"))
        self.save_template_button.clicked.connect(self.save_template)
        self.template_status = QLabel()
        self.template_status.setOpenExternalLinks(True)
        self.template_status.setWordWrap(True)
        self.template_status.hide()  # until a template was saved
        self.choose_button = QPushButton(self.tr("Choose a &filled-in workbook…"))
        self.choose_button.clicked.connect(self.choose_workbook)
        self.chosen_label = QLabel()
        self.chosen_label.setWordWrap(True)
        self.clear_button = QPushButton(self.tr("&Do not import"))
        self.clear_button.clicked.connect(self.clear_choice)

        layout = QVBoxLayout(self)
        layout.addWidget(self.general_error)
        layout.addWidget(
            self._step(
                self.tr(
                    "<b>1. The template.</b> A workbook with a sheet for each register, a "
                    "first sheet that explains how to fill it in, drop-down lists and an "
                    "example row. Fill it in with Excel or LibreOffice; copying columns from "
                    "your own lists is fine."
                ),
                self.save_template_button,
                self.with_message("template", self.template_status, tint=False),
            )
        )
        layout.addWidget(
            self._step(
                self.tr(
                    "<b>2. The filled-in workbook.</b> 'Import…' first shows what it adds and "
                    "every problem, by sheet, row and column; nothing is written until you "
                    "confirm."
                ),
                self.choose_button,
                self.chosen_label,
                self.clear_button,
            )
        )
        typing = QLabel(
            self.tr(
                "<b>Or start typing.</b> Without a workbook, 'Start typing' opens the window: "
                "add trips, relations and the rest on their pages (Ctrl+N). The import is "
                "always under File → Import."
            )
        )
        typing.setWordWrap(True)
        layout.addWidget(typing)
        layout.addStretch(1)
        self._show_choice()

    def _step(self, text: str, button: QPushButton, *below: QWidget) -> QFrame:
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        column = QVBoxLayout(frame)
        explanation = QLabel(text)
        explanation.setWordWrap(True)
        column.addWidget(explanation)
        row = QHBoxLayout()
        row.addWidget(button)
        for widget in below[1:]:
            row.addWidget(widget)
        row.addStretch(1)
        column.addLayout(row)
        if below:
            column.addWidget(below[0])
        return frame

    # --- the template ----------------------------------------------------------------------------
    def save_template(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the import template"),
            str(files.documents_folder() / self.tr("import-template.xlsx")),
            self.tr("Excel workbook (*.xlsx)"),
        )
        if not chosen:
            return
        target = Path(chosen)
        if target.suffix.lower() != ".xlsx":
            target = target.with_name(target.name + ".xlsx")
        self.clear_problem("template")
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            with self.workspace.reading() as session:
                # What `intzaken export --empty` writes: the same function.
                export_to(session, target, "xlsx", None, empty=True)
        except (*USER_ERRORS, ExportChoiceError, OSError) as exc:
            message = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            self.show_problems(
                [
                    Problem(
                        "template",
                        self.tr("The template could not be saved: {error}").format(error=message),
                    )
                ]
            )
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.template_path = target
        link = QUrl.fromLocalFile(str(target)).toString()
        self.template_status.setText(
            self.tr('Saved as {path}. <a href="{link}">Open it</a>').format(
                path=html.escape(str(target)), link=html.escape(link, quote=True)
            )
        )
        self.template_status.show()

    # --- the workbook to import ------------------------------------------------------------------
    def choose_workbook(self) -> None:
        chosen = choose_import_file(self)
        if chosen is not None:
            self.import_path = chosen
            self._show_choice()

    def clear_choice(self) -> None:
        self.import_path = None
        self._show_choice()

    def _show_choice(self) -> None:
        chosen = self.import_path
        self.chosen_label.setText(
            self.tr("To be read by 'Import…': {file}").format(file=chosen.name) if chosen else ""
        )
        self.chosen_label.setToolTip(str(chosen) if chosen else "")
        self.chosen_label.setVisible(chosen is not None)
        self.clear_button.setVisible(chosen is not None)
        self.setButtonText(
            QWizard.WizardButton.FinishButton,
            self.tr("&Import…") if chosen else self.tr("&Start typing"),
        )
        self.choice_changed.emit()

    # --- as a step -------------------------------------------------------------------------------
    def save(self) -> bool:
        return True  # nothing to store here: the import runs after the wizard

    def revert(self) -> None:
        self.clear_choice()

    def has_saved(self) -> bool:
        return False
