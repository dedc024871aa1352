"""One register as a page: search, filters and the list. Forms open from here."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
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
from ..registers import RegisterKey
from ..store.server_limits import allow_long_work
from .background import Progress, Task, queue
from .list_columns import list_columns, load_first_rows, load_listing
from .register_model import Listing, RegisterModel, make_haystacks
from .registers import ChoiceFilter, ExpiryFilter, RegisterPageSpec, within_months
from .workspace import Workspace

SIZING_ROWS = 60
FIRST_ROWS = 200  # shown while a large list loads (a few screenfuls)


class RegisterTable(QTableView):
    """The list; Enter opens the current record, as double-click does."""

    activated_row = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated_row.emit(self.currentIndex().row())
            return
        super().keyPressEvent(event)


class RegisterPage(QWidget):
    open_requested = Signal(str, int)  # register, record id
    selection_changed = Signal()
    loaded = Signal()

    def __init__(
        self, spec: RegisterPageSpec, workspace: Workspace, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.spec = spec
        self.workspace = workspace
        # The user's column widths were restored from the settings (MainWindow sets it).
        self.header_restored = False
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
        self.table.horizontalHeader().setStretchLastSection(True)
        # Fitting columns measures this many rows (Qt's default, 1,000, formats ten
        # thousand cells of a large list on the GUI thread: seconds).
        self.table.horizontalHeader().setResizeContentsPrecision(SIZING_ROWS)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        # The services list in a natural order (trips by date, networks by name); show that
        # order until the user clicks a heading.
        self.table.sortByColumn(spec.default_sort, Qt.SortOrder.AscendingOrder)
        self._sized = False
        self.table.doubleClicked.connect(lambda index: self._open_row(index.row()))
        self.table.activated_row.connect(self._open_row)
        self.table.selectionModel().selectionChanged.connect(self.selection_changed)
        self.model.modelReset.connect(self.selection_changed)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)
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
            self.count.setText(self.tr("Loading…"))
        elif self.model.searching:
            self.count.setText(self.tr("Searching…"))
        elif self.model.visible_count == self.model.total_count:
            self.count.setText(
                # %Ln: the count with the locale's thousands separator (1.234).
                self.tr("%Ln record(s)", "", self.model.total_count)
            )
        else:
            self.count.setText(
                self.tr("{shown} of {count}").format(
                    shown=number(self.model.visible_count, 0),
                    count=number(self.model.total_count, 0),
                )
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

        def load(progress: Progress) -> Listing:
            progress.check()  # overtaken by a newer load while it waited its turn
            with allow_long_work(database.sessions()) as session:
                return load_listing(spec, session)

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
            and self.model.sorted_by
            in (None, (self.spec.default_sort, Qt.SortOrder.AscendingOrder))
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
        self.model.set_listing(listing)
        self._partial = True
        if listing.rows:
            self._size_columns()
        self.update_count()

    def _loaded(self, listing: Listing) -> None:
        if self.sender() is not self._task:
            return  # an older load, overtaken by a newer one
        self._task = self._first_task = None
        if self._partial and self._reselect is None:
            self._reselect = self.current_id()  # chosen among the first rows meanwhile
        self._partial = False
        self.model.set_listing(listing, haystacks_coming=True)  # _prepare_search makes them
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

        task = Task(make, pool=queue("search"))  # not holding up the other lists
        task.succeeded.connect(lambda haystacks: self._search_ready(listing, haystacks))
        task.failed.connect(lambda _error: self.model.haystacks_failed(listing))
        self._search_task = task
        task.start()

    def _search_ready(self, listing: Listing, haystacks: list[str]) -> None:
        self.model.set_haystacks(listing, haystacks)
        self.update_count()

    def _size_columns(self) -> None:
        """Fit the columns to their content once, within reason; the user's own widths,
        restored from the settings, win over this."""
        self._sized = True
        header = self.table.horizontalHeader()
        if self.header_restored:
            return
        self.table.resizeColumnsToContents()
        widest = self.fontMetrics().horizontalAdvance("M") * 28
        for column in range(self.model.columnCount() - 1):
            header.resizeSection(column, min(header.sectionSize(column), widest))

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
