"""argparse's own words ("usage:", "error:", "the following arguments are required")
in the language of the command line.

argparse translates its texts with the `gettext` module's global domain, which is not
ours and which nobody fills in. While the command line builds its parser, parses and
prints help or an error, argparse's `_` and `ngettext` are pointed at intzaken.i18n
instead, and the texts below are marked for extraction into our catalogs with the ids
argparse uses. Only the texts a user of these commands can meet are listed; argparse's
messages to programmers (conflicting options, a bad `dest`) stay English.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager

from ..i18n import N_, _, ngettext

# argparse's message ids (Python 3.11), exactly as it writes them.
ARGPARSE_TEXTS = (
    N_("usage: "),
    N_("positional arguments"),
    N_("options"),
    N_("show this help message and exit"),
    N_("%(prog)s: error: %(message)s\n"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("the following arguments are required: %s"),
    N_("unrecognized arguments: %s"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("invalid %(type)s value: %(value)r"),
    N_("expected one argument"),
    N_("expected at most one argument"),
    N_("expected at least one argument"),
    N_("not allowed with argument %s"),
    N_("one of the arguments %s is required"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("ignored explicit argument %r"),
    N_("can't open '%(filename)s': %(error)s"),
    N_("unknown parser %(parser_name)r (choices: %(choices)s)"),
)


@contextmanager
def argparse_in_current_language() -> Iterator[None]:
    """Within the block argparse speaks the current language of intzaken.i18n (a text
    not in the catalogs stays as argparse wrote it). Not thread-safe, as argparse's
    module is shared: the command line parses once, on the main thread, before any
    work starts."""
    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    argparse._ = _  # type: ignore[attr-defined]
    argparse.ngettext = ngettext  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]
