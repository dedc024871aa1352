"""`--language nl|en` on the command line: the report command's messages, help, file
names and the report itself follow it; without it the window's setting, else Dutch."""

from __future__ import annotations

import contextlib
import io
from collections.abc import Callable
from pathlib import Path

import pytest

from intzaken.cli.main import main as cli_main
from intzaken.i18n import current_language

from .conftest import run_cli
from .pdf_reading import flat_text, metadata


@pytest.fixture(scope="module")
def rotterdam(demo_template: Callable[[str], Path]) -> Path:
    return demo_template("rotterdam")


def test_a_report_in_english_with_an_english_name(
    rotterdam: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, _ = run_cli("report", "relations", "--language", "en", "--db", str(rotterdam))
    assert code == 0
    target = tmp_path / "relations-and-networks.pdf"
    assert out.startswith(f"Relations and networks written to {target}")
    assert out.rstrip().endswith("pages).")
    assert "International networks" in flat_text(target)
    assert metadata(target)["lang"] == "en"
    assert current_language() == "nl"  # for this command only


def test_the_option_before_the_command_and_errors_in_english(
    rotterdam: Path, tmp_path: Path
) -> None:
    code, _, err = run_cli(
        "--language",
        "en",
        "report",
        "budget",
        "--year",
        "2019",  # a year without budget lines
        "--out",
        str(tmp_path / "b.pdf"),
        "--db",
        str(rotterdam),
    )
    assert code == 1
    assert "There are no budget lines for 2019." in err
    assert not (tmp_path / "b.pdf").exists()


def test_the_setting_is_the_default_and_the_option_wins(rotterdam: Path, tmp_path: Path) -> None:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert (
            cli_main(
                ["report", "relations", "--out", str(tmp_path / "r.pdf"), "--db", str(rotterdam)],
                default_language=lambda: "en",
            )
            == 0
        )
        assert (
            cli_main(
                [
                    "report",
                    "relations",
                    "--language",
                    "nl",
                    "--out",
                    str(tmp_path / "n.pdf"),
                    "--db",
                    str(rotterdam),
                ],
                default_language=lambda: "en",
            )
            == 0
        )
    first, second = out.getvalue().splitlines()
    assert first.startswith("Relations and networks written to")
    assert second.startswith("Relaties en netwerken geschreven naar")


def test_help_in_english_and_an_unknown_language_refused() -> None:
    out = io.StringIO()
    with contextlib.redirect_stdout(out), pytest.raises(SystemExit) as exit_info:
        cli_main(["--language", "en", "report", "annual", "--help"])
    assert exit_info.value.code == 0
    assert "text file (UTF-8) with an introduction of your own" in out.getvalue()
    err = io.StringIO()
    with contextlib.redirect_stderr(err), pytest.raises(SystemExit) as exit_info:
        cli_main(["report", "relations", "--language", "de"])
    assert exit_info.value.code == 2
    assert "--language" in err.getvalue()
    assert current_language() == "nl"
