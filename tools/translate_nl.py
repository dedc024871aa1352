"""Fill the Dutch translations in resources/translations/intzaken_nl.ts and compile the .qm.

Run after `pyside6-lupdate` found new source strings:
    .venv/bin/pyside6-lupdate src/intzaken/ui/*.py -ts resources/translations/intzaken_nl.ts
    .venv/bin/python tools/translate_nl.py
A source string without an entry below stays unfinished, and the test suite fails on it.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

DUTCH = {
    "Intzaken": "Intzaken",
    "No database is open.": "Er is geen database geopend.",
    "(no organisation)": "(geen organisatie)",
    "{organisation} — {file} — Intzaken": "{organisation} — {file} — Intzaken",
    "Trips": "Reizen",
    "Relations": "Relaties",
    "Networks": "Netwerken",
    "Agreements": "Overeenkomsten",
    "Officials": "Bestuurders",
    "Budget": "Begroting",
}

TS = Path(__file__).resolve().parent.parent / "resources" / "translations" / "intzaken_nl.ts"


def main() -> int:
    tree = ET.parse(TS)
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if source in DUTCH and translation is not None:
            translation.text = DUTCH[source]
            translation.attrib.pop("type", None)
        else:
            missing.append(source)
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), str(TS), "-qm", str(TS.with_suffix(".qm"))], check=True)
    for source in missing:
        print(f"untranslated: {source!r}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
