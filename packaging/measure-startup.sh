#!/usr/bin/env bash
# Start-up time of the built bundle (or of any `intzaken` command given as $1): the time
# from starting the process until its main window is mapped on an X server (Xvfb), and
# the time of `intzaken --version` for the command line. Needs xvfb-run and xwininfo
# (Debian: xvfb, x11-utils). Usage: packaging/measure-startup.sh [COMMAND] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
app="${1:-$PWD/dist/intzaken/intzaken}"
runs="${2:-5}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

HOME="$tmp" "$app" demo --db "$tmp/demo.sqlite" >/dev/null

now() { date +%s.%N; }
elapsed() { echo "$1 $2" | awk '{printf "%.2f", $2 - $1}'; }

echo "command line (--version), $runs runs:"
for _ in $(seq "$runs"); do
  start=$(now); HOME="$tmp" "$app" --version >/dev/null; echo "  $(elapsed "$start" "$(now)") s"
done

# Runs under Xvfb: start the window, poll until a top-level window titled
# "... — Intzaken" is viewable, then close it.
cat >"$tmp/window.sh" <<'INNER'
#!/usr/bin/env bash
set -euo pipefail
app="$1"; db="$2"
start=$(date +%s.%N)
"$app" --db "$db" >"$db.out" 2>&1 &
pid=$!
for _ in $(seq 3000); do
  for id in $(xwininfo -root -tree 2>/dev/null | awk '/— Intzaken"/ {print $1}'); do
    if xwininfo -id "$id" 2>/dev/null | grep -q IsViewable; then
      echo "$start $(date +%s.%N)" | awk '{printf "  %.2f s\n", $2 - $1}'
      kill "$pid"; wait "$pid" 2>/dev/null || true
      exit 0
    fi
  done
  kill -0 "$pid" 2>/dev/null || { cat "$db.out" >&2; echo "  the app stopped early" >&2; exit 1; }
  sleep 0.01
done
kill "$pid"; echo "  the window did not show within 30 s" >&2; exit 1
INNER
chmod +x "$tmp/window.sh"
echo "window shown, $runs runs (the first may build matplotlib's font cache):"
for _ in $(seq "$runs"); do
  HOME="$tmp" xvfb-run -a "$tmp/window.sh" "$app" "$tmp/demo.sqlite"
done
