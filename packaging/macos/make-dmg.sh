#!/bin/sh
# The macOS disk image of dist/MetroDesk.app (PyInstaller makes the .app beside dist/metrodesk/
# when the bundle is built on a Mac):
#
#   python3 tasks.py bundle && sh packaging/macos/make-dmg.sh   -> dist/MetroDesk-VERSION.dmg
#
# The image holds the app and a link to /Applications, so installing is one drag. It is not
# signed or notarised here (that needs the association's Apple Developer ID): Gatekeeper then
# asks the user to confirm the first start (right-click > Open). With an identity:
#   codesign --deep --force --options runtime --sign "Developer ID Application: …" dist/MetroDesk.app
#   xcrun notarytool submit dist/MetroDesk-VERSION.dmg --keychain-profile … --wait
#   xcrun stapler staple dist/MetroDesk-VERSION.dmg
# Not built or run on the Linux machine this project is developed on: see README "Installing".
set -eu
cd "$(dirname "$0")/../.."
app=dist/MetroDesk.app
[ -d "$app" ] || { echo "$app is missing: run python3 tasks.py bundle on macOS first" >&2; exit 1; }
version=$(/usr/libexec/PlistBuddy -c "Print :CFBundleShortVersionString" "$app/Contents/Info.plist")
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
cp -R "$app" "$stage/"
ln -s /Applications "$stage/Applications"
rm -f "dist/MetroDesk-$version.dmg"
hdiutil create -volname "MetroDesk $version" -srcfolder "$stage" -fs HFS+ -format UDZO \
  -ov "dist/MetroDesk-$version.dmg"
hdiutil verify "dist/MetroDesk-$version.dmg"
echo "dist/MetroDesk-$version.dmg"
