#!/usr/bin/env bash
# Set up, write the Rotterdam demo database and open it in the app.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/bootstrap.sh
.venv/bin/intzaken demo --profile rotterdam --db demo-data/rotterdam.sqlite
exec .venv/bin/intzaken --db demo-data/rotterdam.sqlite
