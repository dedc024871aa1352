"""Reading written PDF reports back: text as a reader's tools extract it, fonts, metadata."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pdfplumber
from pypdf import PdfReader

from intzaken.reports.fonts import FALLBACK_FILES


def page_texts(path: Path) -> list[str]:
    stat = path.stat()
    return list(_page_texts(str(path), stat.st_mtime_ns, stat.st_size))


@cache
def _page_texts(path: str, _mtime: int, _size: int) -> tuple[str, ...]:
    # Extraction is the slow part of these tests; a file is read once while unchanged.
    # Babel puts a no-break space between € and the amount; compare with plain spaces.
    with pdfplumber.open(path) as pdf:
        return tuple((page.extract_text() or "").replace("\xa0", " ") for page in pdf.pages)


def pdf_text(path: Path) -> str:
    return "\n".join(page_texts(path))


def flat_text(path: Path) -> str:
    """All text on one line, for phrases that may wrap."""
    return " ".join(pdf_text(path).split())


def fonts(path: Path) -> dict[str, bool]:
    """Every font the pages use, by name: True when its TrueType program is embedded."""
    found: dict[str, bool] = {}
    for page in PdfReader(path).pages:
        for font in page["/Resources"].get("/Font", {}).values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            embedded = descriptor is not None and "/FontFile2" in descriptor.get_object()
            found[str(font["/BaseFont"])] = embedded
    return found


def assert_fonts_embedded(path: Path) -> None:
    used = fonts(path)
    assert used, "no fonts at all"
    assert all(used.values()), used
    # Ours only: DejaVu, and the fallbacks for scripts DejaVu lacks.
    assert all(any(ours in name for ours in ("DejaVuSans", *FALLBACK_FILES)) for name in used), used
    assert b"Helvetica" not in path.read_bytes()


def metadata(path: Path) -> dict[str, str]:
    reader = PdfReader(path)
    info = reader.metadata
    return {
        "title": info.title,
        "author": info.author,
        "subject": info.subject,
        "lang": str(reader.trailer["/Root"].get("/Lang")),
    }


def assert_page_numbers(path: Path) -> None:
    texts = page_texts(path)
    for number, text in enumerate(texts, start=1):
        assert f"pagina {number} van {len(texts)}" in text


def outline(path: Path) -> list[tuple[int, str]]:
    """The PDF's bookmarks as (level, title), in order."""
    result: list[tuple[int, str]] = []

    def walk(items: list, level: int) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item, level + 1)
            else:
                result.append((level, item.title))

    walk(PdfReader(path).outline, 0)
    return result
