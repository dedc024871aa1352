"""The selected programme item in full: when and where, who attends and who is met, and
what the meeting is for. Every edit is written into the item at once (the editor keeps
the list in step); `edited(field)` says which field changed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...services.data import ProgrammeItemData
from ..widgets.date_edit import OptionalDateEdit
from ..widgets.ordered_picker import OrderedPicker
from ..widgets.time_edit import OptionalTimeEdit
from ..widgets.validity import show_error

TEXT_FIELDS = ("activity", "place", "address", "dress_code", "gifts")
NOTE_FIELDS = ("purpose", "talking_points", "questions")


def _text_area(lines: int) -> QPlainTextEdit:
    area = QPlainTextEdit()
    area.setTabChangesFocus(True)  # Tab goes on to the next field, as in the rest of the form
    area.setFixedHeight(area.fontMetrics().lineSpacing() * lines + 12)
    return area


class ProgrammeItemDetail(QWidget):
    edited = Signal(str)
    day_settled = Signal()  # the day was typed in full (Enter, leaving the field, a pick)
    new_contact_wanted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item: ProgrammeItemData | None = None
        self._loading = False
        self.day = OptionalDateEdit()
        self.time = OptionalTimeEdit()
        self.end_time = OptionalTimeEdit()
        self.activity = QLineEdit()
        self.place = QLineEdit()
        self.address = QLineEdit()
        self.attendees = QListWidget()
        self.attendees.setMaximumHeight(self.fontMetrics().height() * 5)
        self.contacts = OrderedPicker()
        self.contacts.setMaximumHeight(self.fontMetrics().height() * 9)
        self.new_contact = QPushButton(self.tr("New contact…"))
        self.new_contact.setToolTip(self.tr("Record someone who is not in the list yet"))
        self.purpose = _text_area(2)
        self.talking_points = _text_area(4)
        self.questions = _text_area(3)
        self.dress_code = QLineEdit()
        self.gifts = QLineEdit()
        self.fields: dict[str, QWidget] = {
            "day": self.day,
            "time": self.time,
            "end_time": self.end_time,
            "activity": self.activity,
            "place": self.place,
            "address": self.address,
            "attendee_ids": self.attendees,
            "contact_ids": self.contacts,
            "purpose": self.purpose,
            "talking_points": self.talking_points,
            "questions": self.questions,
            "dress_code": self.dress_code,
            "gifts": self.gifts,
        }
        self._build()
        self._connect()
        self.show_item(None)

    def _build(self) -> None:
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        when = QHBoxLayout()
        when.setContentsMargins(0, 0, 0, 0)
        when.addWidget(self.day, 2)
        for label, edit in ((self.tr("&from"), self.time), (self.tr("t&o"), self.end_time)):
            caption = QLabel(label)
            caption.setBuddy(edit)
            edit.setMaximumWidth(edit.fontMetrics().horizontalAdvance("00:00") * 3)
            when.addWidget(caption)
            when.addWidget(edit, 1)
        self._row(form, self.tr("Da&y"), self.day, when)
        self._row(form, self.tr("&Activity"), self.activity)
        self._row(form, self.tr("&Location"), self.place)
        self._row(form, self.tr("Add&ress"), self.address)
        self._row(form, self.tr("Atte&ndees"), self.attendees)
        contacts = QVBoxLayout()
        contacts.setContentsMargins(0, 0, 0, 0)
        contacts.addWidget(self.contacts)
        button_row = QHBoxLayout()
        button_row.addStretch()
        button_row.addWidget(self.new_contact)
        contacts.addLayout(button_row)
        self._row(form, self.tr("People &met"), self.contacts, contacts)
        self._row(form, self.tr("&Purpose"), self.purpose)
        self._row(form, self.tr("&Talking points"), self.talking_points)
        self._row(form, self.tr("&Questions"), self.questions)
        self._row(form, self.tr("Dress &code"), self.dress_code)
        self._row(form, self.tr("&Gifts"), self.gifts)
        self.attendees.setToolTip(self.tr("Tick who attends; none ticked means everyone"))
        self.talking_points.setPlaceholderText(self.tr("One point per line"))
        self.questions.setPlaceholderText(self.tr("One question per line"))

    def _row(self, form: QFormLayout, label: str, widget: QWidget, layout: Any = None) -> None:
        widget.setAccessibleName(label.replace("&", ""))
        caption = QLabel(label)
        caption.setBuddy(widget)
        if layout is None:
            form.addRow(caption, widget)
        else:
            form.addRow(caption, layout)

    def _connect(self) -> None:
        # textChanged, not valueChanged: the field has read the text by then (its own
        # handler comes first), and loading an item is kept out by `_loading`.
        for name in ("day", "time", "end_time"):
            parsed = getattr(self, name)
            parsed.textChanged.connect(
                lambda _text, name=name, parsed=parsed: self._store(name, parsed.value())
            )
        # The item moves to its new day once the date is typed in full, not at each
        # keystroke (which would move it through the days typed on the way).
        self.day.editingFinished.connect(self._day_finished)
        for name in TEXT_FIELDS:
            edit: QLineEdit = getattr(self, name)
            edit.textEdited.connect(lambda text, name=name: self._store(name, text))
        for name in NOTE_FIELDS:
            area: QPlainTextEdit = getattr(self, name)
            area.textChanged.connect(
                lambda name=name, area=area: self._store(name, area.toPlainText())
            )
        self.contacts.changed.connect(lambda: self._store("contact_ids", self.contacts.values()))
        self.attendees.itemChanged.connect(lambda _item: self._store_attendees())
        self.new_contact.clicked.connect(self.new_contact_wanted)

    # --- what the panel offers -----------------------------------------------------------------
    def set_contact_choices(self, options: list[tuple[Any, str]]) -> None:
        self.contacts.set_choices(options)
        if self.item is not None:
            self._loading = True
            try:
                self.contacts.set_values(self.item.contact_ids)
            finally:
                self._loading = False

    def set_travellers(self, travellers: list[tuple[int, str]]) -> None:
        """The trip's travellers, who may attend; the item's ticks stay where they can."""
        self._travellers = travellers
        self._fill_attendees()

    # --- showing an item -----------------------------------------------------------------------
    def show_item(
        self, item: ProgrammeItemData | None, problems: dict[str, str] | None = None
    ) -> None:
        self.item = item
        self._loading = True
        try:
            empty = ProgrammeItemData(day=None, activity="")
            shown = item or empty
            self.day.setValue(shown.day)
            self.time.setValue(shown.time)
            self.end_time.setValue(shown.end_time)
            for name in TEXT_FIELDS:
                getattr(self, name).setText(getattr(shown, name))
            for name in NOTE_FIELDS:
                getattr(self, name).setPlainText(getattr(shown, name))
            try:
                self.contacts.set_values(shown.contact_ids)
            except KeyError:  # a contact added elsewhere since the form opened
                self.contacts.set_values([c for c in shown.contact_ids if c in self._labels()])
            self._fill_attendees()
        finally:
            self._loading = False
        self.setEnabled(item is not None)
        self.mark(problems or {})

    def _labels(self) -> dict[Any, str]:
        return dict(getattr(self.contacts, "_labels", {}))

    def _fill_attendees(self) -> None:
        loading, self._loading = self._loading, True
        try:
            self.attendees.clear()
            chosen = set(self.item.attendee_ids) if self.item else set()
            for official_id, name in getattr(self, "_travellers", []):
                entry = QListWidgetItem(name)
                entry.setData(Qt.ItemDataRole.UserRole, official_id)
                entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                checked = official_id in chosen
                entry.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                self.attendees.addItem(entry)
        finally:
            self._loading = loading

    def mark(self, problems: dict[str, str]) -> None:
        """The services' problems with this item at its fields (field name -> message)."""
        for name, widget in self.fields.items():
            if name in ("day", "time", "end_time") and getattr(widget, "error", lambda: "")():
                continue  # the field's own message about unreadable text stays
            show_error(widget, problems.get(name, ""))

    def focus_field(self, name: str) -> None:
        widget = self.fields.get(name)
        if widget is None:
            return
        target = getattr(widget, "combo", widget)  # a picker: its search field
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(target, QLineEdit):
            target.selectAll()  # typing replaces a proposed value (the start time)

    def error(self) -> str:
        """Why a typed date or time cannot be read, if one cannot."""
        return next((e.error() for e in (self.day, self.time, self.end_time) if e.error()), "")

    # --- writing into the item -----------------------------------------------------------------
    def _store(self, name: str, value: Any) -> None:
        if self._loading or self.item is None:
            return
        setattr(self.item, name, value)
        self.edited.emit(name)

    def _day_finished(self) -> None:
        if not self._loading and self.item is not None:
            self.day_settled.emit()

    def _store_attendees(self) -> None:
        chosen = [
            self.attendees.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.attendees.count())
            if self.attendees.item(row).checkState() == Qt.CheckState.Checked
        ]
        self._store("attendee_ids", chosen)
