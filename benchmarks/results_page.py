"""The block of latest results on the benchmark's developer page (docs/dev/benchmark.md)
and its short version in the README.

Each page is prose written by hand around one block that a full run rewrites: everything
between the two markers is replaced, everything outside them is left as it was.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGE = ROOT / "docs" / "dev" / "benchmark.md"
README = ROOT / "README.md"
START = "<!-- benchmark-table -->"
END = "<!-- /benchmark-table -->"


class MarkersMissing(ValueError):
    """The page lacks one of the markers, or has them in the wrong order."""


def with_latest_results(page: str, block: str) -> str:
    """`page` with the text between its markers replaced by `block`."""
    start = page.find(START)
    end = page.find(END, start + len(START)) if start >= 0 else -1
    if start < 0 or end < 0:
        raise MarkersMissing(f"the page needs the markers {START} and {END}, in that order")
    return page[: start + len(START)] + "\n" + block.strip("\n") + "\n" + page[end:]


def write_latest_results(block: str, page: Path = PAGE) -> None:
    page.write_text(with_latest_results(page.read_text(encoding="utf-8"), block), encoding="utf-8")
