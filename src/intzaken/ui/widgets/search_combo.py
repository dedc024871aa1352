"""A choice from a list that the user can search by typing part of a name."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from .validity import show_error


class SearchCombo(QComboBox):
    """An editable combo box; typing "mal" offers "Malmö" (anywhere in the name, any case).

    set_items([(key, label), ...], empty_text=None), value() -> key | None, setValue(key),
    error() -> str, valueChanged() (on the user's changes only, not on setValue/set_items).
    Keys may be anything hashable, tuples included: they stay in Python and never pass
    through a QVariant (which would turn a tuple into a list).
    """

    valueChanged = Signal()

    def __init__(
        self, parent: QWidget | None = None, *, accessible_name: str | None = None
    ) -> None:
        super().__init__(parent)
        self.setEditable(True)
        # Typed text never becomes a new item: the list is the set of valid choices.
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(16)
        # The labels in a string list, set in one step: added one by one as items, the
        # 100,000 trips of the travel copy's dialog held the window 0.7-0.9 s (issue 22,
        # item 4); a string list takes 15 ms.
        self._choices = QStringListModel(self)
        self.setModel(self._choices)
        completer = QCompleter(self._choices, self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        # Enter while choices are offered chooses one: in the popup (an event filter
        # installed after the completer's own is asked first) and in the field
        # (keyPressEvent, as the combo box has the focus and hands keys to its field).
        popup = completer.popup()
        assert popup is not None
        popup.installEventFilter(self)
        if accessible_name:
            self.setAccessibleName(accessible_name)
        self._keys: list[Any] = []
        self._labels: list[str] = []
        # Each label as matched (folded) -> the first index with it; made at the first
        # text that is not the current item's label, not for every list set.
        self._folded: dict[str, int] | None = None
        self._has_empty = False
        self._loading = False
        self._value: Any = None
        self._error = ""
        self.editTextChanged.connect(self._read)
        self.currentIndexChanged.connect(lambda _index: self._read(self.currentText()))
        # On Enter or leaving the field (the focus is in the line edit, not the combo box).
        line_edit = self.lineEdit()
        assert line_edit is not None  # an editable combo box has one
        line_edit.editingFinished.connect(self._show_label)

    def set_items(self, items: list[tuple[Any, str]], *, empty_text: str | None = None) -> None:
        """The choices as (key, label); with `empty_text`, a first entry meaning None."""
        current = self._value
        self._loading = True
        try:
            # Each key goes in before its item: setting the items can already emit a change.
            self._keys = [key for key, _text in items]
            self._labels = [text for _key, text in items]
            self._has_empty = empty_text is not None
            if empty_text is not None:
                self._keys.insert(0, None)
                self._labels.insert(0, empty_text)
            self._folded = None
            self._choices.setStringList(self._labels)
            # Keep the choice when the list is refreshed and still holds it.
            self._select(current if current in self._keys else None)
        finally:
            self._loading = False

    def value(self) -> Any:
        """The chosen key; None when nothing (or the empty entry) is chosen, or on an error."""
        return self._value

    def setValue(self, key: Any) -> None:
        """Choose `key` (None: nothing). A key not among the items raises KeyError rather
        than quietly showing nothing, which would lose the record's value on saving."""
        if key is not None and key not in self._keys:
            raise KeyError(key)
        self._loading = True
        try:
            self._select(key)
        finally:
            self._loading = False

    def error(self) -> str:
        """Why the typed text is not a choice (Dutch), or ""."""
        return self._error

    def key_at(self, index: int) -> Any:
        return self._keys[index]

    def _select(self, key: Any) -> None:
        if key is None and not self._has_empty:
            self.setCurrentIndex(-1)
            self.setEditText("")
        else:
            self.setCurrentIndex(self._keys.index(key))
        self._read(self.currentText())

    def _match(self, text: str) -> int:
        """The item the text names: the current one if its label, else the first label equal
        to it ignoring case and outer spaces; -1 for none."""
        wanted = text.strip().casefold()
        if self.currentIndex() >= 0 and self.itemText(self.currentIndex()).casefold() == wanted:
            return self.currentIndex()
        if self._folded is None:
            self._folded = {}
            for index, label in enumerate(self._labels):
                self._folded.setdefault(label.strip().casefold(), index)
        return self._folded.get(wanted, -1)

    def _read(self, text: str) -> None:
        before = (self._value, self._error)
        index = self._match(text)
        if 0 <= index < len(self._keys):
            self._value, self._error = self._keys[index], ""
        elif not text.strip():
            self._value, self._error = None, ""
        else:
            self._value = None
            self._error = self.tr("'{text}' is not in the list.").format(text=text.strip())
        show_error(self, self._error)
        if not self._loading and (self._value, self._error) != before:
            self.valueChanged.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Enter in the field chooses the choice offered instead of passing on (to a dialog's
        default button): "Duits" and Enter is "Duitsland", and the dialog stays open."""
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self._choose_offered()
        ):
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        # The combo box has the focus and passes keys on to its field: Enter comes here.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._choose_offered():
            event.accept()
            return
        super().keyPressEvent(event)

    def _choose_offered(self) -> bool:
        """Choose the completion highlighted in the popup, else the first one offered, when
        the text typed is not a choice yet. Whether one was chosen."""
        completer = self.completer()
        popup = completer.popup() if completer is not None else None
        if completer is None or popup is None or self._match(self.currentText()) >= 0:
            if popup is not None and popup.isVisible():
                popup.hide()  # the text is a choice already: Enter only closes the list
                self._show_label()
                return True
            return False
        index = popup.currentIndex() if popup.isVisible() else None
        if index is not None and index.isValid():
            text = str(index.data())
        else:
            completer.setCompletionPrefix(self.currentText().strip())
            if not completer.completionCount():
                return False
            completer.setCurrentRow(0)
            text = completer.currentCompletion()
        popup.hide()
        self.setEditText(text)  # read as if typed: the value changes and is announced
        self._show_label()
        return True

    def _show_label(self) -> None:
        """Show the label exactly as listed: "malmö" becomes "Malmö"."""
        index = self._match(self.currentText())
        if index < 0:
            return
        self._loading = True
        try:
            if index != self.currentIndex():
                self.setCurrentIndex(index)
            if self.currentText() != self.itemText(index):
                self.setEditText(self.itemText(index))
        finally:
            self._loading = False
