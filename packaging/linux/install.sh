#!/usr/bin/env bash
# Install the built bundle (packaging/build.sh) for the current user, no root needed:
#   ~/.local/lib/intzaken/          the bundle
#   ~/.local/bin/intzaken           a link to its executable (window and command line)
#   ~/.local/share/applications/    intzaken.desktop, so it appears in the menu
#   ~/.local/share/icons/hicolor/   the icon in every size
# Usage: packaging/linux/install.sh [--uninstall]   (PREFIX=/other/place to install elsewhere)
# The user's database, settings and logs are elsewhere (~/.local/share/Intzaken, ...) and
# are never touched.
set -euo pipefail
cd "$(dirname "$0")/../.."
prefix="${PREFIX:-$HOME/.local}"
app="$prefix/lib/intzaken"
icons="$prefix/share/icons/hicolor"
desktop="$prefix/share/applications/intzaken.desktop"

refresh_menu() {
  command -v update-desktop-database >/dev/null && update-desktop-database -q "$prefix/share/applications" || true
  command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$icons" 2>/dev/null || true
}

rm -rf "$app"
rm -f "$prefix/bin/intzaken" "$desktop" "$icons"/*/apps/intzaken.png "$icons/scalable/apps/intzaken.svg"
if [ "${1:-}" = "--uninstall" ]; then
  refresh_menu
  echo "Intzaken removed from $prefix"
  exit 0
fi

[ -x dist/intzaken/intzaken ] || { echo "no dist/intzaken/intzaken: run packaging/build.sh" >&2; exit 1; }
mkdir -p "$prefix/lib" "$prefix/bin" "$prefix/share/applications" "$icons/scalable/apps"
cp -a dist/intzaken "$app"
ln -s "$app/intzaken" "$prefix/bin/intzaken"
for png in resources/icons/intzaken-*.png; do
  size="${png##*-}"; size="${size%.png}"
  mkdir -p "$icons/${size}x${size}/apps"
  cp "$png" "$icons/${size}x${size}/apps/intzaken.png"
done
cp resources/icons/intzaken.svg "$icons/scalable/apps/intzaken.svg"
# The menu does not search ~/.local/bin, so the entry names the executable in full.
sed "s|^Exec=intzaken$|Exec=$app/intzaken|" packaging/linux/intzaken.desktop >"$desktop"
refresh_menu
echo "Intzaken installed in $app; start it from the menu or with $prefix/bin/intzaken"
