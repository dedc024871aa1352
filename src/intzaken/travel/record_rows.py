"""The records of a travel copy read as rows, standing in for the mapped objects.

The copy's base holds each record as its service's data (`register.to_data`, portable.py).
Loading every record as a mapped object with its child rows cost ten times reading the
same rows (issue 22: the identity map, `set_committed_value` and a lazy load per trip for
what the loader options missed). Here each table is read once with Core, its values
converted by the columns' own types exactly as the ORM converts them, and each row
becomes a light object with the mapped class's attribute names and its Python properties
(`ProgrammeItem.contact_ids`), so the services' own `to_data` functions make the data
unchanged. A list relationship (a trip's programme, a relation's themes) is read at its
first use for every record read so far, in one query ordered by the relationship's own
`order_by` (the database's order: its collation and its place for nulls, as the ORM's
loads give it).

The rows of a whole table read for a record or a child list are kept for the copy itself
(`take_rows`), so the copy and its base are made from the same rows.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from operator import attrgetter
from typing import Any

from sqlalchemy import Column, Connection, LargeBinary, Table, select
from sqlalchemy.orm import Mapper, RelationshipProperty, class_mapper

from ..heap import release

CHUNK = 500  # ids per IN list (short on every backend)
# Photos and logos: never needed of a record in a link (a relation's contacts by number).
_BINARY = LargeBinary()._type_affinity


class _List:
    """A list relationship of the row objects of one model: read for all of them at the
    first access, then found in each object's own attributes."""

    def __init__(self, rows: RecordRows, relationship: RelationshipProperty[Any]) -> None:
        self.rows = rows
        self.relationship = relationship

    def __get__(self, record: Any, owner: type[Any]) -> Any:
        if record is None:
            return self
        self.rows.load(self.relationship)
        return record.__dict__[self.relationship.key]


class RecordRows:
    """Row objects of the records in `connection`'s database: all of them, or with `ids`
    per model only those (a trip's copy)."""

    def __init__(self, connection: Connection, ids: dict[type[Any], set[int]] | None) -> None:
        self.connection = connection
        self.ids = ids
        self._classes: dict[type[Any], type[Any]] = {}
        self._read: dict[type[Any], list[Any]] = {}  # model -> its objects read as parents
        self._loaded: set[RelationshipProperty[Any]] = set()
        self._whole: dict[Table, tuple[list[str], list[Sequence[Any]]]] = {}

    # --- what the copy asks for ----------------------------------------------------------------
    def records(self, model: type[Any]) -> list[Any]:
        """The records of `model` (those selected), by number."""
        table = class_mapper(model).local_table
        assert isinstance(table, Table)
        order = [table.c.id]
        if self.ids is None:
            rows = self._select(table, order)
        else:
            rows = self._select_in(table, table.c.id, sorted(self.ids.get(model, ())), order)
        return self._objects(model, table, rows, parent=True)

    def take_rows(self, table: Table) -> tuple[list[str], list[Sequence[Any]]] | None:
        """(column keys, rows) of the whole `table` when it was read whole for the
        records, handed over and forgotten here; None otherwise."""
        return self._whole.pop(table, None)

    def forget_records(self) -> None:
        """Let go of the objects made so far: their data has been taken. A list
        relationship loaded stays loaded (each belongs to one register's records).
        A slice at a time, as release() does."""
        for made in self._read.values():
            release(made)
        self._read.clear()

    def release(self) -> None:
        """Let go of every row and object read, a slice at a time (heap.release). The row
        classes' list relationships point back here, a cycle: without this, all that was
        read (4.2 million objects for 100,000 trips) stayed until a full collection, which
        freed it in one step of 2.9 s holding the interpreter lock (issue 22, item 4)."""
        self.forget_records()
        for _keys, rows in self._whole.values():
            release(rows)
        self._whole.clear()
        self._classes.clear()
        self._loaded.clear()

    # --- reading -------------------------------------------------------------------------------
    def _select(self, table: Table, order: Iterable[Any]) -> list[Sequence[Any]]:
        rows: list[Sequence[Any]] = list(
            self.connection.execute(select(*table.c).order_by(*order)).all()
        )
        self._whole[table] = ([c.key for c in table.c], rows)
        return rows

    def _select_in(
        self, table: Table, column: Column[Any], wanted: list[Any], order: Iterable[Any]
    ) -> list[Sequence[Any]]:
        order = list(order)
        rows: list[Sequence[Any]] = []
        for start in range(0, len(wanted), CHUNK):
            # Sorted ids in sorted chunks: the records by number; a parent's children
            # all come in its chunk, in their order.
            query = select(*table.c).where(column.in_(wanted[start : start + CHUNK]))
            rows += self.connection.execute(query.order_by(*order)).all()
        return rows

    def _objects(
        self, model: type[Any], table: Table, rows: Iterable[Sequence[Any]], *, parent: bool
    ) -> list[Any]:
        new = object.__new__
        cls = self._class(model)
        attributes = _attributes(model, table)
        made = []
        for row in rows:
            record = new(cls)
            record.__dict__.update(zip(attributes, row, strict=True))
            made.append(record)
        if parent:
            self._read.setdefault(model, []).extend(made)
        return made

    def _class(self, model: type[Any]) -> type[Any]:
        """A plain class with `model`'s Python properties and list relationships."""
        if model not in self._classes:
            members: dict[str, Any] = {"__slots__": ("__dict__",)}
            for klass in reversed(model.__mro__):
                members.update({k: v for k, v in vars(klass).items() if isinstance(v, property)})
            for relationship in class_mapper(model).relationships:
                if relationship.uselist:
                    members[relationship.key] = _List(self, relationship)
            self._classes[model] = type(f"{model.__name__}Row", (), members)
        return self._classes[model]

    def load(self, relationship: RelationshipProperty[Any]) -> None:
        """Fill `relationship` in every object of its parent read so far."""
        if relationship in self._loaded:
            return
        self._loaded.add(relationship)
        parents = self._read.get(relationship.parent.class_, [])
        ((local, remote),) = relationship.synchronize_pairs
        assert isinstance(local, Column) and isinstance(remote, Column)
        key = _attributes(relationship.parent.class_, local.table)[list(local.table.c).index(local)]
        # Each parent's key once, by a C loop: a whole copy loads fourteen lists for each
        # of 100,000 trips (issue 22).
        parent_keys = list(map(attrgetter(key), parents))
        by_parent: dict[Any, list[Any]] = {parent_key: [] for parent_key in parent_keys}
        for parent_key, child in self._children(relationship, remote, list(by_parent)):
            found = by_parent.get(parent_key)
            if found is not None:
                found.append(child)
        name = relationship.key
        for parent, parent_key in zip(parents, parent_keys, strict=True):
            parent.__dict__[name] = by_parent[parent_key]

    def _children(
        self, relationship: RelationshipProperty[Any], remote: Column[Any], keys: list[Any]
    ) -> list[tuple[Any, Any]]:
        """(parent's key, child object) in the relationship's order."""
        target: Mapper[Any] = relationship.mapper
        table = target.local_table
        assert isinstance(table, Table)
        order = list(relationship.order_by or ()) + list(table.primary_key)
        whole = self.ids is None
        if relationship.secondary is None:
            rows = (
                self._select(table, order)
                if whole
                else self._select_in(table, remote, sorted(keys), order)
            )
            children = self._objects(target.class_, table, rows, parent=True)
            at = list(table.c).index(remote)
            return [(row[at], child) for row, child in zip(rows, children, strict=True)]
        # A link table: the parent's column beside the target's, in the target's order.
        secondary = relationship.secondary
        assert isinstance(secondary, Table) and relationship.secondaryjoin is not None
        columns = [c for c in table.c if c.type._type_affinity is not _BINARY]
        query = select(remote, *columns).select_from(
            secondary.join(table, relationship.secondaryjoin)
        )
        if whole:
            rows = list(self.connection.execute(query.order_by(*order)).all())
        else:
            rows = []
            wanted = sorted(keys)
            for start in range(0, len(wanted), CHUNK):
                chunk = query.where(remote.in_(wanted[start : start + CHUNK]))
                rows += self.connection.execute(chunk.order_by(*order)).all()
        cls = self._class(target.class_)
        names = _attributes(target.class_, table)
        attributes = [names[list(table.c).index(c)] for c in columns]
        found = []
        for row in rows:
            child = object.__new__(cls)
            child.__dict__.update(zip(attributes, row[1:], strict=True))
            found.append((row[0], child))
        return found


def _attributes(model: type[Any], table: Table) -> list[str]:
    """The mapped attribute name of each column of `table`, in the table's order."""
    names = {}
    for prop in class_mapper(model).column_attrs:
        for column in prop.columns:
            names[column] = prop.key
    return [names.get(column, column.key) for column in table.c]
