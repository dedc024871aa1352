"""Every test gets its own fresh database: a file in a temporary folder, and for the tests
below the window that do not test file mechanics also a database on a PostgreSQL server.

A test (or fixture) that asks for `backend`, through `database`, `session`, `demo_copy`,
`demo_template` or `new_location`, runs once per backend: `[sqlite]` and `[postgresql]`.
Tests of the window (qtbot) and tests marked `sqlite_only` (backups, locks, damage: what
only a file has) run on SQLite alone. Without a server (INTZAKEN_TEST_POSTGRES) the
PostgreSQL runs are skipped, unless INTZAKEN_REQUIRE_POSTGRES=1 (CI) makes that a failure.
"""

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
from intzaken.store.location import Location, ServerAddress

from .postgres_server import NO_SERVER, TestServer, postgres_required, server_url

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
BACKENDS = ("sqlite", "postgresql")

GUI_TODAY = dt.date(2025, 1, 15)  # the window tests' "today"
# The day the test demos are written: the example mission's dates count from it
# (demo/mission.py), so what tests see of it does not move with the calendar.
DEMO_WRITTEN = dt.date(2026, 12, 3)
SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"


@pytest.fixture(autouse=True)
def _no_real_user_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Nothing a test does may touch the developer's own database.
    monkeypatch.setenv("INTZAKEN_DB", str(tmp_path / "default.sqlite"))


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if (
        "backend" in metafunc.fixturenames
        and "qtbot" not in metafunc.fixturenames
        and metafunc.definition.get_closest_marker("sqlite_only") is None
    ):
        # Per module: its fixtures made once per module (a demo's reports) are made
        # once per backend, and a module runs on SQLite, then on PostgreSQL.
        metafunc.parametrize("backend", BACKENDS, indirect=True, scope="module")


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[TestServer]:
    """The test server; skipped without one (a failure when one is required)."""
    url = server_url()
    if url is None:
        if postgres_required():
            pytest.fail(NO_SERVER, pytrace=False)
        pytest.skip(NO_SERVER)
    try:
        server = TestServer(url)
    except Exception as exc:  # noqa: BLE001 - whatever keeps us from the server
        message = f"the PostgreSQL server for the tests ({url}) cannot be reached: {exc}"
        if postgres_required():
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
    yield server
    server.drop_leftovers()


@pytest.fixture(scope="session")
def backend(request: pytest.FixtureRequest) -> str:
    """ "sqlite" or "postgresql" (see the module's docstring). Module-scoped where it is
    parametrized (pytest_generate_tests), so fixtures of any scope below a session's
    may use it."""
    name = getattr(request, "param", "sqlite")
    if name == "postgresql":
        request.getfixturevalue("postgres_server")  # skipped (or failed) without one
    return name


@pytest.fixture
def server_databases(postgres_server: TestServer) -> Iterator[Callable[..., ServerAddress]]:
    """`create(template=None)`: a new database on the server, dropped after the test."""
    made: list[ServerAddress] = []

    def create(template: ServerAddress | None = None) -> ServerAddress:
        made.append(postgres_server.create(template))
        return made[-1]

    yield create
    for address in made:
        postgres_server.drop(address)


@pytest.fixture
def new_location(
    request: pytest.FixtureRequest, backend: str, tmp_path: Path
) -> Callable[[str], Location]:
    """Where a new database may go: a file not yet there, or a server database without
    an organisation. The latter is copied from a migrated template, which takes a tenth
    of the time of migrating; a database with nothing in it at all is opened (and
    migrated) in test_team_database.py."""

    def location(name: str = "test") -> Location:
        if backend == "sqlite":
            return tmp_path / f"{name}.sqlite"
        template = _template(request, backend, "empty")
        assert isinstance(template, ServerAddress)
        return request.getfixturevalue("server_databases")(template)

    return location


@pytest.fixture(scope="session")
def _templates(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[dict[tuple[str, str], Location]]:
    """Databases built once per run: the demo of each profile, an empty migrated one."""
    built: dict[tuple[str, str], Location] = {}
    yield built


def _template(request: pytest.FixtureRequest, backend: str, what: str) -> Location:
    built: dict[tuple[str, str], Location] = request.getfixturevalue("_templates")
    key = (backend, what)
    if key not in built:
        if backend == "sqlite":
            folder = request.getfixturevalue("tmp_path_factory").mktemp(what)
            location: Location = folder / f"{what}.sqlite"
        else:
            location = request.getfixturevalue("postgres_server").create()
        if what == "empty":
            made = open_database(location, create=True)
            with made.sessions.begin() as session:
                sync_countries(session)
            made.close()
        else:
            write_demo(location, what, today=DEMO_WRITTEN)
        built[key] = location
    return built[key]


@pytest.fixture(scope="module")
def demo_template(request: pytest.FixtureRequest, backend: str) -> Callable[[str], Location]:
    """The demo database of a profile, built once per test run and backend. Tests only
    read it; a test that writes works on its own copy (`demo_copy`)."""
    return lambda profile: _template(request, backend, profile)


@pytest.fixture
def demo_copy(
    request: pytest.FixtureRequest, backend: str, tmp_path: Path
) -> Callable[[str], Location]:
    """A fresh copy of a profile's demo database of this test's own."""

    def copy(profile: str) -> Location:
        template = _template(request, backend, profile)
        if isinstance(template, ServerAddress):
            return request.getfixturevalue("server_databases")(template)
        path = tmp_path / f"{profile}.sqlite"
        shutil.copy(template, path)
        return path

    return copy


@pytest.fixture
def rotterdam_session(demo_copy: Callable[[str], Location]) -> Iterator[Session]:
    """One transaction on a fresh copy of the Rotterdam demo, for the CO2 tests."""
    database = open_database(demo_copy("rotterdam"))
    with database.sessions.begin() as session:
        yield session
    database.close()


@pytest.fixture
def team_demo_copy(
    request: pytest.FixtureRequest, server_databases: Callable[..., ServerAddress]
) -> Callable[[str], ServerAddress]:
    """A fresh copy of a profile's demo on the PostgreSQL server, for the tests that ask
    for one there whatever their backend (the window's)."""

    def copy(profile: str) -> ServerAddress:
        template = _template(request, "postgresql", profile)
        assert isinstance(template, ServerAddress)
        return server_databases(template)

    return copy


@pytest.fixture
def database(request: pytest.FixtureRequest, backend: str, tmp_path: Path) -> Iterator[Database]:
    """A new, migrated database with the world's countries and nothing else."""
    if backend == "sqlite":
        db = open_database(tmp_path / "test.sqlite", create=True)
        with db.sessions.begin() as session:
            sync_countries(session)
    else:
        template = _template(request, backend, "empty")
        assert isinstance(template, ServerAddress)
        db = open_database(request.getfixturevalue("server_databases")(template))
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


@pytest.fixture(scope="session")
def qapp(qapp: Any) -> Any:
    """pytest-qt's application, with what every start of the app puts under any language:
    the English plural forms ("1 record", "2 records")."""
    from intzaken.ui.app import install_english_plurals

    install_english_plurals(qapp)
    return qapp


@pytest.fixture
def dutch(qtbot) -> Iterator[None]:  # noqa: ANN001
    """The interface in Dutch, as the app starts it."""
    from PySide6.QtWidgets import QApplication

    from intzaken.ui.app import install_translation, remove_translations

    install_translation(QApplication.instance())
    yield
    remove_translations(QApplication.instance())


@pytest.fixture
def empty_window(qtbot, tmp_path: Path) -> Iterator[Any]:  # noqa: ANN001
    """The main window with no database open (in English unless `dutch` comes first)."""
    from PySide6.QtCore import QSettings

    from intzaken.ui.main_window import MainWindow
    from intzaken.ui.settings import Settings
    from intzaken.ui.workspace import Workspace

    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(Workspace(), settings)
    yield window
    window.close()
    window.deleteLater()
    window.workspace.close()


@pytest.fixture
def window_language() -> str:
    """The language the `window` fixture starts in; a test module may override it."""
    return "nl"


@pytest.fixture
def window(qtbot, tmp_path: Path, window_database: Path, window_language: str) -> Iterator[Any]:  # noqa: ANN001
    """The real main window on `window_database`, every register loaded, 'today' pinned,
    in `window_language` as chosen in the settings and installed as the app does."""
    from PySide6.QtCore import QLocale, QSettings
    from PySide6.QtWidgets import QApplication

    from intzaken.i18n import set_language
    from intzaken.ui.app import install_translation, remove_translations
    from intzaken.ui.forms.base import RecordForm
    from intzaken.ui.main_window import MainWindow
    from intzaken.ui.settings import Settings
    from intzaken.ui.workspace import Workspace

    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    settings.set_language(window_language)
    install_translation(QApplication.instance(), settings.language())
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
        form.close_without_asking()
    window.close()
    window.deleteLater()
    workspace.close()
    remove_translations(QApplication.instance())
    set_language("nl")  # the default of the layers below the window, for the next test
    QLocale.setDefault(QLocale("nl_NL"))


def dump(database: Database) -> list[str]:
    """The whole content of the database as text, to show that nothing changed: a file
    as SQL, a server's database as every row of every table, in order."""
    raw = database.engine.raw_connection()
    try:
        if database.server is None:
            return list(raw.driver_connection.iterdump())
        cursor = raw.cursor()
        cursor.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename"
        )
        lines = []
        for (table,) in cursor.fetchall():
            cursor.execute(f'SELECT * FROM "{table}"')
            lines += sorted(f"{table}: {row!r}" for row in cursor.fetchall())
        return lines
    finally:
        raw.close()


def rows_without_identities(database: Database) -> list[str]:
    """Every row of the file as SQL with each record's uuid blanked: to compare the content
    of two files written the same way (each record gets a fresh uuid in each file, and each
    history entry the moment it was written; and the order of CHECK constraints in a table
    that a migration rebuilt is not fixed)."""
    if database.server is not None:
        return [
            SERVER_MOMENT.sub("<moment>", SERVER_UUID.sub("<uuid>", line))
            for line in dump(database)
        ]
    return [
        MOMENT.sub("'<moment>'", UUID_TEXT.sub("'<uuid>'", line))
        if line.startswith(CHANGES_ROW)
        else UUID_TEXT.sub("'<uuid>'", line)
        for line in dump(database)
        if line.startswith("INSERT INTO")
    ]


def typed_rows(database: Database) -> list[str]:
    """Every row of the models' tables read through their column types, so a file and a
    server's database give the same Python values; uuids and the history's moments
    blanked as in rows_without_identities. To compare databases of either kind."""
    from uuid import UUID

    from sqlalchemy import select

    from intzaken.domain.models import Base

    lines = []
    with database.engine.connect() as connection:
        for table in Base.metadata.sorted_tables:
            for row in connection.execute(select(table)):
                values = [
                    "<uuid>"
                    if isinstance(value, UUID)
                    else "<moment>"
                    if table.name == "changes" and isinstance(value, dt.datetime)
                    else value
                    for value in row
                ]
                lines.append(f"{table.name}: {values!r}")
    return sorted(lines)


UUID_TEXT = re.compile(r"'[0-9a-f]{32}'")
CHANGES_ROW = 'INSERT INTO "changes"'  # history entries: also when they were written
MOMENT = re.compile(r"'\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d+)?'")
SERVER_UUID = re.compile(r"UUID\('[0-9a-f-]{36}'\)")
SERVER_MOMENT = re.compile(r"datetime\.datetime\([^)]*\)")


def add_official(
    session: Session,
    name: str = "Ahmed Aboutaleb",
    role: str = "mayor",
    start: str = "2009-01-05",
    end: str | None = None,
) -> int:
    import datetime as dt

    official = create_official(
        session,
        OfficialData(
            name=name,
            terms=[
                TermData(
                    role=role,
                    start_date=dt.date.fromisoformat(start),
                    end_date=dt.date.fromisoformat(end) if end else None,
                )
            ],
        ),
    )
    return official.id


def file_only(location: Location) -> Path:
    """The demo's file, for a test of the command line on files; skipped on a server."""
    if not isinstance(location, Path):
        pytest.skip("the command line is tested on a file")
    return location


def run_cli(*args: str) -> tuple[int, str, str]:
    """The command line in this process: exit status, standard output, standard error."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli_main(list(args))
    return code, out.getvalue(), err.getvalue()


def export_into_new(source: Location, workbook: Path, fresh: Location) -> None:
    """Export everything of `source` to `workbook` and import it into a new database at
    `fresh` (organisation 'Gemeente Proef' until the workbook's row renames it)."""
    assert run_cli("export", "--out", str(workbook), "--db", str(source))[0] == 0
    assert run_cli("init", "--organisation", "Gemeente Proef", "--db", str(fresh))[0] == 0
    code, _out, err = run_cli("import", str(workbook), "--db", str(fresh))
    assert code == 0, err


def damage(path: Path, page_size: int = 4096, *, last: int | None = None) -> bytes:
    """Scribble over the header of every b-tree page after the first (or of the `last`
    few pages only: the schema stays readable, the damage shows only when checked);
    returns the bytes."""
    data = bytearray(path.read_bytes())
    pages = len(data) // page_size
    for number in range(1 if last is None else pages - last, pages):
        data[number * page_size : number * page_size + 12] = b"\xff" * 12
    path.write_bytes(bytes(data))
    return bytes(data)


@pytest.fixture
def fresh_namer(monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """The application as in a fresh process before ui/accessibility.make_accessible:
    an earlier test's namer taken off; afterwards the one this test installed (if any)
    goes and the earlier ones come back. Yields the application."""
    from PySide6.QtWidgets import QApplication

    from intzaken.ui import accessibility

    app = QApplication.instance()
    earlier = list(accessibility._installed)
    for namer in earlier:
        app.removeEventFilter(namer)
    monkeypatch.setattr(accessibility, "_installed", [])
    try:
        yield app
    finally:
        namer = accessibility._installed[0] if accessibility._installed else None
        if namer is not None:  # the process's own namer stays; this one goes
            app.removeEventFilter(namer)
            app.focusChanged.disconnect(accessibility._show_focus)
            namer.deleteLater()
        for namer in earlier:
            app.installEventFilter(namer)
