"""The command line with `--language en`: a bad import, a refused file, a failed restore,
`check`, `list`, help and argparse's own errors speak English, with no Dutch word left;
the same commands without the option say what they said before, in Dutch.

What a workbook holds stays Dutch in either language (its sheets, columns and labels are
the file format), so names in quotes ('Netwerken', 'Lid sinds') are not looked at, nor
the paths of the temporary files.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import re
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from intzaken.cli.main import main as cli_main
from intzaken.i18n import current_language
from intzaken.store.rotation import BY_HAND, make_backup

from .conftest import damage, run_cli

pytestmark = pytest.mark.sqlite_only  # files: a backup, a damaged file, a workbook

# Words of everyday Dutch that English text does not use (nor the commands' own names).
DUTCH_WORDS = frozenset(
    [
        "aandachtspunt",
        "aandachtspunten",
        "alleen",
        "bestaat",
        "bestand",
        "bestanden",
        "beschadigd",
        "blad",
        "bijvoorbeeld",
        "controleer",
        "databasebestand",
        "een",
        "eerst",
        "fout",
        "gebruik",
        "gemaakt",
        "geen",
        "geschreven",
        "gewijzigd",
        "het",
        "ingelezen",
        "kies",
        "kolom",
        "kolommen",
        "kan",
        "leeg",
        "map",
        "met",
        "mag",
        "moet",
        "naar",
        "niet",
        "niets",
        "nieuw",
        "nieuwe",
        "nog",
        "ongeldige",
        "onbekend",
        "onbekende",
        "ongewijzigd",
        "ook",
        "opties",
        "orde",
        "regel",
        "regels",
        "reis",
        "reizen",
        "relatie",
        "relaties",
        "rij",
        "schrijf",
        "teruggezet",
        "terugzetten",
        "toon",
        "van",
        "voor",
        "wordt",
        "zijn",
    ]
)
QUOTED = re.compile(r"'[^'\n]*'")


def dutch_words(text: str, folder: Path | None = None) -> set[str]:
    """The Dutch words in `text`, leaving out quoted names and the paths of files in
    `folder` (a backup's name says in Dutch why it was made: the file format)."""
    if folder is not None:
        text = re.sub(re.escape(str(folder)) + r"\S*", " ", text)
    words = re.findall(r"[a-zà-ÿ]+", QUOTED.sub(" ", text).lower())
    return DUTCH_WORDS.intersection(words)


def stopped(*args: str) -> tuple[int, str, str]:
    """A command argparse ends itself (help, a refused option): exit status and output."""
    out, err = io.StringIO(), io.StringIO()
    with (
        contextlib.redirect_stdout(out),
        contextlib.redirect_stderr(err),
        pytest.raises(SystemExit) as exit_info,
    ):
        cli_main(list(args))
    code = exit_info.value.code
    assert isinstance(code, int)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def networks_template(tmp_path: Path) -> tuple[Path, Path]:
    """A new database and an empty networks workbook exported from it (in English)."""
    database = tmp_path / "organisation.sqlite"
    assert run_cli("init", "--organisation", "Test City", "--db", str(database))[0] == 0
    workbook = tmp_path / "networks.xlsx"
    code, out, err = run_cli(
        "--language",
        "en",
        "export",
        "networks",
        "--empty",
        "--out",
        str(workbook),
        "--db",
        str(database),
    )
    assert code == 0, err
    assert out == f"Excel workbook (empty template) written to {workbook}\n"
    return database, workbook


def _bad_networks(workbook: Path) -> None:
    from openpyxl import load_workbook

    book = load_workbook(workbook)
    sheet = book["Netwerken"]
    sheet.append(["Big Fee", None, None, None, None, 1e300])
    sheet.append(["Odd Year", None, None, None, "1e300"])
    sheet.append(["Formula", "=1+1"])
    book.create_sheet("Extra").append(["Something"])
    book.save(workbook)


def test_a_bad_import_names_sheet_row_and_column_in_english(
    networks_template: tuple[Path, Path], tmp_path: Path
) -> None:
    database, workbook = networks_template
    _bad_networks(workbook)
    code, out, err = run_cli("import", str(workbook), "--language", "en", "--db", str(database))
    assert code == 1 and "Traceback" not in err
    assert out == (
        f"File {workbook}:\nNothing has been written. Once the rows with a problem are "
        "corrected, the import would find:\n"
        "  contacts: 0 would be new, 0 would change, 0 unchanged; 0 with a problem\n"
        "  networks: 0 would be new, 0 would change, 0 unchanged; 3 with a problem\n"
    )
    lines = err.splitlines()
    assert lines[0] == "Nothing was imported: 4 problems in 3 rows."
    assert lines[1:] == [
        "- Sheet 'Extra': unknown sheet; give it one of the names 'Organisatie', 'Plaatsen', "
        "'Contactpersonen', "
        "'Bestuurders', 'Ambtstermijnen', 'Begroting', 'Boekingen', 'Netwerken', "
        "'Relaties', 'Relatiemomenten', 'Overeenkomsten', 'Reizen', 'Reisprogramma', "
        "'Delegatie', 'Vervolgacties', 'Reisschema', 'Verblijf', 'Gastheren', 'Reisroute', "
        "'Geschenken', "
        "'Beleid', "
        "'Prioriteiten', 'EU-projecten', 'Landeninformatie' or remove it.",
        "- Sheet 'Netwerken', row 2, column 'Jaarlijkse contributie': '1e+300' is "
        "improbably large.",
        "- Sheet 'Netwerken', row 3, column 'Lid sinds': '1e300' is not a year or whole number.",
        "- Sheet 'Netwerken', row 4, column 'Afkorting': holds a formula ('=1+1'); formulas "
        "are not imported. Fill in the value itself.",
    ]
    assert dutch_words(out + err, tmp_path) == set()
    assert current_language() == "nl"  # for that command only

    code, out, err = run_cli("import", str(workbook), "--db", str(database))
    assert code == 1 and out.endswith(
        "\n  netwerken: 0 zouden nieuw zijn, 0 zouden wijzigen, 0 ongewijzigd; 3 met een probleem\n"
    )
    assert err.splitlines()[0] == "Er is niets ingelezen: 4 problemen in 3 rijen."
    assert (
        "- Blad 'Netwerken', rij 2, kolom 'Jaarlijkse contributie': '1e+300' is "
        "onwaarschijnlijk groot." in err
    )
    assert "- Blad 'Netwerken', rij 3, kolom 'Lid sinds': '1e300' is geen jaartal of " in err
    assert (
        "- Blad 'Extra': onbekend blad; geef het een van de namen 'Organisatie', 'Plaatsen'" in err
    )


def test_an_unreadable_file_and_a_good_import_in_english(
    networks_template: tuple[Path, Path], tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    database, workbook = networks_template
    fake = tmp_path / "not-a-workbook.xlsx"
    fake.write_text("just text", encoding="utf-8")
    code, out, err = run_cli("import", str(fake), "--language", "en", "--db", str(database))
    assert code == 1
    assert err == (
        "Nothing was imported: 1 problem.\n- not-a-workbook.xlsx is not an Excel workbook "
        "(.xlsx), although it has that name. Save it in Excel as 'Excel Workbook'.\n"
    )
    book = load_workbook(workbook)
    book["Netwerken"].append(["Eurocities", "EC", None, None, 2004, 12000, None, None, "lid"])
    book.save(workbook)
    code, out, err = run_cli(
        "--language", "en", "import", str(workbook), "--dry-run", "--db", str(database)
    )
    assert code == 0 and err == ""
    assert out.endswith(
        "networks: 1 new, 0 changed, 0 unchanged\nDry run: nothing has been written.\n"
    )
    code, out, err = run_cli("--language", "en", "import", str(workbook), "--db", str(database))
    assert code == 0, err
    assert out.endswith("Imported: 1 record new or changed.\n")
    assert dutch_words(out, tmp_path) == set()

    code, out, _ = run_cli("--language", "en", "list", "networks", "--db", str(database))
    assert code == 0
    heading, row, footer = out.splitlines()
    assert heading.split() == [
        "Number",
        "Network",
        "Abbr.",
        "Portfolio",
        "holder",
        "Portf.",
        "Role",
        "Membership",
    ]
    assert row.split() == ["1", "Eurocities", "EC", "member", "member"]  # role, membership
    assert footer == "(1 line)"
    assert dutch_words(out) == set()
    code, out, _ = run_cli("list", "networks", "--db", str(database))
    assert out.splitlines()[0].split()[:3] == ["Nr", "Netwerk", "Afk."]
    assert out.splitlines()[1].split()[-2:] == ["lid", "lid"] and out.endswith("(1 regel)\n")


def _with_trigger(path: Path) -> Path:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute(
            "CREATE TRIGGER zz_hide AFTER INSERT ON changes "
            "BEGIN DELETE FROM changes WHERE id = new.id; END"
        )
    finally:
        connection.close()
    return path


def test_a_file_refused_for_its_schema_in_english(
    demo_copy: Callable[[str], Path], tmp_path: Path
) -> None:
    work = demo_copy("groningen")
    foreign = tmp_path / "foreign.sqlite"
    make_backup(work, BY_HAND).rename(foreign)
    _with_trigger(foreign)
    code, out, err = run_cli("--language", "en", "list", "trips", "--db", str(foreign))
    assert code == 1 and out == ""
    assert err.startswith(
        f"Error: The file {foreign} contains an unknown trigger 'zz_hide'; it is not opened.\n"
    )
    assert dutch_words(err, tmp_path) == set()
    code, out, err = run_cli("--language", "en", "restore", "--db", str(work), str(foreign))
    assert code == 1 and out == ""
    assert err == (
        f"Error: The file {foreign} contains an unknown trigger 'zz_hide'; it is not restored.\n"
    )
    code, _, err = run_cli("restore", "--db", str(work), str(foreign))
    assert err == (
        f"Fout: Het bestand {foreign} bevat een onbekende trigger 'zz_hide'; het wordt niet "
        "teruggezet.\n"
    )


def test_a_failed_restore_and_a_damaged_file_in_english(
    demo_copy: Callable[[str], Path], tmp_path: Path
) -> None:
    work = demo_copy("rotterdam")
    good = make_backup(work, BY_HAND)
    code, _, err = run_cli("--language", "en", "restore", "--db", str(work), str(work))
    assert code == 1
    assert err == (
        f"Error: {work.resolve()} is the database file itself, not a backup of it. Choose a "
        "backup.\n"
    )
    damaged = tmp_path / "damaged.sqlite"
    damaged.write_bytes(good.read_bytes())
    damage(damaged)
    code, out, err = run_cli("--language", "en", "restore", "--db", str(work), str(damaged))
    assert code == 3 and out == ""
    assert err.startswith(f"The database file {damaged} is damaged (")
    assert "Nothing has been written to it. Restore a recent backup.\n" in err
    assert dutch_words(err, tmp_path) == set()

    damage(work)
    code, out, err = run_cli("--language", "en", "check", "--db", str(work))
    assert code == 3 and out == ""
    assert "The newest sound backup is from " in err
    assert (
        "(40 trips, 13 relations, 24 networks, 7 agreements, 10 officials, 2 budget " in err
        and "). To restore it:\n" in err
    )
    assert f"  intzaken restore --db {work} {good}\n" in err
    assert dutch_words(err, tmp_path) == set()
    code, _, err = run_cli("check", "--db", str(work))
    assert (
        "(40 reizen, 13 relaties, 24 netwerken, 7 overeenkomsten, 10 bestuurders, " in err
        and "). Terugzetten:\n" in err
    )


def test_check_and_backups_in_english(tmp_path: Path) -> None:
    database = tmp_path / "organisation.sqlite"
    assert run_cli("init", "--organisation", "Test City", "--db", str(database))[0] == 0
    code, out, err = run_cli("--language", "en", "check", "--db", str(database))
    assert code == 0 and err == ""
    assert out == f"File {database.resolve()}: sound.\nNo points of attention.\n"
    code, out, _ = run_cli("check", "--db", str(database))
    assert out == f"Bestand {database.resolve()}: in orde.\nGeen aandachtspunten.\n"

    copy = tmp_path / "copy.sqlite"
    code, out, _ = run_cli("--language", "en", "backup", "--out", str(copy), "--db", str(database))
    assert code == 0
    assert out == (
        f"Backup written to {copy} (0 trips, 0 relations, 0 networks, 0 agreements, "
        "0 officials, 0 budget lines).\n"
    )
    code, out, _ = run_cli("--language", "en", "restore", "--db", str(database), str(copy))
    assert code == 0 and out.startswith(f"Restored from {copy}: 0 trips, ")
    assert "The previous content has been kept as " in out
    code, out, _ = run_cli("--language", "en", "backup", "--list", "--db", str(database))
    assert " before-restore " in out
    assert dutch_words(out, tmp_path) == set()
    code, out, _ = run_cli("backup", "--list", "--db", str(database))
    assert " voor-terugzetten " in out


@pytest.mark.parametrize(
    "command",
    [
        [],
        ["import"],
        ["export"],
        ["backup"],
        ["restore"],
        ["check"],
        ["list"],
        ["init"],
        ["demo"],
        ["history"],
        ["travel-copy"],
        ["merge"],
    ],
)
def test_help_in_english(command: list[str]) -> None:
    code, shown, _ = stopped("--language", "en", *command, "--help")
    assert code == 0
    assert shown.startswith("usage: intzaken") and "\noptions:\n" in shown
    assert "show this help message and exit" in shown
    assert dutch_words(shown) == set()


def test_help_in_dutch() -> None:
    code, shown, _ = stopped("--help")
    assert code == 0
    assert shown.startswith("gebruik: intzaken") and "\nopties:\n" in shown
    assert "toon de wijzigingsgeschiedenis" in shown and "toon deze hulp en stop" in shown
    assert "Internationale Zaken: relaties, netwerken, overeenkomsten, ambtsreizen" in shown


def test_argparse_errors_in_the_language_chosen() -> None:
    code, _, err = stopped("--language", "en", "list", "tripz")
    assert code == 2
    assert err.startswith("usage: intzaken list ")
    assert "intzaken list: error: argument register: invalid choice: 'tripz'" in err
    _, _, err = stopped("list", "tripz")
    assert err.startswith("gebruik: intzaken list ")
    assert "intzaken list: fout: argument register: ongeldige keuze: 'tripz'" in err
    _, _, err = stopped("--language", "en", "report", "trip")
    assert "error: the following arguments are required: --id" in err
    # argparse's own translation is back once the command line is done.
    assert argparse._("usage: ") == "usage: "  # type: ignore[attr-defined]


def test_a_calendar_in_english_keeps_its_event_ids(
    demo_copy: Callable[[str], Path], tmp_path: Path
) -> None:
    work = demo_copy("rotterdam")
    english, dutch = tmp_path / "trips-en.ics", tmp_path / "trips-nl.ics"
    code, out, _ = run_cli(
        "--language",
        "en",
        "export",
        "trips",
        "--format",
        "ics",
        "--out",
        str(english),
        "--db",
        str(work),
    )
    assert code == 0 and out.startswith("iCalendar file with ")
    assert out.endswith(f" trips written to {english}\n")
    assert (
        run_cli("export", "trips", "--format", "ics", "--out", str(dutch), "--db", str(work))[0]
        == 0
    )
    english_text = english.read_bytes().decode("utf-8").replace("\r\n ", "")
    dutch_text = dutch.read_bytes().decode("utf-8").replace("\r\n ", "")
    assert "X-WR-CALNAME:Official trips Gemeente Rotterdam" in english_text
    assert "X-WR-CALNAME:Ambtsreizen Gemeente Rotterdam" in dutch_text
    assert "DESCRIPTION:Kind: " in english_text and "\\nStatus: " in english_text
    assert "DESCRIPTION:Soort: " in dutch_text and "Soort:" not in english_text
    assert re.findall(r"UID:\S+", english_text) == re.findall(r"UID:\S+", dutch_text)
