#!/usr/bin/env bash
# Set up and run the whole test suite (Qt runs offscreen, no screen needed).
#
# The data layer, the services and the command line are tested against SQLite files and
# against a real PostgreSQL server (tests/conftest.py): the server named in
# INTZAKEN_TEST_POSTGRES, or else a throw-away one that tools/test-postgres.sh starts
# (installing Debian's postgresql package if needed) and removes afterwards. Without a
# server those tests are skipped, unless INTZAKEN_REQUIRE_POSTGRES=1 (CI) fails them.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/bootstrap.sh
export QT_QPA_PLATFORM=offscreen
.venv/bin/ruff check src tests db tools benchmarks
# One layout for the whole tree, so a diff shows only what changed (ruff format . fixes it).
.venv/bin/ruff format --check --quiet src tests db tools benchmarks
# Types: the settings are in pyproject.toml ([tool.mypy]); the cache in .mypy_cache keeps a
# run after a small change to a few seconds.
.venv/bin/mypy
if [ -z "${INTZAKEN_TEST_POSTGRES:-}" ]; then
  if server=$(tools/test-postgres.sh start); then
    export INTZAKEN_TEST_POSTGRES="$server"
    trap 'tools/test-postgres.sh stop "$server"' EXIT
  else
    echo "No PostgreSQL server for the tests could be started." >&2
  fi
fi
.venv/bin/python -m pytest "$@"
