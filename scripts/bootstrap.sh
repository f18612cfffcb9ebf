#!/usr/bin/env bash
# Everything a fresh clone needs, done once and skipped when already done: the Debian
# packages (install-system-deps.sh) and a virtual environment in .venv with newsreader
# installed in editable mode with its test and build extras.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

bash scripts/install-system-deps.sh

python=${PYTHON:-python3}
if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
  echo "bootstrap: newsreader needs Python 3.11 or newer ($python is older or missing)" >&2
  exit 1
fi
if [[ ! -x .venv/bin/python ]]; then
  "$python" -m venv .venv
fi
stamp=.venv/.bootstrap-stamp
want=$(sha256sum pyproject.toml | cut -d' ' -f1)
if [[ ! -f $stamp || $(cat "$stamp") != "$want" ]]; then
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e ".[test,build]"
  echo "$want" > "$stamp"
fi
# Byte-compile the sources (only what changed since last time: a few milliseconds). Python
# reads these even where PYTHONDONTWRITEBYTECODE stops it writing them, which saves every
# start of the app and the command line ~60 ms of compiling.
.venv/bin/python -m compileall -q src
