"""`intzaken` on the command line. Without a subcommand it opens the window."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from .. import __version__
from ..i18n import DEFAULT_LANGUAGE, LANGUAGES, _, current_language, set_language
from ..log_setup import log_warnings_to_stderr
from ..paths import DATABASE_ENV, default_database, user_database_path
from ..register_keys import MAIN_REGISTERS
from ..store.location import BadAddressError, Location, parse_location
from .argparse_language import argparse_in_current_language
from .parsers.backup import add_backup_parsers
from .parsers.estimate import add_estimate_parser
from .parsers.exchange import add_exchange_parsers
from .parsers.history import add_history_parser
from .parsers.officials import add_officials_parser
from .parsers.places import add_places_parser
from .parsers.report import add_report_parser
from .parsers.search import add_search_parser
from .parsers.travel import add_travel_parsers

REGISTERS = tuple(str(key) for key in MAIN_REGISTERS)  # argparse shows them as typed
PRIORITIES_LIST = "priorities"


def database_location(text: str) -> Location:
    """`--db`: a file, or the address of a team database on a PostgreSQL server."""
    try:
        return parse_location(text)
    except BadAddressError as exc:
        # ArgumentTypeError: argparse shows the message alone. Any other error it would
        # show with the text given, password and all.
        raise argparse.ArgumentTypeError(str(exc)) from None


def _database_option() -> argparse.ArgumentParser:
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument(
        "--db",
        type=database_location,
        metavar=_("PATH|ADDRESS"),
        default=argparse.SUPPRESS,
        help=_(
            "the database file, or the address of a team database: "
            "postgresql://user@server/database (the password from PGPASSWORD or "
            "~/.pgpass); default ${variable} or {path}"
        ).format(variable=DATABASE_ENV, path=user_database_path()),
    )
    parent.add_argument(
        "--language",
        choices=LANGUAGES,
        default=argparse.SUPPRESS,
        help=_(
            "language of messages and reports: nl or en (default: the setting of the "
            "window, else nl)"
        ),
    )
    return parent


def build_parser() -> argparse.ArgumentParser:
    db = _database_option()
    parser = argparse.ArgumentParser(
        prog="intzaken",
        parents=[db],
        description=_(
            "International Affairs: relations, networks, agreements, official trips and "
            "budget. Without a command the window opens."
        ),
    )
    # From the package metadata, which the PyInstaller bundle carries too (copy_metadata).
    parser.add_argument(
        "--version",
        action="version",
        version=f"intzaken {__version__}",
        help=_("show the version number and stop"),
    )
    sub = parser.add_subparsers(dest="command", metavar=_("COMMAND"))

    demo = sub.add_parser(
        "demo",
        parents=[db],
        help=_("write a demo database"),
        description=_("Write a demo database, built from the public source documents."),
    )
    demo.add_argument(
        "--profile",
        choices=("rotterdam", "groningen", "almere"),
        default="rotterdam",
        help=_("which municipality (default: rotterdam)"),
    )
    demo.add_argument(
        "--force",
        action="store_true",
        help=_("replace a file with real data too (after a backup)"),
    )

    init = sub.add_parser(
        "init",
        parents=[db],
        help=_("make a new, empty database"),
        description=_("Make a new, empty database for an organisation."),
    )
    init.add_argument(
        "--organisation",
        required=True,
        metavar=_("NAME"),
        help=_("name of the organisation, for example 'Gemeente Rotterdam'"),
    )

    listing = sub.add_parser(
        "list",
        parents=[db],
        help=_("show a register"),
        description=_("Show a register as a table, JSON or CSV."),
    )
    # Besides the registers, the policies' priorities one by one (issue 23).
    listing.add_argument("register", choices=(*REGISTERS, PRIORITIES_LIST))
    listing.add_argument("--year", type=int, metavar=_("YEAR"), help=_("only this year"))
    listing.add_argument("--format", choices=("table", "json", "csv"), default="table")

    check = sub.add_parser(
        "check",
        parents=[db],
        help=_("check the file and the figures"),
        description=_(
            "Check the file for damage and show points of attention in the figures. The "
            "exit status is only non-zero when the file is damaged or holds something "
            "Intzaken does not make itself (such as a trigger)."
        ),
    )
    check.add_argument(
        "--trip",
        type=int,
        metavar=_("NUMBER"),
        help=_(
            "instead: what is still to be filled in before trip NUMBER leaves; "
            "exit status 0 when it is ready, 1 otherwise"
        ),
    )
    add_report_parser(sub, db)
    add_backup_parsers(sub, db)
    add_exchange_parsers(sub, db)
    add_history_parser(sub, db)
    add_officials_parser(sub, db)
    add_travel_parsers(sub, db)
    add_search_parser(sub, db)
    add_places_parser(sub, db)
    add_estimate_parser(sub, db)
    return parser


def _chosen_language(argv: Sequence[str], default_language: Callable[[], str] | None) -> str:
    """--language wherever it stands, else the setting, else Dutch. Read before the
    parser is built, so that its help texts are in that language too."""
    early = argparse.ArgumentParser(add_help=False, exit_on_error=False)
    early.add_argument("--language")
    try:
        known, _ = early.parse_known_args(argv)
    except argparse.ArgumentError:  # "--language" without a value: the parser says so
        known = argparse.Namespace(language=None)
    if known.language in LANGUAGES:
        return known.language  # anything else: the full parser refuses it
    return default_language() if default_language is not None else DEFAULT_LANGUAGE


def main(
    argv: Sequence[str] | None = None,
    start_gui: Callable[[Location], int] | None = None,
    default_language: Callable[[], str] | None = None,
) -> int:
    """Run a subcommand; without one, hand the database to `start_gui`.

    `default_language` gives the language when --language is not given (the window's
    setting); the language holds for this call only.
    """
    argv = sys.argv[1:] if argv is None else list(argv)
    before = current_language()
    set_language(_chosen_language(argv, default_language))
    try:
        with argparse_in_current_language():  # its "usage:" and errors too
            parser = build_parser()
            args = parser.parse_args(argv)
        return _run(parser, args, start_gui)
    finally:
        set_language(before)


def _run(
    parser: argparse.ArgumentParser,
    args: argparse.Namespace,
    start_gui: Callable[[Location], int] | None,
) -> int:
    try:
        database = getattr(args, "db", None) or default_database()
    except BadAddressError as exc:  # INTZAKEN_DB
        with argparse_in_current_language():
            parser.error(f"${DATABASE_ENV}: {exc}")
    if args.command is None:
        if start_gui is None:
            with argparse_in_current_language():
                parser.print_help()
            return 0
        return start_gui(database)
    # The commands, and the data layer they stand on, only once one is to run: the
    # parser above (--help, --version, a mistyped option) needs none of it.
    from . import commands

    log_warnings_to_stderr()
    try:
        return commands.run(args.command, args, database, sys.stdout, sys.stderr)
    except BrokenPipeError:
        # Output piped into `head` and the like: stop quietly, as command-line tools do.
        sys.stderr.close()
        return 0
