#!/usr/bin/env bash
# Collect the interface's source strings, fill in the Dutch, compile the .qm.
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t sources < <(find src/intzaken/ui -name '*.py' | sort)
.venv/bin/pyside6-lupdate "${sources[@]}" -ts resources/translations/intzaken_nl.ts -no-obsolete
.venv/bin/python tools/translate_nl.py
