"""No Dutch text is written into the code of the layers below the window that speak
through gettext: every text a user reads there is an English message id (`_`, `N_`,
`ngettext`, `lazy_gettext`), or Dutch by definition and said so (`dutch`, `DutchText`,
the register nouns' table). A Dutch sentence typed straight into a message would stay
Dutch when English is chosen; this finds it by its words.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "intzaken"
CHECKED = sorted(
    {
        *PACKAGE.glob("services/*.py"),
        *PACKAGE.glob("operations/*.py"),
        *PACKAGE.glob("travel/*.py"),
        PACKAGE / "demo" / "build.py",
        *(
            PACKAGE / f"{name}.py"
            for name in (
                "dutch_text",
                "formatting",
                "formula_guard",
                "heap",
                "new_database",
                "parsing",
                "register_fields",
                "register_tables",
                "registers",
            )
        ),
    }
)
# Calls whose text arguments are meant: message ids, or Dutch by definition.
TRANSLATING = {"_", "N_", "ngettext", "lazy_gettext", "dutch", "DutchText", "Reason"}
# The register spec's nouns: the table holds both languages (registers.Nouns).
BILINGUAL_TABLES = {"Nouns"}
# Words of Dutch sentences that are no English words (nor codes such as "en").
DUTCH_WORDS = re.compile(
    r"\b(de|het|een|niet|geen|verplicht|bestaat|moet|mag|kan|wordt|worden|zijn|met|van|"
    r"voor|naar|uit|bij|op|ook|al|nog|maar|dan|dit|deze|die|dat|wat|waar|uw|er|"
    r"reis|reizen|relatie|netwerk|overeenkomst|bestuurder|begrotingspost|kopie|ja|nee|"
    r"gedaan|vanaf|uiterlijk|tekens|hoogstens|onbekend|nieuw|nieuwe|gewijzigd|"
    r"verwijderd|reiskopie|teamdatabase|terugzetten|bestand|waarde|regel|nummer|kies|"
    r"ligt|staat|heeft|leeg|bewaren|verwijderen|gekozen|kiezen|ongedaan|opnieuw)\b",
    re.IGNORECASE,
)


def _name(call: ast.Call) -> str | None:
    function = call.func
    if isinstance(function, ast.Name):
        return function.id
    return function.attr if isinstance(function, ast.Attribute) else None


def _exempt(tree: ast.Module) -> set[int]:
    """The string nodes that are meant: inside a translating call or a bilingual
    table, or a docstring."""
    exempt: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _name(node) in TRANSLATING | BILINGUAL_TABLES:
            exempt.update(id(inner) for inner in ast.walk(node))
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            first = node.body[0] if node.body else None
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                exempt.add(id(first.value))
    return exempt


def dutch_literals(path: Path) -> Iterator[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    exempt = _exempt(tree)
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and id(node) not in exempt
            and DUTCH_WORDS.search(node.value)
        ):
            yield node.lineno, node.value


def test_the_checked_modules_exist() -> None:
    assert all(path.is_file() for path in CHECKED)
    assert len([p for p in CHECKED if p.parent.name == "services"]) > 30


@pytest.mark.parametrize("path", CHECKED, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_dutch_text_outside_a_translation(path: Path) -> None:
    assert list(dutch_literals(path)) == []


def test_the_check_finds_a_dutch_message(tmp_path: Path) -> None:
    """What it is meant to find, in the shapes it takes (an f-string, a plain text, a
    text inside a call that does not translate), and what it lets pass."""
    sample = tmp_path / "sample.py"
    sample.write_text(
        '"""Module docstring: de tekst."""\n'
        "def check(field, name):\n"
        "    fail(field, f'{name} is verplicht.')\n"
        "    fail(field, 'Reizigers: kies ten minste een bestuurder.')\n"
        "    fail(field, _('{name} is required.').format(name=name))\n"
        "    heading = N_('Old value')\n"
        "    stored = dutch(N_('undo'))\n"
        "    code = 'en'\n",
        encoding="utf-8",
    )
    assert sorted(line for line, _text in dutch_literals(sample)) == [3, 4]
