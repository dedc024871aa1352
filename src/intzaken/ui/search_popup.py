"""Find anything (Ctrl+K): one search field over every register, results grouped by
register as they are typed; arrows move, Enter opens the record, Escape closes.

The search itself is services/search (the command line's `intzaken search` too); it runs
on a worker thread a moment after the last keystroke, so typing never waits for it, and
an answer overtaken by newer typing is dropped.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QKeyEvent,
    QPainter,
    QPalette,
    QStandardItem,
    QStandardItemModel,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from .background import Progress, Task, queue

if TYPE_CHECKING:
    from ..services.search import SearchOutcome, SearchResult
    from .workspace import Workspace

DEBOUNCE_MS = 200  # after the last keystroke: a fast typist's word is one search
MORE_LIMIT = 200  # results per register after "show more"
KIND_ROLE = Qt.ItemDataRole.UserRole + 1
HTML_ROLE = Qt.ItemDataRole.UserRole + 2
RESULT_ROLE = Qt.ItemDataRole.UserRole + 3
HEADING, RESULT, MORE = "heading", "result", "more"
# Black on yellow in a chosen row too, where the rest of the text turns white.
MARK_STYLE = "background-color:#ffe680; color:#000000"


def marked(text: str, marks: tuple[tuple[int, int], ...]) -> str:
    """`text` as HTML with the found words highlighted."""
    parts, at = [], 0
    for start, end in marks:
        parts.append(escape(text[at:start]))
        parts.append(f'<span style="{MARK_STYLE}">{escape(text[start:end])}</span>')
        at = end
    parts.append(escape(text[at:]))
    return "".join(parts)


class RichTextDelegate(QStyledItemDelegate):
    """Paints an item's HTML (a result: title, date, what it is, why it matched)."""

    def _document(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(4)
        document.setHtml(index.data(HTML_ROLE) or "")
        document.setTextWidth(max(100, option.rect.width()))
        return document

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        self.initStyleOption(option, index)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        if selected:
            painter.fillRect(option.rect, option.palette.highlight())
        elif index.data(KIND_ROLE) == HEADING:
            painter.fillRect(option.rect, option.palette.alternateBase())
        document = self._document(option, index)
        context = QAbstractTextDocumentLayout.PaintContext()
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        painter.translate(option.rect.topLeft())
        painter.setClipRect(QRect(0, 0, option.rect.width(), option.rect.height()))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(  # noqa: N802
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        self.initStyleOption(option, index)
        document = self._document(option, index)
        return QSize(int(document.idealWidth()), int(document.size().height()))


class SearchPopup(QDialog):
    """The search dialog of a window. `open_requested(register, id)` asks the window to
    show a record."""

    open_requested = Signal(str, int)

    def __init__(self, parent: QWidget, workspace: Workspace) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(self.tr("Find anything"))
        self.setMinimumSize(QSize(560, 360))
        self.resize(760, 560)
        self.field = QLineEdit()
        self.field.setPlaceholderText(
            self.tr("Places, people, trips, agreements, notes… (every word must occur)")
        )
        self.field.setClearButtonEnabled(True)
        self.field.setAccessibleName(self.tr("Search in all registers"))
        self.model = QStandardItemModel(self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setItemDelegate(RichTextDelegate(self.list))
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # typing stays in the field
        self.list.setUniformItemSizes(False)
        self.list.setWordWrap(True)
        self.list.setSpacing(1)
        self.list.setAccessibleName(self.tr("Search results"))
        self.status = QLabel()
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        layout = QVBoxLayout(self)
        layout.addWidget(self.field)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.status)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.search_now)
        self._task: Task | None = None
        self._limit: int | None = None
        self._open_when_found = False  # Enter was pressed before the results were in
        self.outcome: SearchOutcome | None = None
        self.field.textEdited.connect(self._typed)
        self.field.installEventFilter(self)
        self.list.clicked.connect(self._activate)
        self._say_hint()
        workspace.opened.connect(self._database_opened)
        workspace.changed.connect(self._records_changed)
        self._warm_up()

    def _database_opened(self) -> None:
        """Another file: nothing of the last one's results may stay."""
        self._timer.stop()
        if self._task is not None:
            self._task.cancel()
            self._task = None
        self.field.clear()
        self._show(None)
        self.hide()
        self._warm_up()

    def _records_changed(self, _register: str) -> None:
        if self.isVisible() and self.outcome is not None:
            self.search_now()  # a record saved or deleted meanwhile: the results follow

    def _warm_up(self) -> None:
        """Prepare the search's statements on the worker that runs the searches, before
        the first search queues behind it: the first keystrokes then answer as fast as
        the later ones."""
        database = self.workspace.database
        if database is None:
            return

        def prepare(progress: Progress) -> None:
            from ..services.search import warm_up

            progress.check()
            with database.sessions() as session:
                warm_up(session, most_words=2)

        Task(prepare, pool=queue("find")).start()  # a failure here shows at the search

    # --- searching ---------------------------------------------------------------------------
    def start(self, text: str | None = None) -> None:
        """Show the dialog; with `text`, search for it (else the last search, selected)."""
        if text is not None:
            self.field.setText(text)
            self.field.setCursorPosition(len(text))
            self._typed(text)
        else:
            self.field.selectAll()
        self.show()
        self.raise_()
        self.activateWindow()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _typed(self, _text: str) -> None:
        self._limit = None
        self._open_when_found = False
        self._timer.start()  # again: the search waits for a pause in the typing

    @property
    def searching(self) -> bool:
        return self._task is not None or self._timer.isActive()

    def search_now(self) -> None:
        """Search for what the field holds, on a worker; a search still waiting for its
        turn is dropped."""
        self._timer.stop()
        if self._task is not None:
            self._task.cancel()
            self._task = None
        from ..services.search.folding import search_words

        query = self.field.text()
        database = self.workspace.database
        if database is None or not search_words(query):
            self._open_when_found = False
            self._show(None)
            return
        from ..services.search import DEFAULT_LIMIT, search
        from ..store.server_limits import allow_long_work

        limit = self._limit or DEFAULT_LIMIT

        def find(progress: Progress) -> SearchOutcome:
            progress.check()  # overtaken by newer typing while it waited
            with allow_long_work(database.sessions()) as session:
                return search(session, query, limit=limit)

        task = Task(find, pool=queue("find"))
        task.succeeded.connect(self._found)
        task.failed.connect(self._failed)
        self._task = task
        self.status.setText(self.tr("Searching…"))
        task.start()

    def _found(self, outcome: SearchOutcome) -> None:
        if self.sender() is not self._task:
            return  # an answer to earlier typing
        self._task = None
        self._show(outcome)
        if self._open_when_found:
            self._open_when_found = False
            self.activate_current()

    def _failed(self, error: BaseException) -> None:
        if self.sender() is not self._task:
            return
        self._task = None
        self._open_when_found = False
        self.status.setText(self.tr("The search could not be done: {error}").format(error=error))

    # --- the results -------------------------------------------------------------------------
    def _show(self, outcome: SearchOutcome | None) -> None:
        self.outcome = outcome
        self.model.clear()
        if outcome is None:
            self._say_hint()
            return
        for group in outcome.groups:
            self._add(HEADING, f"<b>{escape(group.heading)}</b> ({group.total})")
            for result in group.results:
                self._add(RESULT, self._result_html(result), result)
            if group.more:
                text = self.tr("… and {count} more: press Enter here to show more")
                self._add(MORE, f"<i>{escape(text.format(count=group.more))}</i>")
        if outcome.groups:
            count = self.tr("%n record(s) found", "", outcome.total)
            keys = self.tr("↑↓ choose, Enter opens, Esc closes")
            self.status.setText(f"{count}  ·  {keys}")
            self.move_selection(1)
        else:
            self.status.setText(self.tr("Nothing found for '{query}'.").format(query=outcome.query))

    def _say_hint(self) -> None:
        self.status.setText(self.tr("Type at least two characters."))

    def _add(self, kind: str, html: str, result: SearchResult | None = None) -> None:
        item = QStandardItem()
        item.setData(kind, KIND_ROLE)
        item.setData(html, HTML_ROLE)
        item.setData(result, RESULT_ROLE)
        item.setEditable(False)
        if kind == HEADING:
            item.setSelectable(False)
        self.model.appendRow(item)

    def _result_html(self, result: SearchResult) -> str:
        title = f"<b>{marked(result.title, result.title_marks)}</b>"
        when = f'<td align="right">{escape(result.when)}</td>' if result.when else ""
        lines = [
            '<table width="100%" cellspacing="0" cellpadding="0">'
            f"<tr><td>{title}</td>{when}</tr></table>"
        ]
        if result.detail:
            lines.append(f"<span>{escape(result.detail)}</span>")
        for hit in result.hits:
            lines.append(f"<i>{escape(hit.field)}:</i> {marked(hit.snippet, hit.marks)}")
        return "<br>".join(lines)

    # --- moving and opening ------------------------------------------------------------------
    def selectable_rows(self) -> list[int]:
        return [
            row
            for row in range(self.model.rowCount())
            if self.model.item(row).data(KIND_ROLE) != HEADING
        ]

    def current_row(self) -> int | None:
        index = self.list.currentIndex()
        return index.row() if index.isValid() else None

    def move_selection(self, step: int) -> None:
        """To the next (step 1) or previous (-1) row that can be chosen; from nothing
        chosen, to the first."""
        rows = self.selectable_rows()
        if not rows:
            return
        current = self.current_row()
        if current is None or current not in rows:
            target = rows[0]
        else:
            position = min(max(rows.index(current) + step, 0), len(rows) - 1)
            target = rows[position]
        index = self.model.index(target, 0)
        self.list.setCurrentIndex(index)
        self.list.scrollTo(index)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            steps = {
                Qt.Key.Key_Down: 1,
                Qt.Key.Key_Up: -1,
                Qt.Key.Key_PageDown: 5,
                Qt.Key.Key_PageUp: -5,
            }
            if event.key() in steps:
                self.move_selection(steps[Qt.Key(event.key())])
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.activate_current()
                return True
        return super().eventFilter(watched, event)

    def activate_current(self) -> None:
        if self._timer.isActive() or self._task is not None:
            # Enter right after typing: the results on screen are not yet those of the
            # words in the field; open what the search for them finds first.
            self._open_when_found = True
            if self._task is None:
                self.search_now()
            return
        index = self.list.currentIndex()
        if index.isValid():
            self._activate(index)

    def _activate(self, index: QModelIndex) -> None:
        kind = index.data(KIND_ROLE)
        if kind == MORE:
            self._limit = MORE_LIMIT
            self.search_now()
            return
        result: SearchResult | None = index.data(RESULT_ROLE)
        if kind != RESULT or result is None:
            return
        if result.opens is None:
            self.status.setText(
                self.tr("This contact belongs to no relation, network or trip to open.")
            )
            return
        register, record_id = result.opens
        self.accept()
        self.open_requested.emit(str(register), record_id)
