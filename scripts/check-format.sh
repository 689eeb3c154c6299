#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# SPDX-FileCopyrightText: 2026 The FinAck authors
# Checks that the C++ sources of core/ lab/ ui/ app/ tests/ are formatted as .clang-format says.
#
#   scripts/check-format.sh          lists the files clang-format would change; exit 1 if any
#   scripts/check-format.sh --fix    formats them in place
#
# Exit status 2 when clang-format is missing (Debian: apt-get install clang-format); CTest's
# static_format then fails rather than passing without having looked. Set CLANG_FORMAT to use
# another binary. Other major versions than 14 may format a few constructs differently.
set -u

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
fix=0
case ${1:-} in
'') ;;
--fix) fix=1 ;;
*)
    echo "usage: $0 [--fix]" >&2
    exit 2
    ;;
esac

tool=${CLANG_FORMAT:-}
if [[ -z $tool ]]; then
    for candidate in clang-format-14 clang-format; do
        if command -v "$candidate" >/dev/null; then
            tool=$candidate
            break
        fi
    done
fi
if [[ -z $tool ]] || ! command -v "$tool" >/dev/null; then
    echo "check-format: clang-format not found (apt-get install clang-format)" >&2
    exit 2
fi

cd "$root" || exit 2
# core/text/scenariostrings.cpp is written by tests/core/tst_scenariotext.cpp, which then compares the file
# byte for byte with what it would write: one long QT_TRANSLATE_NOOP line per text. clang-format
# would wrap those lines and the test would call the file out of date, so it is left alone.
mapfile -t files < <(find core lab ui app tests -type f \( -name '*.cpp' -o -name '*.h' \) \
    ! -path core/text/scenariostrings.cpp | LC_ALL=C sort)

unformatted=()
for file in "${files[@]}"; do
    if ! "$tool" --style=file "$file" | cmp -s - "$file"; then
        unformatted+=("$file")
    fi
done

if ((fix)); then
    ((${#unformatted[@]})) && "$tool" --style=file -i "${unformatted[@]}"
    for file in "${unformatted[@]}"; do
        echo "formatted $file"
    done
    exit 0
fi

if ((${#unformatted[@]})); then
    printf '%s\n' "${unformatted[@]}"
    echo "check-format: ${#unformatted[@]} of ${#files[@]} files are not formatted; scripts/check-format.sh --fix formats them" >&2
    exit 1
fi
echo "check-format: ${#files[@]} files formatted"
