"""A merge plan, and a written copy, as Dutch text lines (the command line prints them)."""

from __future__ import annotations

from collections.abc import Iterator

from ..domain.enums import ChangeAction
from ..formatting import short_date_time
from ..registers import NOUNS, RegisterKey
from ..services.fields import field_label
from ..services.tracked_records import REGISTERS as TRACKED
from .copy_history import CopyEntry
from .history_sift import HistorySift, sift
from .merge_plan import Case, Choices, FieldChange, MergePlan, RecordMerge, Side
from .origin import utc_to_local
from .values import DELETED, value_text

SIDE_NAMES = {Side.MINE: "reiskopie", Side.THEIRS: "teamdatabase"}
CASE_TEXTS = {
    Case.NEW_IN_COPY: "nieuw in de reiskopie",
    Case.CHANGED_IN_COPY: "gewijzigd in de reiskopie",
    Case.CHANGED_ON_BOTH: "in beide gewijzigd",
    Case.DELETED_IN_COPY: "verwijderd in de reiskopie",
    Case.DELETED_IN_COPY_CHANGED_IN_TEAM: (
        "verwijderd in de reiskopie, maar in de teamdatabase gewijzigd"
    ),
    Case.DELETED_IN_TEAM_CHANGED_IN_COPY: (
        "verwijderd in de teamdatabase, maar in de reiskopie gewijzigd"
    ),
    Case.DELETED_IN_TEAM_USED_IN_COPY: (
        "verwijderd in de teamdatabase, maar de reiskopie verwijst ernaar"
    ),
}
# What each side means for a record deleted on one side.
WHOLE_CHOICES = {
    Case.DELETED_IN_COPY: {Side.MINE: "verwijderen", Side.THEIRS: "bewaren"},
    Case.DELETED_IN_COPY_CHANGED_IN_TEAM: {
        Side.MINE: "verwijderen",
        Side.THEIRS: "bewaren zoals in de teamdatabase",
    },
    Case.DELETED_IN_TEAM_CHANGED_IN_COPY: {
        Side.MINE: "terugzetten uit de reiskopie",
        Side.THEIRS: "verwijderd laten",
    },
    Case.DELETED_IN_TEAM_USED_IN_COPY: {
        Side.MINE: "terugzetten uit de reiskopie",
        Side.THEIRS: "verwijderd laten",
    },
}


def counted(count: int, register: str) -> str:
    nouns = NOUNS[RegisterKey(register)]
    return f"{count} {nouns.singular if count == 1 else nouns.plural}"


def plan_lines(plan: MergePlan, choices: Choices) -> Iterator[str]:
    yield f"Reiskopie {plan.copy_path}, {plan.origin}."
    if plan.automatic:
        yield f"Automatisch ({len(plan.automatic)}):"
        for record in plan.automatic:
            fields = ", ".join(field_label(f.name) for f in record.fields)
            yield f"  {record.title}: {CASE_TEXTS[record.case]}" + (
                f" ({fields})" if fields and record.case is Case.CHANGED_IN_COPY else ""
            )
    if plan.kept:
        yield (
            f"Alleen in de teamdatabase gewijzigd, blijft zo: {plan.kept} "
            f"{'record' if plan.kept == 1 else 'records'}."
        )
    if plan.conflicts:
        yield f"Conflicten ({len(plan.conflicts)}):"
        for record in plan.conflicts:
            yield from _conflict_lines(plan, record, choices)
    if plan.deletions:
        yield f"Verwijderd in de reiskopie, te bevestigen ({len(plan.deletions)}):"
        for record in plan.deletions:
            yield f"  {record.title}: {_whole_choice(record, choices)}"
    yield from history_lines(sift(plan, choices))
    if plan.nothing_to_do:
        yield "Niets terug te zetten: de reiskopie is niet gewijzigd."


def _conflict_lines(plan: MergePlan, record: RecordMerge, choices: Choices) -> Iterator[str]:
    yield f"  {record.title}: {CASE_TEXTS[record.case]}"
    if record.case is not Case.CHANGED_ON_BOTH:
        for change in record.fields:
            yield from _values(plan, record, change)
        yield f"    -> {_whole_choice(record, choices)}"
        return
    for change in record.fields:
        chosen = record.chosen(choices, change.name)
        if change.proposed is not None and chosen is change.proposed:
            yield (
                f"    {field_label(change.name)}: uit de {SIDE_NAMES[chosen]} (alleen "
                "daar gewijzigd)"
            )
            continue
        yield from _values(plan, record, change)
        yield (
            "    -> nog te kiezen" if chosen is None else f"    -> gekozen: {SIDE_NAMES[chosen]}"
        )


def _values(plan: MergePlan, record: RecordMerge, change: FieldChange) -> Iterator[str]:
    yield f"    {field_label(change.name)}"
    deleted_side = (
        Side.THEIRS
        if record.case in (Case.DELETED_IN_TEAM_CHANGED_IN_COPY, Case.DELETED_IN_TEAM_USED_IN_COPY)
        else Side.MINE
        if record.case is Case.DELETED_IN_COPY_CHANGED_IN_TEAM
        else None
    )
    rows = [
        ("oorspronkelijk", change.base, None),
        ("reiskopie", change.mine, Side.MINE),
        ("teamdatabase", change.theirs, Side.THEIRS),
    ]
    for heading, value, side in rows:
        text = (
            DELETED
            if side is deleted_side and side is not None
            else value_text(record.register, change.name, value, plan.names)
        )
        first, *rest = text.splitlines() or [""]
        yield f"      {heading + ':':<16}{first}"
        for line in rest:
            yield f"      {'':<16}{line}"


def _whole_choice(record: RecordMerge, choices: Choices) -> str:
    chosen = record.chosen(choices)
    return "nog te kiezen" if chosen is None else WHOLE_CHOICES[record.case][chosen]


def history_lines(sifted: HistorySift) -> Iterator[str]:
    """The copy's history entries the merge carries over, and those it does not with the
    reason of each."""
    if sifted.carried:
        yield f"Geschiedenis uit de reiskopie, over te nemen ({len(sifted.carried)}):"
        for entry in sifted.carried:
            yield f"  {entry_text(entry)}"
    if sifted.dropped:
        yield dropped_heading(len(sifted.dropped)) + ":"
        for dropped in sifted.dropped:
            yield f"  {entry_text(dropped.entry)}: {dropped.reason}"


def dropped_heading(count: int) -> str:
    return (
        f"{count} {'geschiedenisregel' if count == 1 else 'geschiedenisregels'} uit de "
        "reiskopie niet overgenomen"
    )


ACTION_TEXTS: dict[ChangeAction | None, str] = {
    ChangeAction.CREATED: "aangemaakt",
    ChangeAction.DELETED: "verwijderd",
}


def entry_text(entry: CopyEntry) -> str:
    """Dutch, one line: '12-03-2025 10:14:02 jdevries, reis 'Werkbezoek Tokio':
    Overige kosten gewijzigd'."""
    when, author, record, what = entry_parts(entry)
    return f"{when} {author}, {record}: {what}"


def entry_parts(entry: CopyEntry) -> tuple[str, str, str, str]:
    """(when, who, which record, what) of an entry, in Dutch. The copy's text is shown
    as plain, printable text: it may have been written by hand."""
    when = short_date_time(utc_to_local(entry.at)) if entry.at is not None else "(onleesbare tijd)"
    tracked = TRACKED.get(entry.register)
    noun = tracked.nouns.singular if tracked else _plain(entry.register)
    what = (
        ACTION_TEXTS.get(entry.action, "")
        if entry.action is not ChangeAction.CHANGED
        else f"{_plain(entry.field or '')} gewijzigd"
    )
    return (
        when,
        _plain(entry.author),
        f"{noun} '{_plain(entry.title)}'",
        what or "(onleesbare wijziging)",
    )


def _plain(text: str, limit: int = 100) -> str:
    """`text` on one line without control characters (no terminal escapes), cut short."""
    plain = " ".join("".join(c if c.isprintable() else " " for c in text).split())
    return plain if len(plain) <= limit else plain[: limit - 1] + "…"
