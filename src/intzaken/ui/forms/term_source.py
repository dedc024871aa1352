"""An office term's source, edited per row of the official's form: a term's start and end
are often read elsewhere than the official's own record (a council's announcement, a
municipality's page), so each term names its own document.

The terms table shows a short summary in its "Bron" column ("Raadsvoorstel, p. 4" or
"afgeleid: ..."); the "Bron…" button below it, or a double click on that column, opens
the dialog with the five inputs.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from ...domain.sourcing import SOURCE_FIELDS
from .source_inputs import SourceInputs

SUMMARY = "source_summary"  # the table's read-only column; not a field of TermData


def summary(row: dict[str, Any], derived_word: str) -> str:
    """'Raadsvoorstel 2022, p. 4' and, for a derived term, its mark before it."""
    document = (row.get("source") or "").strip()
    page = (row.get("source_page") or "").strip()
    text = f"{document}, {page}" if document and page else document
    if (row.get("derived_from") or "").strip():
        return f"{derived_word}: {text}" if text else derived_word
    return text


def term_source_values(row: dict[str, Any]) -> dict[str, Any]:
    """A row's source as TermData's keyword arguments (empty where the row has none)."""
    return {
        name: row.get(name) or ("" if name != "source_date" else None) for name in SOURCE_FIELDS
    }


class TermSourceDialog(QDialog):
    def __init__(self, parent: QWidget | None, row: dict[str, Any], title: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.inputs = SourceInputs(self, note_lines=4)
        self.inputs.load(row)
        self.inputs.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.inputs)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def accept(self) -> None:
        problems = self.inputs.problems()
        if problems:  # the rules' own Dutch message, naming the field
            self.error.setText(problems)
            return
        super().accept()

    def values(self) -> dict[str, Any]:
        return self.inputs.values()
