#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# SPDX-FileCopyrightText: 2026 The FinAck authors
# A newcomer's first run (docs/performance.md, "First run"): from a fresh clone, how long until
# `./run.sh list` prints the scenarios, and until `./run.sh` shows the window. Measured for a
# reference commit and for this one, one after the other in the same run, each in a clone of its
# own with nothing built and no compiler cache. Not part of run.sh's default set: it builds three
# times from nothing (about 10 minutes on the 2-core machine).
#   tests/benchmarks/first-run.sh [REFERENCE]     default: 11d4290, the last commit before issue 16
# The Debian packages are assumed installed (./run.sh installs them the first time; that time
# depends on the mirror, not on FinAck). Needs Xvfb and xwininfo (x11-utils) for the window.
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
reference=${1:-11d4290}
current=$(git -C "$root" rev-parse --short HEAD)
source "$root/scripts/setup.sh"
finack_install "${FINACK_PACKAGES[@]}" xvfb x11-utils || exit 1

work=$(mktemp -d)
xvfb_pid=
cleanup() {
    [[ -n $xvfb_pid ]] && kill "$xvfb_pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT
export CCACHE_DISABLE=1 LC_ALL=C.UTF-8 LANGUAGE=en

# clone COMMIT DIR: a fresh clone at COMMIT, nothing built.
clone() {
    git clone --quiet "$root" "$2" && git -C "$2" checkout --quiet "$1"
}

# seconds since START (a date +%s.%N), two decimals.
since() { awk -v s="$1" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }'; }

# first_list COMMIT: fresh clone, `./run.sh list`, its wall time and how many lines it printed
# before the scenario list (what the newcomer saw while waiting).
first_list() {
    local dir=$work/list-$1 start
    clone "$1" "$dir" || return 1
    start=$(date +%s.%N)
    (cd "$dir" && ./run.sh list >"$dir/list.out" 2>"$dir/list.err") || { cat "$dir/list.err" >&2; return 1; }
    printf '%s\t./run.sh list\t%s s\t%d scenarios\t%d lines on stderr\n' "$1" "$(since "$start")" \
        "$(wc -l <"$dir/list.out")" "$(wc -l <"$dir/list.err")"
}

# first_window COMMIT: fresh clone, `./run.sh` on a virtual screen, until a top-level window named
# FinAck (its title ends with it) exists.
first_window() {
    local dir=$work/window-$1 start pid
    clone "$1" "$dir" || return 1
    start=$(date +%s.%N)
    (cd "$dir" && HOME=$work/home-$1 DISPLAY=:97 exec ./run.sh >"$dir/window.out" 2>"$dir/window.err") &
    pid=$!
    until DISPLAY=:97 xwininfo -root -tree 2>/dev/null | grep -q 'FinAck"'; do
        if ! kill -0 "$pid" 2>/dev/null; then
            cat "$dir/window.err" >&2
            return 1
        fi
        sleep 0.05
    done
    printf '%s\t./run.sh to the window\t%s s\n' "$1" "$(since "$start")"
    pkill -f "$dir/build/bin/finack" 2>/dev/null
    wait "$pid" 2>/dev/null # the window was ended by us: its status is not the measurement's
    return 0
}

mkdir -p "$work/home-$reference" "$work/home-$current"
Xvfb :97 -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
echo "first run on $(nproc) CPUs, load $(cut -d' ' -f1-3 /proc/loadavg): $reference (reference) and $current"
first_list "$reference" || exit 1
first_list "$current" || exit 1
first_window "$current" || exit 1
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
