#!/usr/bin/env bash
# Set up (first time only) and launch newsreader on the bundled seeds/ (or on the
# folder or file given as an argument).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
bash "$root/scripts/bootstrap.sh"
if [[ $# -eq 0 ]]; then set -- "$root/seeds"; fi
exec "$root/.venv/bin/newsreader" "$@"
