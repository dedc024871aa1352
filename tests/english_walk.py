"""Helpers of the English walk (test_gui_english.py): every text a window shows, and
whether a text is Dutch.

A text is Dutch when it holds a Dutch text of the catalogs (the window's .ts and the
gettext .po of the layers below it, where the Dutch differs from its English id), a
common Dutch word, or a country's Dutch name. Stored data that is Dutch by nature (what
users typed: titles, names, notes) is taken out of a text before it is judged.
"""

from __future__ import annotations

import functools
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from pathlib import Path

from babel import Locale
from babel.messages.pofile import read_po
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QTextBrowser,
    QTextEdit,
    QWidget,
)

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "translations" / "intzaken_nl.ts"
PO = ROOT / "resources" / "locale" / "nl" / "LC_MESSAGES" / "intzaken.po"

# Words that are Dutch and not English (so "in", "over", "land", "die" or "met" are not
# here: "People met" is English).
COMMON_DUTCH_WORDS = frozenset(
    """
    de het een van en niet geen voor naar bij uit zijn wordt worden deze dit alle nieuw
    nieuwe opslaan annuleren bewerken verwijderen sluiten reis reizen relatie relaties
    netwerken overeenkomst overeenkomsten bestuurder bestuurders begroting rapporten
    geschiedenis instellingen bestand openen zoeken jaar soort titel naam datum bedrag
    kosten uitgevoerd gepland voorgenomen geannuleerd leider plaats nee tot t/m ook nog
    maar kan moet wilt uw wijzigingen gewijzigd ongedaan opnieuw terugzetten maken kies
    welkom verplicht einde overig begroot besteed verplichtingen januari februari
    maart mei juni juli augustus oktober maandag dinsdag woensdag donderdag vrijdag
    zaterdag zondag reiskosten stedenband vriendschapsrelatie burgemeester wethouder lid
    voorzitter actief beëindigd slapend getekend geldig bestemmingen reizigers termijnen
    huidige rol sinds thema thema's
    """.split()  # noqa: SIM905 - a list of words reads best as words
)


def _fragments(dutch: str) -> list[str]:
    """The literal parts of a Dutch catalog text: placeholders ({name}, %n, %1) and
    markup split it; accelerators (&) and surrounding punctuation are dropped."""
    text = re.sub(r"<[^>]+>", "\n", dutch).replace("&&", "\0").replace("&", "").replace("\0", "&")
    parts = re.split(r"\{[^}]*\}|%n|%\d|\n", text)
    return [p.strip(" .,:;()…-–—'\"?!") for p in parts if p.strip(" .,:;()…-–—'\"?!")]


@functools.cache
def english_words() -> frozenset[str]:
    """Every word of the English ids, lowercased: a single Dutch word that is one of
    these (Status, Code, Intzaken) does not make a text Dutch."""
    words: set[str] = set()
    for source, _ in _catalog_pairs():
        words |= {w.lower() for w in re.findall(r"[^\W\d_]+", source)}
    return frozenset(words)


@functools.cache
def _catalog_pairs() -> list[tuple[str, str]]:
    """(English id, Dutch) of both catalogs."""
    pairs = []
    for message in ET.parse(TS).iter("message"):
        source, translation = message.findtext("source") or "", message.find("translation")
        dutch = "" if translation is None else (translation.text or "")
        numerus = (
            [] if translation is None else [n.text or "" for n in translation.iter("numerusform")]
        )
        pairs += [(source, d) for d in ([dutch] if dutch else []) + numerus]
    with PO.open("rb") as file:
        for message in read_po(file):
            if not message.id:
                continue
            ids = message.id if isinstance(message.id, tuple) else (message.id,)
            strings = message.string if isinstance(message.string, tuple) else (message.string,)
            pairs += [(ids[0], s) for s in strings if s]
    return pairs


@functools.cache
def dutch_markers() -> tuple[re.Pattern[str], ...]:
    """Patterns that only Dutch text matches: the catalogs' Dutch fragments (not in the
    English id), the common words and the countries' Dutch names."""
    english = english_words()
    phrases: set[str] = set()
    for source, dutch in _catalog_pairs():
        if dutch == source:
            continue
        for fragment in _fragments(dutch):
            words = re.findall(r"[^\W\d_]+", fragment)
            if not any(len(w) >= 3 for w in words) or fragment.lower() in source.lower():
                continue
            if len(words) == 1 and words[0].lower() in english:
                continue
            phrases.add(fragment)
    dutch_names, english_names = Locale.parse("nl").territories, Locale.parse("en").territories
    english_countries = [name for code, name in english_names.items() if len(code) == 2]
    phrases |= {
        name
        for code, name in dutch_names.items()
        if len(code) == 2
        and code.isalpha()
        and name != english_names.get(code)
        # "Norfolk" is Dutch for "Norfolk Island": a part of an English name is not Dutch.
        and not any(name in english for english in english_countries)
    }
    longest_first = sorted(phrases, key=len, reverse=True)
    chunks = [longest_first[i : i + 400] for i in range(0, len(longest_first), 400)]
    patterns = [
        re.compile(r"(?<![^\W_])(?:" + "|".join(map(re.escape, chunk)) + r")(?![^\W_])")
        for chunk in chunks
    ]
    patterns.append(
        re.compile(
            r"(?<![^\W_])(?:" + "|".join(map(re.escape, COMMON_DUTCH_WORDS)) + r")(?![^\W_])",
            re.IGNORECASE,
        )
    )
    return tuple(patterns)


def dutch_in(text: str) -> str | None:
    """The first Dutch part of `text`, or None."""
    text = re.sub(r"&(?!&)", "", text)  # accelerators: "De&lete" is "Delete"
    for pattern in dutch_markers():
        found = pattern.search(text)
        if found:
            return found.group(0)
    return None


def without_data(text: str, data: Iterable[str]) -> str:
    """`text` with every stored free text in it replaced by a blank (longest first, so a
    title is taken out before a word of it), also where the window shortened it to its
    first words and "…" (a form's title)."""
    data = list(data)
    # Shortened values first: a whole value inside one (a place's name) would break it.
    for shortened in re.findall(r"([^\n'\"]{8,})…", text):
        if any(value.startswith(shortened.strip()) for value in data):
            text = text.replace(shortened + "…", " ")
    for value in data:
        if value in text:
            text = text.replace(value, " ")
    return text


# --- collecting ---------------------------------------------------------------------------------
def _model_texts(model: QAbstractItemModel, where: str) -> Iterator[tuple[str, str]]:
    # A list model's columnCount is private in PySide: one column, no branches.
    listed = isinstance(model, QAbstractListModel)
    columns, root = 1 if listed else model.columnCount(), QModelIndex()
    for section in range(columns):
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = model.headerData(section, Qt.Orientation.Horizontal, role)
            if isinstance(value, str):
                yield f"{where} heading {section}", value
    yield from _rows_texts(model, root, columns, where, branches=not listed)


def _rows_texts(
    model: QAbstractItemModel, parent: QModelIndex, columns: int, where: str, *, branches: bool
) -> Iterator[tuple[str, str]]:
    for row in range(model.rowCount(parent)):
        for column in range(columns):
            index = model.index(row, column, parent)
            if branches and column == 0 and model.rowCount(index) > 0:  # a tree's
                yield from _rows_texts(model, index, columns, f"{where} > {row}", branches=True)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(index, role)
                if isinstance(value, str):
                    yield f"{where} row {row} column {column}", value


def _menu_texts(menu: QMenu, where: str) -> Iterator[tuple[str, str]]:
    yield f"{where} menu", menu.title()
    for action in menu.actions():
        if action.menu() is not None and action.menu() is not menu:
            yield from _menu_texts(action.menu(), f"{where} > {menu.title()}")
        for text in (action.text(), action.toolTip(), action.statusTip()):
            yield f"{where} > {menu.title()} action", text


def widget_texts(root: QWidget, where: str = "") -> Iterator[tuple[str, str]]:
    """(where, text) of every text `root` and the widgets in it show a user: titles,
    labels, buttons, tabs, headings, tips, placeholders, actions and menus, list and
    table cells, combo items. What users typed into inputs is their data, not read;
    dates and amounts in inputs are (the window writes them)."""
    where = where or type(root).__name__
    for widget in [root, *root.findChildren(QWidget)]:
        name = f"{where}/{type(widget).__name__}:{widget.objectName() or widget.accessibleName()}"
        yield name, widget.windowTitle() if widget.isWindow() else ""
        yield name, widget.toolTip()
        yield name, widget.statusTip()
        yield name, widget.accessibleName()
        yield name, widget.accessibleDescription()
        yield name, widget.whatsThis()
        for action in widget.actions():
            yield name, action.text()
            yield name, action.toolTip()
            yield name, action.statusTip()
        if isinstance(widget, QLabel | QAbstractButton):
            yield name, widget.text()
        elif isinstance(widget, QGroupBox):
            yield name, widget.title()
        elif isinstance(widget, QTabWidget):
            for tab in range(widget.count()):
                yield name, widget.tabText(tab)
                yield name, widget.tabToolTip(tab)
        elif isinstance(widget, QComboBox):
            for item in range(widget.count()):
                yield f"{name} item", widget.itemText(item)
            if widget.lineEdit() is not None:
                yield name, widget.lineEdit().placeholderText()
        elif isinstance(widget, QLineEdit):
            yield name, widget.placeholderText()
            if _window_written(widget):
                yield name, widget.text()
        elif isinstance(widget, QTextBrowser):
            continue  # the user guide: Dutch by design (docs/), its frame is read above
        elif isinstance(widget, QTextEdit | QPlainTextEdit):
            yield name, widget.placeholderText()
        elif isinstance(widget, QAbstractSpinBox):
            yield name, widget.specialValueText()
            if isinstance(widget, QSpinBox):
                yield name, widget.prefix()
                yield name, widget.suffix()
        elif isinstance(widget, QMenu):
            yield from _menu_texts(widget, name)
        elif isinstance(widget, QMainWindow):
            for action in widget.menuBar().actions():
                if action.menu() is not None:
                    yield from _menu_texts(action.menu(), name)
        # A header view shares its table's model, read with the table.
        if (
            isinstance(widget, QAbstractItemView)
            and not isinstance(widget, QHeaderView)
            and widget.model() is not None
        ):
            yield from _model_texts(widget.model(), name)


def _window_written(edit: QLineEdit) -> bool:
    """Inputs whose text the window formats (dates, times, amounts), read only."""
    from intzaken.ui.widgets.parsed_edit import ParsedLineEdit

    return isinstance(edit, ParsedLineEdit) or edit.isReadOnly()
