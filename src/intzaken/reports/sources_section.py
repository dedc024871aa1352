"""The "Bronnen" section a report prints on request (issue 23): per record the source
document, its date and page, and, for a record derived rather than read, the mark and
why. A content model (content.py), so the annual overview's Word document has it too."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..formatting import long_date
from ..i18n import _
from .content import Block, Gap, Grid, Heading, Text


def source_text(record: Any) -> str:
    """ "Rotterdam Internationaal 2021-2025, 11 maart 2021, p. 12", or that none is
    recorded (which a council report should say rather than leave blank)."""
    parts = [record.source]
    if record.source_date is not None:
        parts.append(long_date(record.source_date))
    if record.source_page:
        parts.append(record.source_page)
    found = ", ".join(part for part in parts if part)
    if record.source_note:
        found = f"{found} ({record.source_note})" if found else record.source_note
    return found or _("no source recorded")


def derived_text(record: Any) -> str:
    """The derived mark in words, never by colour alone: "Afgeleid: heeft portefeuille
    MJT"; empty for a record read from its source."""
    explanation = record.derived_from.strip()
    if not explanation:
        return ""
    # The explanation mostly starts with the word itself ("afgeleid: ..."): not twice.
    word = _("Derived")
    if explanation.lower().startswith(word.lower()):
        return word + explanation[len(word) :]
    return _("{derived}: {why}").format(derived=word, why=explanation)


def sources_blocks(entries: Sequence[tuple[str, Any]]) -> list[Block]:
    """The section for `entries`, (what the report calls the record, the record), in the
    order the report shows them."""
    if not entries:
        return []
    derived = sum(1 for _name, record in entries if record.derived_from.strip())
    intro = _(
        "Where the facts in this report come from: per record the source document, its "
        "date and the page or reference. A record marked derived was worked out rather "
        "than read in a source; the reason is given."
    )
    rows = [
        [str(number), name, source_text(record), derived_text(record) or "-"]
        for number, (name, record) in enumerate(entries, start=1)
    ]
    blocks: list[Block] = [
        Heading(_("Sources"), 0),
        Text(intro),
        Grid((_("No."), _("Record"), _("Source"), _("Derived")), rows, (0.35, 1.7, 2.6, 2.1)),
    ]
    if derived:
        counted = _("Derived records: {count} of {total}.").format(count=derived, total=len(rows))
        blocks += [Gap(2), Text(counted)]
    return blocks
