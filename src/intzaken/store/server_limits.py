"""How long the app's work on a team database may wait for the server.

Without limits a save waits as long as a colleague's transaction holds the row (the
window froze for 17 s behind a lock held for 20). Every session of ours therefore has a
`lock_timeout` and a `statement_timeout` of a few seconds, set for the whole connection
through libpq's `options`. Work that legitimately runs longer (a migration, setting up a
database, a large import or merge, reports and exports over the whole archive, loading
a register of 100,000 trips) runs off the GUI thread and says so with `allow_long_work`:
each of its transactions then gets longer limits through SET LOCAL, which end with the
transaction, so a pooled connection never carries them over to the next user.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # light on purpose: the window imports this before SQLAlchemy is loaded
    from sqlalchemy import Connection
    from sqlalchemy.orm import Session

LOCK_TIMEOUT_MS = 3_000  # a colleague's save takes milliseconds; longer is a held lock
STATEMENT_TIMEOUT_MS = 10_000  # what the window waits for at most
LONG_LOCK_TIMEOUT_MS = 120_000  # a migration another laptop runs (the advisory lock)
LONG_STATEMENT_TIMEOUT_MS = 15 * 60_000  # an import of thousands of trips, the annual report

LONG_WORK = "intzaken.long_work"  # Session.info key


def connection_options(given: str | None = None) -> str:
    """libpq's `options` with our limits; options in the address itself come after ours,
    so an administrator's own setting wins."""
    ours = f"-c lock_timeout={LOCK_TIMEOUT_MS} -c statement_timeout={STATEMENT_TIMEOUT_MS}"
    return f"{ours} {given}" if given else ours


def set_long_limits(connection: Connection, *, lock_timeout_ms: int = LOCK_TIMEOUT_MS) -> None:
    """Longer limits for the rest of `connection`'s transaction (PostgreSQL only)."""
    if connection.dialect.name != "postgresql":
        return
    # Integers of ours, not input: SET takes no bound parameters.
    connection.exec_driver_sql(f"SET LOCAL statement_timeout = {int(LONG_STATEMENT_TIMEOUT_MS)}")
    connection.exec_driver_sql(f"SET LOCAL lock_timeout = {int(lock_timeout_ms)}")


def allow_long_work(session: Session) -> Session:
    """Mark `session` as doing long work: every transaction it begins gets the long
    statement limit (the lock limit stays short: a held row is still a held row)."""
    session.info[LONG_WORK] = True
    if session.in_transaction():
        set_long_limits(session.connection())
    return session


_installed = False


def install_long_work_limits() -> None:
    """Let `allow_long_work` take effect in every transaction a marked session begins;
    once per process, when the first team database is opened (store/engine.py)."""
    global _installed
    if _installed:
        return
    from sqlalchemy import event
    from sqlalchemy.orm import Session

    def long_work_limits(session: Session, _transaction: Any, connection: Connection) -> None:
        if session.info.get(LONG_WORK):
            set_long_limits(connection)

    event.listen(Session, "after_begin", long_work_limits)
    _installed = True
