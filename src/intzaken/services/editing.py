"""One uniform set of operations per register, so editing, duplicating and undo can be
written once instead of once per register."""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from . import agreements, budget, networks, officials, relations, trips
from .snapshots import SNAPSHOTS, snapshot

__all__ = ["EDITORS", "Editor", "snapshot", "version_of"]


@dataclass(frozen=True)
class Editor:
    register: str
    noun: str  # Dutch, for messages: "reis", "relatie", ...
    create: Callable[..., Any]  # (session, data, *, record_id=None) -> record
    # (session, record_id, data, *, expected_version=None) -> record; the version is the
    # one the user started from, and someone else's save since then is refused
    # (EditConflictError). Likewise delete(session, record_id, *, expected_version=None).
    update: Callable[..., Any]
    delete: Callable[..., None]
    describe: Callable[[Any], str]  # data -> short Dutch description, for undo texts

    def duplicate(self, data: Any) -> Any:
        """A copy of `data` for a new record, marked so the user sees it is the copy."""
        copied = copy.deepcopy(data)
        for name in ("title", "name"):
            if hasattr(copied, name) and getattr(copied, name):
                setattr(copied, name, f"{getattr(copied, name)} (kopie)")
                break
        if hasattr(copied, "documents"):
            copied.documents = None  # the signed document belongs to the original only
        if hasattr(copied, "entries"):
            copied.entries = []  # bookings belong to the original line
        return copied


EDITORS: dict[str, Editor] = {
    "trips": Editor("trips", "reis", trips.create_trip, trips.update_trip, trips.delete_trip,
                    lambda d: f"reis '{d.title}'"),
    "relations": Editor("relations", "relatie", relations.create_relation,
                        relations.update_relation, relations.delete_relation,
                        lambda d: "relatie"),
    "networks": Editor("networks", "netwerk", networks.create_network,
                       networks.update_network, networks.delete_network,
                       lambda d: f"netwerk '{d.name}'"),
    "agreements": Editor("agreements", "overeenkomst", agreements.create_agreement,
                         agreements.update_agreement, agreements.delete_agreement,
                         lambda d: f"overeenkomst '{d.title}'"),
    "officials": Editor("officials", "bestuurder", officials.create_official,
                        officials.update_official, officials.delete_official,
                        lambda d: f"bestuurder {d.name}"),
    "budget": Editor("budget", "begrotingspost", budget.create_budget_line,
                     budget.update_budget_line, budget.delete_budget_line,
                     lambda d: f"begrotingspost '{d.name}' ({d.year})"),
}


def version_of(session: Session, register: str, record_id: int) -> int | None:
    """The stored version of a record (None: it does not exist), to expect when saving."""
    model: Any = SNAPSHOTS[register][0]
    record = session.get(model, record_id)
    return None if record is None else record.version
