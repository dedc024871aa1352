"""Opening a travel copy to merge it, and the checks before anything is compared."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.models import Organisation
from ..domain.travel import TravelCopyOrigin, TravelCopyReturn
from ..formatting import date_time
from ..i18n import _
from ..store.database import open_database
from .errors import TravelCopyError
from .origin import copy_origin, utc_to_local


@contextmanager
def opened_copy(path: Path) -> Iterator[Session]:
    """A session on the travel copy at `path`, which no window may have open meanwhile
    (its edits would not be in the merge)."""
    database = open_database(path, daily_backup=False, exclusive=True)
    try:
        with database.sessions() as session:
            yield session
    finally:
        database.close()


def checked_origin(team: Session, mine: Session, path: Path) -> TravelCopyOrigin:
    """The copy's origin, once it is sure the copy may be merged into `team`."""
    if copy_origin(team) is not None:
        raise TravelCopyError(
            _(
                "The open database is itself a travel copy. Merge a travel copy into the "
                "team database it comes from."
            )
        )
    try:
        origin = copy_origin(mine)
    except ValueError as exc:  # changed by hand: a time or uuid that does not read
        raise TravelCopyError(
            _("The origin of the travel copy {name} is unreadable; it is not merged.").format(
                name=path.name
            )
        ) from exc
    if origin is None:
        raise TravelCopyError(
            _("{path} is not a travel copy: there is nothing to merge.").format(path=path)
        )
    returned = team.get(TravelCopyReturn, origin.copy_uuid)
    if returned is not None or origin.returned_at is not None:
        at = returned.returned_at if returned is not None else origin.returned_at
        assert at is not None
        raise TravelCopyError(
            _(
                "This travel copy was already merged on {moment}. Take a new travel copy "
                "on the next trip."
            ).format(moment=date_time(utc_to_local(at)))
        )
    ours = set(team.scalars(select(Organisation.uuid)))
    if not ours & set(mine.scalars(select(Organisation.uuid))):
        raise TravelCopyError(
            _(
                "This travel copy comes from another database ({source}) and cannot be merged here."
            ).format(source=origin.source)
        )
    return origin
