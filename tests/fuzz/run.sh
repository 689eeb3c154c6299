#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# SPDX-FileCopyrightText: 2026 The FinAck authors
# Runs FinAck's libFuzzer targets (docs/fuzzing.md).
#
#   tests/fuzz/run.sh <fuzz_scenarioloader|fuzz_tracejson|fuzz_pcapreader|all> <seconds> [build-dir]
#
# Configures and builds build-dir (default: build-fuzz at the top of the source tree) with clang,
# the sanitizers and -DFINACK_FUZZ=ON when it is not already, then runs each target for <seconds>
# on a copy of its seed corpus (tests/fuzz/corpus/<target>), so that a run never grows the
# repository. Inputs that crash, leak or hit undefined behaviour are saved in
# <build-dir>/fuzz-artifacts/<target>/; the corpus a run grew is kept in
# <build-dir>/fuzz-corpus/<target>/ and used as extra seeds by the next run. Ends with one summary
# line per target; exits 1 when a target found something.
set -eu

usage() {
    echo "usage: $0 <fuzz_scenarioloader|fuzz_tracejson|fuzz_pcapreader|all> <seconds> [build-dir]" >&2
    exit 2
}
[ $# -ge 2 ] || usage
here=$(cd "$(dirname "$0")" && pwd)
source_dir=$(cd "$here/../.." && pwd)
targets=$1
seconds=$2
build=${3:-$source_dir/build-fuzz}
case $seconds in ''|*[!0-9]*) usage ;; esac
all="fuzz_scenarioloader fuzz_tracejson fuzz_pcapreader"
if [ "$targets" = all ]; then
    targets=$all
else
    case " $all " in *" $targets "*) ;; *) usage ;; esac
fi

if [ ! -f "$build/build.ninja" ]; then
    # Debug keeps Q_ASSERT; -O1 keeps it fast enough to fuzz.
    cmake -S "$source_dir" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS=-O1 \
        -DCMAKE_CXX_COMPILER=clang++ -DFINACK_FUZZ=ON -DBUILD_TESTING=OFF
fi
# Two runs may be started side by side (two cores): one builds at a time.
# shellcheck disable=SC2086 # one word per target
flock "$build/.fuzz-build.lock" nice ninja -C "$build" -j2 $targets

summary=""
found=0
for target in $targets; do
    scratch=$(mktemp -d "${TMPDIR:-/tmp}/finack-$target.XXXXXX")
    cp "$here/corpus/$target/"* "$scratch/"
    kept="$build/fuzz-corpus/$target"
    artifacts="$build/fuzz-artifacts/$target"
    mkdir -p "$kept" "$artifacts"
    log="$build/fuzz-$target.log"
    before=$(find "$artifacts" -type f | wc -l)
    echo "== $target: $seconds s, log in $log" >&2
    # JSON seeds are up to 7 KB; captures up to 1.3 KB. -timeout: one input taking 10 s is a hang.
    max_len=8192
    [ "$target" = fuzz_pcapreader ] && max_len=4096
    status=0
    nice "$build/tests/fuzz/$target" "$scratch" "$kept" -dict="$here/$target.dict" -max_total_time="$seconds" \
        -max_len=$max_len -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$artifacts/" \
        >"$log" 2>&1 || status=$?
    # New inputs went into $scratch (the first corpus directory); keep them for the next run.
    cp -n "$scratch/"* "$kept/" 2>/dev/null || true
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n 1)
    last=$(grep -E '^#[0-9]+' "$log" | tail -n 1)
    cov=$(echo "$last" | sed -n 's/.*cov: \([0-9]*\).*/\1/p')
    ft=$(echo "$last" | sed -n 's/.*ft: \([0-9]*\).*/\1/p')
    corp=$(echo "$last" | sed -n 's/.*corp: \([^ ]*\).*/\1/p')
    crashes=$(( $(find "$artifacts" -type f | wc -l) - before ))
    [ "$status" -ne 0 ] || [ "$crashes" -ne 0 ] && found=1
    line="$target: ${execs:-?} execs, ${rate:-?} execs/s, corpus ${corp:-?} (inputs/bytes), cov ${cov:-?}, ft ${ft:-?}, new artifacts $crashes, exit $status"
    summary="$summary$line
"
    rm -rf "$scratch"
done
printf '%s' "$summary"
exit $found
