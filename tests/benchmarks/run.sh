#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# SPDX-FileCopyrightText: 2026 The FinAck authors
# Runs every benchmark (docs/performance.md) and prints one summary table. Not part of ./test.sh.
# Configures build-bench/ (Release, -DFINACK_BENCHMARKS=ON) when it is missing, builds it
# incrementally, installs what is missing from Debian's packages (Xvfb for the X11 window launch,
# tshark for the capture comparison), and keeps every benchmark's whole output in
# build-bench/bench-results/<date>/.
#   tests/benchmarks/run.sh [settle] [suite] [paint] [export] [window] [limits]   (default: all of them)
# Environment: BENCH_REPETITIONS (bench_settle, default 10), BENCH_LAUNCHES (bench_window, 10),
# BENCH_NETWORK (auto, private or host; default auto, as finack).
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=$root/build-bench
source "$root/scripts/setup.sh"

finack_install "${FINACK_PACKAGES[@]}" tshark xvfb xauth || exit 1
if [[ ! -f $build/build.ninja ]]; then
    echo "run.sh: configuring $build (Release, benchmarks on)" >&2
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DFINACK_BENCHMARKS=ON >/dev/null || exit 1
fi
if ! cmake --build "$build" --parallel 2 >"$build/bench-build.log" 2>&1; then
    grep -E -B2 -A12 'error|FAILED' "$build/bench-build.log" | head -60 >&2
    echo "run.sh: the build failed; the whole log is in $build/bench-build.log" >&2
    exit 1
fi

benches=("$@")
((${#benches[@]})) || benches=(settle suite paint export window limits)
out=$build/bench-results/$(date +%Y%m%d-%H%M%S)
mkdir -p "$out"
bin=$build/tests/benchmarks
network=${BENCH_NETWORK:-auto}
export LC_ALL=C.UTF-8 LANGUAGE=en
if [[ -z ${XDG_RUNTIME_DIR:-} ]]; then # Qt's offscreen and xcb platforms want one (root, cron, CI have none)
    XDG_RUNTIME_DIR=$(mktemp -d)
    export XDG_RUNTIME_DIR
    trap 'rm -rf "$XDG_RUNTIME_DIR"' EXIT
fi

load() { cut -d' ' -f1-3 /proc/loadavg; }

{
    echo "date: $(date -Is)"
    echo "nproc: $(nproc)"
    echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
    echo "kernel: $(uname -r)"
    echo "debian: $(cat /etc/debian_version)"
    echo "qt: $(dpkg-query -W -f='${Version}' qt6-base-dev 2>/dev/null)"
    echo "gcc: $(g++ -dumpfullversion)"
    echo "build type: $(grep -m1 '^CMAKE_BUILD_TYPE' "$build/CMakeCache.txt" | cut -d= -f2)"
    echo "memory: $(free -m | awk '/^Mem:/ {print $2 " MB"}')"
} | tee "$out/machine.txt"

started=$SECONDS
status=0
ran=()
run() { # name, command...
    local name=$1
    shift
    ran+=("$name")
    local before=$(load) t0=$SECONDS
    echo
    echo "== $name (load average before: $before)"
    "$@" 2>&1 | tee "$out/$name.log"
    local rc=${PIPESTATUS[0]}
    echo "== $name: $((SECONDS - t0)) s, exit $rc, load average before $before, after $(load)" | tee -a "$out/times.txt"
    ((rc == 0)) || { status=1; echo "summary: $name | FAILED (exit $rc, see $out/$name.log) | | " >>"$out/$name.log"; }
}

for b in "${benches[@]}"; do
    case $b in
    settle) run settle "$bin/bench_settle" --repetitions "${BENCH_REPETITIONS:-10}" --network "$network" ;;
    suite) run suite "$bin/bench_suite" --network "$network" ;;
    paint) run paint env QT_QPA_PLATFORM=offscreen "$bin/bench_paint" ;;
    export) run export env QT_QPA_PLATFORM=offscreen "$bin/bench_export" ;;
    limits) run limits env QT_QPA_PLATFORM=offscreen "$bin/bench_limits" ;;
    window)
        run window-offscreen env QT_QPA_PLATFORM=offscreen "$bin/bench_window" --launches "${BENCH_LAUNCHES:-10}"
        run window-xvfb xvfb-run -a -s "-screen 0 1920x1080x24" env QT_QPA_PLATFORM=xcb "$bin/bench_window" --launches "${BENCH_LAUNCHES:-10}"
        ;;
    *) echo "run.sh: unknown benchmark \"$b\"; expected settle, suite, paint, export, window or limits" >&2; exit 2 ;;
    esac
done

echo
echo "Summary ($(grep -c . "$out/times.txt") runs, $((SECONDS - started)) s; machine in $out/machine.txt, logs in $out/)"
echo
{
    echo "| benchmark | result | compared with | ratio |"
    echo "|---|---|---|---|"
    for name in "${ran[@]}"; do
        sed -n 's/^summary: \(.*\)$/| \1 |/p' "$out/$name.log"
    done
} | tee "$out/summary.md"
echo
cat "$out/times.txt"
exit $status
