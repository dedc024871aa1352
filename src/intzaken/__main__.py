"""Composition root: `python -m intzaken` and the `intzaken` command start here."""

from __future__ import annotations

import sys

from .heap import no_collections_while_starting
from .log_setup import log_warnings_to_stderr
from .mpl_cache import use_persistent_matplotlib_cache

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing (issue 22)

if TYPE_CHECKING:
    from .store.location import Location


def main() -> int:
    if sys.argv[1:] == ["--guide"]:  # the user guide alone (Help → Handleiding)
        log_warnings_to_stderr()
        from .ui.guide_app import run_guide

        return run_guide()
    # Until the window has painted, or the command's code is imported (heap.py).
    with no_collections_while_starting():
        database = window_only(sys.argv[1:])
        if database is not None:
            return _start_gui(database)  # sets the matplotlib cache after the first paint
        use_persistent_matplotlib_cache()  # before anything imports matplotlib
        from .cli.main import main as cli_main

        return cli_main(sys.argv[1:], start_gui=_start_gui, default_language=_setting_language)


def window_only(argv: list[str]) -> Location | None:
    """The database to open for `intzaken` or `intzaken --db PATH|ADDRESS`, else None.

    These start the window straight away: building the command line would import the
    report and exchange code of its subcommands, a quarter second before the first paint.
    An address that is not one is left to the command line, which says what is wrong.
    """
    from .paths import default_database
    from .store.location import BadAddressError, parse_location

    given = None
    if len(argv) == 2 and argv[0] == "--db":
        given = argv[1]
    elif len(argv) == 1 and argv[0].startswith("--db="):
        given = argv[0].removeprefix("--db=")
    elif argv:
        return None
    try:
        return default_database() if given is None else parse_location(given)
    except BadAddressError:
        return None


def _setting_language() -> str:
    """The language chosen in the window (Instellingen), for a command without
    --language: from the file the window keeps it in (language_setting.py). Only when
    there is none yet is QtCore loaded to read QSettings, which also writes the file."""
    from .language_setting import language_file, read_language

    kept = read_language(language_file())
    if kept is not None:
        return kept
    from .ui.settings import Settings

    return Settings().language()


def _start_gui(database: Location) -> int:
    log_warnings_to_stderr()
    # Imported only when the window is wanted: the command line never loads Qt.
    from .ui.import_hook import quiet_from_the_start

    quiet_from_the_start()  # before the window's modules are imported, not after
    from .ui.app import run_gui

    return run_gui(database)


if __name__ == "__main__":
    sys.exit(main())
