"""A logo read from a file (services/logo_files.py): its kind from its content, refused
with a message naming the file when it is no image, a broken one or too large."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from intzaken.services.errors import ValidationError
from intzaken.services.logo_files import logo_from_file
from intzaken.services.organisation import MAX_LOGO_BYTES


def _image(path: Path, kind: str) -> Path:
    buffer = io.BytesIO()
    Image.new("RGB", (60, 20), "#00689d").save(buffer, kind)
    path.write_bytes(buffer.getvalue())
    return path


@pytest.mark.parametrize(
    ("name", "kind", "media_type"),
    [("logo.png", "PNG", "image/png"), ("logo.jpg", "JPEG", "image/jpeg")],
)
def test_a_raster_image_is_known_by_its_content(
    tmp_path: Path, name: str, kind: str, media_type: str
) -> None:
    # The name says nothing: a PNG called .jpg is still a PNG.
    path = _image(tmp_path / "renamed.jpg" if kind == "PNG" else tmp_path / name, kind)
    logo = logo_from_file(path)
    assert (logo.media_type, logo.content) == (media_type, path.read_bytes())


def test_an_svg_with_a_declaration_and_a_comment_is_taken(tmp_path: Path) -> None:
    path = tmp_path / "logo.svg"
    path.write_text(
        '\ufeff<?xml version="1.0" encoding="UTF-8"?>\n<!-- made by hand -->\n'
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 2"><rect width="4" '
        'height="2"/></svg>\n',
        encoding="utf-8",
    )
    assert logo_from_file(path).media_type == "image/svg+xml"


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (
            b"Naam;Afdeling\nGemeente Testdorp;IZ\n",
            "logo.png is geen PNG-, JPEG- of SVG-afbeelding",
        ),
        (b"<html><body>geen logo</body></html>", "logo.png is geen PNG-, JPEG- of SVG-afbeelding"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "logo.png is geen PNG-, JPEG- of SVG-afbeelding"),
        (b"\xff\xd8\xff\xe0" + b"\x00" * 40, "logo.png is geen PNG-, JPEG- of SVG-afbeelding"),
        (b"", "logo.png is geen PNG-, JPEG- of SVG-afbeelding"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * MAX_LOGO_BYTES, "logo.png is groter dan 2 MB"),
    ],
    ids=["csv", "html", "truncated-png", "broken-jpeg", "empty", "oversized"],
)
def test_what_cannot_be_a_logo_is_refused_on_the_logo_field(
    tmp_path: Path, content: bytes, expected: str
) -> None:
    path = tmp_path / "logo.png"
    path.write_bytes(content)
    with pytest.raises(ValidationError) as refused:
        logo_from_file(path)
    assert refused.value.field == "logo"
    assert refused.value.problems[0].message.startswith("Logo: ")
    assert expected in str(refused.value)


def test_a_file_that_cannot_be_read_is_named(tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as refused:
        logo_from_file(tmp_path / "weg.png")
    assert "weg.png kan niet worden gelezen" in str(refused.value)


def test_a_small_file_that_unpacks_to_a_giant_picture_is_refused(tmp_path: Path) -> None:
    # 12,000 x 12,000 pixels of one colour: a PNG of a few hundred kB, 144 million pixels
    # (Pillow's limit is 89 million), never decoded.
    path = tmp_path / "logo.png"
    Image.new("1", (12000, 12000)).save(path, "PNG")
    assert path.stat().st_size < MAX_LOGO_BYTES
    with pytest.raises(
        ValidationError, match="logo.png heeft te veel pixels; kies een kleinere afbeelding"
    ):
        logo_from_file(path)
