#!/usr/bin/env bash
# Smoke test of the built bundle (packaging/build.sh first), the way staff run it: copied
# out of the source tree, with a bare environment (no venv, no PYTHONPATH), no screen.
# Writes the demo database, the 2024 annual overview and a register listing, checks the
# file, writes the demo into a team database on a throw-away PostgreSQL server
# (tools/test-postgres.sh), opens the user guide (Help -> Handleiding) on its own and
# keeps the window open offscreen for a few seconds. Exit
# status 0 = passed.
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$PWD"
[ -x dist/intzaken/intzaken ] || { echo "no dist/intzaken/intzaken: run packaging/build.sh" >&2; exit 1; }

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cp -a dist/intzaken "$tmp/app"
mkdir "$tmp/home" "$tmp/work"
db="$tmp/work/demo.sqlite"

fail() { echo "SMOKE FAILED: $*" >&2; exit 1; }
# The bundle, from a folder outside the checkout, with nothing but a home and a PATH.
bare=(env -i -C "$tmp/work" HOME="$tmp/home" PATH=/usr/bin:/bin QT_QPA_PLATFORM=offscreen
      "$tmp/app/intzaken")
run() { "${bare[@]}" "$@"; }
step() { echo "== $*"; }

step "version from the package's one place (src/intzaken/_version.py)"
expected="intzaken $(sed -n 's/^__version__ = "\(.*\)"/\1/p' "$repo/src/intzaken/_version.py")"
[ "$(run --version)" = "$expected" ] || fail "--version is '$(run --version)', not '$expected'"

step "demo database"
run demo --db "$db" | tee "$tmp/demo.out"
[ -s "$db" ] || fail "no demo database written"

step "annual overview 2024"
run report annual --year 2024 --db "$db" --out "$tmp/work/annual-2024.pdf"
pdf="$tmp/work/annual-2024.pdf"
[ -f "$pdf" ] || fail "no PDF written"
[ "$(head -c 5 "$pdf")" = "%PDF-" ] || fail "the report is not a PDF"
[ "$(stat -c %s "$pdf")" -gt 20000 ] || fail "the PDF is suspiciously small"
if command -v pdftotext >/dev/null; then
  pdftotext "$pdf" "$tmp/annual.txt"
  grep -q "Buitenlandse ambtsreizen in 2024" "$tmp/annual.txt" || fail "the PDF lacks its title"
fi
if command -v pdffonts >/dev/null; then
  pdffonts "$pdf" >"$tmp/fonts.txt"
  grep -q DejaVuSans "$tmp/fonts.txt" || fail "the PDF does not embed the DejaVu font"
fi
ls "$tmp/home/.cache/Intzaken/matplotlib/"fontlist-*.json >/dev/null 2>&1 \
  || fail "matplotlib's font cache is not in the user's cache folder"

step "a report in English"
# The bundle carries the gettext catalogs and Babel's en_GB data for dates and amounts.
run report relations --language en --db "$db" --out "$tmp/work/relations-en.pdf" \
  >"$tmp/english.txt" || fail "the report in English could not be made"
grep -q "^Relations and networks written to" "$tmp/english.txt" \
  || fail "the command did not answer in English: $(cat "$tmp/english.txt")"
if command -v pdftotext >/dev/null; then
  pdftotext "$tmp/work/relations-en.pdf" "$tmp/english-pdf.txt"
  grep -q "International networks" "$tmp/english-pdf.txt" || fail "the PDF is not in English"
fi

step "a mission: briefing pack, checklist, pocket programme, calendar"
# The demo's example mission (the 40th trip): its programme's local times need the
# bundled tz database (tzdata) and its calendar the icalendar package.
run report briefing --id 40 --db "$db" --out "$tmp/work/briefing.pdf" >/dev/null \
  || fail "the briefing pack of the example mission could not be made"
if command -v pdftotext >/dev/null; then
  pdftotext "$tmp/work/briefing.pdf" "$tmp/briefing.txt"
  grep -q "oogopslag" "$tmp/briefing.txt" || fail "the briefing pack lacks its summary page"
  grep -q "+31 247 247 247" "$tmp/briefing.txt" || fail "the briefing pack lacks the emergency number"
fi
status=0
run check --trip 40 --db "$db" >"$tmp/ready.txt" || status=$?
[ "$status" -le 1 ] && grep -q "Reis 40" "$tmp/ready.txt" \
  || fail "check --trip gave status $status: $(cat "$tmp/ready.txt")"
run report programme --id 40 --two-up --db "$db" --out "$tmp/work/pocket.pdf" >/dev/null \
  || fail "the pocket programme could not be made"
run export programme --id 40 --format ics --db "$db" --out "$tmp/work/programme.ics" >/dev/null \
  || fail "the programme calendar could not be written"
grep -q "TZID=Asia/Shanghai" "$tmp/work/programme.ics" \
  || fail "the programme calendar lacks its local time zone"

step "list trips"
run list trips --db "$db" >"$tmp/trips.txt"
[ "$(wc -l <"$tmp/trips.txt")" -gt 30 ] || fail "too few trips listed"
grep -q "Brussel" "$tmp/trips.txt" || fail "the trips list lacks Brussel"

step "check"
run check --db "$db" >/dev/null || fail "intzaken check found the demo file damaged"

step "export, import into a new file, calendar, backup"
run export --db "$db" --out "$tmp/work/registers.xlsx" >/dev/null \
  || fail "export to xlsx failed"
run init --organisation "Gemeente Rotterdam" --db "$tmp/work/new.sqlite" >/dev/null
run import "$tmp/work/registers.xlsx" --db "$tmp/work/new.sqlite" >"$tmp/import.txt" \
  || fail "import of the exported workbook failed: $(cat "$tmp/import.txt")"
grep -q "40 nieuw" "$tmp/import.txt" || fail "the import did not add the 40 trips"
run export trips --format ics --db "$db" --out "$tmp/work/reizen.ics" >/dev/null
grep -q "BEGIN:VEVENT" "$tmp/work/reizen.ics" || fail "the calendar has no events"
run export --empty --db "$db" --out "$tmp/work/sjabloon.xlsx" >/dev/null \
  || fail "the import template could not be written"
# A LibreOffice spreadsheet (python-calamine, a compiled module) with one sheet named
# otherwise: read, and recognised by its headings. Written with the system's Python.
python3 - "$tmp/work/lijst.ods" <<'PY'
import sys, zipfile
ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"')
def row(*texts):
    cells = "".join('<table:table-cell office:value-type="string"><text:p>%s</text:p>'
                    '</table:table-cell>' % t for t in texts)
    return "<table:table-row>%s</table:table-row>" % cells
content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content %s><office:body>'
           '<office:spreadsheet><table:table table:name="Blad1">%s%s</table:table>'
           '</office:spreadsheet></office:body></office:document-content>'
           % (ns, row("Naam", "Afkorting"), row("Energy Cities", "EnC")))
with zipfile.ZipFile(sys.argv[1], "w") as archive:
    archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
    archive.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
    archive.writestr(
        "META-INF/manifest.xml",
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest='
        '"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
        '<manifest:file-entry manifest:full-path="/" manifest:media-type='
        '"application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry '
        'manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        '</manifest:manifest>')
PY
run import "$tmp/work/lijst.ods" --dry-run --db "$tmp/work/new.sqlite" >"$tmp/ods.txt" \
  || fail "the .ods file could not be imported: $(cat "$tmp/ods.txt")"
grep -q "gelezen als Netwerken" "$tmp/ods.txt" || fail "the .ods sheet was not recognised"
run backup --db "$db" >/dev/null || fail "intzaken backup failed"

step "team database: the demo on a PostgreSQL server, and a server that is not there"
status=0
run list trips --db "postgresql://smoke@127.0.0.1:1/intzaken" >/dev/null 2>"$tmp/gone.txt" \
  || status=$?
[ "$status" = 1 ] && grep -q "127.0.0.1:1 is niet bereikbaar" "$tmp/gone.txt" \
  || fail "an unreachable server gave status $status: $(cat "$tmp/gone.txt")"
if server=$(tools/test-postgres.sh start); then
  trap 'tools/test-postgres.sh stop "$server"; rm -rf "$tmp"' EXIT
  team=$(tools/test-postgres.sh create "$server" smoke)
  run demo --db "$team" >/dev/null || fail "the demo could not be written to $team"
  run list trips --year 2024 --db "$team" >"$tmp/team.txt"
  grep -q "(32 regels)" "$tmp/team.txt" || fail "the team database lists: $(tail -3 "$tmp/team.txt")"
  run backup --db "$team" >/dev/null 2>&1 && fail "backup accepted a team database"
elif [ "${INTZAKEN_REQUIRE_POSTGRES:-}" = 1 ]; then
  fail "no PostgreSQL server for the team database step"
else
  echo "(no PostgreSQL server: the team database step is left out)"
fi

step "Qt's Dutch translation in the bundle"
[ -f "$tmp/app/_internal/PySide6/Qt/translations/qtbase_nl.qm" ] || fail "qtbase_nl.qm missing"
[ -f "$tmp/app/_internal/intzaken/_resources/translations/intzaken_en.qm" ] \
  || fail "intzaken_en.qm (the English plural forms) missing"

step "Qt plugins for the icons (SVG) and the desktop's own file dialogs"
plugins="$tmp/app/_internal/PySide6/Qt/plugins"
[ -f "$plugins/iconengines/libqsvgicon.so" ] || fail "the SVG icon engine (iconengines) is missing"
[ -f "$plugins/imageformats/libqsvg.so" ] || fail "the SVG image format plugin is missing"
ls "$plugins/platformthemes/"*gtk3* "$plugins/platformthemes/"*xdgdesktopportal* >/dev/null \
  || fail "the platform themes (the desktop's own file dialogs) are missing"

step "the user guide in the bundle, opened on its own, offscreen, for 4 seconds"
guide="$tmp/app/_internal/intzaken/_docs"
[ -f "$guide/index.md" ] || fail "the user guide (intzaken/_docs/index.md) is not in the bundle"
[ ! -e "$guide/dev" ] || fail "the developer pages (docs/dev) are in the bundle"
"${bare[@]}" --guide >"$tmp/guide.out" 2>&1 & viewer=$!
sleep 4
if kill -0 "$viewer" 2>/dev/null; then
  kill "$viewer"; wait "$viewer" 2>/dev/null || true
else
  status=0; wait "$viewer" || status=$?
  fail "the user guide exited early (status $status): $(cat "$tmp/guide.out")"
fi
# QTextBrowser says "No document for ..." when a page cannot be read.
if grep -E "Traceback|No document for" "$tmp/guide.out"; then
  fail "the user guide did not show its pages"
fi

step "window, offscreen, for 8 seconds"
status=0
# Started directly (not through a function) so that $! is the app itself: env execs it.
"${bare[@]}" --db "$db" >"$tmp/gui.out" 2>&1 & gui=$!
sleep 8
if kill -0 "$gui" 2>/dev/null; then
  kill "$gui"; wait "$gui" 2>/dev/null || true
  ! kill -0 "$gui" 2>/dev/null || fail "the window did not stop when asked"
else
  wait "$gui" || status=$?
  cat "$tmp/gui.out" >&2
  fail "the window exited early (status $status)"
fi
log="$(find "$tmp/home" -name 'intzaken.log' | head -n 1)"
[ -n "$log" ] || fail "the window wrote no log file"
if grep -l "Traceback" "$tmp/gui.out" "$log" "$tmp/demo.out"; then
  cat "$tmp/gui.out" "$log" >&2
  fail "a traceback was printed or logged"
fi

echo "SMOKE PASSED"
