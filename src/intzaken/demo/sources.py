"""Where each demo record comes from (issue 23): every record of a profile names the
seed document it is taken from, and what the demo infers rather than reads is marked.

A profile lists its documents once (`[documents.<key>]`: title, and date when the
document gives one); a file names the document most of its records come from
(`[file_source]`: document, page), and a record may name its own or add a page or note
(`source = { document = "...", page = "p. 31" }`) and say what it derives
(`derived = "afgeleid: ..."`). See resources/demo/SCHEMA.md.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from .errors import DemoDataError

FILE_SOURCE = "file_source"
KIND_SOURCES = "kind_sources"
DOCUMENTS = "documents"


def take_file_source(loaded: dict[str, Any]) -> None:
    """Give every record of one file's arrays the file's source, under its own; and
    under both, what `[kind_sources.<array>]` says of all records of one kind (the
    places' note that their coordinates come from outside the seeds)."""
    default = loaded.pop(FILE_SOURCE, None) or {}
    kinds = loaded.pop(KIND_SOURCES, None) or {}
    if not default and not kinds:
        return
    for name, value in loaded.items():
        if not isinstance(value, list):
            continue
        for item in value:
            if isinstance(item, dict):
                own = item.get("source") or {}
                if not isinstance(own, dict):
                    raise DemoDataError(f"source {own!r} must be a table: document, page, note")
                item["source"] = {**default, **kinds.get(name, {}), **own}


def term_source(official: dict[str, Any], term: dict[str, Any]) -> dict[str, Any]:
    """An office term as a record of its own: the official's document and page unless
    the term names its own, with the term's own note and derived mark (its dates are
    often read outside the seeds, which its note says)."""
    inherited = {
        key: value
        for key, value in (official.get("source") or {}).items()
        if key in ("document", "page", "date")
    }
    return {
        "source": {**inherited, **(term.get("source") or {})},
        "derived": term.get("derived", ""),
    }


def source_fields(
    item: dict[str, Any], documents: dict[str, dict[str, Any]], where: str
) -> dict[str, Any]:
    """The record's source as keyword arguments of its data class (services/data.py)."""
    source = item.get("source") or {}
    derived = str(item.get("derived", "")).strip()
    if not source:
        return {"derived_from": derived}
    key = source.get("document", "")
    document = documents.get(key)
    if document is None:
        raise DemoDataError(f"{where}: unknown source document {key!r}")
    day = source.get("date", document.get("date"))
    if day is not None and not isinstance(day, dt.date):
        raise DemoDataError(f"{where}: source date {day!r} must be a TOML date")
    return {
        "source": document["title"],
        "source_date": day,
        "source_page": str(source.get("page", "")),
        "source_note": str(source.get("note", "")).strip(),
        "derived_from": derived,
    }
