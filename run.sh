#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# SPDX-FileCopyrightText: 2026 The FinAck authors
# Installs what is missing, builds, and starts finack; arguments go to finack itself:
#   ./run.sh                      the window
#   ./run.sh list                 built-in scenarios
#   ./run.sh run half-close       run one headless and print the trace
set -euo pipefail
root=$(cd "$(dirname "$0")" && pwd)
source "$root/scripts/setup.sh"
# Only what is about to start (finack, finack-lab and their translations), not the tests:
# ./test.sh builds those.
FINACK_BUILD_TARGETS=(finack finack-lab)
finack_setup dev
exec "$root/build/bin/finack" "$@"
