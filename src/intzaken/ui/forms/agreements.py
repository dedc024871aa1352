"""The form of an agreement (MoU, letter of intent, ...) with its signed document."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import AgreementKind, AgreementStatus
from ...formatting import short_date
from ...registers import RegisterKey
from ...services.agreements import MAX_DOCUMENT_BYTES
from ...services.data import AgreementData, DocumentData
from ..widgets.date_edit import OptionalDateEdit
from ..widgets.ordered_picker import OrderedPicker
from ..widgets.tag_edit import TagEdit
from . import choices
from .base import RecordForm
from .inputs import enum_combo, set_combo
from .source_section import SourceSection


class DocumentList(QWidget):
    """The signed documents, kept in the database; opened through a temporary copy."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._documents: list[DocumentData] = []
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Documents"))
        self.list.itemActivated.connect(lambda _: self.open_selected())
        add = QPushButton(self.tr("&Attach…"))
        add.clicked.connect(self.attach)
        self.open_button = QPushButton(self.tr("O&pen"))
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button = QPushButton(self.tr("Remo&ve"))
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QVBoxLayout()
        for button in (add, self.open_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.setMaximumHeight(self.fontMetrics().height() * 8)
        self.list.currentRowChanged.connect(lambda _row: self._enable_buttons())
        self._enable_buttons()

    def _enable_buttons(self) -> None:
        """Open and Remove act on the selected document: not possible with none."""
        chosen = self._selected() is not None
        self.open_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def documents(self) -> list[DocumentData]:
        return list(self._documents)

    def set_documents(self, documents: list[DocumentData]) -> None:
        self._documents = list(documents)
        self._show()

    def _show(self) -> None:
        self.list.clear()
        for document in self._documents:
            added = f" — {short_date(document.added_at.date())}" if document.added_at else ""
            self.list.addItem(
                f"{document.filename} ({len(document.content) // 1024 + 1} kB){added}"
            )
        # The newest document chosen, so Open and Remove work at once on it.
        self.list.setCurrentRow(len(self._documents) - 1)
        self._enable_buttons()

    def attach(self) -> None:
        path_text, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Attach the signed document"),
            "",
            self.tr("PDF documents (*.pdf);;All files (*)"),
        )
        if path_text:
            self.attach_file(Path(path_text))

    def attach_file(self, path: Path) -> bool:
        try:
            if path.stat().st_size > MAX_DOCUMENT_BYTES:
                QMessageBox.warning(
                    self,
                    self.tr("Attach"),
                    self.tr("{file} is larger than 50 MB.").format(file=path.name),
                )
                return False
            content = path.read_bytes()
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Attach"),
                self.tr("{file} cannot be read: {error}").format(
                    file=path.name, error=exc.strerror or exc
                ),
            )
            return False
        self._documents.append(DocumentData(path.name, content))
        self._show()
        self.changed.emit()
        return True

    def _selected(self) -> int | None:
        row = self.list.currentRow()
        return row if 0 <= row < len(self._documents) else None

    def open_selected(self) -> None:
        row = self._selected()
        if row is None:
            return
        document = self._documents[row]
        # A copy in a private temporary folder: the viewer gets a real file, the original
        # stays inside the database.
        folder = Path(tempfile.mkdtemp(prefix="intzaken-"))
        path = folder / document.filename
        path.write_bytes(document.content)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def remove_selected(self) -> None:
        row = self._selected()
        if row is not None:
            del self._documents[row]
            self._show()
            self.changed.emit()


class AgreementForm(RecordForm):
    register = RegisterKey.AGREEMENTS
    shows_findings = True

    def prepare(self, session: Any) -> None:
        self.relation_options = choices.relations(session)
        self.known_themes = choices.themes(session)

    def empty_data(self) -> AgreementData:
        return AgreementData(
            kind=AgreementKind.MOU, title="", status=AgreementStatus.DRAFT, documents=[]
        )

    def build(self) -> None:
        tabs = self.tabs()
        form = self.form_page(tabs, self.tr("Agreement"))
        self.title = self.add_field(form, "title", self.tr("&Title"), QLineEdit())
        self.kind = self.add_field(
            form, "kind", self.tr("&Kind"), enum_combo(choices.enum_options(AgreementKind))
        )
        self.status = self.add_field(
            form, "status", self.tr("&Status"), enum_combo(choices.enum_options(AgreementStatus))
        )
        self.counterparts = self.add_field(form, "counterparts", self.tr("&Parties"), QLineEdit())
        self.signed_on = self.add_field(
            form, "signed_on", self.tr("Signed o&n"), OptionalDateEdit()
        )
        self.signed_by = self.add_field(form, "signed_by", self.tr("Signed &by"), QLineEdit())
        self.valid_from = self.add_field(
            form, "valid_from", self.tr("Valid &from"), OptionalDateEdit()
        )
        self.valid_until = self.add_field(
            form, "valid_until", self.tr("Valid &until"), OptionalDateEdit()
        )
        self.renewal = self.add_field(
            form, "renewal_date", self.tr("&Renewal date"), OptionalDateEdit()
        )
        self.documents = self.add_field(form, "documents", self.tr("&Documents"), DocumentList())
        # The Woo asks covenants to be published; the Woo list says whether they are.
        self.published = self.add_field(
            form,
            "document_published",
            self.tr("Si&gned document published"),
            QCheckBox(self.tr("on the website or the Woo platform")),
        )
        more = self.form_page(tabs, self.tr("Details"))
        self.themes = self.add_field(more, "themes", self.tr("T&hemes"), TagEdit())
        self.themes.set_known(self.known_themes)
        self.relations = self.add_field(
            more, "relation_ids", self.tr("&Relations"), OrderedPicker()
        )
        self.relations.set_choices(self.relation_options)
        self.notes = self.add_field(more, "notes", self.tr("N&otes"), QPlainTextEdit())
        self.notes.setTabChangesFocus(True)
        self.sources = SourceSection(self, tabs)

    def load(self, data: AgreementData) -> None:
        self.sources.load(data)
        self.title.setText(data.title)
        set_combo(self.kind, AgreementKind(data.kind))
        set_combo(self.status, AgreementStatus(data.status))
        self.counterparts.setText(data.counterparts)
        self.signed_on.setValue(data.signed_on)
        self.signed_by.setText(data.signed_by)
        self.valid_from.setValue(data.valid_from)
        self.valid_until.setValue(data.valid_until)
        self.renewal.setValue(data.renewal_date)
        self.documents.set_documents(data.documents or [])
        self.published.setChecked(data.document_published)
        self.themes.set_tags(data.themes)
        self.relations.set_values(data.relation_ids)
        self.notes.setPlainText(data.notes)

    def collect(self) -> AgreementData:
        return AgreementData(
            **self.sources.values(),
            kind=self.kind.currentData(),
            title=self.title.text(),
            status=self.status.currentData(),
            counterparts=self.counterparts.text(),
            signed_on=self.signed_on.value(),
            signed_by=self.signed_by.text(),
            valid_from=self.valid_from.value(),
            valid_until=self.valid_until.value(),
            renewal_date=self.renewal.value(),
            themes=self.themes.tags(),
            relation_ids=self.relations.values(),
            notes=self.notes.toPlainText(),
            document_published=self.published.isChecked(),
            documents=self.documents.documents(),
        )

    def title_text(self) -> str:
        return self.title.text().strip() or self.tr("New agreement")
