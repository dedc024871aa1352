"""Themes as tags: removable chips followed by an input with suggestions from known themes."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import QCompleter, QFrame, QLineEdit, QToolButton, QWidget

from .flow_layout import FlowLayout


class _TagInput(QLineEdit):
    """Enter adds (and is not passed on to a dialog's default button); Backspace in an empty
    input takes back the last tag."""

    submitted = Signal()
    backspace_on_empty = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submitted.emit()
            event.accept()
            return
        if event.key() == Qt.Key.Key_Backspace and not self.text():
            self.backspace_on_empty.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class TagEdit(QFrame):
    """tags() -> list[str], set_tags(list[str]), set_known(list[str]), changed() (on the
    user's changes only). Enter or a comma adds the typed tag; a tag already there in any
    case is ignored; a known tag typed in another case takes the known spelling."""

    changed = Signal()

    def __init__(
        self, parent: QWidget | None = None, *, accessible_name: str | None = None
    ) -> None:
        super().__init__(parent)
        # Framed like a line edit, because to the user the whole box is one field.
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self._tags: list[str] = []
        self._chips: list[QToolButton] = []
        self._known = QStringListModel(self)
        self.input = _TagInput()
        self.input.setFrame(False)
        self.input.setPlaceholderText(self.tr("Add a theme…"))
        self.input.setMinimumWidth(12 * self.fontMetrics().averageCharWidth())
        completer = QCompleter(self._known, self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.input.setCompleter(completer)
        self.layout_ = FlowLayout(self)
        # Margins from the font, so the box is about as high as a line edit when empty.
        margin = max(2, self.fontMetrics().height() // 8)
        self.layout_.setContentsMargins(margin, margin, margin, margin)
        self.layout_.setSpacing(2 * margin)
        self.layout_.addWidget(self.input)
        self.setFocusProxy(self.input)
        if accessible_name:
            self.setAccessibleName(accessible_name)
            self.input.setAccessibleName(accessible_name)
        self.input.submitted.connect(lambda: self._add_typed(self.input.text()))
        self.input.textEdited.connect(self._split_on_comma)
        self.input.backspace_on_empty.connect(self._remove_last)

    def set_known(self, tags: list[str]) -> None:
        self._known.setStringList(sorted(tags, key=str.casefold))

    def tags(self) -> list[str]:
        return list(self._tags)

    def set_tags(self, tags: list[str]) -> None:
        self._tags = []
        for tag in tags:
            self._append(tag)
        self._rebuild()

    def add_tag(self, tag: str) -> bool:
        """Add `tag` as the user would; False when empty or already there."""
        if not self._append(tag):
            return False
        self._rebuild()
        self.changed.emit()
        return True

    def remove_tag(self, tag: str) -> None:
        if tag in self._tags:
            self._tags.remove(tag)
            self._rebuild()
            self.changed.emit()
            self.input.setFocus()

    def _append(self, tag: str) -> bool:
        tag = " ".join(tag.split())
        if not tag or tag.casefold() in {t.casefold() for t in self._tags}:
            return False
        known = {t.casefold(): t for t in self._known.stringList()}
        self._tags.append(known.get(tag.casefold(), tag))
        return True

    def _add_typed(self, text: str) -> None:
        self.add_tag(text)
        self.input.clear()

    def _split_on_comma(self, text: str) -> None:
        # Typing a comma adds what comes before it; pasting "a, b, c" adds a and b and
        # leaves c to go on typing.
        if "," not in text:
            return
        *complete, rest = text.split(",")
        for part in complete:
            self.add_tag(part)
        self.input.setText(rest.lstrip())

    def _remove_last(self) -> None:
        if self._tags:
            self.remove_tag(self._tags[-1])

    def _rebuild(self) -> None:
        for chip in self._chips:
            self.layout_.removeWidget(chip)
            # Later, not now: the chip may be the one whose click is being handled.
            chip.hide()
            chip.deleteLater()
        self._chips = []
        for index, tag in enumerate(self._tags):
            chip = QToolButton(self)
            chip.setText(f"{tag}  ×")
            chip.setAutoRaise(False)
            chip.setToolTip(self.tr("Remove {tag}").format(tag=tag))
            chip.setAccessibleName(self.tr("Remove {tag}").format(tag=tag))
            chip.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            chip.clicked.connect(lambda _checked=False, t=tag: self.remove_tag(t))
            self.layout_.insertWidget(index, chip)
            chip.show()
            self._chips.append(chip)
        self.updateGeometry()
