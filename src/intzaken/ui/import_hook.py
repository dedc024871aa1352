"""PySide6's import hook, kept from reading the source of every module imported.

Once PySide6 is imported, every `import` in the process goes through its hook
(`builtins.__import__` is shiboken's `__feature_import__`). After each import the hook
calls `shibokensupport.feature.feature_imported(module)`, which asks
`_mod_uses_pyside(module)`: `inspect.getsource(module)` (the whole file read through
linecache) searched for the word "PySide6". The answer only decides whether the module
takes part in `from __feature__ import snake_case, true_property`: 0 (it may) or -1
(ignore it). Intzaken never imports `__feature__` (tests/test_import_hook.py checks), so
every answer is -1 in effect, and reading the sources is wasted work.

It was also the one place where the app crashed: a worker importing modules (alembic's
DDL modules as a travel copy opens its new file) while Qt's event loop ran died with a
segmentation fault inside that read, in half the runs of the busy probe
(docs/dev/benchmark.md, issue 22 item 4; benchmarks/import_crash.py). Answering "does
not use PySide6" without reading anything keeps every import off that path, on any
thread, and makes each import cheaper.
"""

from __future__ import annotations

import logging
import sys

log = logging.getLogger(__name__)

# Where the hook lives: `shibokensupport.feature` (also published as
# `PySide6.support.feature`), loaded with PySide6.
FEATURE_MODULES = ("shibokensupport.feature", "PySide6.support.feature")
# The function the hook calls by this name, looked up in its module at every import
# (shibokensupport/feature.py in PySide6 6.11): PySide6's name, not one of ours.
ASKED = "_mod_uses_pyside"


def _uses_no_feature(_module: object) -> bool:
    """The hook's question "does this module use PySide6?", answered without reading
    its source: no module of this app selects a PySide feature."""
    return False


def quiet_pyside_import_hook() -> bool:
    """Replace the source reading in PySide6's import hook (once, at start, on the GUI
    thread, after PySide6 is imported). True when it was replaced; False (and a note in
    the log) when this PySide6 has no such hook, which then is left as it is."""
    for name in FEATURE_MODULES:
        feature = sys.modules.get(name)
        if feature is None:
            continue
        asked = getattr(feature, ASKED, None)
        if asked is _uses_no_feature:
            return True
        if not callable(asked):
            break
        setattr(feature, ASKED, _uses_no_feature)
        return True
    log.info("PySide6's import hook has no %s here: left as it is", ASKED)
    return False


def quiet_from_the_start() -> bool:
    """PySide6 imported (its import sets the hook up) and its hook quieted at once, before
    the window's own modules are imported (intzaken/__main__.py): otherwise the hook reads
    the source of each of the 50 or so modules imported before the first paint, about
    4 ms of the start's CPU time (issue 22, profiled with cProfile: linecache's readlines
    through inspect.getsource, 50 calls)."""
    import PySide6  # noqa: F401  (the package alone: no Qt module is loaded by it)

    return quiet_pyside_import_hook()
