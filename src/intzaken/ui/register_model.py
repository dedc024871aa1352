"""The table model behind every register list.

The rows are tuples as the database gave them (a Listing); the model keeps them as they
are and does everything else lazily, because a list may hold 100,000 trips:
- a cell is formatted (Babel) when the view first shows it;
- a column's sort keys are made the first time that column is sorted, then kept;
- the text the search looks in is made once per load, off the GUI thread when possible.
Sorting and filtering are plain Python over those keys, then a model reset: a
QSortFilterProxyModel calls back into Python for every comparison and took seconds.
Rows are handed to the view in batches (canFetchMore/fetchMore).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, cast

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QModelRoleData,
    QModelRoleDataSpan,
    QPersistentModelIndex,
    Qt,
)

Index = QModelIndex | QPersistentModelIndex
Options = list[tuple[Any, str]]
BATCH = 500  # rows handed to the view per fetchMore


@dataclass
class Listing:
    """A register's rows as tuples of `fields` (the first is always "id"), and the
    choices of filters that come from the database rather than from the rows."""

    fields: Sequence[str]
    rows: list[tuple[Any, ...]]
    choices: dict[str, Options] = field(default_factory=dict)

    def __post_init__(self) -> None:
        assert self.fields[0] == "id", "a listing's rows start with their id"
        self.position = {name: number for number, name in enumerate(self.fields)}

    def values(self, name: str) -> list[Any]:
        number = self.position[name]
        return [row[number] for row in self.rows]


@dataclass(frozen=True)
class ListColumn:
    field: str
    heading: str
    text: Callable[[Any], str]  # the cell's text for a stored value (never None)
    key: Callable[[Any], Any] | None = None  # sort key of a value; None = its text, lower
    searched: bool = True  # whether the text search looks in this column
    right_aligned: bool = False
    search_text: Callable[[Any], str] | None = None  # what the search sees, if not `text`
    repeats: bool = False  # few distinct values (dates, kinds): their texts are memoised
    empty_text: str = ""  # what a cell without a value says ("onbekend" for a budget)
    # The text of the column's total from its rows' values (None left out); None = the
    # column has no total (only amounts and CO2 add up).
    total: Callable[[Iterable[Any]], str] | None = None


def _reversed_keeping_ties(ascending: list[int], keys: list[Any]) -> list[int]:
    """The descending order from the ascending one, rows with equal keys kept in their
    original order as sort(reverse=True) keeps them; a pass instead of another sort."""
    result: list[int] = []
    end = len(ascending)
    while end > 0:
        start = end - 1
        key = keys[ascending[start]]
        while start > 0 and keys[ascending[start - 1]] == key:
            start -= 1
        result.extend(ascending[start:end])
        end = start
    return result


def as_stored(value: Any) -> Any:
    """A sort key: the stored value itself (ISO dates sort as they are)."""
    return value


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == []


class SortOrders:
    """A listing's rows sorted on its columns, each order made once and kept. Made by the
    model, or on the worker that loaded the listing with the list's current order made
    there already (RegisterPage): sorting 100,000 rows took 100-170 ms of the GUI
    thread each time a list was loaded again after a save or an import (issue 22)."""

    def __init__(self, columns: list[ListColumn], listing: Listing) -> None:
        self.listing = listing
        self._columns = columns
        self._positions = [listing.position[c.field] for c in columns]
        self._keys: dict[int, list[Any]] = {}  # column: sort key per row, None = empty
        self._orders: dict[tuple[int, Qt.SortOrder], list[int]] = {}  # row indices, sorted

    def order(self, column: int, order: Qt.SortOrder) -> list[int]:
        """Every row's index sorted on `column`, made once per column and direction:
        sorting 100,000 texts takes a tenth of a second, picking the visible ones from a
        sorted order a hundredth. Empty cells go last in either direction: they are what
        nobody looks for."""
        cached = self._orders.get((column, order))
        if cached is None:
            keys = self._sort_keys(column)
            empty = [i for i, key in enumerate(keys) if key is None]
            ascending = self._orders.get((column, Qt.SortOrder.AscendingOrder))
            if order == Qt.SortOrder.DescendingOrder and ascending is not None:
                filled = _reversed_keeping_ties(ascending[: len(keys) - len(empty)], keys)
            else:
                filled = [i for i, key in enumerate(keys) if key is not None]
                filled.sort(key=keys.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder)
            cached = self._orders[(column, order)] = filled + empty
        return cached

    def _sort_keys(self, column: int) -> list[Any]:
        keys = self._keys.get(column)
        if keys is None:
            spec, position = self._columns[column], self._positions[column]
            if spec.key is as_stored:  # the common case (dates), without a call per row
                keys = [None if value == "" else value for value in self.listing.values(spec.field)]
            elif spec.key is not None:
                key = spec.key
                keys = [
                    None if _empty(row[position]) else key(row[position])
                    for row in self.listing.rows
                ]
            else:
                text = spec.text
                keys = [
                    None if _empty(row[position]) else text(row[position]).lower()
                    for row in self.listing.rows
                ]
            self._keys[column] = keys
        return keys


# The roles a cell answers (data, multiData); every other role has no value.
_TEXT_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
_ALIGNMENT_ROLE = Qt.ItemDataRole.TextAlignmentRole
_RIGHT_ALIGNED = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class RegisterModel(QAbstractTableModel):
    def __init__(self, columns: list[ListColumn], parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = columns
        self._listing = Listing(["id"] + [c.field for c in columns if c.field != "id"], [])
        self._positions = [self._listing.position[c.field] for c in columns]
        self._visible: list[int] = []  # indices into the listing's rows, in view order
        self._shown = 0  # how many of _visible the view has fetched
        self._texts: dict[tuple[int, int], str] = {}  # (row index, column): cell text
        self._sorting = SortOrders(columns, self._listing)
        self._haystacks: list[str] | None = None
        self._haystacks_coming = False
        self._search: list[str] = []
        self._predicate: Callable[[tuple[Any, ...]], bool] | None = None
        self._sort: tuple[int, Qt.SortOrder] | None = None
        # The totals of the rows shown; stale when other rows may show (not after a sort).
        self._totals: list[str] = []
        self._totals_stale = True

    # --- content -------------------------------------------------------------------------
    @property
    def listing(self) -> Listing:
        return self._listing

    def set_listing(
        self,
        listing: Listing,
        haystacks: list[str] | None = None,
        *,
        haystacks_coming: bool = False,
        sorting: SortOrders | None = None,
    ) -> None:
        """Show `listing`. With `haystacks_coming`, its search texts are being made
        elsewhere (set_haystacks): a search waits for them instead of freezing the GUI
        thread to make them itself. `sorting`: its orders, some made already (see
        SortOrders)."""
        self._haystacks_coming = haystacks is None and haystacks_coming
        self._listing = listing
        self._positions = [listing.position[c.field] for c in self._columns]
        self._texts = {}
        self._sorting = (
            sorting
            if sorting is not None and sorting.listing is listing
            else SortOrders(self._columns, listing)
        )
        self._haystacks = haystacks
        self._refresh()

    def set_haystacks(self, listing: Listing, haystacks: list[str]) -> None:
        """The search texts made off the GUI thread (ignored if another listing came)."""
        if listing is self._listing:
            self._haystacks = haystacks
            if self._haystacks_coming:
                self._haystacks_coming = False
                if self._search:
                    self._refresh()  # the search typed while they were being made

    def haystacks_failed(self, listing: Listing) -> None:
        """Making them elsewhere failed: a search makes them itself after all."""
        if listing is self._listing and self._haystacks_coming:
            self._haystacks_coming = False
            if self._search:
                self._refresh()

    @property
    def search_ready(self) -> bool:
        """A search needs nothing more to be made first."""
        return self._haystacks is not None

    @property
    def searching(self) -> bool:
        """A search is waiting for the rows' search texts."""
        return bool(self._search) and self._haystacks_coming

    def set_search(self, text: str) -> None:
        self._search = text.strip().lower().split()
        self._refresh()

    def set_predicate(self, predicate: Callable[[tuple[Any, ...]], bool] | None) -> None:
        if predicate is None and self._predicate is None:
            return  # no filter before or after: the rows shown are the same
        self._predicate = predicate
        self._refresh()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        self._refresh(resorted=True)

    def _refresh(self, *, resorted: bool = False) -> None:
        if not resorted:
            self._totals_stale = True
        rows = self._listing.rows
        order: Sequence[int] = (
            range(len(rows)) if self._sort is None else self._sorted_order(*self._sort)
        )
        if self._search and self._haystacks_coming:
            return  # set_haystacks() refreshes; until then the list stays as it is
        if self._predicate is not None or self._search:
            matching: Sequence[int] = range(len(rows))
            if self._predicate is not None:
                predicate = self._predicate
                matching = [i for i in matching if predicate(rows[i])]
            if self._search:
                haystacks = self.haystacks()
                # Every word must occur somewhere in the row, in any order.
                for word in self._search:
                    matching = [i for i in matching if word in haystacks[i]]
            wanted = bytearray(len(rows))
            for i in matching:
                wanted[i] = 1
            order = [i for i in order if wanted[i]]
        self.beginResetModel()
        self._visible = order if isinstance(order, list) else list(order)
        self._shown = min(BATCH, len(self._visible))
        self.endResetModel()

    def _sorted_order(self, column: int, order: Qt.SortOrder) -> list[int]:
        return self._sorting.order(column, order)

    def haystacks(self) -> list[str]:
        """Per row, the searched cells' texts in lower case (made now if not yet made)."""
        if self._haystacks is None:
            self._haystacks = make_haystacks(self._columns, self._listing)
        return self._haystacks

    def cell_text(self, row: int, column: int) -> str:
        """A visible cell's text, formatting it the first time it is asked for."""
        index = self._visible[row]
        text = self._texts.get((index, column))
        if text is None:
            value = self._listing.rows[index][self._positions[column]]
            spec = self._columns[column]
            text = spec.empty_text if value is None else spec.text(value)
            self._texts[(index, column)] = text
        return text

    def totalled_columns(self) -> list[int]:
        """The columns that add up (amounts, CO2), whether or not any row has a value."""
        return [number for number, column in enumerate(self._columns) if column.total]

    @property
    def has_totals(self) -> bool:
        return bool(self.totalled_columns())

    def totals(self) -> list[str]:
        """Per column the total of every row the search and filters leave (not only those
        fetched so far), as text; "" for a column without one. Made again only when the
        rows change, not when they are sorted."""
        if self._totals_stale:
            self._totals = [self._column_total(column) for column in range(len(self._columns))]
            self._totals_stale = False
        return self._totals

    def _column_total(self, column: int) -> str:
        total = self._columns[column].total
        if total is None:
            return ""
        position, rows = self._positions[column], self._listing.rows
        if self.narrowed:
            values: Iterable[Any] = (rows[i][position] for i in self._visible)
        else:
            values = (row[position] for row in rows)
        known = [value for value in values if value is not None]
        # Nothing to add up (a budget whose amounts are all unknown) is no total of zero.
        return total(known) if known else ""

    # --- lookups -------------------------------------------------------------------------
    def row_id(self, row: int) -> int:
        return self._listing.rows[self._visible[row]][0]

    def row_of(self, record_id: int) -> int | None:
        """The visible row showing `record_id`, fetching batches until it is shown."""
        rows = self._listing.rows
        for number, index in enumerate(self._visible):
            if rows[index][0] == record_id:
                while number >= self._shown:
                    self.fetchMore(QModelIndex())
                return number
        return None

    @property
    def sorted_by(self) -> tuple[int, Qt.SortOrder] | None:
        return self._sort

    @property
    def narrowed(self) -> bool:
        """Whether a search or filter hides rows."""
        return bool(self._search) or self._predicate is not None

    @property
    def total_count(self) -> int:
        return len(self._listing.rows)

    @property
    def visible_count(self) -> int:
        return len(self._visible)

    # --- Qt model interface ----------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._columns)

    def canFetchMore(self, parent: Index) -> bool:  # noqa: N802
        return not parent.isValid() and self._shown < len(self._visible)

    def fetchMore(self, parent: Index) -> None:  # noqa: N802
        if parent.isValid():
            return
        more = min(BATCH, len(self._visible) - self._shown)
        if more <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._shown, self._shown + more - 1)
        self._shown += more
        self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in _TEXT_ROLES:
            return self.cell_text(index.row(), index.column())
        if role == _ALIGNMENT_ROLE and self._columns[index.column()].right_aligned:
            return _RIGHT_ALIGNED
        return None

    def multiData(  # noqa: N802
        self, index: Index, roles: QModelRoleDataSpan | QModelRoleData
    ) -> None:
        """Every role the view asks of a cell in one call into Python, not one per role.

        The item delegate asks seven roles of each cell it paints (Qt 6's
        QStyledItemDelegate.initStyleOption), and every call from Qt into Python must
        take the interpreter lock first: a screenful of the trips list was 2,200 takes,
        each a wait while a worker runs (lock_sharing.py), and the first paint after a
        list loaded beside other lists kept the window from answering 90-160 ms (issue
        22, item 4)."""
        valid = index.isValid()
        text = self.cell_text(index.row(), index.column()) if valid else None
        right = valid and self._columns[index.column()].right_aligned
        # PySide6 makes the span a sequence of QModelRoleData (its stubs do not say so).
        asked = (
            (roles,) if isinstance(roles, QModelRoleData) else cast(Iterable[QModelRoleData], roles)
        )
        for role_data in asked:
            role = role_data.role()
            if text is not None and role in _TEXT_ROLES:
                role_data.setData(text)
            elif right and role == _ALIGNMENT_ROLE:
                role_data.setData(_RIGHT_ALIGNED)
            else:
                role_data.clearData()

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._columns[section].heading
        return None


def _cell_texts(text: Callable[[Any], str], values: Iterable[Any]) -> list[str]:
    return list(map(lambda v: "" if v is None else text(v), values))


def make_haystacks(columns: list[ListColumn], listing: Listing) -> list[str]:
    """The search text of every row: its searched cells' texts, tab-separated, lower
    case. Made column by column (map() runs the loop in C). Safe to run on a worker
    thread: it only reads the listing."""
    texts: list[list[str]] = []
    for column in columns:
        if not column.searched:
            continue
        text = column.search_text or column.text
        if column.repeats:
            text = _memoised(text)
        values = listing.values(column.field)
        texts.append(_cell_texts(text, values))
    return ["\t".join(parts).lower() for parts in zip(*texts, strict=True)]


def _memoised(text: Callable[[Any], str]) -> Callable[[Any], str]:
    texts: dict[Any, str] = {}

    def memoised(value: Any) -> str:
        found = texts.get(value)
        if found is None:
            found = texts[value] = text(value)
        return found

    return memoised
