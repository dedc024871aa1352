"""The English plural forms of the interface's texts with a count (Qt's %n).

English is the interface's source language, so only these need a translation: without
one, Qt would show "1 record(s)". tools/translate_nl.py writes them into
resources/translations/intzaken_en.ts; the Dutch forms are in tools/dutch/.
"""

ENGLISH = {
    "%n priority(ies) ticked": ("%n priority ticked", "%n priorities ticked"),
    "%n proposal(s) not ticked": ("%n proposal not ticked", "%n proposals not ticked"),
    "%n trip(s) of {year} written to {csv}, with the metadata in {metadata}.": (
        "%n trip of {year} written to {csv}, with the metadata in {metadata}.",
        "%n trips of {year} written to {csv}, with the metadata in {metadata}.",
    ),
    "%n day(s) ago": ("%n day ago", "%n days ago"),
    "%n visit(s)": ("%n visit", "%n visits"),
    "%n or more visits": ("%n or more visits", "%n or more visits"),
    "%n relation(s)": ("%n relation", "%n relations"),
    "%n trip(s) in {year}": ("%n trip in {year}", "%n trips in {year}"),
    "%n destination country(s)": ("%n destination country", "%n destination countries"),
    "Handed over: %n responsibility(ies).": (
        "Handed over: %n responsibility.",
        "Handed over: %n responsibilities.",
    ),
    "Still %n problem(s):": ("Still %n problem:", "Still %n problems:"),
    "{tab} (%n problem(s))": ("{tab} (%n problem)", "{tab} (%n problems)"),
    "in %n day(s)": ("in %n day", "in %n days"),
    "in at least %n day(s)": ("in at least %n day", "in at least %n days"),
    "expired %n day(s) ago": ("expired %n day ago", "expired %n days ago"),
    "and %n more trip(s)": ("and %n more trip", "and %n more trips"),
    "%n point(s)": ("%n point", "%n points"),
    "GeoNames knows %n place(s) of this name: choose one, or type the coordinates.": (
        "GeoNames knows %n place of this name: choose it, or type the coordinates.",
        "GeoNames knows %n places of this name: choose one, or type the coordinates.",
    ),
    "%n record(s) added or changed.": (
        "%n record added or changed.",
        "%n records added or changed.",
    ),
    "%n entry(s), by {authors}": ("%n entry, by {authors}", "%n entries, by {authors}"),
    "%n problem(s)": ("%n problem", "%n problems"),
    "{found} in %n row(s)": ("{found} in %n row", "{found} in %n rows"),
    "%n record(s) changed only in the team database stay as they are.": (
        "%n record changed only in the team database stays as it is.",
        "%n records changed only in the team database stay as they are.",
    ),
    "%Ln record(s)": ("%Ln record", "%Ln records"),
    "%n record(s) found": ("%n record found", "%n records found"),
    "The travel copy is merged: {added} added, {changed} changed, {deleted} deleted, "
    "%n change(s) of its history carried over.": (
        "The travel copy is merged: {added} added, {changed} changed, {deleted} deleted, "
        "%n change of its history carried over.",
        "The travel copy is merged: {added} added, {changed} changed, {deleted} deleted, "
        "%n changes of its history carried over.",
    ),
}
