"""File → Open a team database: the address of a database on a PostgreSQL server, and a
password when the server asks for one. The password is used for this connection only and
never stored (the recent list keeps the address without it); without one, libpq looks in
PGPASSWORD and ~/.pgpass. A database that is still empty is set up for the organisation
after asking its name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from ..store.location import BadAddressError, ServerAddress

if TYPE_CHECKING:
    from .window_host import WindowHost

translate = QCoreApplication.translate


class TeamDatabaseDialog(QDialog):
    """`message`: why the last attempt failed (a refused login), shown until the address
    is edited."""

    def __init__(self, parent: QWidget | None, address: str = "", message: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open a team database"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "A team database lives on a PostgreSQL server, where the whole team works in "
                "the same registers. Your administrator gives you its address."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.address = QLineEdit(address)
        # An example address, in words of the user's language (the Dutch: naam, gemeente).
        self.address.setPlaceholderText(self.tr("postgresql://name@server.example.org/intzaken"))
        self.address.setAccessibleName(self.tr("Address"))
        form.addRow(self.tr("&Address:"), self.address)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("only if the server asks for one"))
        self.password.setAccessibleName(self.tr("Password"))
        form.addRow(self.tr("&Password:"), self.password)
        layout.addLayout(form)
        note = QLabel(
            self.tr(
                "The password is used for this connection only and is never stored. Without "
                "one, the password in PGPASSWORD or ~/.pgpass (pgpass.conf on Windows) is used."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(note)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setStyleSheet("color: #b3261e;")
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._check()
        if message:
            self.problem.setText(message)
            self.problem.setVisible(True)
        self.address.textChanged.connect(self._check)
        (self.password if address else self.address).setFocus()

    def chosen(self) -> ServerAddress | None:
        """The address with the password typed (if any); None while it is no address."""
        text = self.address.text().strip()
        if not text:
            return None
        try:
            return ServerAddress(text, password=self.password.text() or None)
        except BadAddressError:
            return None

    def _check(self) -> None:
        text = self.address.text().strip()
        message = ""
        if text:
            try:
                ServerAddress(text)
            except BadAddressError as exc:
                message = str(exc)
        self.problem.setText(message)
        self.problem.setVisible(bool(message))
        self.buttons.button(QDialogButtonBox.StandardButton.Open).setEnabled(
            bool(text) and not message
        )


def open_team_database(
    window: WindowHost, address: ServerAddress | None = None, message: str = ""
) -> bool:
    """Ask for the address (the last one used filled in) and open it. With `message`, the
    login to `address` was refused: the dialog says so and asks for the password."""
    if address is None:
        address = window.settings.recent_team_database()
    dialog = TeamDatabaseDialog(
        window.parent_widget(), str(address) if address is not None else "", message
    )
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    address = dialog.chosen()
    return address is not None and window.open_path(address)


def offer_set_up(window: WindowHost, address: ServerAddress) -> bool:
    """An empty team database: set it up for the organisation named, or leave it."""
    title = translate("TeamDatabase", "Set up the team database")
    name, ok = QInputDialog.getText(
        window.parent_widget(),
        title,
        translate(
            "TeamDatabase",
            "The database {name} on {server} is still empty. Set it up for your "
            "organisation? Name of the organisation (for example 'Gemeente Rotterdam'):",
        ).format(name=address.database_name, server=address.server),
    )
    if not ok:
        return False
    if not name.strip():
        QMessageBox.warning(
            window.parent_widget(),
            title,
            translate("TeamDatabase", "The organisation's name is required."),
        )
        return False
    if not window.open_path(address, create_organisation=name.strip()):
        return False
    from .first_steps import start_first_steps

    start_first_steps(window)  # as for a new file: the organisation, the college, the lists
    return True
