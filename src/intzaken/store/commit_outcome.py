"""A transaction on a team database whose COMMIT may be cut off: find out, don't guess.

When the connection breaks while COMMIT is on its way, the server may have committed
(and only the answer was lost) or not. Telling the user "nothing was saved" in the first
case made them save again and meet a conflict with themselves. PostgreSQL numbers every
transaction that writes, and keeps its fate: before COMMIT we read our transaction's id
(pg_current_xact_id_if_assigned), and after a break we ask on a new connection what
became of it (pg_xact_status: committed, aborted, in progress). Only when the server
cannot be asked is the outcome unknown, and then that is what the user is told.

A file needs none of this: SQLite commits on this computer, and a failed COMMIT is a
COMMIT not done.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from ..i18n import _
from .errors import StoreError
from .location import Location, ServerAddress

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

log = logging.getLogger(__name__)

IN_PROGRESS_CHECKS = 20  # a COMMIT the server is still writing: asked again, briefly
IN_PROGRESS_WAIT = 0.1  # seconds between those questions


class CommitOutcomeUnknownError(StoreError):
    """The connection broke during COMMIT and the server could not be asked since."""

    def __init__(self, address: ServerAddress) -> None:
        super().__init__(
            address,
            _(
                "The connection to the database server {server} broke while your change "
                "was being committed, and the server has not been reachable since. So it "
                "is not known whether the change was saved. Your input is still in the "
                "window; look at the record as soon as the server can be reached again, "
                "before you save it again."
            ).format(server=address.server),
        )


@contextmanager
def confirmed_transaction(sessions: sessionmaker[Session], location: Location) -> Iterator[Session]:
    """A new session whose work is committed as one transaction when the block ends
    (see `committed`)."""
    with sessions() as session, committed(session, location):
        yield session


@contextmanager
def committed(session: Session, location: Location, *, join: bool = False) -> Iterator[None]:
    """`with session.begin():`, except that on a team database a COMMIT cut off by a
    broken connection is looked up. Leaves normally only when the work is committed.

    With `join`, a transaction the session already began is carried on instead: the
    command line plans an import in the transaction that applies it, so the rows the
    plan wrote and checked are committed rather than written again (exchange/kept_plan.py)."""
    if not (join and session.in_transaction()):
        session.begin()
    try:
        yield
    except BaseException:
        session.rollback()
        raise
    commit_confirmed(session, location)


def commit_confirmed(session: Session, location: Location) -> None:
    """`session.commit()`, with a COMMIT cut off on its way to a server looked up."""
    if isinstance(location, ServerAddress):
        _commit_confirmed(session, location)
    else:
        session.commit()


def _commit_confirmed(session: Session, address: ServerAddress) -> None:
    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError

    from .server_errors import connection_broke

    session.flush()
    # NULL when the transaction wrote nothing: then there is nothing to lose either.
    xid = session.scalar(text("SELECT pg_current_xact_id_if_assigned()::text"))
    engine = session.get_bind()
    try:
        session.commit()
    except DBAPIError as exc:
        if xid is None or not connection_broke(exc):
            raise
        status = _status_after_break(engine, address, xid)  # type: ignore[arg-type]
        if status == "committed":
            log.warning(
                "The connection to %s broke during COMMIT of transaction %s; the "
                "server had committed it",
                address,
                xid,
            )
            return
        if status is None:
            raise CommitOutcomeUnknownError(address) from exc
        log.warning(
            "The connection to %s broke during COMMIT of transaction %s; the server reports it %s",
            address,
            xid,
            status,
        )
        raise  # not committed: the caller says so ("Er is niets opgeslagen")


def _status_after_break(engine: Engine, address: ServerAddress, xid: str) -> str | None:
    """'committed' or 'aborted' as the server knows it; None when it cannot be asked.

    A transaction still 'in progress' is the COMMIT being carried out, or a session the
    server has not yet noticed is gone (it then aborts): asked again for a moment."""
    from sqlalchemy import text

    wait = threading.Event()
    try:
        with engine.connect() as connection:
            for _ in range(IN_PROGRESS_CHECKS):
                status: str | None = connection.scalar(
                    text("SELECT pg_xact_status(CAST(:xid AS xid8))"), {"xid": xid}
                )
                connection.rollback()
                if status != "in progress":
                    return status
                wait.wait(IN_PROGRESS_WAIT)
    except Exception as exc:  # noqa: BLE001 - whatever keeps us from asking
        log.warning("Cannot ask %s what became of transaction %s: %s", address, xid, exc)
    return None
