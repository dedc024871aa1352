"""The gettext catalogs below the window: complete, up to date with the source, compiled.

A text added in the code without running tools/update-catalogs.sh, a Dutch msgstr left
empty or fuzzy, a translation that drops a {placeholder}, or a .mo older than its .po
each fail here, before a report prints an English id in a Dutch document.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.mofile import read_mo, write_mo
from babel.messages.pofile import read_po

from intzaken.i18n import DOMAIN, EXTRA_KEYWORDS, LANGUAGES
from intzaken.resources import resource_path

ROOT = Path(__file__).resolve().parents[1]
LOCALE = resource_path("locale")
PLACEHOLDER = re.compile(r"\{(\w*)\}")


def _catalog(path: Path):
    with path.open("rb") as handle:
        return read_po(handle)


def _po(language: str) -> Path:
    return LOCALE / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def _ids(catalog) -> set:
    return {
        message.id if isinstance(message.id, str) else tuple(message.id)
        for message in catalog
        if message.id
    }


def _source_ids() -> set:
    with (ROOT / "babel.cfg").open(encoding="utf-8") as config:
        method_map, options_map = parse_mapping_cfg(config)
    found = set()
    for *_, message, _comments, _context in extract_from_dir(
        ROOT / "src" / "intzaken",
        method_map,
        options_map,
        keywords=DEFAULT_KEYWORDS | EXTRA_KEYWORDS,
    ):
        found.add(message if isinstance(message, str) else tuple(message))
    return found


def test_the_template_holds_every_text_of_the_source() -> None:
    template = _ids(_catalog(LOCALE / f"{DOMAIN}.pot"))
    assert template == _source_ids(), "run tools/update-catalogs.sh"


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_catalog_has_every_text_of_the_template(language: str) -> None:
    template = _ids(_catalog(LOCALE / f"{DOMAIN}.pot"))
    assert _ids(_catalog(_po(language))) == template, "run tools/update-catalogs.sh"


def test_every_dutch_text_is_written() -> None:
    missing = [
        message.id
        for message in _catalog(_po("nl"))
        if message.id
        and (
            message.fuzzy
            or not all(message.string if isinstance(message.string, tuple) else [message.string])
        )
    ]
    assert missing == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_the_placeholders(language: str) -> None:
    wrong = []
    for message in _catalog(_po(language)):
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        wanted = set(PLACEHOLDER.findall(ids[-1]))
        wrong += [
            (ids[0], text) for text in strings if text and set(PLACEHOLDER.findall(text)) != wanted
        ]
    assert wrong == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_compiled_catalog_is_the_current_one(language: str) -> None:
    """The .mo is committed (the app and the bundle read it; no build step compiles it):
    it must be what the .po compiles to."""
    compiled = io.BytesIO()
    write_mo(compiled, _catalog(_po(language)))
    with (_po(language).with_suffix(".mo")).open("rb") as handle:
        committed = read_mo(handle)
    expected = read_mo(io.BytesIO(compiled.getvalue()))
    assert _texts(committed) == _texts(expected), "run tools/update-catalogs.sh"


def _texts(catalog) -> dict:
    def key(value):
        return value if isinstance(value, str) else tuple(value)

    return {key(m.id): key(m.string) for m in catalog if m.id}
