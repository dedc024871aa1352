#!/usr/bin/env bash
# Collect the texts below the window (reports, labels, messages) into the gettext
# template, merge it into the Dutch and English catalogs and compile them to .mo.
# After running: fill in every new Dutch msgstr in resources/locale/nl/LC_MESSAGES/
# intzaken.po (English may stay empty: the English id is printed), run this again to
# compile, and commit the .pot, .po and .mo files (tests/test_i18n_catalogs.py checks that
# all three agree with the source).
set -euo pipefail
cd "$(dirname "$0")/.."
LOCALE_DIR=resources/locale
POT="$LOCALE_DIR/intzaken.pot"
# No line numbers and sorted ids: a catalog changes only where a text changes.
# -k adds intzaken.i18n.lazy_gettext to Babel's default keywords (EXTRA_KEYWORDS there).
.venv/bin/pybabel extract -F babel.cfg -k lazy_gettext --no-location --sort-output \
  --project=Intzaken --copyright-holder="the Intzaken authors" \
  --add-comments=TRANSLATORS: -o "$POT" src/intzaken
# --init-missing starts a catalog for a language that has none yet.
for language in nl en; do
  .venv/bin/pybabel update -i "$POT" -d "$LOCALE_DIR" -D intzaken -l "$language" \
    --init-missing --ignore-obsolete --no-fuzzy-matching --ignore-pot-creation-date
done
.venv/bin/pybabel compile -d "$LOCALE_DIR" -D intzaken --statistics
