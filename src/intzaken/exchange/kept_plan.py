"""A plan's own writes kept for apply_import, so an import in one transaction runs once.

plan_import runs the whole import inside a savepoint. Rolled back, the plan writes
nothing, and apply_import must run it all again. When the caller applies in the same
session and the same transaction, and nothing was written in between, the database is
exactly as the plan left it: a SQLite transaction reads one fixed snapshot, and a plan
that wrote holds the write lock until the transaction ends, so no other connection can
have changed what the plan saw. The only writer left is this connection itself, and its
`total_changes` counter (rows written, whether kept or rolled back) tells whether it
wrote since. Then releasing the savepoint is the whole apply.

On PostgreSQL others may write meanwhile (as they may at any time between reading and
saving); the rows the plan wrote stay locked by it until the end of the transaction.
The counter there is the transaction's own row statistics (pg_stat_xact_user_tables:
rows inserted, updated and deleted, also in savepoints rolled back).

Whatever else happens, what a plan keeps is never committed without apply_import: when
the session commits with a kept plan still open, the plan's savepoint is rolled back
first (see `_before_commit`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import event, text
from sqlalchemy.orm import Session, SessionTransaction

_KEY = "intzaken.kept_import_plan"


class WrittenSincePlan(RuntimeError):
    """The session wrote on top of a kept plan: its writes and the plan's are mixed."""


@dataclass
class _Kept:
    plan: Any  # the ImportPlan
    savepoint: SessionTransaction
    changes: int  # the connection's total_changes when the plan was done


_PG_CHANGES = text(
    "SELECT coalesce(sum(n_tup_ins + n_tup_upd + n_tup_del), 0) FROM pg_stat_xact_user_tables"
)


def _total_changes(session: Session) -> int:
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        return int(connection.scalar(_PG_CHANGES) or 0)
    return connection.connection.dbapi_connection.total_changes  # type: ignore[union-attr]


def keep(session: Session, plan: Any, savepoint: SessionTransaction) -> None:
    """Leave `plan`'s savepoint open for `take`; the session's commit will not keep it."""
    session.flush()  # anything the plan left pending is part of the plan
    session.info[_KEY] = _Kept(plan, savepoint, _total_changes(session))
    if not event.contains(session, "before_commit", _before_commit):
        event.listen(session, "before_commit", _before_commit)


def _open(session: Session) -> _Kept | None:
    kept = session.info.get(_KEY)
    if kept is not None and not kept.savepoint.is_active:
        # Rolled back since (the caller's rollback, or the window's): nothing is kept.
        del session.info[_KEY]
        return None
    return kept


def _unchanged(session: Session, kept: _Kept) -> bool:
    return (
        session.get_nested_transaction() is kept.savepoint
        and not (session.new or session.dirty or session.deleted)
        and _total_changes(session) == kept.changes
    )


def take(session: Session, plan: Any) -> bool:
    """True when `plan`'s writes are still open in `session`, with nothing written since:
    they are released into the caller's transaction, and the plan is applied."""
    kept = _open(session)
    if kept is None:
        return False
    if kept.plan is not plan:
        # Another plan is open on top of this session: it must not be committed with it.
        discard(session)
        return False
    if not _unchanged(session, kept):
        raise WrittenSincePlan(
            "apply_import: the session wrote after plan_import, on top of the plan's "
            "open savepoint; roll back and plan again."
        )
    del session.info[_KEY]
    kept.savepoint.commit()
    return True


def discard(session: Session) -> None:
    """Roll back a kept plan's writes (if any are still open)."""
    kept = _open(session)
    if kept is None:
        return
    del session.info[_KEY]
    if not _unchanged(session, kept):
        raise WrittenSincePlan(
            "the session wrote after plan_import, on top of the plan's open savepoint; "
            "those writes cannot be told apart from the plan's. Roll back instead."
        )
    kept.savepoint.rollback()


def _before_commit(session: Session) -> None:
    kept = _open(session)
    # Only when the plan's savepoint is the innermost transaction: then this commit is the
    # session's own (a savepoint inside it commits with its own innermost).
    if kept is not None and session.get_nested_transaction() is kept.savepoint:
        discard(session)
