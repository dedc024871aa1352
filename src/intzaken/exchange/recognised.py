"""A sheet not called by a sheet name of the layout ("Sheet1", "export (3).csv") is taken
for the sheet whose headings it has, and the import says so."""

from __future__ import annotations

from ..i18n import _
from .layout import sheets_of
from .reading import RawSheet


def _headings(raw: RawSheet) -> set[str]:
    if not raw.rows or raw.rows[0][0] != 1:
        return set()
    return {str(v).strip().casefold() for v in raw.rows[0][1] if v is not None and str(v).strip()}


def recognised_sheet(raw: RawSheet) -> str | None:
    """The layout's sheet whose headings `raw` has: all its key columns and more of its
    other columns than any other sheet; None when none fits or two fit equally well."""
    headings = _headings(raw)
    fits: dict[int, list[str]] = {}
    for _register, sheet in sheets_of(None):
        if {h.casefold() for h in sheet.key} <= headings:
            score = len(headings & {c.heading.casefold() for c in sheet.columns})
            fits.setdefault(score, []).append(sheet.name)
    if not fits:
        return None
    best = fits[max(fits)]
    return best[0] if len(best) == 1 else None


def named_by_headings(sheets: dict[str, RawSheet]) -> tuple[dict[str, RawSheet], list[str]]:
    """`sheets` under the layout's names (any case), those with another name recognised
    by their headings where one sheet fits; with a notice for each sheet so recognised."""
    known = {sheet.name.casefold(): sheet.name for _, sheet in sheets_of(None)}
    named: dict[str, RawSheet] = {}
    notices = []
    for name, raw in sheets.items():
        target = known.get(name.casefold())
        if target is None:
            target = recognised_sheet(raw)
            if target is not None and target not in sheets and target not in named:
                notices.append(
                    _("Sheet '{sheet}' read as {layout} (by its column headings).").format(
                        sheet=name, layout=target
                    )
                )
            else:
                target = name
        named[target] = RawSheet(target, raw.rows)
    return named, notices
