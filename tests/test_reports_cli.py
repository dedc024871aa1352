"""`intzaken report ...` on the command line: files, default names and Dutch errors."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from .conftest import run_cli
from .pdf_reading import flat_text


@pytest.fixture(scope="module")
def rotterdam(demo_template: Callable[[str], Path]) -> Path:
    return demo_template("rotterdam")


def test_each_report_has_dutch_help() -> None:
    for kind in ("trip", "briefing", "programme", "annual", "planned", "budget", "relations"):
        with pytest.raises(SystemExit) as exit_info:
            run_cli("report", kind, "--help")
        assert exit_info.value.code == 0


def test_annual_report_with_own_introduction(rotterdam: Path, tmp_path: Path) -> None:
    intro = tmp_path / "inleiding.txt"
    intro.write_text("Onze eigen inleiding over São Paulo & meer.", encoding="utf-8")
    out = tmp_path / "jaar.pdf"
    code, stdout, _ = run_cli(
        "report",
        "annual",
        "--year",
        "2024",
        "--intro",
        str(intro),
        "--out",
        str(out),
        "--db",
        str(rotterdam),
    )
    assert code == 0
    assert "Jaaroverzicht buitenlandse ambtsreizen geschreven naar" in stdout
    assert "Onze eigen inleiding over São Paulo & meer." in flat_text(out)


def test_default_file_name_in_the_current_folder(
    rotterdam: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert run_cli("report", "relations", "--db", str(rotterdam))[0] == 0
    assert (
        run_cli(
            "report", "planned", "--from", "2025-06", "--to", "2025-09", "--db", str(rotterdam)
        )[0]
        == 0
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "relaties-en-netwerken.pdf",
        "voorgenomen-reizen-2025-06-2025-09.pdf",
    ]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("trip", "--id", "9999"), "Reis met nummer 9999 bestaat niet"),
        (("briefing", "--id", "9999"), "Reis met nummer 9999 bestaat niet"),
        (("planned", "--from", "2025-13", "--to", "2025-09"), "geen geldige maand"),
        (("planned", "--from", "2025-09", "--to", "2025-06"), "ligt na de laatste"),
        (("annual", "--year", "1990"), "geen uitgevoerde reizen in 1990"),
        (("budget", "--year", "2019"), "geen begrotingsposten voor 2019"),
        (("annual", "--year", "2024", "--intro", "ontbreekt.txt"), "kan niet worden gelezen"),
    ],
)
def test_errors_exit_1_with_a_dutch_message_and_leave_no_file(
    args: tuple[str, ...],
    message: str,
    rotterdam: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    code, _, err = run_cli(
        "report", *args, "--out", str(tmp_path / "r.pdf"), "--db", str(rotterdam)
    )
    assert code == 1
    assert err.startswith("Fout: ") and message in err
    assert list(tmp_path.iterdir()) == []


def test_annual_overview_as_word_from_the_command_line(rotterdam: Path, tmp_path: Path) -> None:
    from docx import Document

    out = tmp_path / "jaar.docx"
    code, stdout, _ = run_cli(
        "report", "annual", "--year", "2024", "--format", "docx", "--out", str(out),
        "--db", str(rotterdam),
    )  # fmt: skip
    assert code == 0 and "geschreven naar" in stdout
    titles = [p.text for p in Document(str(out)).paragraphs if p.style.name == "Title"]
    assert titles == ["Buitenlandse ambtsreizen in 2024"]


def test_a_trip_card_is_not_offered_as_word(
    rotterdam: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_status:
        run_cli("report", "trip", "--id", "1", "--format", "docx", "--db", str(rotterdam))
    assert exit_status.value.code == 2  # argparse: the trip card has no --format
