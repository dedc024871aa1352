"""A quick benchmark run (`benchmarks/run.sh --quick`) judges only what its smaller
database cannot change; the rest it marks as not comparable, never as missed."""

from __future__ import annotations

from benchmarks.run import summary_table, table
from benchmarks.session import Row, quick_verdict


def test_a_list_measured_on_the_quick_database_is_not_comparable_rather_than_missed() -> None:
    row = quick_verdict(Row("Cold start: trips list populated", 4.0, 2.0, "≤ 1.3× floor", False))
    assert row.met is None
    assert "| not comparable (quick) |" in table([row])
    assert "**no**" not in table([row])
    assert row.note.startswith("quick run, smaller database")


def test_the_window_and_the_command_line_keep_their_verdict_in_a_quick_run() -> None:
    window = Row("Cold start: window painted", 1.4, 1.0, "≤ 1.3× floor", False, size_free=True)
    version = Row("Command line: --version", 0.05, 0.02, "≤ 3× floor", True, size_free=True)
    assert quick_verdict(window).met is False
    assert quick_verdict(version).met is True
    assert "**no**" in table([quick_verdict(window)])


def test_a_row_without_a_target_is_left_as_it_is() -> None:
    row = Row("Cold start: all trips in the list", 3.0, 2.0, "—", None)
    assert quick_verdict(row).comparable
    assert "| — |" in table([row])


def test_the_readme_table_keeps_the_rows_with_a_target_and_their_verdicts() -> None:
    rows = [
        Row("Cold start: window painted", 0.34, 0.25, "≤ 1.3× floor", False, size_free=True),
        Row("Cold start: all trips in the list", 3.0, 2.0, "—", None),
        Row("Command line: --version", 0.05, 0.02, "≤ 3× floor", True, size_free=True),
        Row("Trips register: filter keystroke", 0.029, 0.8, "≤ 100 ms", True),
    ]
    summary = summary_table(rows).splitlines()
    assert summary[0] == "| Operation | Measured | Target | Met? |"
    # The ratio to the floor where the target is one, else the time itself.
    assert summary[2:] == [
        "| Cold start: window painted | 1.36× | ≤ 1.3× | **no** |",
        "| Command line: --version | 2.50× | ≤ 3× | yes |",
        "| Trips register: filter keystroke | 29 ms | ≤ 100 ms | yes |",
    ]


def test_an_operation_that_failed_is_missed_in_a_quick_run_too() -> None:
    # The file with a pending migration was not opened: no smaller database excuses that.
    row = Row(
        "Window answers while opening with a migration (longest pause)",
        0.05,
        None,
        "≤ 100 ms",
        False,
        note="the file was not opened",
        failed=True,
    )
    assert quick_verdict(row).met is False
    assert quick_verdict(row).comparable
    assert "**no**" in table([row])


def test_a_bound_exceeded_on_the_smaller_database_is_missed_a_ratio_is_not_judged() -> None:
    # A pause of 152 ms while 5,000 trips are opened: 100,000 only add to the work.
    pause = quick_verdict(
        Row("Window answers while opening with a migration", 0.152, None, "≤ 100 ms", False)
    )
    assert pause.met is False and pause.comparable
    assert pause.note.startswith("quick run, smaller database: over the bound already there")
    # Under the bound it says nothing about the full database.
    quick = quick_verdict(Row("Trips register: filter keystroke", 0.007, 0.06, "≤ 100 ms", True))
    assert quick.met is None and not quick.comparable
    # A ratio to its floor may fall or rise with the size: not judged either way.
    ratio = quick_verdict(Row("Annual overview", 2.3, 0.8, "≤ 1.5× floor", False))
    assert ratio.met is None and not ratio.comparable
