#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# SPDX-FileCopyrightText: 2026 The FinAck authors
# Installs what is missing, builds, and runs the whole test suite (CTest) without a display.
#   ./test.sh                      the usual build (preset dev, in build/)
#   ./test.sh --preset asan        built with AddressSanitizer + UBSan (build-asan/)
#   ./test.sh --preset tsan        built with ThreadSanitizer (build-tsan/)
# Other arguments go to ctest, e.g. ./test.sh -R tst_lab.
set -euo pipefail
root=$(cd "$(dirname "$0")" && pwd)
source "$root/scripts/setup.sh"
preset=dev
args=()
while (($#)); do
    case $1 in
        --preset) (($# >= 2)) || { echo "test.sh: --preset: expected dev, asan or tsan" >&2; exit 2; }; preset=$2; shift 2 ;;
        --preset=*) preset=${1#--preset=}; shift ;;
        *) args+=("$1"); shift ;;
    esac
done
finack_build_dir "$preset" >/dev/null || exit 2
finack_setup "$preset" "${FINACK_TEST_PACKAGES[@]}"
cd "$root"
# The test preset sets the display (offscreen), the sanitizers' options and the time limits.
ctest --preset "$preset" "${args[@]}"
