"""Where a database lives: a file on this computer, or a team database on a PostgreSQL
server named by its address (`postgresql://user@host/dbname`).

Light on purpose (no SQLAlchemy): the window and the command line read the address before
anything heavy is loaded. A password may come with the address (typed into the window,
or in the URL); it is never shown, logged or remembered: `str()` and `display` leave it
out, and without one libpq looks in PGPASSWORD and ~/.pgpass.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit, urlunsplit

from ..i18n import _
from .address_options import SECRET_OPTIONS, option_problem

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing (issue 22)

if TYPE_CHECKING:
    from sqlalchemy.engine import URL

SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")
DRIVER = "postgresql+psycopg"  # psycopg 3: SQLAlchemy's plain "postgresql" means psycopg2


class BadAddressError(ValueError):
    """Not a usable server address; `str()` says why in Dutch."""


def is_server_address(text: str) -> bool:
    scheme, sep, _ = text.strip().partition("://")
    return bool(sep) and scheme.lower() in SCHEMES


class ServerAddress:
    """A database on a PostgreSQL server. Equal addresses name the same database, with
    or without a password."""

    def __init__(self, url: str, *, password: str | None = None) -> None:
        url = url.strip()
        if not is_server_address(url):
            raise BadAddressError(
                _(
                    "'{address}' is not the address of a team database; it begins with "
                    "postgresql://, for example postgresql://name@server/intzaken."
                ).format(address=url)
            )
        # Neither error shows the address: it may hold the password, and the part that
        # does could not be told apart.
        try:
            parts = urlsplit(url)
        except ValueError:  # "[::1" without its "]"
            raise BadAddressError(
                _(
                    "The address of the team database cannot be read. Write it as "
                    "postgresql://name@server:5432/intzaken."
                )
            ) from None
        try:
            parts.port  # noqa: B018 - raises on a port that is not a number (or too large)
        except ValueError:
            raise BadAddressError(
                _("The port number of server {server} is not a number from 1 to 65535.").format(
                    server=parts.hostname
                )
            ) from None
        self.database_name = unquote(parts.path.lstrip("/"))
        if not self.database_name or "/" in self.database_name:
            raise BadAddressError(
                _(
                    "The address {address} lacks the name of the database, as in "
                    "postgresql://name@server/intzaken."
                ).format(address=_without_password(parts))
            )
        query = parse_qsl(parts.query, keep_blank_values=True)
        problem = option_problem(query)
        if problem:
            raise BadAddressError(problem)
        # libpq also takes the password (and other secrets) as parameters: never keep them
        # in what is shown.
        self._secrets = [(k, v) for k, v in query if k in SECRET_OPTIONS and k != "password"]
        in_query = next((v for k, v in query if k == "password"), None)
        given = password or (unquote(parts.password) if parts.password else None) or in_query
        self.password = given or None
        self.user = unquote(parts.username) if parts.username else None
        self.host = parts.hostname or ""
        self.port = parts.port
        self._parts = parts._replace(
            scheme="postgresql",
            query=urlencode([(k, v) for k, v in query if k not in SECRET_OPTIONS], safe="/"),
        )
        self.display = _without_password(self._parts)

    def without_password(self) -> ServerAddress:
        return ServerAddress(self.display)

    def with_password(self, password: str | None) -> ServerAddress:
        address = ServerAddress(self.display, password=password)
        address._secrets = self._secrets
        return address

    @property
    def server(self) -> str:
        """The server as a person names it: `host` or `host:port` (the socket folder
        for a server on this computer)."""
        query_host = _query_value(self._parts.query, "host")
        host = self.host or query_host or "localhost"
        return f"{host}:{self.port}" if self.port else host

    def sqlalchemy_url(self) -> URL:
        from sqlalchemy.engine import make_url

        url = make_url(self.display).set(drivername=DRIVER)
        if self._secrets:
            url = url.update_query_pairs(self._secrets)
        return url.set(password=self.password) if self.password else url

    def __str__(self) -> str:
        return self.display

    def __repr__(self) -> str:
        return f"ServerAddress({self.display!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ServerAddress) and other.display == self.display

    def __hash__(self) -> int:
        return hash(self.display)


Location = Path | ServerAddress


def parse_location(text: str) -> Location:
    """A server address for `postgresql://...`, else the path of a file."""
    if is_server_address(text):
        return ServerAddress(text)
    try:
        return Path(text).expanduser()
    except (RuntimeError, ValueError):  # "~nobody/iz.sqlite": no such user
        raise BadAddressError(
            _("The folder of '{user}' does not exist.").format(user=text.split("/", 1)[0])
        ) from None


def _without_password(parts: object) -> str:
    from urllib.parse import SplitResult

    assert isinstance(parts, SplitResult)
    user = quote(unquote(parts.username), safe="") + "@" if parts.username else ""
    host = parts.hostname or ""
    if host and ":" in host:
        host = f"[{host}]"  # an IPv6 address
    port = f":{parts.port}" if parts.port else ""
    return urlunsplit(("postgresql", f"{user}{host}{port}", parts.path, parts.query, ""))


def _query_value(query: str, name: str) -> str | None:
    from urllib.parse import parse_qs

    values = parse_qs(query).get(name)
    return values[0] if values else None
