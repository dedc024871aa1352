#!/usr/bin/env bash
# The benchmark of issue 7 from a fresh clone: the system packages it needs (Qt's
# libraries, Xvfb and binutils for the installed app's row), .venv when it is missing
# (tools/bootstrap.sh), then benchmarks/run.py with the arguments given (--quick, --only).
set -euo pipefail
cd "$(dirname "$0")/.."
tools/bootstrap.sh --for-benchmark
[ -x .venv/bin/python ] || tools/bootstrap.sh
exec .venv/bin/python -m benchmarks.run "$@"
