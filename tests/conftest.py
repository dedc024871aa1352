"""Every test gets its own fresh database file in a temporary folder."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import os
import re
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.orm import Session

from intzaken.cli.main import main as cli_main
from intzaken.demo.build import write_demo
from intzaken.services.officials import OfficialData, TermData, create_official
from intzaken.services.places import sync_countries
from intzaken.store.database import Database, open_database

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

GUI_TODAY = dt.date(2025, 1, 15)  # the window tests' "today"
SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"


@pytest.fixture(autouse=True)
def _no_real_user_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Nothing a test does may touch the developer's own database.
    monkeypatch.setenv("INTZAKEN_DB", str(tmp_path / "default.sqlite"))


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """The demo database of a profile, built once per test run. Tests only read it;
    a test that writes works on its own copy (`demo_copy`)."""
    built: dict[str, Path] = {}

    def template(profile: str) -> Path:
        if profile not in built:
            built[profile] = tmp_path_factory.mktemp(profile) / f"{profile}.sqlite"
            write_demo(built[profile], profile)
        return built[profile]

    return template


@pytest.fixture
def demo_copy(demo_template: Callable[[str], Path], tmp_path: Path) -> Callable[[str], Path]:
    """A fresh copy of a profile's demo database in this test's own folder."""
    def copy(profile: str) -> Path:
        path = tmp_path / f"{profile}.sqlite"
        shutil.copy(demo_template(profile), path)
        return path

    return copy


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    db = open_database(tmp_path / "test.sqlite", create=True)
    with db.sessions.begin() as session:
        sync_countries(session)
    yield db
    db.close()


@pytest.fixture
def session(database: Database) -> Iterator[Session]:
    with database.sessions() as session:
        yield session


@pytest.fixture
def window_database(demo_copy: Callable[[str], Path]) -> Path:
    """The file the `window` fixture opens; a test module may override it."""
    return demo_copy("rotterdam")


@pytest.fixture
def dutch(qtbot) -> Iterator[None]:  # noqa: ANN001
    """The interface in Dutch, as the app starts it."""
    from PySide6.QtWidgets import QApplication

    from intzaken.ui.app import install_translation

    translator = install_translation(QApplication.instance())
    yield
    if translator is not None:
        QApplication.instance().removeTranslator(translator)


@pytest.fixture
def window(qtbot, tmp_path: Path, window_database: Path) -> Iterator[Any]:  # noqa: ANN001
    """The real main window on `window_database`, every register loaded, 'today' pinned."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from intzaken.ui.app import install_translation
    from intzaken.ui.forms.base import RecordForm
    from intzaken.ui.main_window import MainWindow
    from intzaken.ui.settings import Settings
    from intzaken.ui.workspace import Workspace

    translator = install_translation(QApplication.instance())
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    workspace = Workspace(today=lambda: GUI_TODAY)
    window = MainWindow(workspace, settings)
    # Not qtbot.addWidget: pytest-qt would close the window before this fixture's teardown
    # and an open form with input would then ask its question with nobody to answer.
    pages = list(window.register_pages.values())
    with qtbot.waitSignals([page.loaded for page in pages], timeout=10000):
        workspace.set_database(open_database(window_database, exclusive=True))
    qtbot.waitUntil(lambda: all(page.model.search_ready for page in pages), timeout=10000)
    window.show()
    yield window
    for form in window.findChildren(RecordForm):
        form._closing_confirmed = True
        form.close()
    window.close()
    window.deleteLater()
    workspace.close()
    if translator is not None:
        QApplication.instance().removeTranslator(translator)


def dump(database: Database) -> list[str]:
    """The whole content of the file as SQL, to show that nothing changed."""
    raw = database.engine.raw_connection()
    try:
        return list(raw.driver_connection.iterdump())
    finally:
        raw.close()


def rows_without_identities(database: Database) -> list[str]:
    """Every row of the file as SQL with each record's uuid blanked: to compare the content
    of two files written the same way (each record gets a fresh uuid in each file, and each
    history entry the moment it was written; and the order of CHECK constraints in a table
    that a migration rebuilt is not fixed)."""
    return [MOMENT.sub("'<moment>'", UUID_TEXT.sub("'<uuid>'", line))
            if line.startswith(CHANGES_ROW) else UUID_TEXT.sub("'<uuid>'", line)
            for line in dump(database) if line.startswith("INSERT INTO")]


UUID_TEXT = re.compile(r"'[0-9a-f]{32}'")
CHANGES_ROW = 'INSERT INTO "changes"'  # history entries: also when they were written
MOMENT = re.compile(r"'\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d+)?'")


def add_official(session: Session, name: str = "Ahmed Aboutaleb", role: str = "mayor",
                 start: str = "2009-01-05", end: str | None = None) -> int:
    import datetime as dt

    official = create_official(session, OfficialData(name=name, terms=[TermData(
        role=role, start_date=dt.date.fromisoformat(start),
        end_date=dt.date.fromisoformat(end) if end else None)]))
    return official.id


def run_cli(*args: str) -> tuple[int, str, str]:
    """The command line in this process: exit status, standard output, standard error."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli_main(list(args))
    return code, out.getvalue(), err.getvalue()


def damage(path: Path, page_size: int = 4096, *, last: int | None = None) -> bytes:
    """Scribble over the header of every b-tree page after the first (or of the `last`
    few pages only: the schema stays readable, the damage shows only when checked);
    returns the bytes."""
    data = bytearray(path.read_bytes())
    pages = len(data) // page_size
    for number in range(1 if last is None else pages - last, pages):
        data[number * page_size: number * page_size + 12] = b"\xff" * 12
    path.write_bytes(bytes(data))
    return bytes(data)
