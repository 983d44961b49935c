#!/bin/sh
# Install MetroDesk from this folder (the unpacked tarball), for you alone or for everyone:
#
#   ./install.sh            # into ~/.local (no root needed)
#   sudo ./install.sh       # into /opt/metrodesk, for every user
#   ./install.sh --uninstall   (or sudo ./install.sh --uninstall)
#   ./install.sh --user [--uninstall]   # into ~/.local even as root
#
# It copies the app, links the `metrodesk` command, and puts the menu entry and the icons where
# the desktop looks for them; nothing else on the system is touched.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
app_id=org.metropolis.MetroDesk

user_only=no
if [ "${1:-}" = "--user" ]; then user_only=yes; shift; fi
if [ "$(id -u)" = 0 ] && [ "$user_only" = no ]; then
  prefix=/usr/local; target=/opt/metrodesk
else
  prefix="$HOME/.local"; target="$HOME/.local/lib/metrodesk"
fi
bin="$prefix/bin"; share="$prefix/share"

refresh() {
  command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$share/applications" || true
  command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$share/icons/hicolor" || true
}

if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$target"
  rm -f "$bin/metrodesk" "$share/applications/$app_id.desktop" "$share/metainfo/$app_id.metainfo.xml"
  find "$share/icons/hicolor" -name "$app_id.png" -delete 2>/dev/null || true
  refresh
  echo "MetroDesk removed (your databases and backups are kept)."
  exit 0
fi

mkdir -p "$target" "$bin" "$share/applications" "$share/metainfo"
rm -rf "$target"; mkdir -p "$target"
cp -a "$here/metrodesk/." "$target/"
ln -sf "$target/metrodesk" "$bin/metrodesk"
resources="$target/_internal/resources"
sed "s|^Exec=metrodesk|Exec=$target/metrodesk|; s|^TryExec=metrodesk|TryExec=$target/metrodesk|" \
  "$resources/linux/$app_id.desktop" > "$share/applications/$app_id.desktop"
cp "$resources/linux/$app_id.metainfo.xml" "$share/metainfo/"
for png in "$resources"/icons/hicolor/*/apps/$app_id.png; do
  size=$(basename "$(dirname "$(dirname "$png")")")
  mkdir -p "$share/icons/hicolor/$size/apps"
  cp "$png" "$share/icons/hicolor/$size/apps/"
done
refresh
echo "MetroDesk installed in $target; start it from the menu or with: $bin/metrodesk"
