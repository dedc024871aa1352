"""What a command loads: only what it needs (issue 22), and the window's language without Qt.

Each command runs in a fresh process with a private configuration folder, as a user
types it; the modules it imported are read from `sys.modules` at its end.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from intzaken.cli.parsers.exchange import PREFER
from intzaken.exchange.conflicts import Keep
from intzaken.language_setting import language_file, read_language, write_language
from intzaken.registers import RegisterKey
from intzaken.reports import REPORTS
from intzaken.reports.titles import REPORT_TITLES
from intzaken.services.tracked_records import REGISTERS

HEAVY = ("sqlalchemy", "PySide6", "babel", "reportlab", "openpyxl", "matplotlib", "alembic")
# Light, but together more than argparse itself costs: parsing needs none of them.
NOT_FOR_PARSING = ("logging", "typing", "dataclasses", "platformdirs", "tempfile")

# Runs `intzaken ARGS...` as the console script does, then says what it imported.
PROBE = """
import atexit, json, sys
heavy = {heavy!r}
def report():
    ours = ('intzaken.reports.registry', 'intzaken.exchange', 'intzaken.travel.',
            'intzaken.demo.build', 'intzaken.ui', 'intzaken.domain.models')
    loaded = sorted(m for m in sys.modules if m.split('.')[0] in heavy or m.startswith(ours))
    sys.stderr.write('LOADED ' + json.dumps(loaded) + '\\n')
atexit.register(report)
sys.argv = ['intzaken'] + sys.argv[1:]
from intzaken.__main__ import main
sys.exit(main())
"""


def run_intzaken(config: Path, *args: str) -> tuple[str, list[str]]:
    """(what `intzaken ARGS` printed, in one line; the modules of note it imported)."""
    env = dict(os.environ)
    env.update(
        {
            "XDG_CONFIG_HOME": str(config),
            "XDG_CACHE_HOME": str(config / "cache"),
            "QT_QPA_PLATFORM": "offscreen",
        }
    )
    env.pop("MPLCONFIGDIR", None)
    done = subprocess.run(
        [sys.executable, "-c", PROBE.format(heavy=HEAVY + NOT_FOR_PARSING), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    loaded = next(
        json.loads(line.removeprefix("LOADED "))
        for line in done.stderr.splitlines()
        if line.startswith("LOADED ")
    )
    assert done.returncode == 0, done.stderr
    return " ".join(done.stdout.split()), loaded  # as one line: argparse wraps its help


@pytest.fixture
def config(tmp_path: Path) -> Path:
    folder = tmp_path / "config"
    (folder / "Intzaken").mkdir(parents=True)
    (folder / "Intzaken" / "language").write_text("nl\n", encoding="utf-8")
    return folder


def test_the_version_and_the_help_load_no_data_layer_qt_or_reports(config: Path) -> None:
    out, loaded = run_intzaken(config, "--version")
    assert out.startswith("intzaken ")
    assert loaded == []
    out, loaded = run_intzaken(config, "--help")
    assert "Zonder opdracht opent het venster." in out
    assert loaded == []


def test_a_report_s_help_names_it_without_loading_reportlab(config: Path) -> None:
    out, loaded = run_intzaken(config, "report", "annual", "--help")
    assert "Jaaroverzicht buitenlandse ambtsreizen" in out
    assert loaded == []


def test_listing_trips_loads_the_data_layer_but_not_reports_import_or_qt(
    config: Path, tmp_path: Path
) -> None:
    database = tmp_path / "demo.sqlite"
    run_intzaken(config, "demo", "--db", str(database))
    out, loaded = run_intzaken(config, "list", "trips", "--format", "json", "--db", str(database))
    assert len(json.loads(out)) == 40  # the Rotterdam demo's trips
    assert "sqlalchemy" in loaded
    # Rows, not mapped objects: the ORM's import and mappers cost as much as SQLAlchemy.
    assert "sqlalchemy.orm" not in loaded
    assert "intzaken.domain.models" not in loaded
    assert not [
        m
        for m in loaded
        if m.split(".")[0] in ("PySide6", "reportlab", "openpyxl", "matplotlib")
        or m.startswith(("intzaken.reports.registry", "intzaken.exchange", "intzaken.ui"))
    ]
    out, loaded = run_intzaken(config, "check", "--db", str(database))
    assert ": in orde." in out
    assert "aandachtspunten:" in out  # the demo's findings, read as rows
    assert "sqlalchemy.orm" not in loaded
    assert "intzaken.domain.models" not in loaded
    assert not [
        m for m in loaded if m.startswith(("PySide6", "reportlab", "intzaken.reports.registry"))
    ]


def test_the_language_chosen_in_the_window_reaches_the_command_line_without_qt(
    config: Path, tmp_path: Path
) -> None:
    from PySide6.QtCore import QSettings

    from intzaken.ui.settings import Settings

    settings_file = config / "Intzaken" / "Intzaken.conf"
    window = Settings(QSettings(str(settings_file), QSettings.Format.IniFormat))
    window.set_language("en")  # as Instellingen → Taal does
    assert read_language(config / "Intzaken" / "Intzaken.language") == "en"
    # The user's own settings: the window keeps the file where the command line looks.
    write_language(config / "Intzaken" / "language", "en")
    out, loaded = run_intzaken(config, "--help")
    assert "Without a command the window opens." in out
    assert not [m for m in loaded if m.startswith("PySide6")]


def test_a_language_chosen_before_it_had_a_file_is_still_found(tmp_path: Path) -> None:
    # Chosen with an older version: only in QSettings. The command line reads it there
    # once (through Qt), and from then on from the file.
    config = tmp_path / "config"
    (config / "Intzaken").mkdir(parents=True)
    (config / "Intzaken" / "Intzaken.conf").write_text(
        "[preferences]\nlanguage=en\n", encoding="utf-8"
    )
    out, loaded = run_intzaken(config, "--help")
    assert "Without a command the window opens." in out
    assert "PySide6.QtCore" in loaded
    assert read_language(config / "Intzaken" / "language") == "en"
    out, loaded = run_intzaken(config, "--help")
    assert "Without a command the window opens." in out
    assert not [m for m in loaded if m.startswith("PySide6")]


def test_the_window_reads_the_language_from_its_file_first(tmp_path: Path) -> None:
    from PySide6.QtCore import QSettings

    from intzaken.ui.settings import Settings

    qsettings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    qsettings.setValue("preferences/language", "en")
    settings = Settings(qsettings)
    assert settings.language() == "en"  # from QSettings, then kept in the file
    assert read_language(tmp_path / "settings.language") == "en"
    write_language(tmp_path / "settings.language", "nl")
    assert settings.language() == "nl"
    (tmp_path / "settings.language").write_text("klingon", encoding="utf-8")
    assert settings.language() == "en"  # edited by hand into nonsense: QSettings again


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="QSettings' INI folder")
def test_the_language_file_is_beside_the_window_s_settings_on_linux(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from PySide6.QtCore import QSettings

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    assert language_file().parent == Path(QSettings("Intzaken", "Intzaken").fileName()).parent


def test_the_light_parsers_offer_what_the_commands_take() -> None:
    # The parsers name these without importing the modules that define them.
    assert set(PREFER) == set(Keep)
    assert set(REPORT_TITLES) == set(REPORTS)
    assert set(RegisterKey) == set(REGISTERS)
