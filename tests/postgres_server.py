"""The PostgreSQL server the tests run against besides SQLite, and its throw-away databases.

tools/run-tests.sh (and so .ci/run) starts a server of its own and names it in
INTZAKEN_TEST_POSTGRES (tools/test-postgres.sh); any other server whose role may create
databases will do. Each test gets a database of its own, copied from a template that is
migrated (or filled with a demo) once per run: CREATE DATABASE ... TEMPLATE takes a tenth
of a second where migrating takes a second. Every database a test made is dropped after it.
"""

from __future__ import annotations

import itertools
import os
from urllib.parse import urlsplit, urlunsplit

from sqlalchemy import Engine, create_engine, text

from intzaken.store.location import ServerAddress

SERVER_ENV = "INTZAKEN_TEST_POSTGRES"
REQUIRE_ENV = "INTZAKEN_REQUIRE_POSTGRES"  # "1" in CI: no server is a failure, not a skip
NO_SERVER = (
    f"no PostgreSQL server for the tests: set {SERVER_ENV}=postgresql://... (a role "
    "that may create databases), or run tools/run-tests.sh, which starts one"
)


def server_url() -> str | None:
    return os.environ.get(SERVER_ENV) or None


def postgres_required() -> bool:
    return os.environ.get(REQUIRE_ENV, "") not in ("", "0")


class TestServer:
    """Creates and drops the tests' databases through the server's maintenance database."""

    __test__ = False  # not a test class, whatever pytest thinks of its name

    def __init__(self, url: str) -> None:
        self.url = url
        self._names = itertools.count(1)
        self._prefix = f"iz_test_{os.getpid()}_"
        admin = ServerAddress(url).sqlalchemy_url()
        self.engine: Engine = create_engine(admin, isolation_level="AUTOCOMMIT")
        with self.engine.connect() as connection:  # fails here when there is no server
            connection.execute(text("SELECT 1"))

    def address(self, name: str) -> ServerAddress:
        parts = urlsplit(self.url)
        return ServerAddress(urlunsplit(parts._replace(path=f"/{name}")))

    def create(self, template: ServerAddress | None = None) -> ServerAddress:
        name = f"{self._prefix}{next(self._names)}"
        copy = (
            f" TEMPLATE {template.database_name} STRATEGY FILE_COPY" if template is not None else ""
        )
        with self.engine.connect() as connection:
            connection.execute(text(f"CREATE DATABASE {name}{copy}"))
        return self.address(name)

    def drop(self, address: ServerAddress) -> None:
        with self.engine.connect() as connection:
            connection.execute(
                text(f"DROP DATABASE IF EXISTS {address.database_name} WITH (FORCE)")
            )

    def drop_leftovers(self) -> None:
        """Everything this run made (templates included)."""
        with self.engine.connect() as connection:
            names = connection.scalars(
                text("SELECT datname FROM pg_database WHERE datname LIKE :prefix"),
                {"prefix": f"{self._prefix}%"},
            ).all()
        for name in names:
            self.drop(self.address(name))
        self.engine.dispose()
