"""Translation of what the layers below the window write: reports, labels, messages.

The window translates its own texts with Qt's `tr`; everything else goes through gettext
catalogs read by Babel (resources/locale/<language>/LC_MESSAGES/intzaken.mo). Message ids
are English, as in the window; the Dutch catalog is complete, the English one may leave
a text equal to its id.

The current language is Dutch unless set: `set_language` for the whole process (the
command line's --language), `language_scope` for one piece of work in one thread (a
report printed in English from the window, in a worker thread, while the window and
other threads keep theirs). Texts built at import time are marked with `N_` and
translated where they are used, or made `lazy_gettext` strings that translate each time
they are printed.

Extraction (tools/update-catalogs.sh, babel.cfg) finds `_`, `ngettext`, `N_` and
`lazy_gettext`; the catalogs are committed compiled, as the window's .qm is.
"""

from __future__ import annotations

import functools
import gettext
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from .resources import resource_path

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing (issue 22)

if TYPE_CHECKING:
    # Babel only where it formats or parses (current_locale) or makes lazy texts: the
    # catalogs are read with the standard library's gettext (the same .mo files), so the
    # command line's --help and --version need not import Babel.
    from babel import Locale
    from babel.support import LazyProxy

DOMAIN = "intzaken"
LANGUAGES = ("nl", "en")
DEFAULT_LANGUAGE = "nl"
# The Babel locale each language formats dates and amounts in.
LOCALES = {"nl": "nl_NL", "en": "en_GB"}

_process_language = DEFAULT_LANGUAGE
_scoped_language: ContextVar[str | None] = ContextVar("intzaken_language", default=None)


class UnknownLanguageError(ValueError):
    pass


def _checked(language: str) -> str:
    if language not in LANGUAGES:
        raise UnknownLanguageError(
            _("Unknown language '{language}'; choose from {languages}.").format(
                language=language, languages=", ".join(LANGUAGES)
            )
        )
    return language


def set_language(language: str) -> None:
    """The language of this process from now on (threads without a scope of their own)."""
    global _process_language
    _process_language = _checked(language)


def current_language() -> str:
    return _scoped_language.get() or _process_language


@contextmanager
def language_scope(language: str | None) -> Iterator[None]:
    """Use `language` in this thread (and context) until the block ends; None keeps
    the current one."""
    if language is None:
        yield
        return
    token = _scoped_language.set(_checked(language))
    try:
        yield
    finally:
        _scoped_language.reset(token)


@functools.cache
def translations(language: str) -> gettext.NullTranslations:
    """The catalog of `language`, read once (ids unchanged where there is none)."""
    folder = resource_path("locale")
    return gettext.translation(DOMAIN, str(folder), [_checked(language)], fallback=True)


@functools.cache
def _locale(language: str) -> Locale:
    from babel import Locale

    return Locale.parse(LOCALES[language])


def current_locale() -> Locale:
    """The Babel locale for dates and amounts in the current language."""
    return _locale(current_language())


def _(message: str) -> str:  # noqa: N802 - gettext's conventional name
    """`message` (an English id) in the current language."""
    return translations(current_language()).gettext(message)


def ngettext(singular: str, plural: str, count: int) -> str:
    """The singular or plural form for `count`, in the current language."""
    return translations(current_language()).ngettext(singular, plural, count)


def N_(message: str) -> str:  # noqa: N802 - gettext's conventional name
    """Marks `message` for extraction without translating it (texts built at import
    time): translate it with `_` where it is shown."""
    return message


def lazy_gettext(message: str) -> LazyProxy:
    """`message` translated whenever it is turned into text (str(), an f-string), in the
    language current then: for tables of texts built at import time."""
    from babel.support import LazyProxy

    return LazyProxy(_, message, enable_cache=False)


# The names extraction looks for besides Babel's defaults (_, ngettext, N_, ...).
EXTRA_KEYWORDS = {"lazy_gettext": None}


def dutch(message: str) -> str:
    """`message` in Dutch whatever the current language: for file formats that are
    Dutch by definition (workbook columns and values)."""
    return translations("nl").gettext(message)
