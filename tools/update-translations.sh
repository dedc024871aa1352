#!/usr/bin/env bash
# Collect the interface's source strings, fill in the Dutch (and the English plural
# forms of texts with a count), compile the .qm files.
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t sources < <(find src/intzaken/ui -name '*.py' | sort)
.venv/bin/pyside6-lupdate "${sources[@]}" -ts resources/translations/intzaken_nl.ts -no-obsolete
# English is the source language: only the plural forms ("%n record(s)") need a translation.
.venv/bin/pyside6-lupdate "${sources[@]}" -ts resources/translations/intzaken_en.ts -no-obsolete \
  -pluralonly -target-language en_GB
.venv/bin/python tools/translate_nl.py
# What Qt's own Dutch lacks (see the file's comment).
.venv/bin/pyside6-lrelease -silent resources/translations/qt_supplement_nl.ts \
  -qm resources/translations/qt_supplement_nl.qm
