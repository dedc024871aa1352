"""A team database's address that is malformed or has an unknown option: a Dutch message
on the command line, never a traceback, and the password in no message, log line or
traceback."""

from __future__ import annotations

import contextlib
import io
import logging

import pytest
from hypothesis import given
from hypothesis import strategies as st

from intzaken.cli.main import main as cli_main
from intzaken.store.location import BadAddressError, ServerAddress, parse_location

SECRET = "ZQXW-geheim"  # "Z", "Q", "X" and "W" are in none of the generated parts below


def _cli(caplog: pytest.LogCaptureFixture, *args: str) -> tuple[int, str]:
    """The command line's exit status and everything it wrote or logged (argparse's
    refusal too, which ends in SystemExit)."""
    caplog.set_level(logging.DEBUG)
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = cli_main(list(args))
        except SystemExit as exit_info:
            code = int(exit_info.code or 0)
    return code, out.getvalue() + err.getvalue() + caplog.text


@pytest.mark.parametrize(
    ("address", "message"),
    [
        (f"postgresql://ann:{SECRET}@db:notaport/", "Het poortnummer van server db is geen getal"),
        (
            f"postgresql://ann:{SECRET}@db:notaport/iz",
            "Het poortnummer van server db is geen getal",
        ),
        (f"postgresql://ann:{SECRET}@db:99999/iz", "Het poortnummer van server db is geen getal"),
        (
            f"postgresql://ann:{SECRET}@[::1/iz",
            "Het adres van de teamdatabase kan niet worden gelezen.",
        ),
        (f"postgresql://ann:{SECRET}@db/", "ontbreekt de naam van de database"),
        (
            f"postgresql://ann:{SECRET}@db/iz?foo=bar",
            "Het adres van de teamdatabase heeft een onbekende instelling 'foo'.",
        ),
        (
            f"postgresql://ann:{SECRET}@db/iz?sslmode=bogus",
            "De instelling sslmode in het adres "
            "van de teamdatabase is 'bogus'; kies "
            "uit: disable, allow, prefer",
        ),
        (f"postgresql://ann:{SECRET}@db/iz?connect_timeout=abc", "dat moet een geheel getal zijn"),
        (f"postgresql://ann:{SECRET}@/iz?host=/tmp&port=abc", "Het poortnummer 'abc'"),
        (f"postgresql://ann@db/iz?password={SECRET}&target_session_attrs=x", "kies uit: any"),
        (f"postgresql://ann@db/iz?sslpassword={SECRET}&fout=1", "onbekende instelling 'fout'"),
    ],
)
def test_a_malformed_address_is_refused_in_dutch_without_its_password(
    caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch, address: str, message: str
) -> None:
    with pytest.raises(BadAddressError, match=message.replace("(", r"\(")) as refused:
        ServerAddress(address)
    assert SECRET not in str(refused.value)
    code, shown = _cli(caplog, "list", "trips", "--db", address)
    assert code == 2 and message in shown and "Traceback" not in shown
    assert SECRET not in shown
    # The same address from the environment, as the window's start reads it.
    monkeypatch.setenv("INTZAKEN_DB", address)
    code, shown = _cli(caplog, "list", "trips")
    assert code == 2 and message in shown and SECRET not in shown


def test_an_unreachable_address_with_secret_options_never_shows_them(
    caplog: pytest.LogCaptureFixture,
) -> None:
    address = (
        f"postgresql://ann:{SECRET}@127.0.0.1:1/iz?sslmode=disable"
        f"&sslpassword={SECRET}&connect_timeout=2"
    )
    code, shown = _cli(caplog, "list", "trips", "--db", address)
    assert code == 1 and "De databaseserver 127.0.0.1:1 is niet bereikbaar" in shown
    assert SECRET not in shown
    parsed = ServerAddress(address)
    assert SECRET not in parsed.display and "sslmode=disable" in parsed.display
    url = parsed.sqlalchemy_url()  # what libpq gets: the secrets, for it alone
    assert url.password == SECRET and url.query["sslpassword"] == SECRET
    assert url.query == parsed.with_password("x").sqlalchemy_url().query


def test_a_path_under_a_user_that_does_not_exist(caplog: pytest.LogCaptureFixture) -> None:
    code, shown = _cli(caplog, "list", "trips", "--db", "~niemand-hier-x/iz.sqlite")
    assert code == 2 and "De map van '~niemand-hier-x' bestaat niet." in shown


PARTS = st.text(alphabet="abcdefghijklmnoprstuvy0123456789.-_:/@[]?&=%#+ ", max_size=25)


@given(PARTS, PARTS, PARTS)
def test_any_address_is_read_or_refused_without_its_password(
    host: str, path: str, query: str
) -> None:
    address = f"postgresql://ann:{SECRET}@{host}/{path}?{query}"
    try:
        parsed = parse_location(address)
    except BadAddressError as exc:
        assert SECRET not in str(exc)
        return
    assert isinstance(parsed, ServerAddress)
    for shown in (str(parsed), repr(parsed), parsed.display, parsed.server):
        assert SECRET not in shown
    parsed.sqlalchemy_url()  # what connecting builds first: no error either
