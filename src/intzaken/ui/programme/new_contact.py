"""A small dialog to record someone met on a mission who is not among the contacts yet."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...services.data import ContactData
from ...services.organisation import create_contact
from ..forms.source_inputs import SourceInputs
from ..workspace import USER_ERRORS, Workspace


class NewContactDialog(QDialog):
    """Adds the contact at once: like a new place, a contact is reference data of its own,
    not part of the trip form's input (cancelling the form keeps it)."""

    def __init__(self, parent: QWidget | None, workspace: Workspace) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.contact_id: int | None = None
        self.setWindowTitle(self.tr("New contact"))
        self.name = QLineEdit()
        self.organisation = QLineEdit()
        self.function = QLineEdit()
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        form = QFormLayout(self)
        for label, edit in (
            (self.tr("&Name"), self.name),
            (self.tr("&Organisation"), self.organisation),
            (self.tr("&Function"), self.function),
            (self.tr("P&hone"), self.phone),
            (self.tr("&E-mail"), self.email),
        ):
            edit.setAccessibleName(label.replace("&", ""))
            edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance("x") * 40)
            form.addRow(label, edit)
        # Where the facts come from (issue 23); the place or contact's only form.
        source_box = QGroupBox(self.tr("Source"))
        self.source = SourceInputs(source_box, note_lines=2)
        QVBoxLayout(source_box).addWidget(self.source)
        form.addRow(source_box)
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def data(self) -> ContactData:
        return ContactData(
            name=self.name.text(),
            organisation=self.organisation.text(),
            function=self.function.text(),
            phone=self.phone.text(),
            email=self.email.text(),
            **self.source.values(),
        )

    def accept(self) -> None:
        try:
            with self.workspace.writing("contacts") as session:
                self.contact_id = create_contact(session, self.data()).id
        except USER_ERRORS as exc:  # the services' Dutch message, naming the field
            self.error.setText(str(exc))
            return
        super().accept()


def ask_new_contact(parent: QWidget | None, workspace: Workspace) -> int | None:
    dialog = NewContactDialog(parent, workspace)
    return dialog.contact_id if dialog.exec() == QDialog.DialogCode.Accepted else None
