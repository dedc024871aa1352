"""Every text of the interface has its Dutch: tools/update-translations.sh was run."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "translations" / "intzaken_nl.ts"


def test_every_interface_text_has_dutch_in_the_shipped_translation(tmp_path: Path) -> None:
    sources = sorted(str(p) for p in (ROOT / "src" / "intzaken" / "ui").rglob("*.py"))
    collected = tmp_path / "collected.ts"
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run([str(lupdate), *sources, "-ts", str(collected)], check=True, capture_output=True)
    wanted = {m.findtext("source") for m in ET.parse(collected).iter("message")}
    shipped = {m.findtext("source"): m.find("translation") for m in ET.parse(TS).iter("message")}
    missing = sorted(
        text or ""
        for text in wanted
        if text not in shipped
        or shipped[text].get("type") == "unfinished"
        or not all(form.strip() for form in _forms(shipped[text]))
    )
    assert not missing, f"run tools/update-translations.sh; without Dutch: {missing}"


def _forms(translation: ET.Element) -> list[str]:
    """The text, or each plural form of a text with a count (%n): one and more."""
    plural = [form.text or "" for form in translation.iter("numerusform")]
    return plural or [translation.text or ""]


def test_every_text_with_a_count_has_its_english_plural_forms(tmp_path: Path) -> None:
    """English is the source language, but "%n record(s)" needs "1 record", "2 records"."""
    plural = [m for m in ET.parse(TS).iter("message") if m.get("numerus") == "yes"]
    english = {
        m.findtext("source"): _forms(m.find("translation"))  # type: ignore[arg-type]
        for m in ET.parse(TS.with_name("intzaken_en.ts")).iter("message")
    }
    for message in plural:
        source = message.findtext("source")
        assert [bool(f.strip()) for f in english.get(source, [])] == [True, True], source


def test_the_layers_below_the_interface_follow_its_language(qtbot) -> None:  # noqa: ANN001
    """English chosen under Instellingen: the kinds and statuses in lists and forms (the
    domain's labels) are English too, and Dutch again when Dutch is chosen."""
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from intzaken.domain.enums import TripStatus
    from intzaken.domain.labels import label
    from intzaken.i18n import current_language, set_language
    from intzaken.ui.app import install_translation, remove_translations

    app = QApplication.instance()
    try:
        install_translation(app, "en")
        assert (current_language(), label(TripStatus.DONE)) == ("en", "done")
        install_translation(app, "nl")
        assert (current_language(), label(TripStatus.DONE)) == ("nl", "uitgevoerd")
    finally:
        remove_translations(app)
        set_language("nl")
        QLocale.setDefault(QLocale("nl_NL"))
