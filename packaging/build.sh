#!/usr/bin/env bash
# Build the installed app: a one-folder PyInstaller bundle in dist/intzaken/, started by
# dist/intzaken/intzaken (GUI without arguments, the command line with them).
#
# Uses its own virtual environment, .venv-build, holding only the app and PyInstaller
# (no test tools, no second Qt binding), so nothing else can end up in the bundle.
# Safe to run again; about 1.5 minutes on a 2-core machine (see docs/dev/packaging.md).
# DIST and WORK choose other folders for the bundle and PyInstaller's work (the
# benchmark keeps its bundles in benchmarks/.cache; benchmarks/bundle.py).
set -euo pipefail
cd "$(dirname "$0")/.."

# The system libraries Qt needs (PyInstaller collects what the Qt plugins link to) and
# binutils (PyInstaller's objdump and objcopy).
tools/bootstrap.sh --for-packaging

PYTHON="${PYTHON:-python3}"
[ -x .venv-build/bin/python ] || "$PYTHON" -m venv .venv-build
.venv-build/bin/python -m pip install -q --upgrade pip
# Not editable: the bundle gets the app as installed, with its metadata (the version).
# --force-reinstall of the app alone, so a rebuild always takes the current source.
.venv-build/bin/python -m pip install -q ".[build]"
.venv-build/bin/python -m pip install -q --no-deps --force-reinstall .

DIST="${DIST:-dist}"
WORK="${WORK:-build}"
rm -rf "$WORK/intzaken" "$DIST/intzaken"
.venv-build/bin/pyinstaller --noconfirm --clean --log-level WARN \
  --distpath "$DIST" --workpath "$WORK" packaging/intzaken.spec

echo "built $DIST/intzaken/intzaken ($(du -sh "$DIST/intzaken" | cut -f1))"
