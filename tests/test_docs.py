"""The documents: a short README, a Dutch user guide whose pages link to each other, and
English developer pages; the benchmark writes its latest results onto its page."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from benchmarks import results_page
from benchmarks.results_page import MarkersMissing, with_latest_results

from intzaken.resources import docs_path

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
GUIDE = ROOT / "docs"
DEV = GUIDE / "dev"
# A Markdown link's target: [text](target), not an image, not a web address.
LINK = re.compile(r"(?<!!)\[[^\]]+\]\(([^)\s]+)\)")


def _links(page: Path) -> list[str]:
    return [
        target
        for target in LINK.findall(page.read_text(encoding="utf-8"))
        if not target.startswith(("http://", "https://", "mailto:"))
    ]


def _guide_pages() -> list[Path]:
    return sorted(GUIDE.glob("*.md"))


def test_readme_is_short_and_names_the_two_commands() -> None:
    text = README.read_text(encoding="utf-8")
    assert len(text) < 8000
    for command in ("tools/run-demo.sh", "tools/run-tests.sh"):
        assert f"```sh\n{command}\n```" in text
        assert os.access(ROOT / command, os.X_OK), command


@pytest.mark.parametrize(
    "page",
    [README, *_guide_pages(), *sorted(DEV.glob("*.md"))],
    ids=lambda page: str(page.relative_to(ROOT)),
)
def test_every_link_leads_to_a_file(page: Path) -> None:
    for target in _links(page):
        path = target.split("#", 1)[0]
        assert path, (
            f"{page.name}: a link within the page ({target}) finds no heading in "
            "the help viewer; name the section instead"
        )
        assert (page.parent / path).exists(), f"{page.name} links to {target}, which is missing"


def test_every_guide_page_is_in_the_contents_and_links_back() -> None:
    index = GUIDE / "index.md"
    listed = set(_links(index))
    for page in _guide_pages():
        if page == index:
            continue
        assert page.name in listed, f"{page.name} is not in the contents (index.md)"
        assert "index.md" in _links(page), f"{page.name} has no link back to the contents"


def test_the_guide_stays_within_its_own_folder() -> None:
    """The installed app carries docs/ without docs/dev/ (packaging/intzaken.spec): a link
    from the guide to a developer page or the sources would lead nowhere there."""
    for page in _guide_pages():
        for target in _links(page):
            assert "/" not in target, f"{page.name} links outside the guide: {target}"


def test_the_readme_links_to_every_developer_page() -> None:
    linked = {Path(target).name for target in _links(README) if target.startswith("docs/dev/")}
    assert linked == {page.name for page in DEV.glob("*.md")}


def test_benchmark_results_replace_only_the_marked_block() -> None:
    page = (
        "# Benchmark\n\nBefore.\n\n<!-- benchmark-table -->\nold table\n"
        "<!-- /benchmark-table -->\n\nNotes after.\n"
    )
    written = with_latest_results(page, "Latest results: new table\n")
    assert written == (
        "# Benchmark\n\nBefore.\n\n<!-- benchmark-table -->\n"
        "Latest results: new table\n<!-- /benchmark-table -->\n\n"
        "Notes after.\n"
    )
    assert with_latest_results(written, "Latest results: new table") == written


@pytest.mark.parametrize(
    "page",
    [
        "no markers at all\n",
        "<!-- benchmark-table -->\nonly the start\n",
        "<!-- /benchmark-table -->\n<!-- benchmark-table -->\nin the wrong order\n",
    ],
)
def test_benchmark_page_without_its_markers_is_refused(page: str) -> None:
    with pytest.raises(MarkersMissing):
        with_latest_results(page, "table")


@pytest.mark.parametrize("page", [results_page.PAGE, results_page.README], ids=lambda p: p.name)
def test_the_pages_of_results_have_their_markers(tmp_path: Path, page: Path) -> None:
    copy = tmp_path / page.name
    original = page.read_text(encoding="utf-8")
    copy.write_text(original, encoding="utf-8")
    results_page.write_latest_results("Latest results: a table", copy)
    text = copy.read_text(encoding="utf-8")
    assert "<!-- benchmark-table -->\nLatest results: a table\n<!-- /benchmark-table -->" in text
    assert text.startswith(original.split("\n", 1)[0] + "\n")


def test_the_app_finds_the_guide_from_the_source_tree() -> None:
    """From a bundle or a wheel it is intzaken/_docs (packaging/intzaken.spec,
    pyproject.toml); the packaged smoke test opens it there."""
    assert docs_path() == GUIDE
    assert (docs_path() / "index.md").is_file()
