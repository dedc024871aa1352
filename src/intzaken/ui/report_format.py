"""The Reports page's choice of file format: only the formats the chosen report is made
in (PDF; Word for the council documents; CSV for the Woo list), the choice kept where the
next report offers it too."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget


class FormatChoice(QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.texts = {
            "pdf": self.tr("PDF (to print or publish)"),
            "docx": self.tr("Word document (to finish in your own template)"),
            "csv": self.tr("CSV file (the list as data to publish)"),
        }
        self.offer(("pdf", "docx"))

    def offer(self, formats: tuple[str, ...]) -> None:
        if [self.itemData(i) for i in range(self.count())] == list(formats):
            return
        chosen = self.currentData()
        self.clear()
        for key in formats:
            self.addItem(self.texts[key], key)
        self.setCurrentIndex(max(self.findData(chosen), 0))
