"""Bulk rows sent to PostgreSQL from a second thread while the caller goes on (issue 22).

The import checks its trips in Python, and the server spends about as long storing each
checked batch: a COPY's rows go to their indexes and foreign keys, the latter all checked
at the statement's end, while the import waited (0.65 s of a 3 s import of 10,000 trips
into the team database). Sent from a second thread, a batch is stored while the import
checks the next rows. The thread only waits on the server: the interpreter lock stays
with the checking.

Nothing else on the connection runs beside it. The COPYs of a batch are gathered first
(`gathering`; bulk_insert.py asks `take`); a statement the caller runs while gathering
sends what is gathered before it, in its turn. Once a batch is sent, every statement,
savepoint, commit or rollback on the connection, and any COPY, first waits for the batch
to be stored (SQLAlchemy's connection events), so the server sees the same statements in
the same order as without the thread. The batch runs in a savepoint of its own: a refused
row leaves the transaction as it was before the batch, and the caller gets the refusal
from `settled()` as SQLAlchemy's exception (an IntegrityError), as from insert().

SQLite is written in the caller's thread, as before: `copies_behind` gives None there.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import wait as wait_for
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, Dialect, event
from sqlalchemy.exc import DBAPIError

# Seconds the checking may hold the interpreter lock while the batch thread waits for
# it, at most (the window's own, heap.SWITCH_INTERVAL, may be shorter and then stays).
BATCH_SWITCH_INTERVAL = 0.001
# What bulk_insert.py looks for in the connection's info: the CopiesBehind of the
# connection while one is in use.
INFO_KEY = "intzaken.copies_behind"
# The batch's own savepoint, inside whatever savepoints the caller holds.
SAVEPOINT = "intzaken_copies_behind"
# Every way the caller's thread can reach the server through SQLAlchemy.
EVENTS = (
    "before_cursor_execute",
    "begin",
    "commit",
    "rollback",
    "savepoint",
    "rollback_savepoint",
    "release_savepoint",
    "begin_twophase",
    "prepare_twophase",
    "commit_twophase",
    "rollback_twophase",
)

Copy = tuple[str, list[tuple[Any, ...]]]  # (COPY ... FROM STDIN, its rows' values)


class CopiesBehind:
    """The COPYs of one connection, gathered and sent in batches (see the module)."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        driver = connection.connection.driver_connection
        assert driver is not None  # the connection is open: it runs the caller's transaction
        self.driver = driver
        self.gathered: list[Copy] | None = None  # while gathering
        self.sending: Future[None] | None = None
        self.executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="copies-behind")

    # --- for bulk_insert.py ----------------------------------------------------------
    def take(self, copy: Copy) -> bool:
        """True when `copy` is gathered for the batch; else the caller sends it itself,
        once the batch before it is stored."""
        if self.gathered is not None:
            self.gathered.append(copy)
            return True
        self.wait()
        return False

    # --- for the caller --------------------------------------------------------------
    @contextmanager
    def gathering(self) -> Iterator[list[Copy]]:
        """The block's COPYs, gathered into the list given, for `send`; the block's
        other statements run in their turn (what was gathered before one is sent first,
        in this thread)."""
        self.wait()
        batch: list[Copy] = []
        self.gathered = batch
        try:
            yield batch
        finally:
            self.gathered = None

    def send(self, batch: list[Copy]) -> None:
        """Store `batch` from the second thread; `settled` tells how it went. The batch
        before it must be settled: its refusal is raised here otherwise."""
        self.settled()
        self.sending = self.executor.submit(self._store, batch)

    def settled(self) -> None:
        """Wait for the batch sent last; its refusal as SQLAlchemy's exception."""
        sending, self.sending = self.sending, None
        if sending is not None:
            sending.result()

    def wait(self) -> None:
        """Wait for the batch sent last, whatever came of it (`settled` tells)."""
        if self.sending is not None:
            wait_for([self.sending])

    def close(self) -> None:
        self.wait()
        self.executor.shutdown()

    # --- the connection's events -----------------------------------------------------
    def before_statement(self, *_: Any, **__: Any) -> None:
        if self.gathered:
            # A statement among the gathered COPYs: they go first, as without gathering.
            self._store(self.gathered)
            self.gathered.clear()
        self.wait()

    # --- the second thread -----------------------------------------------------------
    def _store(self, batch: list[Copy]) -> None:
        import psycopg

        with self.driver.cursor() as cursor:
            cursor.execute(f"SAVEPOINT {SAVEPOINT}")
            try:
                for copy in batch:
                    copy_rows(cursor, copy, self.connection.dialect)
            except DBAPIError:
                # Back to before the batch, so that the transaction goes on; should that
                # fail too (the connection lost), the first error is the one to report.
                try:
                    cursor.execute(f"ROLLBACK TO SAVEPOINT {SAVEPOINT}")
                    cursor.execute(f"RELEASE SAVEPOINT {SAVEPOINT}")
                except psycopg.Error:
                    pass
                raise
            cursor.execute(f"RELEASE SAVEPOINT {SAVEPOINT}")


def copy_rows(cursor: Any, copy: Copy, dialect: Dialect) -> None:
    """One COPY and its rows on a psycopg `cursor`; the server's refusal as SQLAlchemy's
    exception (an IntegrityError), as with insert()."""
    import psycopg

    statement, rows = copy
    try:
        with cursor.copy(statement) as writing:
            for row in rows:
                writing.write_row(row)
    except psycopg.Error as exc:
        raise DBAPIError.instance(statement, None, exc, psycopg.Error, dialect=dialect) from exc


@contextmanager
def copies_behind(connection: Connection) -> Iterator[CopiesBehind | None]:
    """A CopiesBehind for the block on a PostgreSQL `connection` (None on SQLite); when
    the block ends, however it ends, the last batch is waited for and the connection is
    left as it was."""
    if connection.dialect.name != "postgresql":
        yield None
        return
    behind = CopiesBehind(connection)
    connection.info[INFO_KEY] = behind
    # Each time the server has taken a batch's rows, the second thread waits for the
    # interpreter lock, which the checking holds: up to Python's switch interval, 5 ms
    # by default, while the server has nothing to do. At most BATCH_SWITCH_INTERVAL
    # meanwhile: the import of 10,000 trips measured 1.47x its floor before, 1.38x after.
    was = sys.getswitchinterval()
    sys.setswitchinterval(min(was, BATCH_SWITCH_INTERVAL))
    for name in EVENTS:
        event.listen(connection, name, behind.before_statement)
    try:
        yield behind
    finally:
        behind.close()
        for name in EVENTS:
            event.remove(connection, name, behind.before_statement)
        del connection.info[INFO_KEY]
        sys.setswitchinterval(was)
