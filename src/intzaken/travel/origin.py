"""Where a travel copy came from, and whether a database is one."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session

from ..domain.travel import TravelCopyOrigin
from ..formatting import date_time
from ..i18n import _


def source_of(url: URL) -> tuple[str, str]:
    """(where the database is, its name) as a copy records them: a file's full path, or
    a server's address with the user but never the password."""
    if url.get_backend_name() == "sqlite":
        path = Path(url.database or "").resolve()
        return str(path), path.name
    # URL.set(password=None) leaves the password as it is: build the address without it.
    address = URL.create(
        url.drivername, url.username, None, url.host, url.port, url.database, url.query
    )
    return address.render_as_string(hide_password=False), url.database or ""


def copy_origin(session: Session) -> TravelCopyOrigin | None:
    """The origin of the travel copy open in `session`; None for any other database."""
    return session.scalar(select(TravelCopyOrigin))


def origin_text(origin: TravelCopyOrigin) -> str:
    """In the current language: 'genomen uit /pad/team.sqlite op 12 maart 2025 om 09:12
    door jdevries, voor reis 'Werkbezoek Tokio''."""
    scope = (
        _("for trip '{title}'").format(title=origin.trip_title)
        if origin.trip_uuid
        else _("with everything")
    )
    return _("taken from {source} on {moment} by {author}, {scope}").format(
        source=origin.source,
        moment=date_time(utc_to_local(origin.taken_at)),
        author=origin.taken_by,
        scope=scope,
    )


def utc_to_local(value: dt.datetime) -> dt.datetime:
    """A naive UTC time stamp (as the history keeps them) in local time, for people."""
    return value.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None)
