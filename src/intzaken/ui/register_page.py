"""One register as a page: search, filters and the list. Forms open from here."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..formatting import number
from ..registers import NOUNS, RegisterKey
from ..store.server_limits import allow_long_work
from .background import Progress, Task, queue
from .column_widths import shared_widths
from .list_columns import list_columns, load_first_rows, load_listing
from .register_model import Listing, RegisterModel, SortOrders, make_haystacks
from .registers import ChoiceFilter, ExpiryFilter, RegisterPageSpec, within_months
from .totals_bar import TotalsBar
from .workspace import Workspace

# The rows measured when columns are fitted: the rows in view first (about 28 at 800 px),
# then their neighbours. 60 took 90-175 ms of the GUI thread per list on a busy machine
# while the lists loaded beside an import (issue 22, item 4); each row more is a dozen
# cells formatted in Python.
SIZING_ROWS = 30
FIRST_ROWS = 200  # shown while a large list loads (a few screenfuls)


class RegisterTable(QTableView):
    """The list; Enter opens the current record, as double-click does."""

    activated_row = Signal(int)
    resized = Signal()

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802
        # The viewport, not the table: it narrows when the vertical scroll bar appears.
        handled = super().viewportEvent(event)
        if event.type() == QEvent.Type.Resize:
            self.resized.emit()
        return handled

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated_row.emit(self.currentIndex().row())
            return
        super().keyPressEvent(event)


class RegisterPage(QWidget):
    open_requested = Signal(str, int)  # register, record id
    selection_changed = Signal()
    loaded = Signal()
    count_changed = Signal()  # the status bar says the same

    def __init__(
        self, spec: RegisterPageSpec, workspace: Workspace, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.spec = spec
        self.workspace = workspace
        # The columns have the user's own widths (dragged, or restored from the settings
        # by the window): the page no longer fits them to the content and the list's width.
        self.widths_chosen = False
        self._natural_widths: list[int] = []  # measured at the first load
        self._fitting = False  # the page itself is setting widths
        self._task: Task | None = None
        self._first_task: Task | None = None
        self._partial = False  # showing the first rows while the whole list loads
        self._search_task: Task | None = None
        self._reselect: int | None = None

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search in {register}").format(register=spec.title))
        self.search.textChanged.connect(self._search_changed)

        bar = QHBoxLayout()
        bar.addWidget(self.search, 3)
        self.filters: dict[str, QComboBox | QSpinBox] = {}
        for spec_filter in spec.filters:
            bar.addWidget(self._filter_widget(spec_filter), 1)
        self.count = QLabel()
        bar.addWidget(self.count)
        self.bar = bar  # a page's own buttons go at its end (window/pages.py)

        self.columns = list_columns(spec)
        self.model = RegisterModel(self.columns, self)
        self.table = RegisterTable()
        self.table.setModel(self.model)
        self.table.setAccessibleName(spec.title)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        # Text columns stretch (column_widths.py), not the last one ("Over" of the budget).
        self.table.horizontalHeader().setStretchLastSection(False)
        # Fitting columns measures this many rows (Qt's default, 1,000, formats ten
        # thousand cells of a large list on the GUI thread: seconds).
        self.table.horizontalHeader().setResizeContentsPrecision(SIZING_ROWS)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        # The services list in a natural order (trips by date, networks by name); show that
        # order (trips newest first) until the user clicks a heading.
        self.table.sortByColumn(spec.default_sort, spec.default_order)
        self._sized = False
        self.table.horizontalHeader().sectionResized.connect(self._section_resized)
        self.table.resized.connect(self._share_widths)
        self.table.doubleClicked.connect(lambda index: self._open_row(index.row()))
        self.table.activated_row.connect(self._open_row)
        self.table.selectionModel().selectionChanged.connect(self.selection_changed)
        self.model.modelReset.connect(self.selection_changed)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        list_part = QVBoxLayout()
        list_part.setSpacing(0)
        list_part.addWidget(self.table)
        self.totals_bar: TotalsBar | None = None
        if self.model.has_totals:
            self.totals_bar = TotalsBar(self.table, self.model, self.tr("Total"))
            self.totals_bar.setAccessibleName(
                self.tr("Totals of {register}").format(register=spec.title)
            )
            self.model.modelReset.connect(self._update_totals)
            list_part.addWidget(self.totals_bar)
        layout.addLayout(list_part)
        workspace.changed.connect(self._changed)
        workspace.opened.connect(self.reload)
        if workspace.database is not None:  # made after the file was opened
            self.reload()

    # --- filters -----------------------------------------------------------------------------
    def _filter_widget(self, spec_filter: ChoiceFilter | ExpiryFilter) -> QWidget:
        if isinstance(spec_filter, ExpiryFilter):
            spin = QSpinBox()
            spin.setRange(0, 120)
            spin.setSpecialValueText(self.tr("Expiring: any time"))
            spin.setPrefix(self.tr("Expiring within "))
            spin.setSuffix(self.tr(" months"))
            spin.setAccessibleName(self.tr("Expiring within months"))
            spin.valueChanged.connect(self._apply_filters)
            self.filters[spec_filter.key] = spin
            return spin
        combo = QComboBox()
        combo.setAccessibleName(spec_filter.title)
        combo.setToolTip(spec_filter.title)
        combo.addItem(self.tr("{filter}: all").format(filter=spec_filter.title), None)
        combo.currentIndexChanged.connect(self._apply_filters)
        self.filters[spec_filter.key] = combo
        return combo

    def _fill_filter_options(self) -> None:
        for spec_filter in self.spec.filters:
            if not isinstance(spec_filter, ChoiceFilter):
                continue
            combo = self.filters[spec_filter.key]
            assert isinstance(combo, QComboBox)
            current = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for value, text in spec_filter.options(self.model.listing):
                combo.addItem(text, value)
            index = combo.findData(current) if current is not None else 0
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)

    def set_filter(self, key: str, value: Any) -> None:
        """Select a filter value (None = all); for the window's own links and for tests."""
        widget = self.filters[key]
        if isinstance(widget, QSpinBox):
            widget.setValue(int(value or 0))
        else:
            widget.setCurrentIndex(max(widget.findData(value), 0) if value is not None else 0)

    def _apply_filters(self) -> None:
        listing = self.model.listing
        tests: list[Any] = []
        for spec_filter in self.spec.filters:
            widget = self.filters[spec_filter.key]
            if isinstance(spec_filter, ExpiryFilter):
                assert isinstance(widget, QSpinBox)
                months, today = widget.value(), self.workspace.today()
                until, status = listing.position.get("valid_until"), listing.position.get("status")
                if months and until is not None and status is not None:
                    tests.append(
                        lambda r, m=months, t=today, u=until, s=status: within_months(
                            r[u], r[s], m, t
                        )
                    )
            else:
                assert isinstance(widget, QComboBox)
                value = widget.currentData()
                position = listing.position.get(spec_filter.field)
                if value is not None and position is not None:
                    tests.append(lambda r, f=spec_filter.matches, v=value, p=position: f(r[p], v))
        self.model.set_predicate((lambda r: all(test(r) for test in tests)) if tests else None)
        self.update_count()

    def _search_changed(self, text: str) -> None:
        self.model.set_search(text)
        self.update_count()

    def update_count(self) -> None:
        if self._partial:
            text = self.tr("Loading…")
        elif self.model.searching:
            text = self.tr("Searching…")
        else:
            text = self.count_text()
        if text != self.count.text():
            self.count.setText(text)
            self.count_changed.emit()

    def count_text(self) -> str:
        """ "39 reizen", "3 van 39 reizen", "1 reis": the records in words, named by the
        register (the status bar says the same)."""
        total, shown = self.model.total_count, self.model.visible_count
        noun = NOUNS[self.spec.name].word(total)
        if shown == total:
            return self.tr("{count} {records}").format(count=number(total, 0), records=noun)
        return self.tr("{shown} of {count} {records}").format(
            shown=number(shown, 0), count=number(total, 0), records=noun
        )

    # --- loading -----------------------------------------------------------------------------
    @property
    def loading(self) -> bool:
        return self._task is not None

    def _changed(self, register: str) -> None:
        if register in ("", self.spec.name) or self.spec.name == RegisterKey.BUDGET:
            # Budget figures depend on trips too, so any change may move them.
            self.reload()

    def reload(self, select_id: int | None = None) -> None:
        """Load the records off the GUI thread; the old list stays until the new one is in."""
        for task in (self._task, self._first_task, self._search_task):
            if task is not None:
                task.cancel()
        self._task = self._first_task = self._search_task = None
        if self.workspace.database is None:
            self._partial = False
            self.model.set_listing(Listing(self.model.listing.fields, []))
            self.update_count()
            return
        self._reselect = select_id if select_id is not None else self.current_id()
        database, spec = self.workspace.database, self.spec
        columns, sorted_by = self.columns, self.model.sorted_by

        def load(progress: Progress) -> tuple[Listing, SortOrders]:
            progress.check()  # overtaken by a newer load while it waited its turn
            with allow_long_work(database.sessions()) as session:
                listing = load_listing(spec, session)
            # The list's order made here, not on the GUI thread (SortOrders); if it is
            # sorted otherwise meanwhile, the model sorts that itself.
            sorting = SortOrders(columns, listing)
            if sorted_by is not None:
                progress.check()
                sorting.order(*sorted_by)
            return listing, sorting

        if self._shows_first_rows_first():
            self._load_first_rows()
        task = Task(load, pool=queue("lists"))
        task.succeeded.connect(self._loaded)
        self._task = task
        task.start()

    def _shows_first_rows_first(self) -> bool:
        """At the first load of a large list, in its natural order and not narrowed, the
        first screenfuls can be shown while the rest loads: they are the same rows."""
        return (
            self.model.total_count == 0
            and not self.model.narrowed
            and self.model.sorted_by in (None, (self.spec.default_sort, self.spec.default_order))
        )

    def _load_first_rows(self) -> None:
        database, spec = self.workspace.database, self.spec
        assert database is not None

        def load(progress: Progress) -> Listing | None:
            progress.check()
            with allow_long_work(database.sessions()) as session:
                return load_first_rows(spec, session, FIRST_ROWS)

        task = Task(load, pool=queue("lists"))
        task.succeeded.connect(self._first_rows_loaded)
        self._first_task = task
        task.start()

    def _first_rows_loaded(self, listing: Listing | None) -> None:
        if (
            self.sender() is not self._first_task
            or self._task is None
            or listing is None
            or not self._shows_first_rows_first()
        ):
            return  # the whole list is in already, or the user narrowed or sorted it
        self._first_task = None
        self._partial = True
        self.model.set_listing(listing)
        if listing.rows:
            self._size_columns()
        self.update_count()

    def _loaded(self, loaded: tuple[Listing, SortOrders]) -> None:
        if self.sender() is not self._task:
            return  # an older load, overtaken by a newer one
        listing, sorting = loaded
        self._task = self._first_task = None
        if self._partial and self._reselect is None:
            self._reselect = self.current_id()  # chosen among the first rows meanwhile
        self._partial = False
        # The search texts: _prepare_search makes them.
        self.model.set_listing(listing, haystacks_coming=True, sorting=sorting)
        self._fill_filter_options()
        self._apply_filters()
        if not self._sized and listing.rows:
            self._size_columns()
        if self._reselect is not None:
            self.select_id(self._reselect)
        self._prepare_search(listing)
        self.loaded.emit()

    def _prepare_search(self, listing: Listing) -> None:
        """Make the rows' search texts on a worker thread: a search typed before they are
        ready waits for them (RegisterModel.searching) instead of freezing the window."""
        columns = self.columns

        def make(progress: Progress) -> list[str]:
            progress.check()
            return make_haystacks(columns, listing)

        # In the lists' turn, not beside them: two workers at once hand the interpreter
        # lock to each other and the window waits for it (background.queue); after an
        # import this kept the window from answering 200 ms at a time (issue 22, item 4).
        task = Task(make, pool=queue("lists"))
        task.succeeded.connect(lambda haystacks: self._search_ready(listing, haystacks))
        task.failed.connect(lambda _error: self.model.haystacks_failed(listing))
        self._search_task = task
        task.start()

    def _search_ready(self, listing: Listing, haystacks: list[str]) -> None:
        self.model.set_haystacks(listing, haystacks)
        self.update_count()

    def _size_columns(self) -> None:
        """Measure the columns once (heading and first rows), numbers and dates as wide
        as their content, text within reason; then share the list's width out."""
        self._sized = True
        if self.widths_chosen:
            return
        header = self.table.horizontalHeader()
        self._fitting = True
        try:
            self.table.resizeColumnsToContents()
        finally:
            self._fitting = False
        # Within reason: a long title is read whole on a wide screen, notes never take it.
        widest = self.fontMetrics().horizontalAdvance("M") * 60
        self._natural_widths = [
            min(header.sectionSize(column), widest)
            if self._stretches(column)
            else max(header.sectionSize(column), self._total_width(column))
            for column in range(self.model.columnCount())
        ]
        self._share_widths()

    def _stretches(self, column: int) -> bool:
        """Text stretches; numbers, dates and kinds (a few short words) keep their width."""
        spec = self.columns[column]
        return not (spec.right_aligned or spec.field == "id" or spec.repeats)

    def _total_width(self, column: int) -> int:
        """Room for the column's total (in bold, often wider than any one amount)."""
        bar = self.totals_bar
        return bar.sizeHintForColumn(column) if bar is not None else 0

    def _share_widths(self) -> None:
        """Text columns take what the numbers leave of the list's width (again when the
        window changes size), until the user sets widths of their own."""
        if self.widths_chosen or not self._natural_widths:
            return
        stretches = [self._stretches(column) for column in range(len(self.columns))]
        narrowest = self.fontMetrics().horizontalAdvance("M") * 7
        widths = shared_widths(
            self._natural_widths, stretches, self.table.viewport().width(), narrowest
        )
        self._fitting = True
        try:
            for column, width in enumerate(widths):
                self.table.horizontalHeader().resizeSection(column, width)
        finally:
            self._fitting = False

    def _section_resized(self, _column: int, _old: int, _new: int) -> None:
        if not self._fitting and self._sized:
            self.widths_chosen = True  # dragged by the user: kept, and saved at closing

    def _update_totals(self) -> None:
        if self.totals_bar is not None:
            self.totals_bar.totals.refresh(loading=self._partial)

    # --- selection ---------------------------------------------------------------------------
    def current_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_id(rows[0].row()) if rows else None

    def select_id(self, record_id: int) -> bool:
        row = self.model.row_of(record_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.selectRow(row)
        self.table.scrollTo(index)
        return True

    def _open_row(self, row: int) -> None:
        self.open_requested.emit(self.spec.name, self.model.row_id(row))

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def open_current(self) -> None:
        index: QModelIndex = self.table.currentIndex()
        if index.isValid():
            self._open_row(index.row())
