"""Whether this machine's LibreOffice can open spreadsheets, for the tests that let it
save our workbooks.

`soffice` alone is not enough: Debian splits LibreOffice into parts, and a machine with
only Writer (installed for the Word tests) answers a spreadsheet with "source file could
not be loaded". Calc's core library beside the program tells the two apart.
"""

from __future__ import annotations

import shutil
from pathlib import Path


def _calc_installed(soffice: str | None) -> bool:
    if soffice is None:
        return False
    program = Path(soffice).resolve().parent
    return any(program.glob("libsclo.*")) or any(program.glob("sclo.dll"))


SOFFICE = shutil.which("soffice")
SOFFICE_CALC = SOFFICE if _calc_installed(SOFFICE) else None
NO_CALC = "LibreOffice Calc is not installed here"
