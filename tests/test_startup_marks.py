"""The start-up moments the installed app's benchmark reads (benchmarks/bundle.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from intzaken.ui import startup_marks


def test_a_mark_is_a_line_with_the_moment_and_the_cpu_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    marks = tmp_path / "marks"
    monkeypatch.setenv(startup_marks.VARIABLE, str(marks))
    startup_marks.mark("painted")
    startup_marks.mark("opened")
    lines = [line.split() for line in marks.read_text().splitlines()]
    assert [line[0] for line in lines] == ["painted", "opened"]
    painted, opened = (float(line[1]) for line in lines)
    assert 0 <= opened - painted < 5
    assert all(float(line[2]) > 0 for line in lines)


def test_without_the_variable_nothing_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(startup_marks.VARIABLE, raising=False)
    monkeypatch.chdir(tmp_path)
    startup_marks.mark("painted")
    assert list(tmp_path.iterdir()) == []


def test_a_file_that_cannot_be_written_does_not_stop_the_window(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(startup_marks.VARIABLE, str(tmp_path / "no" / "such" / "folder"))
    startup_marks.mark("painted")  # no exception
