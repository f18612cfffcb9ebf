#!/usr/bin/env bash
# Set up (first time only) and run the whole test suite headless: core unit tests,
# property tests, pytest-qt UI tests, lint and type checks, and the end-to-end test that
# builds and runs the frozen app. Extra arguments go to pytest.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
bash "$root/scripts/bootstrap.sh"
cd "$root"
export QT_QPA_PLATFORM=offscreen
exec .venv/bin/python -m pytest "$@"
