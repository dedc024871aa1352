#!/usr/bin/env bash
# The benchmark of issue 7 from a fresh clone: prepares .venv (tools/bootstrap.sh) when
# it is missing, then runs benchmarks/run.py with the arguments given (--quick, --only).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || tools/bootstrap.sh
exec .venv/bin/python -m benchmarks.run "$@"
