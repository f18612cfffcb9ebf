#!/usr/bin/env bash
# Build Newsreader.app and pack it into dist/newsreader-VERSION-macos.dmg.
#
# NOT RUN ON THE LINUX DEVELOPMENT MACHINE: it needs macOS (iconutil, hdiutil). The macOS
# runner of .github/workflows/installers.yml runs it; see packaging/macos/README.md.
# Usage, from the checkout on a Mac with the virtualenv set up (pip install -e '.[build]'):
#     bash packaging/macos/build_dmg.sh
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$root"
python=${PYTHON:-python3}
version=$("$python" -c 'import sys; sys.path.insert(0, "packaging"); import bundle_rules, pathlib; print(bundle_rules.read_version(pathlib.Path(".")))')

# 1. The app icon: an .icns made from the committed PNG sizes (the spec expects it here).
iconset=build/newsreader.iconset
rm -rf "$iconset" && mkdir -p "$iconset"
for size in 16 32 128 256 512; do
  cp "resources/icons/hicolor/${size}x${size}/apps/newsreader.png" "$iconset/icon_${size}x${size}.png"
done
for size in 16 128 256; do
  double=$((size * 2))
  cp "resources/icons/hicolor/${double}x${double}/apps/newsreader.png" "$iconset/icon_${size}x${size}@2x.png"
done
cp resources/icons/hicolor/64x64/apps/newsreader.png "$iconset/icon_32x32@2x.png"
iconutil -c icns "$iconset" -o build/newsreader.icns

# 2. The bundle and Newsreader.app (the spec adds a BUNDLE step on macOS).
"$python" packaging/build.py

# 3. The disk image: the app and a link to /Applications to drag it onto.
staging=build/dmg
rm -rf "$staging" && mkdir -p "$staging"
cp -R dist/Newsreader.app "$staging/"
ln -s /Applications "$staging/Applications"
dmg="dist/newsreader-${version}-macos.dmg"
rm -f "$dmg"
hdiutil create -volname "Newsreader ${version}" -srcfolder "$staging" -ov -format UDZO "$dmg"
echo "built $dmg"
