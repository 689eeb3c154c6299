#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# SPDX-FileCopyrightText: 2026 The FinAck authors
# Runs clang-tidy (.clang-tidy at the root) over the program's own sources, every .cpp of core/,
# lab/, ui/ and app/ (not tests/), with a build directory's compile_commands.json; exit 1 on any
# finding.
#
#   scripts/check-tidy.sh [BUILD_DIR]     default: build
#
# The build directory needs to be configured (CMAKE_EXPORT_COMPILE_COMMANDS is on in
# CMakeLists.txt) and built once: ui/ includes the headers uic and moc generate (ui_*.h, *.moc)
# under the build directory. Two files at a time, or FINACK_TIDY_JOBS.
# Exit status 2 when clang-tidy is missing (Debian: apt-get install clang-tidy) or the build
# directory has no compile_commands.json; CTest's static_tidy then fails rather than
# passing without having looked.
set -u

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${1:-$root/build}
jobs=${FINACK_TIDY_JOBS:-2}

find_tool() {
    local candidate
    for candidate in "$@"; do
        if command -v "$candidate" >/dev/null; then
            command -v "$candidate"
            return 0
        fi
    done
    return 1
}

tidy=${CLANG_TIDY:-$(find_tool clang-tidy-14 clang-tidy)}
if [[ -z $tidy ]] || ! command -v "$tidy" >/dev/null; then
    echo "check-tidy: clang-tidy not found (apt-get install clang-tidy)" >&2
    exit 2
fi
if [[ ! -f $build/compile_commands.json ]]; then
    echo "check-tidy: no $build/compile_commands.json; configure first: cmake -S $root -B $build -G Ninja" >&2
    exit 2
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The compile commands are GCC's, and clang does not take every GCC option. The options clang
# stops at ("unknown argument") are removed here: -mno-direct-extern-access (which Qt 6 adds for
# GCC 12 in some builds), -fconcepts-diagnostics-depth, -fcoroutines, -fno-gnu-unique, -fipa-*,
# -flto-partition. The ones it only warns about (-W options it does not know, GCC's optimisation
# flags, unused arguments) are silenced with the -Wno-* arguments below, since WarningsAsErrors
# would turn those warnings into failures. Only the .cpp files of core/, lab/, ui/ and app/ of this
# tree are kept (the generated mocs_compilation.cpp lives under the build directory): that is the
# list of files to check.
filter='
import json, os, re, shlex, sys
source, root, out = sys.argv[1:]
folders = tuple(os.path.join(root, f) + os.sep for f in ("core", "lab", "ui", "app"))
gcc_only = re.compile(r"-mno-direct-extern-access|-fconcepts-diagnostics-depth=.*|-fcoroutines|-fno-gnu-unique"
                      r"|-fipa-.*|-flto-partition=.*")
entries = []
for e in json.load(open(source)):
    path = os.path.normpath(os.path.join(e["directory"], e["file"]))
    if not path.startswith(folders) or not path.endswith(".cpp"):
        continue
    args = e["arguments"] if "arguments" in e else shlex.split(e["command"])
    entries.append({"directory": e["directory"], "file": path,
                    "arguments": [a for a in args if not gcc_only.fullmatch(a)]})
if not entries:
    sys.exit("check-tidy: no .cpp of core/, lab/, ui/ or app/ in " + source)
json.dump(entries, open(out, "w"), indent=1)
print("\n".join(e["file"] for e in entries))
'
python3 -c "$filter" "$build/compile_commands.json" "$root" "$work/compile_commands.json" >"$work/files" || exit 2

extra=(-extra-arg=-Wno-unknown-warning-option -extra-arg=-Wno-ignored-optimization-argument
    -extra-arg=-Wno-unused-command-line-argument)
log=$work/tidy.log
if runner=$(find_tool run-clang-tidy-14 run-clang-tidy); then
    "$runner" -clang-tidy-binary "$tidy" -p "$work" -j "$jobs" -quiet "${extra[@]}" >"$log" 2>&1
else
    xargs -P "$jobs" -n 1 "$tidy" -p "$work" -quiet "${extra[@]}" <"$work/files" >"$log" 2>&1
fi
status=$?

# The findings with their context, without the command lines and "N warnings generated".
sed -E 's/\x1b\[[0-9;]*m//g' "$log" |
    grep -vE '^(clang-tidy(-[0-9]+)? |/[^ ]*clang-tidy(-[0-9]+)? |[0-9]+ warnings? (and [0-9]+ errors? )?generated|Suppressed [0-9]+ warnings|Use -header-filter|Running clang-tidy for|Error while processing)' |
    sed '/^$/d' >"$work/findings"
findings=$(grep -cE '^[^ ]+:[0-9]+:[0-9]+: (warning|error): ' "$work/findings")
if ((status != 0 || findings != 0)); then
    cat "$work/findings"
    echo "check-tidy: $findings findings in $(wc -l <"$work/files") files of core/, lab/, ui/ and app/ (exit status $status); the checks are in .clang-tidy" >&2
    exit 1
fi
echo "check-tidy: $(wc -l <"$work/files") files of core/, lab/, ui/ and app/, no findings"
