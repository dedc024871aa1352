#!/usr/bin/env bash
# Set up and run the whole test suite (Qt runs offscreen, no screen needed).
set -euo pipefail
cd "$(dirname "$0")/.."
tools/bootstrap.sh
export QT_QPA_PLATFORM=offscreen
.venv/bin/ruff check src tests db tools benchmarks
exec .venv/bin/python -m pytest "$@"
