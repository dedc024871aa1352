"""First step: the organisation as reports print it (name, department, e-mail, logo)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import OpenDataLicence
from ...registers import RegisterKey
from ...services.data import OrganisationData
from ...services.errors import Problem, ValidationError
from ...services.logo_files import logo_from_file
from ...services.organisation import get_organisation, set_organisation
from ...services.snapshots import organisation_data
from .. import files
from ..forms import choices
from ..forms.inputs import enum_combo, set_combo
from ..forms.place_picker import PlacePicker
from ..forms.source_inputs import SourceInputs
from ..forms.validation import field_key
from ..workspace import USER_ERRORS
from .step_page import StepPage

if TYPE_CHECKING:
    from ..workspace import Workspace

LOGO_PREVIEW = QSize(160, 64)  # about as the reports' letterhead shows it


class OrganisationPage(StepPage):
    def __init__(self, workspace: Workspace) -> None:
        super().__init__(workspace)
        self.setTitle(self.tr("Your organisation"))
        self.setSubTitle(
            self.tr(
                "Printed at the top of every report and in the annual overview's contact "
                "sentence. Only the name is required."
            )
        )
        self.stored = self._read_stored()
        self.logo: bytes | None = self.stored.logo
        self.logo_media_type: str | None = self.stored.logo_media_type
        self.wrote = False  # whether this page stored anything (the name came with the file)
        # A refused logo file never reaches the services: its message is kept apart, so
        # that their next answer about the other fields does not take it away.
        self.logo_problems: list[Problem] = []
        self.shown_problems: list[Problem] = []

        self.name = QLineEdit()
        self.department = QLineEdit()
        self.department.setPlaceholderText(self.tr("for example International Affairs"))
        self.email = QLineEdit()
        self.email.setPlaceholderText(self.tr("for example international@municipality.example"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key, text, widget in (
            ("name", self.tr("Na&me"), self.name),
            ("department", self.tr("&Department"), self.department),
            ("email", self.tr("&Email address"), self.email),
        ):
            self._add_line(form, key, text, widget)
        # Where every journey starts and ends: the trips' distances and CO2 estimates.
        self.home_place = PlacePicker(self.workspace, self.tr("(no home place)"))
        home_caption = QLabel(self.tr("&Home place"))
        home_caption.setBuddy(self.home_place.combo)
        self.home_place.combo.setAccessibleName(home_caption.text().replace("&", ""))
        self.home_place.valueChanged.connect(lambda: self.clear_problem("home_place_id"))
        form.addRow(home_caption, self.with_message("home_place_id", self.home_place))
        # The licence its open data is published under (Bestand → Open data).
        self.licence = enum_combo(choices.enum_options(OpenDataLicence))
        licence_caption = QLabel(self.tr("Licence of &open data"))
        licence_caption.setBuddy(self.licence)
        self.licence.setAccessibleName(licence_caption.text().replace("&", ""))
        self.licence.currentIndexChanged.connect(lambda _i: self.clear_problem("open_data_licence"))
        form.addRow(licence_caption, self.with_message("open_data_licence", self.licence))
        # The gifts register in the annual overview (issue 21): the organisation's choice.
        self.print_gifts = QCheckBox(self.tr("Print the &gifts received in the annual overview"))
        self.print_gifts.setAccessibleName(self.print_gifts.text().replace("&", ""))
        form.addRow("", self.with_message("print_gifts", self.print_gifts))
        form.addRow(self._letter_box())
        # Where the municipality's own facts come from (issue 23), as on every form.
        source_box = QGroupBox(self.tr("Source"))
        self.source = SourceInputs(source_box, note_lines=2)
        QVBoxLayout(source_box).addWidget(self.source)
        form.addRow(source_box)
        logo_caption = QLabel(self.tr("&Logo"))
        logo_box = self._logo_box()
        logo_caption.setBuddy(self.choose_logo_button)
        form.addRow(logo_caption, self.with_message("logo", logo_box))
        self.intro = QLabel()  # what the wizard says first, above the inputs
        self.intro.setWordWrap(True)
        self.intro.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.general_error)
        layout.addLayout(form)
        layout.addStretch(1)
        self.revert()

    def _letter_box(self) -> QGroupBox:
        """The council letter's addressee, signatories and reference prefix; what is left
        empty the letter fills in itself (reports/council_letter.py)."""
        box = QGroupBox(self.tr("Council information letter"))
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.letter_fields: dict[str, QLineEdit] = {}
        for key, text, placeholder in (
            (
                "letter_addressee",
                self.tr("&Addressee"),
                self.tr("empty: the municipal council of your municipality"),
            ),
            (
                "letter_secretary",
                self.tr("&Secretary"),
                self.tr("empty: the municipal secretary in office on the letter's date"),
            ),
            (
                "letter_mayor",
                self.tr("Ma&yor"),
                self.tr("empty: the mayor in office on the letter's date"),
            ),
            ("letter_reference_prefix", self.tr("Reference &prefix"), self.tr("for example 25BB")),
        ):
            widget = QLineEdit()
            widget.setPlaceholderText(placeholder)
            self._add_line(form, key, text, widget)
            self.letter_fields[key] = widget
        return box

    def _add_line(self, form: QFormLayout, key: str, text: str, widget: QLineEdit) -> None:
        """A line of text `key` under its caption, checked when it is left."""
        widget.setAccessibleName(text.replace("&", ""))
        widget.textEdited.connect(lambda _text, k=key: self.clear_problem(k))
        widget.editingFinished.connect(self._try_out)
        caption = QLabel(text)
        caption.setBuddy(widget)
        form.addRow(caption, self.with_message(key, widget))

    def _logo_box(self) -> QWidget:
        self.logo_preview = QLabel()
        self.logo_preview.setFixedSize(LOGO_PREVIEW)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.logo_preview.setAccessibleName(self.tr("Logo"))
        self.choose_logo_button = QPushButton(self.tr("C&hoose…"))
        self.choose_logo_button.clicked.connect(self.choose_logo)
        self.remove_logo_button = QPushButton(self.tr("&Remove"))
        self.remove_logo_button.clicked.connect(self.remove_logo)
        hint = QLabel(
            self.tr(
                "PNG, JPEG or SVG, at most 2 MB. Reports print a PNG or JPEG logo; "
                "an SVG is kept but reports show the name alone."
            )
        )
        hint.setWordWrap(True)
        buttons = QVBoxLayout()
        buttons.addWidget(self.choose_logo_button)
        buttons.addWidget(self.remove_logo_button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.logo_preview)
        row.addLayout(buttons)
        row.addStretch(1)
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(row)
        column.addWidget(hint)
        return box

    # --- the logo --------------------------------------------------------------------------------
    def choose_logo(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the logo"),
            str(files.documents_folder()),
            self.tr("Images (*.png *.jpg *.jpeg *.svg);;All files (*)"),
        )
        if not chosen:
            return
        try:
            logo = logo_from_file(Path(chosen))
        except ValidationError as exc:
            self.logo_problems = exc.problems  # the logo shown stays as it was
            self.show_problems(self.shown_problems)
            return
        self.clear_problem("logo")
        self.logo, self.logo_media_type = logo.content, logo.media_type
        self._show_logo()

    def show_problems(self, problems: list[Problem]) -> None:
        self.shown_problems = [p for p in problems if p not in self.logo_problems]
        super().show_problems([*self.shown_problems, *self.logo_problems])

    def clear_problem(self, key: str) -> None:
        if key == "logo":
            self.logo_problems = []
        self.shown_problems = [p for p in self.shown_problems if field_key(p.field) != key]
        super().clear_problem(key)

    def remove_logo(self) -> None:
        self.clear_problem("logo")
        self.logo = self.logo_media_type = None
        self._show_logo()

    def _show_logo(self) -> None:
        self.remove_logo_button.setEnabled(self.logo is not None)
        if self.logo is None:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("No logo"))
            return
        pixmap = QPixmap()
        kind = "SVG" if self.logo_media_type == "image/svg+xml" else None
        if pixmap.loadFromData(self.logo, kind):
            self.logo_preview.setPixmap(
                pixmap.scaled(
                    LOGO_PREVIEW - QSize(8, 8),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:  # an SVG this Qt cannot draw: it is stored all the same
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("SVG logo"))

    # --- storing ---------------------------------------------------------------------------------
    def collect(self) -> OrganisationData:
        letter: dict[str, Any] = {key: widget.text() for key, widget in self.letter_fields.items()}
        return OrganisationData(
            name=self.name.text(),
            department=self.department.text(),
            email=self.email.text(),
            logo=self.logo,
            logo_media_type=self.logo_media_type,
            open_data_licence=self.licence.currentData(),
            home_place_id=self.home_place.value(),
            print_gifts=self.print_gifts.isChecked(),
            **letter,
            **self.source.values(),
        )

    def _read_stored(self) -> OrganisationData:
        with self.workspace.reading() as session:
            organisation = get_organisation(session)
            return (
                OrganisationData(name="")
                if organisation is None
                else organisation_data(organisation)
            )

    def _try_out(self) -> None:
        """What the services say about the input so far, at once (on a file; a team
        database is asked when the page is left). Nothing is stored: rolled back."""
        if self.workspace.on_server or self.workspace.database is None:
            return
        try:
            with self.workspace.reading() as session:
                set_organisation(session, self.collect())
        except ValidationError as exc:
            self.show_problems(exc.problems)
        except USER_ERRORS:
            pass  # the save when the page is left says what is wrong with the file

    def save(self) -> bool:
        data = self.collect()
        if data == self.stored:
            return True
        try:
            self.workspace.write(
                RegisterKey.ORGANISATION, lambda session: set_organisation(session, data), self
            )
        except ValidationError as exc:
            self.show_problems(exc.problems)
            return False
        except (*USER_ERRORS, OSError) as exc:
            self.show_problems([Problem("", str(exc))])
            return False
        self.wrote = True
        self.show_problems([])
        self.stored = self._read_stored()  # tidied by the services, as it is stored
        self.revert()
        return True

    def revert(self) -> None:
        self.logo_problems = []
        self.show_problems([])
        self.name.setText(self.stored.name)
        self.department.setText(self.stored.department)
        self.email.setText(self.stored.email)
        set_combo(self.licence, OpenDataLicence(self.stored.open_data_licence))
        self.home_place.setValue(self.stored.home_place_id)
        self.print_gifts.setChecked(self.stored.print_gifts)
        for key, widget in self.letter_fields.items():
            widget.setText(getattr(self.stored, key))
        self.source.load(self.stored)
        self.logo, self.logo_media_type = self.stored.logo, self.stored.logo_media_type
        self._show_logo()

    def has_saved(self) -> bool:
        return self.wrote
