"""The options after "?" in a team database's address (`...?sslmode=require`), checked
before anything connects: libpq refuses an unknown option or a bad value only when it
connects, and then as an English error that reached the user as a traceback or as "the
server cannot be reached".

Which options exist is asked of the libpq that will connect (psycopg's binary wheels
carry their own); the values of the options with a fixed set of them are listed here
from libpq's documentation ("Parameter Key Words"). Messages never quote the value of
an option that holds a secret.
"""

from __future__ import annotations

import functools
import re

from ..i18n import _

# Options whose value is a secret: never shown, never logged, never remembered.
SECRET_OPTIONS = frozenset(
    {"password", "sslpassword", "oauth_client_secret", "scram_client_key", "scram_server_key"}
)

_CHOICES = {
    "sslmode": ("disable", "allow", "prefer", "require", "verify-ca", "verify-full"),
    "gssencmode": ("disable", "prefer", "require"),
    "channel_binding": ("disable", "prefer", "require"),
    "target_session_attrs": (
        "any",
        "read-write",
        "read-only",
        "primary",
        "standby",
        "prefer-standby",
    ),
    "load_balance_hosts": ("disable", "random"),
    "sslnegotiation": ("postgres", "direct"),
    "sslcertmode": ("disable", "allow", "require"),
    "replication": ("true", "false", "on", "off", "yes", "no", "1", "0", "database"),
}
_WHOLE_NUMBER = re.compile("-?[0-9]{1,9}")  # ASCII digits: what libpq reads
_WHOLE_NUMBERS = frozenset(
    {
        "connect_timeout",
        "keepalives",
        "keepalives_idle",
        "keepalives_interval",
        "keepalives_count",
        "tcp_user_timeout",
        "sslcompression",
        "sslsni",
    }
)


@functools.cache
def known_options() -> frozenset[str]:
    """The connection options the installed libpq knows."""
    from psycopg import pq

    return frozenset(option.keyword.decode() for option in pq.Conninfo.get_defaults())


def option_problem(query: list[tuple[str, str]]) -> str | None:
    """What is wrong with the address's options, in the current language; None when
    nothing is."""
    for key, value in query:
        if key not in known_options():
            return _(
                "The address of the team database has an unknown setting '{key}'. Leave "
                "it out, or see the documentation of PostgreSQL (libpq) for what may stand "
                "after the question mark."
            ).format(key=key[:40])
        if key in SECRET_OPTIONS:
            continue
        choices = _CHOICES.get(key)
        if choices is not None and value not in choices:
            return _(
                "The setting {key} in the address of the team database is '{value}'; "
                "choose from: {choices}."
            ).format(key=key, value=value[:40], choices=", ".join(choices))
        if key in _WHOLE_NUMBERS and not _WHOLE_NUMBER.fullmatch(value.strip()):
            return _(
                "The setting {key} in the address of the team database is '{value}'; that "
                "must be a whole number."
            ).format(key=key, value=value[:40])
        if key == "port" and not all(
            re.fullmatch("[0-9]{1,5}", p.strip()) and int(p) < 65536 for p in value.split(",")
        ):
            return _(
                "The port number '{value}' in the address of the team database is not a number."
            ).format(value=value[:40])
    return None
