"""What a search gives back, and the short piece of text that shows why a record matched."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from ...registers import RegisterKey
from .folding import folded_with_offsets

SNIPPET_WIDTH = 90
Marks = tuple[tuple[int, int], ...]  # (start, end) of each found word in a text
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class Hit:
    """A field of the record that holds some of the words: its name, and the passage."""

    field: str  # translated: "Bestemming"
    snippet: str
    marks: Marks = ()


@dataclass(frozen=True)
class SearchResult:
    register: RegisterKey
    record_id: int
    title: str
    title_marks: Marks = ()
    detail: str = ""  # what the record is, in a few words ("stedenband · actief")
    when: str = ""  # its date(s) as text, where it has any ("12 t/m 16 april 2024")
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    hits: tuple[Hit, ...] = ()  # why it matched, beside the title
    # The form that shows it: the record itself, or for a contact (which has no form of
    # its own) the relation, network or trip it belongs to; None when there is none.
    opens: tuple[RegisterKey, int] | None = None


@dataclass(frozen=True)
class SearchGroup:
    register: RegisterKey
    heading: str  # translated: "Reizen"
    results: tuple[SearchResult, ...]
    total: int  # every match, also those beyond the results shown

    @property
    def more(self) -> int:
        return self.total - len(self.results)


@dataclass(frozen=True)
class SearchOutcome:
    query: str
    words: tuple[str, ...]  # as compared: folded, short words left out
    groups: tuple[SearchGroup, ...] = field(default=())

    @property
    def total(self) -> int:
        return sum(group.total for group in self.groups)


def single_line(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def found_words(text: str, words: tuple[str, ...] | list[str]) -> set[str]:
    folded, _ = folded_with_offsets(text)
    return {word for word in words if word in folded}


def marks_in(text: str, words: tuple[str, ...] | list[str]) -> Marks:
    """Where the words occur in `text` (compared folded, marked in the text as written),
    merged where they overlap."""
    folded, offsets = folded_with_offsets(text)
    spans: list[tuple[int, int]] = []
    for word in words:
        start = folded.find(word)
        while start >= 0:
            end = start + len(word)
            spans.append((offsets[start], offsets[end - 1] + 1))
            start = folded.find(word, end)
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return tuple(merged)


def snippet(text: str, words: tuple[str, ...] | list[str], width: int = SNIPPET_WIDTH) -> Hit:
    """The passage of `text` around the first word found, at most about `width`
    characters, cut at spaces, with "…" where it was cut (field left empty)."""
    line = single_line(text)
    marks = marks_in(line, words)
    if len(line) <= width:
        return Hit("", line, marks)
    first = marks[0][0] if marks else 0
    begin = max(0, first - width // 3)
    if begin > 0:
        space = line.rfind(" ", 0, begin + 1)
        begin = space + 1 if space >= 0 and first - space < width // 2 else begin
    end = min(len(line), begin + width)
    if end < len(line):
        space = line.rfind(" ", begin, end)
        end = space if space > first else end
    prefix = "…" if begin > 0 else ""
    suffix = "…" if end < len(line) else ""
    shift = len(prefix) - begin
    inside = tuple(
        (max(start, begin) + shift, min(stop, end) + shift)
        for start, stop in marks
        if start < end and stop > begin
    )
    return Hit("", prefix + line[begin:end] + suffix, inside)
