#!/usr/bin/env bash
# Screenshot of the real reader under Xvfb: the seed article with Steven Pifer selected.
#
#   scripts/screenshot.sh [OUTPUT.png] [SPEAKER]
#
# Starts a private X server, runs `newsreader seeds/ --select-speaker NAME` with settings
# in a throwaway folder (the user's settings are never touched), waits until the window
# is up and the quote is selected, then grabs the window with ImageMagick's `import`.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
out=${1:-$root/resources/screenshots/main-window.png}
speaker=${2:-Steven Pifer}
python=${PYTHON:-$root/.venv/bin/python}
width=1280
height=800
mkdir -p "$(dirname "$out")"
tmp=$(mktemp -d)
app_pid=""
xvfb_pid=""
cleanup() {
    if [[ -n $app_pid ]]; then kill "$app_pid" 2>/dev/null || true; fi
    if [[ -n $xvfb_pid ]]; then kill "$xvfb_pid" 2>/dev/null || true; fi
    rm -rf "$tmp"
}
trap cleanup EXIT

display=:$((90 + RANDOM % 100))
Xvfb "$display" -screen 0 "$((width + 100))x$((height + 100))x24" -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
for _ in $(seq 50); do
    if DISPLAY=$display xprop -root >/dev/null 2>&1; then break; fi
    sleep 0.1
done

# Settings live in $tmp; a geometry is stored so the window opens at a known size.
mkdir -p "$tmp/config"
export DISPLAY=$display QT_QPA_PLATFORM=xcb XDG_CONFIG_HOME=$tmp/config XDG_CACHE_HOME=$tmp/cache
"$python" - "$width" "$height" <<'PY'
import sys
from PySide6.QtCore import QByteArray, QRect, QSettings
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
w = QWidget()
w.setGeometry(QRect(0, 0, int(sys.argv[1]), int(sys.argv[2])))
settings = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "newsreader", "newsreader")
settings.setValue("window/geometry", QByteArray(w.saveGeometry()))
settings.sync()
PY

"$python" -m newsreader "$root/seeds" --select-speaker "$speaker" >"$tmp/app.log" 2>&1 &
app_pid=$!
window=""
for _ in $(seq 100); do
    window=$(xwininfo -root -children 2>/dev/null | awk '/"seeds — newsreader"/ {print $1; exit}')
    if [[ -n $window ]]; then break; fi
    sleep 0.1
done
if [[ -z $window ]]; then
    echo "screenshot: the window did not appear" >&2
    cat "$tmp/app.log" >&2
    exit 1
fi
sleep "${SCREENSHOT_DELAY:-2}"  # loading, selecting the speaker, painting
import -window "$window" "$out"
echo "wrote $out"
