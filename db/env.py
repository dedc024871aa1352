"""Alembic environment for Intzaken.

The app runs migrations from code (`intzaken.store.migrations`) on a connection it prepared
(foreign keys off, backup taken); developers can also run `alembic` from the repository root
with alembic.ini, which points at a scratch database.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from intzaken.domain.models import Base
from intzaken.store.engine import make_engine

config = context.config


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        # SQLite cannot ALTER most things; batch mode rebuilds the table instead.
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:
    from pathlib import Path

    from intzaken.store.engine import make_server_engine
    from intzaken.store.location import ServerAddress, is_server_address

    # alembic.ini's scratch file, or `alembic -x db=postgresql://...` for a scratch
    # database on a server (the same migrations must run on both).
    url = (
        context.get_x_argument(as_dictionary=True).get("db")
        or config.get_main_option("sqlalchemy.url")
        or "sqlite:///scratch.sqlite"
    )
    if is_server_address(url):
        engine = make_server_engine(ServerAddress(url))
    else:
        engine = make_engine(Path(url.removeprefix("sqlite:///")), foreign_keys=False)
    with engine.connect() as conn:
        _run(conn)
