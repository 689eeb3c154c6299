#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite (CTest) without a display.
set -euo pipefail
root=$(cd "$(dirname "$0")" && pwd)
source "$root/scripts/setup.sh"
build="$root/build"
finack_setup "$build" RelWithDebInfo "${FINACK_TEST_PACKAGES[@]}"
export QT_QPA_PLATFORM=offscreen
cd "$build"
ctest --output-on-failure --parallel 2 --timeout 300 "$@"
