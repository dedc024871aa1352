"""No Dutch text typed into the store, the exchange or the command line: what they say
to a user is an English message id in a translation call (`_`, `N_`, `ngettext`,
`lazy_gettext`), so `--language en` and the window's English reach it.

Some Dutch is the file format, the same in either language: a workbook's sheets and
columns (exchange/layout.py), the words a cell holds, the reasons in a backup's file
name, the keys of a backup's counts. Those are listed here, each with the reason; any
other Dutch string constant (an f-string's text included) fails the test.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "intzaken"
CHECKED = sorted(
    path for folder in ("store", "exchange", "cli") for path in (PACKAGE / folder).glob("*.py")
)
TRANSLATING = {"_", "N_", "ngettext", "lazy_gettext", "dutch"}
# Log records are for whoever reads the log file, in English, not for the user.
LOGGING = {"debug", "info", "warning", "error", "exception", "critical"}

# Whole modules that define the file format.
FILE_FORMAT_MODULES = {
    # Every sheet name and column heading of the workbook and CSV export, which the
    # import reads back by these names: Dutch whatever the language.
    "exchange/layout.py",
    "exchange/sheets.py",
    "exchange/trip_sheets.py",
    "exchange/strategy_sheets.py",
    # The template's extra sheets, which the import passes over by these names, and its
    # example rows: values the import reads back, Dutch like the rest of the file.
    "exchange/template_words.py",
    # Keyed by those sheet names and headings; its texts are message ids (N_).
    "exchange/template_texts.py",
    "exchange/setting_sheets.py",
    "exchange/country_facts_sheet.py",
    # The words people write in the files (synonyms of kinds, other names of countries),
    # read whatever the language.
    "exchange/synonyms.py",
}
# (module, text): Dutch on purpose.
FILE_FORMAT_TEXTS = {
    # The second identity column's heading, written and read back by export and import.
    ("exchange/identity.py", "versie"),
    # What a yes/no cell may hold: the words Dutch Excel users type and the export writes.
    ("exchange/cells.py", "waar"),
    ("exchange/cells.py", "onwaar"),
    ("exchange/cells.py", "ja"),
    ("exchange/cells.py", "nee"),
    # The sheet of the history export, beside the history's Dutch column headings
    # (services/history_query.HEADINGS); not read back.
    ("exchange/history_export.py", "Geschiedenis"),
    # A calendar event's UID must stay the same from one export to the next, whatever
    # the language, or calendars would show each trip twice.
    ("exchange/ics.py", "UID:reis-"),
    ("exchange/ics.py", "PRODID:-//Intzaken//Ambtsreizen//NL"),
    # Why a backup was made, as part of its file name (the rotation reads it back);
    # shown translated by `backup --list` (cli/backup_command.REASONS).
    ("store/rotation.py", "dagelijks"),
    ("store/rotation.py", "voor-migratie"),
    ("store/rotation.py", "voor-import"),
    ("store/rotation.py", "voor-terugzetten"),
    ("store/rotation.py", "voor-demo"),
    ("store/rotation.py", "voor-reiskopie"),
    ("store/rotation.py", "handmatig"),
    ("store/rotation.py", "verweesd-"),
    ("store/recovery.py", "beschadigd"),
    # The keys a backup's counts are looked up by (BackupSummary.counts); what is shown
    # is BackupSummary.contents(), translated.
    ("store/recovery.py", "reizen"),
    ("store/recovery.py", "relaties"),
    ("store/recovery.py", "netwerken"),
    ("store/recovery.py", "overeenkomsten"),
    ("store/recovery.py", "bestuurders"),
    ("store/recovery.py", "begrotingsposten"),
    # Folder names a sync client makes on a Dutch computer, matched in paths.
    ("store/sync_folders.py", "mijn drive"),
    ("store/sync_folders.py", "gedeelde drives"),
}

# Words of Dutch sentences that are no English words (nor codes, commands or SQL).
DUTCH_WORDS = re.compile(
    r"\b(de|het|een|niet|geen|bestaat|moet|mag|kan|wordt|worden|zijn|met|van|voor|naar|"
    r"uit|bij|op|ook|nog|maar|dan|dit|deze|die|dat|wat|waar|onwaar|uw|er|ja|nee|"
    r"reis|reizen|relatie|relaties|netwerk|netwerken|overeenkomst|overeenkomsten|"
    r"bestuurder|bestuurders|begrotingspost|begrotingsposten|bestand|bestanden|map|"
    r"kolom|kolommen|rij|rijen|blad|bladen|fout|leeg|lege|onbekend|onbekende|nieuw|"
    r"nieuwe|gewijzigd|ongewijzigd|verwijderd|teruggezet|terugzetten|geschreven|"
    r"ingelezen|beschadigd|toon|maak|schrijf|controleer|kies|alleen|eerst|regels|"
    r"versie|geschiedenis|dagelijks|handmatig|verweesd|gedeelde|mijn|land|"
    r"ambtsreizen|sinds|proces|opdracht|aandachtspunten|sjabloon|werkmap)\b",
    re.IGNORECASE,
)


def _name(call: ast.Call) -> str | None:
    function = call.func
    if isinstance(function, ast.Name):
        return function.id
    return function.attr if isinstance(function, ast.Attribute) else None


def _exempt(tree: ast.Module) -> set[int]:
    """String nodes that are meant: inside a translation or logging call, or a
    docstring."""
    exempt: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _name(node) in TRANSLATING | LOGGING:
            exempt.update(id(inner) for argument in node.args for inner in ast.walk(argument))
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            first = node.body[0] if node.body else None
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                exempt.add(id(first.value))
    return exempt


def dutch_literals(path: Path, module: str = "") -> Iterator[tuple[int, str]]:
    """(line, text) of each Dutch string constant of `path` not in a translation call,
    nor listed in FILE_FORMAT_TEXTS for `module`."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    exempt = _exempt(tree)
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and id(node) not in exempt
            and (module, node.value) not in FILE_FORMAT_TEXTS
            and DUTCH_WORDS.search(node.value)
        ):
            yield node.lineno, node.value


def test_the_checked_packages_are_there() -> None:
    checked = {path.relative_to(PACKAGE).parts[0] for path in CHECKED}
    assert checked == {"store", "exchange", "cli"} and len(CHECKED) > 60


@pytest.mark.parametrize("path", CHECKED, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_dutch_text_outside_a_translation(path: Path) -> None:
    module = str(path.relative_to(PACKAGE))
    if module in FILE_FORMAT_MODULES:
        pytest.skip("defines the file format, Dutch in either language")
    assert list(dutch_literals(path, module)) == []


def test_every_listed_exception_is_still_there() -> None:
    """A text of the file format that moved or went is taken off the list, so the list
    never excuses a new Dutch message by accident."""
    found = set()
    for module, text in FILE_FORMAT_TEXTS:
        tree = ast.parse((PACKAGE / module).read_text(encoding="utf-8"))
        if any(isinstance(n, ast.Constant) and n.value == text for n in ast.walk(tree)):
            found.add((module, text))
    assert found == FILE_FORMAT_TEXTS


def test_the_check_finds_a_dutch_message(tmp_path: Path) -> None:
    """What it finds, in the shapes a message takes (an f-string's text, a plain text, a
    text passed to a call that does not translate), and what it lets pass."""
    sample = tmp_path / "sample.py"
    sample.write_text(
        '"""Het bestand: een docstring."""\n'
        "def refuse(path, sheet):\n"
        "    raise StoreError(path, f'Het bestand {path} is beschadigd.')\n"
        "    problem(sheet, 'deze kolom ontbreekt.')\n"
        "    problem(sheet, _('this column is missing.'))\n"
        "    log.warning('Could not remove %s', path)\n"
        "    kind = N_('trip')\n"
        "    reason = 'dagelijks'\n"
        "    language = 'en'\n",
        encoding="utf-8",
    )
    assert sorted({line for line, _text in dutch_literals(sample)}) == [3, 4, 8]
