"""A merge plan, and a written copy, as text lines in the current language (the command
line prints them)."""

from __future__ import annotations

from collections.abc import Iterator

from ..domain.enums import ChangeAction
from ..formatting import short_date_time
from ..i18n import N_, _, ngettext
from ..registers import NOUNS, RegisterKey
from ..services.fields import field_label, shown_history_label
from ..services.tracked_records import REGISTERS as TRACKED
from .copy_history import CopyEntry
from .history_sift import HistorySift, sift
from .merge_plan import Case, Choices, FieldChange, MergePlan, RecordMerge, Side
from .origin import utc_to_local
from .values import deleted_text, value_text

# Message ids, translated where they are printed.
SIDE_NAMES = {Side.MINE: N_("travel copy"), Side.THEIRS: N_("team database")}
CASE_TEXTS = {
    Case.NEW_IN_COPY: N_("new in the travel copy"),
    Case.CHANGED_IN_COPY: N_("changed in the travel copy"),
    Case.CHANGED_ON_BOTH: N_("changed in both"),
    Case.DELETED_IN_COPY: N_("deleted in the travel copy"),
    Case.DELETED_IN_COPY_CHANGED_IN_TEAM: N_(
        "deleted in the travel copy, but changed in the team database"
    ),
    Case.DELETED_IN_TEAM_CHANGED_IN_COPY: N_(
        "deleted in the team database, but changed in the travel copy"
    ),
    Case.DELETED_IN_TEAM_USED_IN_COPY: N_(
        "deleted in the team database, but the travel copy refers to it"
    ),
}
# What each side means for a record deleted on one side.
WHOLE_CHOICES = {
    Case.DELETED_IN_COPY: {Side.MINE: N_("delete"), Side.THEIRS: N_("keep")},
    Case.DELETED_IN_COPY_CHANGED_IN_TEAM: {
        Side.MINE: N_("delete"),
        Side.THEIRS: N_("keep as in the team database"),
    },
    Case.DELETED_IN_TEAM_CHANGED_IN_COPY: {
        Side.MINE: N_("restore from the travel copy"),
        Side.THEIRS: N_("leave deleted"),
    },
    Case.DELETED_IN_TEAM_USED_IN_COPY: {
        Side.MINE: N_("restore from the travel copy"),
        Side.THEIRS: N_("leave deleted"),
    },
}


def counted(count: int, register: str) -> str:
    return f"{count} {NOUNS[RegisterKey(register)].word(count)}"


def plan_lines(plan: MergePlan, choices: Choices) -> Iterator[str]:
    yield _("Travel copy {path}, {origin}.").format(path=plan.copy_path, origin=plan.origin)
    if plan.automatic:
        yield _("Automatic ({count}):").format(count=len(plan.automatic))
        for record in plan.automatic:
            fields = ", ".join(field_label(f.name) for f in record.fields)
            yield f"  {record.title}: {_(CASE_TEXTS[record.case])}" + (
                f" ({fields})" if fields and record.case is Case.CHANGED_IN_COPY else ""
            )
    if plan.kept:
        yield ngettext(
            "Changed only in the team database, stays so: {count} record.",
            "Changed only in the team database, stays so: {count} records.",
            plan.kept,
        ).format(count=plan.kept)
    if plan.conflicts:
        yield _("Conflicts ({count}):").format(count=len(plan.conflicts))
        for record in plan.conflicts:
            yield from _conflict_lines(plan, record, choices)
    if plan.deletions:
        yield _("Deleted in the travel copy, to confirm ({count}):").format(
            count=len(plan.deletions)
        )
        for record in plan.deletions:
            yield f"  {record.title}: {_whole_choice(record, choices)}"
    yield from history_lines(sift(plan, choices))
    if plan.nothing_to_do:
        yield _("Nothing to merge: the travel copy has not changed.")


def _conflict_lines(plan: MergePlan, record: RecordMerge, choices: Choices) -> Iterator[str]:
    yield f"  {record.title}: {_(CASE_TEXTS[record.case])}"
    if record.case is not Case.CHANGED_ON_BOTH:
        for change in record.fields:
            yield from _values(plan, record, change)
        yield f"    -> {_whole_choice(record, choices)}"
        return
    for change in record.fields:
        chosen = record.chosen(choices, change.name)
        if change.proposed is not None and chosen is change.proposed:
            yield "    " + _("{field}: from the {side} (changed only there)").format(
                field=field_label(change.name), side=_(SIDE_NAMES[chosen])
            )
            continue
        yield from _values(plan, record, change)
        yield "    -> " + (
            _("still to choose")
            if chosen is None
            else _("chosen: {side}").format(side=_(SIDE_NAMES[chosen]))
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
        (_("original"), change.base, None),
        (_(SIDE_NAMES[Side.MINE]), change.mine, Side.MINE),
        (_(SIDE_NAMES[Side.THEIRS]), change.theirs, Side.THEIRS),
    ]
    for heading, value, side in rows:
        text = (
            deleted_text()
            if side is deleted_side and side is not None
            else value_text(record.register, change.name, value, plan.names)
        )
        first, *rest = text.splitlines() or [""]
        yield f"      {heading + ':':<16}{first}"
        for line in rest:
            yield f"      {'':<16}{line}"


def _whole_choice(record: RecordMerge, choices: Choices) -> str:
    chosen = record.chosen(choices)
    return _("still to choose") if chosen is None else _(WHOLE_CHOICES[record.case][chosen])


def history_lines(sifted: HistorySift) -> Iterator[str]:
    """The copy's history entries the merge carries over, and those it does not with the
    reason of each."""
    if sifted.carried:
        yield _("History from the travel copy, to take over ({count}):").format(
            count=len(sifted.carried)
        )
        for entry in sifted.carried:
            yield f"  {entry_text(entry)}"
    if sifted.dropped:
        yield dropped_heading(len(sifted.dropped)) + ":"
        for dropped in sifted.dropped:
            yield f"  {entry_text(dropped.entry)}: {dropped.reason}"


def dropped_heading(count: int) -> str:
    return ngettext(
        "{count} history line from the travel copy not taken over",
        "{count} history lines from the travel copy not taken over",
        count,
    ).format(count=count)


ACTION_TEXTS: dict[ChangeAction | None, str] = {
    ChangeAction.CREATED: N_("created"),
    ChangeAction.DELETED: N_("deleted"),
}


def entry_text(entry: CopyEntry) -> str:
    """One line: '12-03-2025 10:14:02 jdevries, reis 'Werkbezoek Tokio':
    Overige kosten gewijzigd'."""
    when, author, record, what = entry_parts(entry)
    return f"{when} {author}, {record}: {what}"


def entry_parts(entry: CopyEntry) -> tuple[str, str, str, str]:
    """(when, who, which record, what) of an entry, in the current language. The copy's
    text is shown as plain, printable text: it may have been written by hand."""
    when = (
        short_date_time(utc_to_local(entry.at)) if entry.at is not None else _("(unreadable time)")
    )
    tracked = TRACKED.get(entry.register)
    noun = tracked.nouns.word() if tracked else _plain(entry.register)
    action = ACTION_TEXTS.get(entry.action)
    what = (
        (_(action) if action else "")
        if entry.action is not ChangeAction.CHANGED
        else _("{field} changed").format(field=_plain(shown_history_label(entry.field or "")))
    )
    return (
        when,
        _plain(entry.author),
        f"{noun} '{_plain(entry.title)}'",
        what or _("(unreadable change)"),
    )


def _plain(text: str, limit: int = 100) -> str:
    """`text` on one line without control characters (no terminal escapes), cut short."""
    plain = " ".join("".join(c if c.isprintable() else " " for c in text).split())
    return plain if len(plain) <= limit else plain[: limit - 1] + "…"
