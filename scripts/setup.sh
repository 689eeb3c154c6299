# SPDX-License-Identifier: GPL-2.0-or-later
# SPDX-FileCopyrightText: 2026 The FinAck authors
# Shared by run.sh and test.sh: install what is missing from Debian's packages, then configure
# and build incrementally. Source it; it defines finack_setup.

# Everything the project needs on a fresh Debian 12, by package name.
FINACK_PACKAGES=(
    g++ cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev
    libpcap-dev libmnl-dev libnftables-dev
    # Fonts: DejaVu for the diagram and its exports, Noto CJK so Chinese renders; Qt's own
    # translations (standard dialogs in Chinese).
    fonts-dejavu-core fonts-noto-cjk qt6-translations-l10n
)
# Only the tests need these: tcpdump to check FinAck's capture against, setpriv (util-linux) to
# run the lab as an ordinary user when the suite runs as root, tshark to open the pcap files FinAck
# writes (its debconf question, capture rights for ordinary users, keeps its default "no" when
# installed noninteractively), pdftotext (poppler-utils) to read the text of exported PDFs; for the
# packaging tests, appstreamcli (appstream), desktop-file-validate (desktop-file-utils) and man
# (man-db) to check the metadata, dpkg-shlibdeps (dpkg-dev) for cpack's Depends.
FINACK_TEST_PACKAGES=(tcpdump util-linux tshark poppler-utils appstream desktop-file-utils man-db dpkg-dev clang-tidy clang-format)

finack_missing_packages() {
    local pkg
    for pkg in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
            printf '%s\n' "$pkg"
        fi
    done
}

finack_install() {
    local missing
    mapfile -t missing < <(finack_missing_packages "$@")
    ((${#missing[@]})) || return 0
    echo "finack: installing from Debian's packages: ${missing[*]}" >&2
    local sudo=()
    if ((EUID != 0)); then
        command -v sudo >/dev/null || { echo "finack: need root or sudo to install: ${missing[*]}" >&2; return 1; }
        sudo=(sudo)
    fi
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq || return 1
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null || return 1
}

# finack_setup PRESET [extra packages...]: PRESET is a configure preset of CMakePresets.json (dev,
# asan, tsan); it builds into that preset's folder (build, build-asan, build-tsan). What it builds:
# FINACK_BUILD_TARGETS (run.sh: only the two programs, the translations come with them), or
# everything, the tests too, when that is empty (test.sh).
finack_setup() {
    local preset=$1
    shift
    finack_install "${FINACK_PACKAGES[@]}" "$@" || return 1
    local root build_dir
    root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
    build_dir=$(finack_build_dir "$preset") || return 1
    if [[ ! -f $build_dir/build.ninja ]]; then
        echo "finack: first build into ${build_dir#$root/}/, this takes a few minutes" >&2
        mkdir -p "$build_dir"
        (cd "$root" && cmake --preset "$preset") >"$build_dir/configure.log" 2>&1 ||
            { cat "$build_dir/configure.log" >&2; return 1; }
    fi
    local targets=()
    [[ -n ${FINACK_BUILD_TARGETS[*]:-} ]] && targets=(--target "${FINACK_BUILD_TARGETS[@]}")
    # Quiet when there is nothing to do; progress while it builds; the whole log, where it went
    # wrong, when it fails.
    if ! cmake --build "$build_dir" --parallel 2 "${targets[@]}" 2>&1 | finack_progress "$build_dir/build.log"; then
        grep -E -B2 -A12 'error|FAILED' "$build_dir/build.log" | head -80 >&2
        echo "finack: the build failed; the whole log is in $build_dir/build.log" >&2
        return 1
    fi
}

# finack_progress LOG: copies the build's output to LOG and shows how far it is on stderr, from
# ninja's "[done/total]" prefixes: one line rewritten in place on a terminal, a line at every
# tenth otherwise. Succeeds only if the build did (pipefail is not assumed).
finack_progress() {
    local log=$1 line done total percent shown=-1 started=$SECONDS
    : >"$log"
    while IFS= read -r line; do
        printf '%s\n' "$line" >>"$log"
        [[ $line =~ ^\[([0-9]+)/([0-9]+)\]\  ]] || continue
        done=${BASH_REMATCH[1]} total=${BASH_REMATCH[2]}
        percent=$((done * 100 / total))
        if [[ -t 2 ]]; then
            printf '\rfinack: building %d/%d (%d%%, %d s) ' "$done" "$total" "$percent" $((SECONDS - started)) >&2
        elif ((percent / 10 != shown)); then
            shown=$((percent / 10))
            printf 'finack: building %d/%d (%d%%, %d s)\n' "$done" "$total" "$percent" $((SECONDS - started)) >&2
        fi
    done
    [[ -t 2 && -n ${done:-} ]] && printf '\n' >&2
    ! grep -qE '^(FAILED: |ninja: build stopped)|^CMake Error|^gmake.*Error' "$log"
}

# finack_build_dir PRESET: the folder the preset builds into; fails for an unknown preset.
finack_build_dir() {
    local root
    root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
    case $1 in
        dev) echo "$root/build" ;;
        asan | tsan) echo "$root/build-$1" ;;
        *) echo "finack: unknown preset \"$1\": expected dev, asan or tsan" >&2; return 1 ;;
    esac
}
