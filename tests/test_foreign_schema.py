"""Files from outside whose schema is not ours (issue 15, item 1): each attack made with
plain sqlite3 on a real file, then tried through the real command line (open, restore,
merge, check, backup). Each is refused in Dutch, naming what is foreign, and the file
the command was aimed at keeps every byte."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from alembic import command
from PySide6.QtWidgets import QMessageBox

from intzaken.store.application_id import APPLICATION_ID
from intzaken.store.database import open_database
from intzaken.store.engine import make_engine
from intzaken.store.errors import ForeignSchemaError
from intzaken.store.migrations import alembic_config
from intzaken.store.read_only import connect_read_only, connect_writable
from intzaken.store.rotation import BY_HAND, make_backup
from intzaken.store.schema_clauses import hidden_rules
from intzaken.store.schema_reading import read_schema
from intzaken.store.schema_snapshots import revisions_in_order, snapshot_text
from intzaken.store.schema_trust import reference_schema, verify_schema
from intzaken.store.schema_version import SCHEMA_REVISION
from intzaken.ui.main_window import MainWindow
from intzaken.ui.restore_dialog import RestoreDialog

from .conftest import run_cli

pytestmark = pytest.mark.sqlite_only  # a team database is not a file from outside

# Each attack: (SQL run on the file with plain sqlite3, what the refusal names).
ATTACKS = {
    "trigger_hiding_history": (
        "CREATE TRIGGER zz_hide AFTER INSERT ON changes "
        "BEGIN DELETE FROM changes WHERE id = new.id; END",
        "bevat een onbekende trigger 'zz_hide'",
    ),
    "trigger_rewriting_notes": (
        "CREATE TRIGGER zz_notes AFTER UPDATE ON trips "
        "BEGIN UPDATE trips SET notes = 'betaald' WHERE id = new.id; END",
        "bevat een onbekende trigger 'zz_notes'",
    ),
    "trips_as_view": (
        # A view SQLite itself refuses to read (its table does not exist).
        "PRAGMA foreign_keys = OFF; DROP TABLE trips; "
        "CREATE VIEW trips AS SELECT * FROM trips_elsewhere",
        "heeft 'trips' als view in plaats van als tabel",
    ),
    "extra_table": (
        "CREATE TABLE zz_extra (id INTEGER PRIMARY KEY)",
        "bevat een onbekende tabel 'zz_extra'",
    ),
    "extra_index": (
        "CREATE INDEX ix_zz ON trips (notes)",
        "bevat een onbekende index 'ix_zz' op tabel 'trips'",
    ),
    "extra_column": (
        "ALTER TABLE trips ADD COLUMN zz TEXT",
        "bevat een onbekende kolom 'zz' in tabel 'trips'",
    ),
    "missing_column": (
        "ALTER TABLE trips DROP COLUMN co2_offset",
        "mist de kolom 'co2_offset' in tabel 'trips'",
    ),
    "replace_on_conflict": (
        # Written into the schema as an attacker would: a colliding uuid would then
        # silently delete the trip it collides with.
        "PRAGMA writable_schema = ON; UPDATE sqlite_schema SET sql = replace(sql, "
        "'CONSTRAINT uq_trips_uuid UNIQUE (uuid)', "
        "'CONSTRAINT uq_trips_uuid UNIQUE (uuid) ON CONFLICT REPLACE') WHERE name = 'trips'",
        "bevat een onbekende regel in tabel 'trips': on conflict replace",
    ),
    "virtual_table_of_an_unknown_module": (
        "PRAGMA writable_schema = ON; INSERT INTO sqlite_schema (type, name, tbl_name, "
        "rootpage, sql) VALUES ('table', 'zz_vt', 'zz_vt', 0, "
        "'CREATE VIRTUAL TABLE zz_vt USING nosuchmodule(a)')",
        "bevat een onbekende tabel 'zz_vt'",
    ),
    "foreign_application_id": (
        "PRAGMA application_id = 1196444487",  # GeoPackage's "GPKG"
        "is een bestand van een ander programma (application_id 0x47504b47)",
    ),
}


def _attack(path: Path, sql: str) -> Path:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.executescript(sql)
    finally:
        connection.close()
    return path


def _state(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` with its bytes: nothing may change, nothing be added.
    Not the shared-memory index and an empty WAL that SQLite leaves beside a file in WAL
    mode after merely reading it, nor the instance lock's file: they hold no data."""
    return {
        str(file.relative_to(folder)): file.read_bytes()
        for file in sorted(folder.rglob("*"))
        if file.is_file()
        and not file.name.endswith(("-shm", ".lock"))
        and not (file.name.endswith("-wal") and file.stat().st_size == 0)
    }


@pytest.fixture
def team_file(demo_copy: Callable[[str], Path], tmp_path: Path) -> Path:
    """The Rotterdam demo in a folder of its own (so its state can be compared whole)."""
    path = tmp_path / "team" / "werk.sqlite"
    path.parent.mkdir()
    return demo_copy("rotterdam").rename(path)


@pytest.fixture
def attacked_copy(team_file: Path, tmp_path: Path) -> Callable[[str], Path]:
    """A copy of the team file (a backup, say) carrying the named attack."""

    def attacked(attack: str) -> Path:
        copy = tmp_path / "van-de-usb-stick.sqlite"
        make_backup(team_file, BY_HAND).rename(copy)
        return _attack(copy, ATTACKS[attack][0])

    return attacked


@pytest.mark.parametrize("attack", ATTACKS)
def test_a_foreign_file_is_not_opened(attack: str, attacked_copy: Callable[[str], Path]) -> None:
    path = attacked_copy(attack)
    before = _state(path.parent)
    code, out, err = run_cli("list", "trips", "--db", str(path))
    assert code == 1 and out == ""
    assert f"Het bestand {path} {ATTACKS[attack][1]}" in err
    assert "het wordt niet geopend." in err and "Traceback" not in err
    assert _state(path.parent) == before


@pytest.mark.parametrize("attack", ATTACKS)
def test_a_foreign_backup_is_not_restored(
    attack: str, team_file: Path, attacked_copy: Callable[[str], Path]
) -> None:
    backup = attacked_copy(attack)
    before = _state(team_file.parent)
    code, out, err = run_cli("restore", "--db", str(team_file), str(backup))
    assert code == 1 and "Teruggezet" not in out
    assert f"Het bestand {backup} {ATTACKS[attack][1]}" in err
    assert "het wordt niet teruggezet." in err
    assert _state(team_file.parent) == before  # no pre-restore copy either


@pytest.mark.parametrize(
    "attack", ["trigger_hiding_history", "trips_as_view", "extra_index", "foreign_application_id"]
)
def test_a_foreign_travel_copy_is_not_merged(attack: str, team_file: Path, tmp_path: Path) -> None:
    copy = tmp_path / "reiskopie.sqlite"
    code, _, err = run_cli("travel-copy", "--db", str(team_file), "--out", str(copy))
    assert code == 0, err
    _attack(copy, ATTACKS[attack][0])
    before = _state(team_file.parent)
    code, out, err = run_cli("merge", "--db", str(team_file), str(copy))
    assert code == 1 and "Teruggezet" not in out
    assert f"Het bestand {copy} {ATTACKS[attack][1]}" in err and "Traceback" not in err
    assert _state(team_file.parent) == before


def test_a_view_of_someone_elses_in_a_travel_copy_is_named_not_a_traceback(
    team_file: Path, tmp_path: Path
) -> None:
    """Issue 15, item 10: a view SQLite refuses to run (unsafe function, table gone)."""
    copy = tmp_path / "reiskopie.sqlite"
    run_cli("travel-copy", "--db", str(team_file), "--out", str(copy))
    _attack(copy, "CREATE VIEW zz_view AS SELECT load_extension('evil') FROM gone")
    before = _state(team_file.parent)
    code, _, err = run_cli("merge", "--db", str(team_file), str(copy))
    assert code == 1 and "Traceback" not in err
    assert f"Het bestand {copy} bevat een onbekende view 'zz_view'; het wordt niet geopend." in err
    assert _state(team_file.parent) == before


@pytest.mark.parametrize("emptied", ["DROP TABLE alembic_version", "DELETE FROM alembic_version"])
def test_a_backup_without_a_schema_version_is_not_restored(
    emptied: str, team_file: Path, attacked_copy: Callable[[str], Path]
) -> None:
    backup = _attack(attacked_copy("extra_table"), f"DROP TABLE zz_extra; {emptied}")
    before = _state(team_file.parent)
    code, out, err = run_cli("restore", "--db", str(team_file), str(backup))
    assert code == 1 and "Teruggezet" not in out
    assert (
        f"Het bestand {backup} heeft geen schemaversie (de tabel alembic_version "
        "ontbreekt of is leeg); het wordt niet teruggezet."
    ) in err
    assert _state(team_file.parent) == before


@pytest.mark.parametrize("attack", ["trigger_hiding_history", "trips_as_view"])
def test_check_reports_a_foreign_object_and_the_backup_to_go_back_to(
    attack: str, team_file: Path
) -> None:
    good = make_backup(team_file, BY_HAND)
    _attack(team_file, ATTACKS[attack][0])
    before = _state(team_file.parent)
    code, out, err = run_cli("check", "--db", str(team_file))
    assert code == 1 and "in orde" not in out and "Traceback" not in err
    assert f"Het bestand {team_file} {ATTACKS[attack][1]}; het wordt niet geopend." in err
    assert f"intzaken restore --db {team_file} {good}" in err
    assert _state(team_file.parent) == before


def test_no_backup_is_made_of_a_foreign_file(team_file: Path, tmp_path: Path) -> None:
    """A copy would carry the trigger on into every later restore."""
    _attack(team_file, ATTACKS["trigger_rewriting_notes"][0])
    before = _state(team_file.parent)
    out_file = tmp_path / "kopie.sqlite"
    code, _, err = run_cli("backup", "--db", str(team_file), "--out", str(out_file))
    assert code == 1 and not out_file.exists()
    assert "bevat een onbekende trigger 'zz_notes'; er wordt geen back-up van gemaakt." in err
    assert _state(team_file.parent) == before


def test_the_message_names_the_first_findings_and_counts_the_rest(team_file: Path) -> None:
    _attack(team_file, "; ".join(f"CREATE TABLE zz_{n} (id INTEGER)" for n in range(7)))
    with pytest.raises(ForeignSchemaError) as refused:
        open_database(team_file)
    assert len(refused.value.findings) == 7
    assert str(refused.value).endswith(
        "bevat een onbekende tabel 'zz_3' en bevat een onbekende tabel 'zz_4' (en nog 2 "
        "andere afwijkingen); het wordt niet geopend."
    )


def test_the_rotterdam_demo_and_a_new_file_pass(team_file: Path, tmp_path: Path) -> None:
    assert verify_schema(team_file, require_revision=True) == SCHEMA_REVISION
    code, _, err = run_cli(
        "init", "--db", str(tmp_path / "nieuw.sqlite"), "--organisation", "Gemeente Proef"
    )
    assert code == 0, err
    assert verify_schema(tmp_path / "nieuw.sqlite") == SCHEMA_REVISION


def test_a_file_migrated_from_the_oldest_revision_passes_before_and_after(tmp_path: Path) -> None:
    """Its stored CREATE text differs from a new file's; its structure must not."""
    old = tmp_path / "oud.sqlite"
    oldest = revisions_in_order()[0]
    engine = make_engine(old, foreign_keys=False)
    try:
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), oldest)
    finally:
        engine.dispose()
    assert verify_schema(old) == oldest
    open_database(old).close()  # migrates to the newest revision
    fresh = tmp_path / "nieuw.sqlite"
    open_database(fresh, create=True).close()
    assert verify_schema(old) == verify_schema(fresh) == SCHEMA_REVISION
    assert _schema(old) == _schema(fresh) == reference_schema(SCHEMA_REVISION)


def _schema(path: Path) -> dict[str, object]:
    connection = connect_read_only(path)
    try:
        return read_schema(connection)
    finally:
        connection.close()


def test_the_snapshots_are_what_the_migrations_make() -> None:
    """Regenerated from the migrations and compared byte for byte: a snapshot never
    drifts (after a new migration: tools/make-schema-snapshots.py)."""
    folder = Path(__file__).resolve().parents[1] / "resources" / "schema"
    revisions = revisions_in_order()
    assert sorted(file.stem for file in folder.glob("*.json")) == sorted(revisions)
    for revision in revisions:
        assert (folder / f"{revision}.json").read_text(encoding="utf-8") == snapshot_text(
            revision
        ), revision


def _application_id(path: Path) -> int:
    connection = connect_read_only(path)
    try:
        return connection.execute("PRAGMA application_id").fetchone()[0]
    finally:
        connection.close()


def test_every_file_the_app_makes_is_marked_as_ours(team_file: Path, tmp_path: Path) -> None:
    copy, backup = tmp_path / "reis.sqlite", tmp_path / "kopie.sqlite"
    assert run_cli("travel-copy", "--db", str(team_file), "--out", str(copy))[0] == 0
    assert run_cli("backup", "--db", str(team_file), "--out", str(backup))[0] == 0
    for path in (team_file, copy, backup):
        assert _application_id(path) == APPLICATION_ID, path


def test_an_older_backup_of_ours_without_the_mark_is_restored(
    team_file: Path, attacked_copy: Callable[[str], Path]
) -> None:
    backup = _attack(attacked_copy("extra_table"), "DROP TABLE zz_extra; PRAGMA application_id = 0")
    code, out, err = run_cli("restore", "--db", str(team_file), str(backup))
    assert code == 0, err
    assert "Teruggezet" in out and "40 reizen" in out


@pytest.mark.parametrize("in_background", [False, True])
def test_an_older_file_of_ours_without_the_mark_opens_and_gets_it(
    in_background: bool, team_file: Path
) -> None:
    _attack(team_file, "PRAGMA application_id = 0")
    database = open_database(team_file, check_in_background=in_background)
    try:
        database.require_sound()
        if database.check is not None:
            database.check.finish()
    finally:
        database.close()
    assert _application_id(team_file) == APPLICATION_ID


def test_every_connection_distrusts_the_schema(team_file: Path) -> None:
    database = open_database(team_file)
    try:
        with database.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA trusted_schema").scalar() == 0
    finally:
        database.close()
    for connect in (connect_read_only, connect_writable):
        connection = connect(team_file)
        try:
            assert connection.execute("PRAGMA trusted_schema").fetchone()[0] == 0
        finally:
            connection.close()


@pytest.mark.skipif(
    not hasattr(sqlite3.Connection, "setconfig"),
    reason="defensive mode needs Python 3.12's Connection.setconfig",
)
def test_every_connection_is_defensive_where_python_allows(team_file: Path) -> None:
    connection = connect_read_only(team_file)
    try:
        assert connection.getconfig(sqlite3.SQLITE_DBCONFIG_DEFENSIVE)
    finally:
        connection.close()


def test_the_window_refuses_to_open_or_restore_a_foreign_file(
    window: MainWindow, attacked_copy: Callable[[str], Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    current = window.workspace.path
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: shown.append(text))
    evil = attacked_copy("trigger_hiding_history")
    before = evil.read_bytes()

    assert not window.open_path(evil)
    assert shown == [
        f"Het bestand {evil} bevat een onbekende trigger 'zz_hide'; het wordt niet geopend."
    ]
    assert window.workspace.path == current

    dialog = RestoreDialog(window, current)
    dialog.show_file(evil)
    assert dialog.details.text() == (
        f"Het bestand {evil} bevat een onbekende trigger 'zz_hide'; het wordt niet teruggezet."
    )
    assert not dialog.restore_button.isEnabled() and dialog.chosen is None
    dialog.deleteLater()
    assert evil.read_bytes() == before


def test_rules_read_alike_however_they_are_written() -> None:
    """Quoting, case, whitespace, comments and constraint order do not matter; a word in
    a string or a quoted name is not a rule."""
    ours = (
        "CREATE TABLE trips (id INTEGER NOT NULL, status VARCHAR(32) NOT NULL, "
        "CONSTRAINT pk_trips PRIMARY KEY (id), "
        "CONSTRAINT ck_trips_tripstatus CHECK (status IN ('idea', 'done')), "
        "CONSTRAINT uq_trips_uuid UNIQUE (uuid))"
    )
    rebuilt = (
        'CREATE TABLE "trips" (\n\t"id" INTEGER NOT NULL, -- the number\n'
        "\tCONSTRAINT uq_trips_uuid UNIQUE (uuid),\n"
        "\tconstraint ck check ( [status] in ('idea','done') ) /* kept */,\n"
        "\tstatus VARCHAR(32) NOT NULL, CONSTRAINT pk_trips PRIMARY KEY (id))"
    )
    assert (
        hidden_rules(ours) == hidden_rules(rebuilt) == ["check ( status in ( 'idea' , 'done' ) )"]
    )
    assert (
        hidden_rules("CREATE TABLE t (a TEXT DEFAULT 'check (1) collate x', \"on conflict\" TEXT)")
        == []
    )
    assert hidden_rules(
        "CREATE TABLE t (a TEXT COLLATE NoCase UNIQUE ON CONFLICT REPLACE, "
        "id INTEGER PRIMARY KEY AUTOINCREMENT)"
    ) == ["autoincrement", "collate nocase", "on conflict replace"]
