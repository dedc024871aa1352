"""`intzaken search WORDS`: the window's "find anything" on the command line, grouped by
register, as text or JSON."""

from __future__ import annotations

import argparse
import json
from typing import Any, TextIO

from ..i18n import _, current_language
from ..registers import NOUNS
from ..services.errors import ServiceError
from ..services.search import SearchOutcome, SearchResult, search
from ..services.search.folding import search_words
from ..store.location import Location
from ..store.reading import open_for_reading


def run_search(args: argparse.Namespace, database: Location, out: TextIO) -> int:
    query = " ".join(args.words)
    if not search_words(query):
        raise ServiceError(_("Give at least one word of two or more characters to look for."))
    opened = open_for_reading(database)
    try:
        with opened.sessions() as session:
            outcome = search(session, query, limit=args.limit)
    finally:
        opened.close()
    if args.format == "json":
        json.dump(as_json(outcome), out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        write_groups(outcome, out)
    return 0


def as_json(outcome: SearchOutcome) -> dict[str, Any]:
    return {
        "query": outcome.query,
        "words": list(outcome.words),
        "groups": [
            {
                "register": str(group.register),
                "heading": group.heading,
                "total": group.total,
                "results": [_result_json(result) for result in group.results],
            }
            for group in outcome.groups
        ],
    }


def _result_json(result: SearchResult) -> dict[str, Any]:
    return {
        "id": result.record_id,
        "title": result.title,
        "detail": result.detail,
        "when": result.when,
        "start_date": result.start_date.isoformat() if result.start_date else None,
        "end_date": result.end_date.isoformat() if result.end_date else None,
        "matched": [{"field": hit.field, "text": hit.snippet} for hit in result.hits],
        "opens": (
            {"register": str(result.opens[0]), "id": result.opens[1]}
            if result.opens is not None
            else None
        ),
    }


def write_groups(outcome: SearchOutcome, out: TextIO) -> None:
    if not outcome.groups:
        out.write(_("Nothing found for '{query}'.").format(query=outcome.query) + "\n")
        return
    for group in outcome.groups:
        out.write(f"{group.heading} ({group.total})\n")
        for result in group.results:
            out.write(f"  {result.title}  [{_record(result)}]\n")
            about = " · ".join(part for part in (result.when, result.detail) if part)
            if about:
                out.write(f"      {about}\n")
            for hit in result.hits:
                out.write(f"      {hit.field}: {hit.snippet}\n")
        if group.more:
            more = _("… and {count} more (--limit shows more)").format(count=group.more)
            out.write(f"  {more}\n")


def _record(result: SearchResult) -> str:
    """'reis 12': the register and number, as the other commands take them (--id)."""
    nouns = NOUNS[result.register]
    noun = nouns.singular if current_language() == "nl" else nouns.english
    return f"{noun} {result.record_id}"
