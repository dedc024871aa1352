"""Fill the Dutch translations in resources/translations/intzaken_nl.ts and compile the .qm.

Run through tools/update-translations.sh, which first lets `pyside6-lupdate` collect the
source strings of every module under src/intzaken/ui/. The Dutch lives in tools/dutch/, one
module per part of the interface, each with a DUTCH dict. A source string without an entry
there stays unfinished, and the test suite fails on it.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def _dutch() -> dict[str, str]:
    """All English -> Dutch pairs: one module per part of the interface in tools/dutch/."""
    pairs: dict[str, str] = {}
    for module in sorted((Path(__file__).parent / "dutch").glob("*.py")):
        namespace: dict[str, object] = {}
        exec(compile(module.read_text(encoding="utf-8"), str(module), "exec"), namespace)
        for english, dutch in namespace["DUTCH"].items():  # type: ignore[attr-defined]
            # Translations are context-free: one English text must read the same everywhere.
            if pairs.get(english, dutch) != dutch:
                raise SystemExit(
                    f"{module.name}: {english!r} is already translated as "
                    f"{pairs[english]!r}, here as {dutch!r}"
                )
            pairs[english] = dutch
    return pairs


TS = Path(__file__).resolve().parent.parent / "resources" / "translations" / "intzaken_nl.ts"


def main() -> int:
    dutch = _dutch()
    tree = ET.parse(TS)
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if source in dutch and translation is not None:
            translation.text = dutch[source]
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
