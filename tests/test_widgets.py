"""The form widgets, as the user types into them (pytest-qt, offscreen)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, QEvent, Qt, QTranslator
from PySide6.QtGui import QAction, QColor, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QCalendarWidget,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from intzaken.formatting import money
from intzaken.resources import resource_path
from intzaken.ui.widgets import (
    AmountEdit,
    Column,
    OptionalDateEdit,
    OptionalTimeEdit,
    OrderedPicker,
    RowsEditor,
    SearchCombo,
    TagEdit,
)
from intzaken.ui.widgets.validity import ERROR_BACKGROUND

CITIES = [(1, "Malmö"), (2, "Malaga"), ((3, 4), "Rotterdam"), (5, "Lissabon")]


_windows: list[QWidget] = []


@pytest.fixture(autouse=True)
def _close_windows():  # noqa: ANN202
    # pytest-qt holds the windows only weakly: keep them alive until the test ends.
    yield
    _windows.clear()


@pytest.fixture(autouse=True)
def _dutch(qapp):  # noqa: ANN001, ANN202
    # The interface as users see it, in Dutch; also whatever other tests left installed.
    translator = QTranslator()
    assert translator.load(str(resource_path("translations", "intzaken_nl.qm")))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def show(qtbot, *widgets: QWidget) -> QLineEdit:
    """Put the widgets in a shown, active window with one more field to move the focus to;
    returns that field."""
    window = QWidget()
    _windows.append(window)
    layout = QVBoxLayout(window)
    for widget in widgets:
        layout.addWidget(widget)
    elsewhere = QLineEdit()
    layout.addWidget(elsewhere)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitActive(window):  # focus, and so focus-out, needs an active window
        window.activateWindow()
    return elsewhere


def type_text(widget: QWidget, text: str) -> None:
    """Type any text, "€" included: qtbot.keyClicks aborts the process on non-ASCII."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )


def counter(signal) -> list[int]:  # noqa: ANN001 - a Qt signal
    hits: list[int] = []
    signal.connect(lambda *args: hits.append(1))
    return hits


# AmountEdit


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("22.360,00", "22360"),
        ("22.360,-", "22360"),
        ("1.770", "1770"),
        ("1770", "1770"),
        ("0,22", "0.22"),
        ("1.239,54", "1239.54"),
        ("-5,00", "-5"),
    ],
)
def test_amount_reads_typed_dutch_notation(qtbot, typed: str, expected: str) -> None:
    edit = AmountEdit()
    show(qtbot, edit)
    edit.setFocus()
    qtbot.keyClicks(edit, typed)
    assert edit.value() == Decimal(expected)
    assert edit.error() == ""


def test_amount_takes_the_euro_sign_and_reformats_on_leaving(qtbot) -> None:
    edit = AmountEdit(accessible_name="Kosten")
    elsewhere = show(qtbot, edit)
    edits = counter(edit.valueChanged)
    edit.setFocus()
    type_text(edit, "€ 22.360,-")
    assert edit.value() == Decimal(22360)
    assert len(edits) == len("€ 22.360,-")  # one per keystroke
    elsewhere.setFocus()
    assert edit.text() == money(Decimal(22360)) == "€\u00a022.360,00"
    assert edit.value() == Decimal(22360)
    assert edit.accessibleName() == "Kosten"
    assert edit.alignment() & Qt.AlignmentFlag.AlignRight


def test_amount_keeps_invalid_text_and_says_why(qtbot) -> None:
    edit = AmountEdit()
    edit.setToolTip("Bedrag inclusief btw")
    elsewhere = show(qtbot, edit)
    edit.setFocus()
    qtbot.keyClicks(edit, "12,345")
    elsewhere.setFocus()
    assert edit.text() == "12,345"  # never silently replaced
    assert edit.value() is None
    assert edit.error() == "'12,345' heeft meer dan 2 decimalen."
    assert edit.property("invalid") is True
    assert edit.toolTip() == edit.error()
    assert edit.palette().color(edit.palette().ColorRole.Base) == ERROR_BACKGROUND
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "1,5")
    assert (edit.value(), edit.error(), edit.property("invalid")) == (Decimal("1.5"), "", False)
    assert edit.toolTip() == "Bedrag inclusief btw"


def test_amount_refuses_english_notation(qtbot) -> None:
    edit = AmountEdit()
    show(qtbot, edit)
    qtbot.keyClicks(edit, "1,770.00")
    assert edit.value() is None
    assert "komma voor decimalen" in edit.error()


def test_amount_set_value_shows_dutch_without_signalling(qtbot) -> None:
    edit = AmountEdit()
    edits = counter(edit.valueChanged)
    edit.setValue(Decimal("1239.54"))
    assert edit.text() == "€\u00a01.239,54"
    assert edit.value() == Decimal("1239.54")
    edit.setValue(None)
    assert (edit.text(), edit.value(), edits) == ("", None, [])


def test_tonnes_without_currency_with_three_places(qtbot) -> None:
    edit = AmountEdit(currency=False, places=3)
    elsewhere = show(qtbot, edit)
    edit.setFocus()
    qtbot.keyClicks(edit, "1,775")
    assert edit.value() == Decimal("1.775")
    elsewhere.setFocus()
    assert edit.text() == "1,775"
    edit.setText("")
    type_text(edit, "€ 5")
    assert "euroteken" in edit.error()


# OptionalDateEdit and OptionalTimeEdit


def test_date_is_empty_typed_and_reformatted(qtbot) -> None:
    edit = OptionalDateEdit(accessible_name="Vertrekdatum")
    elsewhere = show(qtbot, edit)
    assert edit.value() is None
    edits = counter(edit.valueChanged)
    edit.setFocus()
    qtbot.keyClicks(edit, "27 jan 2024")
    assert edit.value() == dt.date(2024, 1, 27)
    assert edits
    elsewhere.setFocus()
    assert edit.text() == "27-01-2024"


def test_date_set_value_and_empty_it_by_keyboard(qtbot) -> None:
    edit = OptionalDateEdit()
    show(qtbot, edit)
    edit.setValue(dt.date(2024, 3, 5))
    assert edit.text() == "05-03-2024"
    edit.setFocus()
    edits = counter(edit.valueChanged)
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    assert edit.value() is None
    assert edit.error() == ""
    assert edits


def test_date_clear_button_empties_it(qtbot) -> None:
    edit = OptionalDateEdit()
    show(qtbot, edit)
    edit.setValue(dt.date(2024, 3, 5))
    edits = counter(edit.valueChanged)
    clear = edit.findChild(QAction, "_q_qlineeditclearaction")  # Qt's built-in clear button
    button = next(b for b in edit.findChildren(QToolButton) if b.defaultAction() is clear)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert edit.value() is None
    assert edits


def test_date_refuses_an_impossible_date(qtbot) -> None:
    edit = OptionalDateEdit()
    show(qtbot, edit)
    qtbot.keyClicks(edit, "31-02-2024")
    assert edit.value() is None
    assert edit.error() == "'31-02-2024' is geen bestaande datum."
    assert edit.property("invalid") is True


def test_date_arrow_keys_and_calendar(qtbot) -> None:
    edit = OptionalDateEdit()
    show(qtbot, edit)
    edit.setValue(dt.date(2024, 2, 28))
    edit.setFocus()
    edits = counter(edit.valueChanged)
    qtbot.keyClick(edit, Qt.Key.Key_Up)
    assert edit.value() == dt.date(2024, 2, 29)
    qtbot.keyClick(edit, Qt.Key.Key_PageUp)
    assert edit.value() == dt.date(2024, 3, 29)
    qtbot.keyClick(edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = edit.findChild(QCalendarWidget)
    assert calendar.isVisible()
    assert calendar.selectedDate() == QDate(2024, 3, 29)
    calendar.clicked.emit(QDate(2024, 4, 2))
    assert not calendar.isVisible()
    assert edit.value() == dt.date(2024, 4, 2)
    assert len(edits) == 3


def test_time_reads_and_shows_hours_and_minutes(qtbot) -> None:
    edit = OptionalTimeEdit()
    elsewhere = show(qtbot, edit)
    edit.setFocus()
    qtbot.keyClicks(edit, "9.30")
    assert edit.value() == dt.time(9, 30)
    elsewhere.setFocus()
    assert edit.text() == "09:30"


# SearchCombo


def test_search_combo_finds_malmo_by_typing_mal(qtbot) -> None:
    combo = SearchCombo(accessible_name="Stad")
    show(qtbot, combo)
    combo.set_items(CITIES)
    combo.setFocus()
    combo.lineEdit().clear()
    qtbot.keyClicks(combo.lineEdit(), "mal")
    completer = combo.completer()
    offered = [
        completer.completionModel().index(row, 0).data()
        for row in range(completer.completionModel().rowCount())
    ]
    assert offered == ["Malmö", "Malaga"]
    popup = completer.popup()
    assert popup.isVisible()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert combo.currentText() == "Malmö"
    assert combo.value() == 1
    assert combo.error() == ""


def test_search_combo_tuple_keys_case_and_unknown_text(qtbot) -> None:
    combo = SearchCombo()
    elsewhere = show(qtbot, combo)
    combo.set_items(CITIES, empty_text="(geen)")
    assert combo.value() is None
    changes = counter(combo.valueChanged)
    combo.setFocus()
    combo.lineEdit().selectAll()
    qtbot.keyClicks(combo.lineEdit(), "rotterdam")
    assert combo.value() == (3, 4)
    assert changes
    qtbot.keyClick(combo.completer().popup(), Qt.Key.Key_Tab)  # Tab leaves the field
    assert combo.currentText() == "Rotterdam"
    assert QApplication.focusWidget() is elsewhere
    combo.setFocus()
    combo.lineEdit().selectAll()
    qtbot.keyClicks(combo.lineEdit(), "Atlantis")
    assert combo.value() is None
    assert combo.error() == "'Atlantis' staat niet in de lijst."
    assert combo.property("invalid") is True


def test_search_combo_set_value_and_refresh(qtbot) -> None:
    combo = SearchCombo()
    changes = counter(combo.valueChanged)
    combo.set_items(CITIES)
    combo.setValue((3, 4))
    assert (combo.value(), combo.currentText()) == ((3, 4), "Rotterdam")
    combo.set_items([*CITIES, (6, "Turku")])  # a refreshed list keeps the choice
    assert combo.value() == (3, 4)
    combo.setValue(None)
    assert (combo.value(), combo.currentText()) == (None, "")
    assert changes == []
    with pytest.raises(KeyError):
        combo.setValue(99)


def test_search_combo_with_many_items_matches_typed_labels_of_the_list_set_last(qtbot) -> None:
    """The labels go in as one string list; a typed label is found among the items set
    last (the first of equal labels), also after the list was replaced."""
    combo = SearchCombo()
    show(qtbot, combo)
    trips = [(number, f"Reis {number}") for number in range(20_000)]
    combo.set_items([*trips, (-1, "Reis 7")], empty_text="(geen)")
    assert combo.count() == 20_002
    assert (combo.itemText(0), combo.itemText(20_000)) == ("(geen)", "Reis 19999")
    combo.setValue(19_999)
    assert (combo.value(), combo.currentText()) == (19_999, "Reis 19999")
    combo.setFocus()
    combo.lineEdit().selectAll()
    qtbot.keyClicks(combo.lineEdit(), " reis 7 ")
    assert combo.value() == 7  # the first "Reis 7", not the one added after it
    combo.set_items([(1, "Turku"), (2, "Reis 7")])
    assert combo.value() is None and combo.count() == 2
    combo.lineEdit().selectAll()
    qtbot.keyClicks(combo.lineEdit(), "reis 7")
    assert combo.value() == 2
    combo.lineEdit().selectAll()
    qtbot.keyClicks(combo.lineEdit(), "Reis 8")  # in the old list only
    assert combo.value() is None
    assert combo.error() == "'Reis 8' staat niet in de lijst."


# OrderedPicker


def _picker(qtbot, **kwargs) -> OrderedPicker:
    picker = OrderedPicker(**kwargs)
    picker.set_choices(CITIES)
    show(qtbot, picker)
    return picker


def _add(picker: OrderedPicker, key) -> None:  # noqa: ANN001 - any key
    picker.combo.setValue(key)
    picker.add_button.click()


def test_picker_adds_without_duplicates_and_reorders(qtbot) -> None:
    picker = _picker(qtbot, accessible_name="Steden")
    changes = counter(picker.changed)
    for key in (1, (3, 4), 5, 1):
        _add(picker, key)
    assert picker.values() == [1, (3, 4), 5]
    assert len(changes) == 3
    assert picker.list.currentRow() == 0  # the duplicate is pointed at
    picker.list.setCurrentRow(2)
    picker.up_button.click()
    assert picker.values() == [1, 5, (3, 4)]
    picker.list.setFocus()
    qtbot.keyClick(picker.list, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert picker.values() == [5, 1, (3, 4)]
    picker.down_button.click()
    assert picker.values() == [1, 5, (3, 4)]
    qtbot.keyClick(picker.list, Qt.Key.Key_Delete)
    assert picker.values() == [1, (3, 4)]
    assert picker.lead() is None  # without with_lead there is none


def test_picker_enter_in_the_combo_adds_and_does_not_close_the_dialog(qtbot) -> None:
    dialog = QDialog()
    picker = OrderedPicker()
    picker.set_choices(CITIES)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
    buttons.accepted.connect(dialog.accept)
    layout = QVBoxLayout(dialog)
    layout.addWidget(picker)
    layout.addWidget(buttons)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    picker.combo.setFocus()
    picker.combo.lineEdit().clear()
    qtbot.keyClicks(picker.combo.lineEdit(), "Lissabon")
    qtbot.keyClick(picker.combo, Qt.Key.Key_Return)
    assert picker.values() == [5]
    assert dialog.isVisible()
    assert dialog.result() == 0
    assert picker.combo.currentText() == ""  # ready for the next one


def test_picker_lead_rules(qtbot) -> None:
    picker = _picker(qtbot, with_lead=True)
    assert picker.lead_button.isVisibleTo(picker)
    _add(picker, 2)
    _add(picker, 1)
    assert picker.lead() == 2  # the first added
    picker.list.setCurrentRow(1)
    picker.lead_button.click()
    assert picker.lead() == 1
    item = picker.list.item(1)
    assert item.text() == "Malmö (leider)"
    assert item.font().bold()
    assert not picker.list.item(0).font().bold()
    picker.remove_button.click()  # removes the lead, row 1
    assert (picker.values(), picker.lead()) == ([2], 2)
    picker.remove_button.click()
    assert (picker.values(), picker.lead()) == ([], None)


def test_picker_set_values(qtbot) -> None:
    picker = _picker(qtbot, with_lead=True)
    changes = counter(picker.changed)
    picker.set_values([5, (3, 4)], lead=(3, 4))
    assert (picker.values(), picker.lead()) == ([5, (3, 4)], (3, 4))
    picker.set_values([5, 1])
    assert picker.lead() == 5
    assert changes == []
    with pytest.raises(KeyError):
        picker.set_values([42])


# TagEdit


def _tags(qtbot) -> TagEdit:
    edit = TagEdit(accessible_name="Thema's")
    show(qtbot, edit)
    edit.input.setFocus()
    return edit


def test_tags_are_added_by_enter_and_comma(qtbot) -> None:
    edit = _tags(qtbot)
    changes = counter(edit.changed)
    qtbot.keyClicks(edit.input, "klimaat")
    qtbot.keyClick(edit.input, Qt.Key.Key_Return)
    qtbot.keyClicks(edit.input, "water, energie,")
    assert edit.tags() == ["klimaat", "water", "energie"]
    assert edit.input.text() == ""
    assert len(changes) == 3
    chips = [chip.text() for chip in edit.findChildren(QToolButton) if chip.isVisibleTo(edit)]
    assert chips == ["klimaat  ×", "water  ×", "energie  ×"]


def test_tags_ignore_duplicates_and_take_known_spelling(qtbot) -> None:
    edit = _tags(qtbot)
    edit.set_known(["Smart City", "water"])
    qtbot.keyClicks(edit.input, "smart city")
    qtbot.keyClick(edit.input, Qt.Key.Key_Return)
    qtbot.keyClicks(edit.input, "SMART  CITY,")
    assert edit.tags() == ["Smart City"]


def test_tags_removed_by_chip_and_backspace(qtbot) -> None:
    edit = _tags(qtbot)
    changes = counter(edit.changed)
    edit.set_tags(["a", "b", "c"])
    assert changes == []
    chip = next(
        c
        for c in edit.findChildren(QToolButton)
        if c.isVisibleTo(edit) and c.text().startswith("b")
    )
    chip.click()
    assert edit.tags() == ["a", "c"]
    qtbot.keyClick(edit.input, Qt.Key.Key_Backspace)
    assert edit.tags() == ["a"]
    assert len(changes) == 2


# RowsEditor

ROLES = [(1, "Burgemeester"), (2, "Wethouder")]
COLUMNS = [
    Column("name", "Naam"),
    Column("day", "Datum", "date"),
    Column("start", "Begin", "time"),
    Column("role", "Rol", "choice", choices=ROLES, width=14),
    Column("paid", "Betaald", "bool"),
    Column("cost", "Kosten", "amount"),
]
ROW = {
    "id": 7,
    "name": "Ontvangst",
    "day": dt.date(2024, 1, 27),
    "start": dt.time(9, 30),
    "role": 2,
    "paid": True,
    "cost": Decimal("1239.54"),
}


def _rows(qtbot, **kwargs) -> RowsEditor:
    editor = RowsEditor(COLUMNS, accessible_name="Programma", **kwargs)
    show(qtbot, editor)
    return editor


def _cell(editor: RowsEditor, row: int, key: str):  # noqa: ANN202 - a QModelIndex
    return editor.model.index(row, [c.key for c in COLUMNS].index(key))


def test_rows_round_trip_typed_values_and_extra_keys(qtbot) -> None:
    editor = _rows(qtbot)
    changes = counter(editor.changed)
    editor.set_rows([ROW, {"name": "Diner"}])
    assert editor.rows() == [
        ROW,
        {"name": "Diner", "day": None, "start": None, "role": None, "paid": None, "cost": None},
    ]
    assert changes == []
    shown = [_cell(editor, 0, key).data() for key in ("name", "day", "start", "role", "cost")]
    assert shown == ["Ontvangst", "27-01-2024", "09:30", "Wethouder", "€\u00a01.239,54"]
    assert _cell(editor, 0, "paid").data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked


def test_rows_cells_are_edited_by_keyboard_with_the_field_widgets(qtbot) -> None:
    editor = _rows(qtbot)
    editor.set_rows([{"name": "Diner"}])
    changes = counter(editor.changed)
    editor.view.setFocus()
    editor.view.setCurrentIndex(_cell(editor, 0, "day"))
    qtbot.keyClick(editor.view, Qt.Key.Key_F2)
    date_editor = QApplication.focusWidget()
    assert isinstance(date_editor, OptionalDateEdit)
    qtbot.keyClicks(date_editor, "27 jan 2024")
    qtbot.keyClick(date_editor, Qt.Key.Key_Tab)  # commits and moves to the time cell
    assert editor.rows()[0]["day"] == dt.date(2024, 1, 27)
    time_editor = QApplication.focusWidget()
    if not isinstance(time_editor, OptionalTimeEdit):  # Tab lands on the cell; type to edit
        qtbot.keyClick(editor.view, Qt.Key.Key_F2)
        time_editor = QApplication.focusWidget()
    assert isinstance(time_editor, OptionalTimeEdit)
    qtbot.keyClicks(time_editor, "14.00")
    qtbot.keyClick(time_editor, Qt.Key.Key_Return)
    editor.view.setCurrentIndex(_cell(editor, 0, "cost"))
    qtbot.keyClick(editor.view, Qt.Key.Key_F2)
    amount_editor = QApplication.focusWidget()
    assert isinstance(amount_editor, AmountEdit)
    qtbot.keyClicks(amount_editor, "1.770,-")
    qtbot.keyClick(amount_editor, Qt.Key.Key_Return)
    editor.view.setCurrentIndex(_cell(editor, 0, "role"))
    qtbot.keyClick(editor.view, Qt.Key.Key_F2)
    combo = QApplication.focusWidget()
    while combo is not None and not isinstance(combo, SearchCombo):
        combo = combo.parentWidget()
    assert isinstance(combo, SearchCombo)
    combo.lineEdit().selectAll()
    qtbot.keyClicks(combo.lineEdit(), "burgemeester")
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    editor.view.setCurrentIndex(_cell(editor, 0, "paid"))
    qtbot.keyClick(editor.view, Qt.Key.Key_Space)
    row = editor.rows()[0]
    assert (row["day"], row["start"], row["cost"], row["role"], row["paid"]) == (
        dt.date(2024, 1, 27),
        dt.time(14, 0),
        Decimal(1770),
        1,
        True,
    )
    assert len(changes) == 5
    assert editor.error() == ""


def test_rows_unreadable_input_keeps_the_value_and_is_reported(qtbot) -> None:
    editor = _rows(qtbot)
    editor.set_rows([ROW])
    editor.view.setFocus()
    editor.view.setCurrentIndex(_cell(editor, 0, "cost"))
    qtbot.keyClick(editor.view, Qt.Key.Key_F2)
    amount_editor = QApplication.focusWidget()
    amount_editor.selectAll()
    qtbot.keyClicks(amount_editor, "12,345")
    qtbot.keyClick(amount_editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.error() != "")  # Qt commits on Enter through the event loop
    assert editor.rows()[0]["cost"] == Decimal("1239.54")
    assert editor.error() == "Regel 1, Kosten: '12,345' heeft meer dan 2 decimalen."
    cell = _cell(editor, 0, "cost")
    assert QColor(cell.data(Qt.ItemDataRole.BackgroundRole)) == ERROR_BACKGROUND
    editor.clear_errors()  # a service's messages go, the refused input stays reported
    assert editor.error()
    assert editor.model.setData(cell, Decimal(5))
    assert editor.error() == ""


def test_rows_add_remove_move_by_buttons_and_keys(qtbot) -> None:
    editor = _rows(qtbot, new_row=lambda: {"name": "Nieuw", "paid": False})
    changes = counter(editor.changed)
    editor.set_rows([{"name": "A"}, {"name": "B"}])
    names = lambda: [row["name"] for row in editor.rows()]  # noqa: E731
    editor.view.setCurrentIndex(_cell(editor, 0, "name"))
    editor.add_button.click()
    assert names() == ["A", "Nieuw", "B"]  # after the current row
    assert editor.rows()[1]["paid"] is False
    editor.view.setFocus()
    qtbot.keyClick(editor.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert names() == ["A", "B", "Nieuw"]
    editor.up_button.click()
    editor.up_button.click()
    assert names() == ["Nieuw", "A", "B"]
    assert not editor.up_button.isEnabled()
    qtbot.keyClick(editor.view, Qt.Key.Key_Delete)
    assert names() == ["A", "B"]
    qtbot.keyClick(editor.view, Qt.Key.Key_Insert)
    assert names() == ["A", "Nieuw", "B"]
    editor.down_button.click()
    editor.remove_button.click()
    assert names() == ["A", "B"]
    assert len(changes) == 8


def test_rows_errors_on_cells_follow_their_row(qtbot) -> None:
    editor = _rows(qtbot)
    editor.set_rows([{"name": "A"}, {"name": "B"}])
    editor.set_row_error(1, "day", "Datum ligt buiten de reis.")
    cell = _cell(editor, 1, "day")
    assert cell.data(Qt.ItemDataRole.ToolTipRole) == "Datum ligt buiten de reis."
    assert QColor(cell.data(Qt.ItemDataRole.BackgroundRole)) == ERROR_BACKGROUND
    assert editor.error() == ""  # a service's message is the form's to show
    editor.view.setCurrentIndex(_cell(editor, 1, "name"))
    editor.up_button.click()
    assert _cell(editor, 0, "day").data(Qt.ItemDataRole.ToolTipRole) == "Datum ligt buiten de reis."
    editor.clear_errors()
    assert _cell(editor, 0, "day").data(Qt.ItemDataRole.ToolTipRole) is None
    assert _cell(editor, 0, "day").data(Qt.ItemDataRole.BackgroundRole) is None


def test_column_widths_follow_the_font(qtbot) -> None:
    small = RowsEditor(COLUMNS)
    container = QWidget()
    font = QFont(container.font())
    font.setPointSizeF(font.pointSizeF() * 2)
    container.setFont(font)
    large = RowsEditor(COLUMNS, parent=container)
    qtbot.addWidget(small)
    qtbot.addWidget(container)
    for number in range(len(COLUMNS) - 1):  # the last one stretches
        assert large.view.horizontalHeader().sectionSize(
            number
        ) > small.view.horizontalHeader().sectionSize(number)


def test_widgets_speak_dutch(qtbot) -> None:
    picker = OrderedPicker(with_lead=True)
    qtbot.addWidget(picker)
    assert (picker.add_button.text(), picker.lead_button.text()) == ("Toevoegen", "Leider maken")
    date_edit = OptionalDateEdit()
    qtbot.addWidget(date_edit)
    assert date_edit.placeholderText() == "dd-mm-jjjj"
    rows = RowsEditor(COLUMNS)
    qtbot.addWidget(rows)
    assert [rows.add_button.text(), rows.up_button.text()] == ["Toevoegen", "Omhoog"]
    tags = TagEdit()
    qtbot.addWidget(tags)
    assert tags.input.placeholderText() == "Thema toevoegen…"
