#!/usr/bin/env bash
# Prepare a fresh machine: the system libraries Qt needs (Debian/Ubuntu), a virtual
# environment in .venv and the app with its test tools. Safe to run again.
# --for-packaging: the system libraries and binutils (PyInstaller runs objdump and
# objcopy), no .venv: packaging/build.sh makes its own environment.
# --for-benchmark: the same and Xvfb (the installed app's row starts both bundles on a
# private X server), no .venv: benchmarks/run.sh makes it when it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

QT_LIBS="libgl1 libegl1 libfontconfig1 libxkbcommon0 libdbus-1-3 libglib2.0-0 \
libxcb-cursor0 libxkbcommon-x11-0 libx11-xcb1 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 \
libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xfixes0 libxcb-xkb1"
case "${1:-}" in
  --for-packaging) QT_LIBS="$QT_LIBS binutils" ;;
  --for-benchmark) QT_LIBS="$QT_LIBS binutils xvfb" ;;
esac
if command -v dpkg-query >/dev/null 2>&1; then
  missing=""
  for pkg in $QT_LIBS; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || missing="$missing $pkg"
  done
  if [ -n "$missing" ]; then
    sudo_cmd=""
    [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
    echo "Installing system packages:$missing"
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq $missing >/dev/null
  fi
fi

case "${1:-}" in --for-packaging | --for-benchmark) exit 0 ;; esac

PYTHON="${PYTHON:-python3}"
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e ".[dev]"
