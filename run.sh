#!/usr/bin/env bash
# Installs what is missing, builds, and starts finack; arguments go to finack itself:
#   ./run.sh                      the window
#   ./run.sh list                 built-in scenarios
#   ./run.sh run half-close       run one headless and print the trace
set -euo pipefail
root=$(cd "$(dirname "$0")" && pwd)
source "$root/scripts/setup.sh"
finack_setup dev
exec "$root/build/bin/finack" "$@"
