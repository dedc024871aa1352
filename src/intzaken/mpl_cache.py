"""matplotlib's font cache in a folder that survives the run.

matplotlib builds a font list the first time it is imported and keeps it in MPLCONFIGDIR.
In a PyInstaller bundle its default is a fresh temporary folder per run, so every start
would rebuild the list (measured: the window then took 0.94 s instead of 0.61 s to show).
The user's cache folder keeps it between runs, from a bundle and from source alike.
"""

from __future__ import annotations

import os
from collections.abc import MutableMapping
from pathlib import Path

from .paths import user_folder

VARIABLE = "MPLCONFIGDIR"


def matplotlib_cache_dir() -> Path:
    return user_folder("cache") / "matplotlib"


def use_persistent_matplotlib_cache(environ: MutableMapping[str, str] = os.environ) -> None:
    """Point MPLCONFIGDIR at the user's cache folder, unless the user chose one.

    Must run before matplotlib is first imported: it reads the variable only then.
    matplotlib creates the folder itself, and falls back to a temporary one if it cannot.
    """
    if not environ.get(VARIABLE):
        environ[VARIABLE] = str(matplotlib_cache_dir())
