"""`intzaken report ...`: any printed report as a PDF file."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, TextIO

from ..reports import REPORTS, ReportError, build_report, default_filename
from ..store.location import Location
from ..store.reading import open_for_reading
from ..store.server_limits import allow_long_work


def add_report_parser(sub: Any, db: argparse.ArgumentParser) -> None:
    report = sub.add_parser("report", parents=[db], help="maak een rapport als PDF",
                            description="Maak een rapport als PDF-bestand.")
    kinds = report.add_subparsers(dest="report", metavar="RAPPORT", required=True)
    out = argparse.ArgumentParser(add_help=False)
    out.add_argument("--out", type=Path, metavar="BESTAND.pdf",
                     help="waar het PDF-bestand komt (standaard een passende naam in de "
                          "huidige map)")
    common = [db, out]

    def add(key: str, help_text: str) -> argparse.ArgumentParser:
        return kinds.add_parser(key, parents=common, help=help_text,
                                description=f"{REPORTS[key].name}: {REPORTS[key].description}")

    add("trip", "reiskaart: één pagina per reis").add_argument(
        "--id", dest="trip_ids", type=int, nargs="+", required=True, metavar="N",
        help="nummer van de reis (meer nummers: meer kaarten)")
    add("briefing", "briefingsmap voor één reis").add_argument(
        "--id", dest="trip_id", type=int, required=True, metavar="N",
        help="nummer van de reis")
    annual = add("annual", "jaaroverzicht buitenlandse ambtsreizen")
    annual.add_argument("--year", type=int, required=True, metavar="JAAR", help="het jaar")
    annual.add_argument("--intro", type=Path, metavar="BESTAND",
                        help="tekstbestand (UTF-8) met een eigen inleiding; alinea's "
                             "scheiden met een witregel")
    planned = add("planned", "voorgenomen reizen in een periode")
    planned.add_argument("--from", dest="start", required=True, metavar="JJJJ-MM",
                         help="eerste maand, bijvoorbeeld 2025-06")
    planned.add_argument("--to", dest="end", required=True, metavar="JJJJ-MM",
                         help="laatste maand, bijvoorbeeld 2025-09")
    add("budget", "begrotingsoverzicht van een jaar").add_argument(
        "--year", type=int, required=True, metavar="JAAR", help="het begrotingsjaar")
    add("relations", "overzicht van relaties en netwerken")


def _intro(path: Path | None) -> str | None:
    if path is None:
        return None
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ReportError(f"De inleiding {path} kan niet worden gelezen: {exc}") from exc


def _params(args: argparse.Namespace) -> dict[str, Any]:
    if args.report == "annual":
        return {"year": args.year, "intro": _intro(args.intro)}
    names = {"trip": ("trip_ids",), "briefing": ("trip_id",), "planned": ("start", "end"),
             "budget": ("year",), "relations": ()}[args.report]
    return {name: getattr(args, name) for name in names}


def run_report(args: argparse.Namespace, database: Location, out: TextIO) -> int:
    params = _params(args)
    target = args.out or Path.cwd() / default_filename(args.report, **params)
    opened = open_for_reading(database)
    try:
        with allow_long_work(opened.sessions()) as session:
            try:
                report = build_report(args.report, session, target, **params)
            except OSError as exc:
                raise ReportError(f"Het rapport kan niet worden geschreven naar "
                                  f"{target}: {exc.strerror or exc}") from exc
    finally:
        opened.close()
    pages = report.meta.get("pages", 0)
    out.write(f"{REPORTS[args.report].name} geschreven naar {target.resolve()} "
              f"({pages} {'pagina' if pages == 1 else 'pagina’s'}).\n")
    return 0
