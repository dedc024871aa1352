"""An organisation's logo read from a file the user chose, checked before it is stored.

The kind is taken from the file's content, not its name: a text file renamed to .png, a
truncated download or a video is refused with a message, as is a file larger than the
organisation service accepts (read no further than that limit, so a huge file costs
nothing). What passes here still goes through `set_organisation`, whose checks decide.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass
from pathlib import Path

from ..i18n import _
from .errors import Problem, ValidationError
from .fields import field_label
from .organisation import MAX_LOGO_BYTES

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
JPEG_SIGNATURE = b"\xff\xd8\xff"
# An SVG says so near its start, after an optional XML declaration, comments or doctype.
SVG_SNIFF_BYTES = 4096


@dataclass(frozen=True)
class LogoFile:
    content: bytes
    media_type: str  # one of services.organisation.LOGO_TYPES


def logo_from_file(path: Path) -> LogoFile:
    """The logo in `path`; a ValidationError on the field "logo" when it cannot be one."""
    label = field_label("logo")
    try:
        with path.open("rb") as file:
            content = file.read(MAX_LOGO_BYTES + 1)
    except OSError as exc:
        raise _refused(
            _("{field}: {file} cannot be read: {error}").format(
                field=label, file=path.name, error=exc.strerror or exc
            )
        ) from exc
    if len(content) > MAX_LOGO_BYTES:
        raise _refused(
            _("{field}: {file} is larger than 2 MB; choose a smaller image.").format(
                field=label, file=path.name
            )
        )
    media_type = _media_type(content, path.name)
    if media_type is None:
        raise _refused(
            _("{field}: {file} is not a PNG, JPEG or SVG image.").format(
                field=label, file=path.name
            )
        )
    return LogoFile(content, media_type)


def _media_type(content: bytes, name: str) -> str | None:
    if content.startswith(PNG_SIGNATURE):
        return "image/png" if _decodes(content, name) else None
    if content.startswith(JPEG_SIGNATURE):
        return "image/jpeg" if _decodes(content, name) else None
    head = content[:SVG_SNIFF_BYTES].decode("utf-8", errors="replace").lstrip("\ufeff \t\r\n")
    if head.startswith("<") and "<svg" in head and content.rstrip().endswith(b">"):
        return "image/svg+xml"
    return None


def _decodes(content: bytes, name: str) -> bool:
    """Whether the raster image is whole: the reports draw it with Pillow (reportlab)."""
    from PIL import Image

    try:
        with warnings.catch_warnings():
            # A small file that unpacks to a giant picture is refused, not decoded.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(content)) as image:
                image.load()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise _refused(
            _("{field}: {file} has too many pixels; choose a smaller image.").format(
                field=field_label("logo"), file=name
            )
        ) from exc
    except (OSError, ValueError, SyntaxError):
        return False
    return True


def _refused(message: str) -> ValidationError:
    return ValidationError([Problem("logo", message)])
