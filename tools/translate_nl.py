"""Fill the translations in resources/translations/*.ts and compile the .qm files.

Run through tools/update-translations.sh, which first lets `pyside6-lupdate` collect the
source strings of every module under src/intzaken/ui/. The Dutch lives in tools/dutch/, one
module per part of the interface, each with a DUTCH dict. A source string without an entry
there stays unfinished, and the test suite fails on it.

A text with a count (`self.tr("%n record(s)", "", n)`, Qt's plural forms) has a pair as
its Dutch: ("%n record", "%n records") in Dutch words. The English interface needs its
plural forms too, or it says "1 record(s)": tools/english_plurals.py holds them, and
they go into intzaken_en.ts, which lupdate fills with the plural texts only.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TOOLS = Path(__file__).resolve().parent
TRANSLATIONS = TOOLS.parent / "resources" / "translations"
TS = TRANSLATIONS / "intzaken_nl.ts"
ENGLISH_TS = TRANSLATIONS / "intzaken_en.ts"

Translation = str | tuple[str, str]


def _load(path: Path, name: str) -> dict[str, Translation]:
    namespace: dict[str, object] = {}
    exec(compile(path.read_text(encoding="utf-8"), str(path), "exec"), namespace)
    return namespace[name]  # type: ignore[return-value]


def _dutch() -> dict[str, Translation]:
    """All English -> Dutch pairs: one module per part of the interface in tools/dutch/."""
    pairs: dict[str, Translation] = {}
    for module in sorted((TOOLS / "dutch").glob("*.py")):
        for english, dutch in _load(module, "DUTCH").items():
            # Translations are context-free: one English text must read the same everywhere.
            if pairs.get(english, dutch) != dutch:
                raise SystemExit(
                    f"{module.name}: {english!r} is already translated as "
                    f"{pairs[english]!r}, here as {dutch!r}"
                )
            pairs[english] = dutch
    return pairs


def fill(ts: Path, translations: dict[str, Translation]) -> list[str]:
    """Write `translations` into `ts` and compile it; the sources left without one."""
    tree = ET.parse(ts)
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        wanted = translations.get(source)
        plural = message.get("numerus") == "yes"
        if translation is None or wanted is None or isinstance(wanted, tuple) != plural:
            missing.append(source)
            continue
        if isinstance(wanted, tuple):
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            for form in wanted:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = wanted
        translation.attrib.pop("type", None)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
    return missing


def main() -> int:
    missing = fill(TS, _dutch())
    missing += fill(ENGLISH_TS, _load(TOOLS / "english_plurals.py", "ENGLISH"))
    for source in missing:
        print(f"untranslated: {source!r}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
