#!/usr/bin/env bash
# Installs the Debian packages newsreader needs beyond Python itself:
#  - the xcb libraries Qt's X11 platform plugin loads (the PySide6 wheel does not ship them;
#    Qt's error names libxcb-cursor0 even when another one is the one missing);
#  - fonts, so text renders (and is measured) the same headless as on a desktop;
#  - Xvfb, desktop-file-utils, appstream and binutils for the screenshot script, the
#    installer's checks and PyInstaller's strip step; gcc for the installer build's
#    trimmed ICU data library (packaging/icu_trim.py).
# It only installs what is missing, so it is cheap to run before every launch or test run.
set -euo pipefail

packages=(
  libegl1 libgl1 libfontconfig1 libfreetype6 libdbus-1-3 libglib2.0-0
  libxkbcommon0 libxkbcommon-x11-0 libx11-xcb1
  libxcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
  libxcb-render-util0 libxcb-render0 libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-xfixes0
  libxcb-xinerama0 libxcb-xkb1 libxcb-util1
  fonts-dejavu-core
  xvfb xauth x11-utils imagemagick
  desktop-file-utils appstream binutils gcc
)

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "install-system-deps: not a Debian-based system; install Qt's xcb libraries and Xvfb yourself." >&2
  exit 0
fi

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$p")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

echo "install-system-deps: installing ${missing[*]}" >&2
sudo=()
if [[ $(id -u) -ne 0 ]]; then
  if command -v sudo >/dev/null 2>&1; then sudo=(sudo); else
    echo "install-system-deps: need root (or sudo) to install: ${missing[*]}" >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
