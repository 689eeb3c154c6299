#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# SPDX-FileCopyrightText: 2026 The FinAck authors
# Builds FinAck's Debian package and checks it (docs/packaging.md). One PASS or FAIL line per
# check; the exit status is 1 when any check failed, 2 when the checks could not run at all.
#
#   scripts/check-package.sh [BUILD_DIR]
#       Configures BUILD_DIR (default build-pkg) as a Release build without tests, builds it,
#       writes the .deb with `cpack -G DEB`, then installs it with apt-get on a fresh Debian 12
#       made by debootstrap and runs finack there. Needs root (it asks sudo when not root) and
#       Debian's mirror. The fresh system is cached as BUILD_DIR/package-check/bookworm-minbase.tar
#       and the packages apt-get downloads in BUILD_DIR/package-check/apt-archives; each run still
#       starts from the untouched tarball.
#   scripts/check-package.sh --metadata [VERSION]
#       Only the source files: appstreamcli, desktop-file-validate and man --warnings, with no
#       warning allowed, and that the man page and the metainfo name VERSION (CTest
#       packaging_metadata).
#   scripts/check-package.sh --contents BUILD_DIR
#       Runs cpack -G DEB for a built BUILD_DIR into a temporary folder and checks the package's
#       paths, copyright file, changelog and Depends with dpkg-deb (CTest packaging_contents).

# The bash -c '...' commands below expand their variables in the child, on purpose.
# shellcheck disable=SC2016
set -uo pipefail
export LC_ALL=C.UTF-8 # the tools' messages, matched below, in English

root_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
app_id=io.github.finack.finack
desktop_file=$root_dir/resources/$app_id.desktop
metainfo_file=$root_dir/resources/$app_id.metainfo.xml
man_page=$root_dir/resources/finack.1
copyright_file=$root_dir/cmake/debian/copyright
changelog_file=$root_dir/cmake/debian/changelog
# The machine-readable copyright format (DEP-5) the copyright file must follow.
dep5_format=https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/

failures=0
log=/dev/null

pass() { printf 'PASS  %s\n' "$*"; }
fail() {
    printf 'FAIL  %s\n' "$1"
    [[ -n ${2:-} ]] && printf '%s\n' "$2" | tail -n 12 | sed 's/^/      /'
    failures=$((failures + 1))
}
die() { echo "check-package: $*" >&2; exit 2; }

# check NAME COMMAND...: PASS when the command succeeds and prints nothing (validators speak only
# to complain), else FAIL with what it said. A missing tool fails too: never a silent skip.
check_quiet() {
    local name=$1 out
    shift
    out=$("$@" 2>&1)
    local status=$?
    printf '== %s\n%s\n' "$name" "$out" >>"$log"
    if ((status == 0)) && [[ -z $out ]]; then pass "$name"; else fail "$name" "$out"; fi
}

# check_output NAME PATTERN COMMAND...: PASS when the command succeeds and its output matches
# the extended regular expression PATTERN.
check_output() {
    local name=$1 pattern=$2 out
    shift 2
    out=$("$@" 2>&1)
    local status=$?
    printf '== %s (exit %d)\n%s\n' "$name" "$status" "$out" >>"$log"
    if ((status == 0)) && grep -Eq -- "$pattern" <<<"$out"; then pass "$name"; else fail "$name (exit $status)" "$out"; fi
}

# check_appstream NAME FILE [WRAPPER]: appstreamcli finds nothing to say about FILE; --strict
# fails on an info as well as a warning or an error, and no such line may be printed either.
check_appstream() {
    local out status
    out=$(${3:+"$3"} appstreamcli validate --no-net --strict --no-color "$2" 2>&1)
    status=$?
    printf '== %s (exit %d)\n%s\n' "$1" "$status" "$out" >>"$log"
    if ((status == 0)) && ! grep -Eq '^[EWIP]: ' <<<"$out"; then pass "$1"; else fail "$1 (exit $status)" "$out"; fi
}

# dep5_summary FILE: a Debian copyright file read as the machine-readable format (DEP-5) defines
# it, on one line: the header's Format and Upstream-Name, then the "Files: *" paragraph's Copyright
# (present or not) and License, and the /usr/share/common-licenses file that licence's text (in
# that paragraph or a stand-alone License paragraph) points to. Paragraphs are apart; a line
# that starts with a space continues the field above it.
# shellcheck disable=SC2317 # called through check_output
dep5_summary() {
    awk 'BEGIN { RS = ""; FS = "\n" }
        { split("", f); key = ""
          for (i = 1; i <= NF; i++) {
              if ($i ~ /^[ \t]/) { if (key != "") f[key] = f[key] "\n" $i; continue }
              if (!match($i, /^[A-Za-z-]+:/)) { printf "malformed line: %s\n", $i; bad = 1; continue }
              key = substr($i, 1, RLENGTH - 1); f[key] = substr($i, RLENGTH + 1); sub(/^[ \t]+/, "", f[key])
          }
          first = f["License"]; sub(/[ \t]*\n.*/, "", first); sub(/[ \t]+$/, "", first)
          if (NR == 1) { format = f["Format"]; name = f["Upstream-Name"] }
          else if (("Files" in f) && f["Files"] ~ /^\*[ \t]*$/) {
              licence = first; text = f["License"]; copyright = (f["Copyright"] ~ /[0-9]/) ? "yes" : "none" }
          else if (!("Files" in f) && ("License" in f)) standalone[first] = f["License"] }
        END { if (licence in standalone) text = text "\n" standalone[licence]
              path = "none"
              if (match(text, /\/usr\/share\/common-licenses\/[A-Za-z0-9.+-]+/)) path = substr(text, RSTART, RLENGTH)
              printf "Format: %s Upstream-Name: %s Files: * Copyright: %s License: %s -> %s\n", format, name, copyright, licence, path
              exit bad }' "$1"
}
dep5_pattern() { # the summary FinAck's copyright file must give: GPL-2+, text in Debian's GPL-2
    printf '^Format: %s Upstream-Name: FinAck Files: \\* Copyright: yes License: GPL-2\\+ -> /usr/share/common-licenses/GPL-2$' "${dep5_format//./\\.}"
}

metadata_checks() {
    local version=${1:-}
    # --strict: infos fail too; pedantic hints are printed by neither.
    check_appstream "appstreamcli validate --no-net --strict ${metainfo_file#"$root_dir"/}" "$metainfo_file"
    check_quiet "desktop-file-validate ${desktop_file#"$root_dir"/}" desktop-file-validate "$desktop_file"
    check_quiet "man --warnings -l ${man_page#"$root_dir"/}" \
        bash -c 'out=$(MANWIDTH=80 man --warnings -l "$1" 2>&1 >/dev/null) || exit 1; printf "%s" "$out"' _ "$man_page"
    check_output "desktop entry's Icon= is the AppStream id" "^Icon=$app_id\$" grep '^Icon=' "$desktop_file"
    if [[ -n $version ]]; then
        check_output "man page is FinAck $version" "^\\.TH FINACK 1 [^ ]+ \"FinAck $version\"" grep -m1 '^\.TH' "$man_page"
        check_output "metainfo lists release $version" "<release version=\"$version\"" grep -m1 '<release ' "$metainfo_file"
        check_output "Debian changelog's top entry is $version-N" "^$version-[0-9]+\$" \
            dpkg-parsechangelog -l "$changelog_file" -S Version
    fi
    # The licence, said four times: LICENSE, the copyright file, the metainfo and the SPDX lines.
    check_output "${copyright_file#"$root_dir"/} is DEP-5: Files: * GPL-2+" "$(dep5_pattern)" dep5_summary "$copyright_file"
    check_output "LICENSE is /usr/share/common-licenses/GPL-2" "^same$" \
        bash -c 'cmp "$1" /usr/share/common-licenses/GPL-2 && echo same' _ "$root_dir/LICENSE"
    check_output "metainfo's project_license is GPL-2.0-or-later" "^ *<project_license>GPL-2\.0-or-later</project_license>$" \
        grep '<project_license>' "$metainfo_file"
}

contents_checks() {
    local build_dir=$1 deb
    [[ -f $build_dir/CPackConfig.cmake ]] || die "$build_dir has no CPackConfig.cmake: configure it first"
    # Not local: the EXIT trap removes it after this function has returned.
    tmp=$(mktemp -d) || die "no temporary folder"
    trap 'rm -rf "$tmp"' EXIT
    if ! out=$(cpack -G DEB -B "$tmp" --config "$build_dir/CPackConfig.cmake" 2>&1); then
        fail "cpack -G DEB" "$out"
        return
    fi
    deb=$(compgen -G "$tmp/finack_*.deb" | head -n 1)
    if [[ -z $deb ]]; then
        fail "cpack -G DEB wrote no finack_*.deb" "$out"
        return
    fi
    pass "cpack -G DEB wrote ${deb##*/}"
    local listing path
    listing=$(dpkg-deb -c "$deb" | awk '{print $6}')
    for path in usr/bin/finack usr/bin/finack-lab usr/share/applications/$app_id.desktop \
        usr/share/metainfo/$app_id.metainfo.xml usr/share/icons/hicolor/scalable/apps/$app_id.svg \
        usr/share/man/man1/finack.1.gz usr/share/finack/apparmor/finack-lab; do
        if grep -qx "\./$path" <<<"$listing"; then pass "package holds /$path"; else fail "package holds /$path"; fi
    done
    # Debian policy (12.5, 12.7): the licence in /usr/share/doc/finack/copyright, plain and in the
    # machine-readable format, and the changelog beside it compressed with gzip -9n, both 0644 root.
    local doc=usr/share/doc/finack
    for path in $doc/copyright $doc/changelog.Debian.gz; do
        check_output "package holds /$path (-rw-r--r-- root/root)" "^-rw-r--r-- root/root .* \./$path\$" \
            bash -c 'dpkg-deb -c "$1" | grep -F " ./$2"' _ "$deb" "$path"
    done
    mkdir "$tmp/root" && dpkg-deb -x "$deb" "$tmp/root"
    check_output "/$doc/copyright is DEP-5: Files: * GPL-2+" "$(dep5_pattern)" dep5_summary "$tmp/root/$doc/copyright"
    # gzip's header: magic, deflate, no flags (so no file name), a zero time stamp, 02 for -9.
    check_output "/$doc/changelog.Debian.gz is gzip -9n" "^1f 8b 08 00 00 00 00 00 02$" \
        bash -c 'gzip -t "$1" && od -An -tx1 -N9 "$1" | sed "s/^ //"' _ "$tmp/root/$doc/changelog.Debian.gz"
    local version
    version=$(dpkg-deb -f "$deb" Version)
    check_output "/$doc/changelog.Debian.gz: top entry finack $version" "^finack $version\$" \
        bash -c 'gzip -dc "$1" >"$1.txt" && echo "$(dpkg-parsechangelog -l "$1.txt" -S Source) $(dpkg-parsechangelog -l "$1.txt" -S Version)"' \
        _ "$tmp/root/$doc/changelog.Debian.gz"
    # The maintainer scripts that install the AppArmor profile where the kernel restricts user
    # namespaces through AppArmor, and remove it again.
    local script
    for script in postinst postrm; do
        if dpkg-deb -I "$deb" "$script" | grep -q "/etc/apparmor.d/finack-lab"; then pass "control holds $script (AppArmor profile)"
        else fail "control holds $script (AppArmor profile)"; fi
    done
    local depends
    depends=$(dpkg-deb -f "$deb" Depends)
    for dep in libqt6gui6 libqt6widgets6 libpcap0.8 libnftables1 fonts-dejavu-core; do
        if grep -q "\b$dep\b" <<<"$depends"; then pass "Depends: $dep"; else fail "Depends: $dep" "$depends"; fi
    done
    if grep -q "fonts-noto-cjk" <<<"$(dpkg-deb -f "$deb" Recommends)"; then pass "Recommends: fonts-noto-cjk"
    else fail "Recommends: fonts-noto-cjk"; fi
}

case ${1:-} in
--metadata)
    metadata_checks "${2:-}"
    exit $((failures > 0))
    ;;
--contents)
    [[ -n ${2:-} ]] || die "--contents needs the build folder"
    contents_checks "$(cd "$2" && pwd)"
    exit $((failures > 0))
    ;;
-h | --help)
    sed -n '2,/^$/{/SPDX-/d;p}' "$0" | sed 's/^# \{0,1\}//'
    exit 0
    ;;
-*) die "unknown option $1 (see --help)" ;;
esac

# ---- The whole check: build, package, install on a fresh Debian 12. ----

if ((EUID != 0)); then
    command -v sudo >/dev/null || die "needs root (debootstrap, chroot, mount) or sudo"
    exec sudo "$0" "$@"
fi

# Under sudo the build itself runs as the user who asked, so the build folder stays theirs; only
# package-check/ in it belongs to root.
as_invoker() {
    if [[ -n ${SUDO_UID:-} && -n ${SUDO_GID:-} ]]; then
        setpriv --reuid "$SUDO_UID" --regid "$SUDO_GID" --init-groups "$@"
    else
        "$@"
    fi
}
build_dir=${1:-$root_dir/build-pkg}
as_invoker mkdir -p "$build_dir" && build_dir=$(cd "$build_dir" && pwd)
work=$build_dir/package-check
mkdir -p "$work/apt-archives/partial"
log=$work/check.log
: >"$log"
exec 9>"$work/lock"
flock -n 9 || die "another check-package.sh is using $work"

seconds() { date +%s.%N; }
elapsed() { awk -v from="$1" -v to="$(seconds)" 'BEGIN { printf "%.1f", to - from }'; }
t_start=$(seconds)

# The build's packages, the validators and the bootstrapper, from Debian like setup.sh does.
# shellcheck source=scripts/setup.sh
source "$root_dir/scripts/setup.sh"
finack_install "${FINACK_PACKAGES[@]}" dpkg-dev debootstrap appstream desktop-file-utils man-db ||
    die "could not install the packages the check needs"

# -- The package.
t=$(seconds)
if as_invoker cmake -S "$root_dir" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF >>"$log" 2>&1 &&
    as_invoker cmake --build "$build_dir" --parallel 2 >>"$log" 2>&1; then
    pass "configure and build $build_dir ($(elapsed "$t") s)"
else
    fail "configure and build $build_dir" "$(tail -n 30 "$log")"
    exit 1
fi
t=$(seconds)
rm -f "$build_dir"/finack_*.deb
if (cd "$build_dir" && as_invoker cpack -G DEB) >>"$log" 2>&1 && deb=$(compgen -G "$build_dir/finack_*.deb" | head -n 1); then
    pass "cpack -G DEB: ${deb##*/}, $(du -k "$deb" | cut -f1) KiB ($(elapsed "$t") s)"
else
    fail "cpack -G DEB" "$(tail -n 20 "$log")"
    exit 1
fi
log_line() { printf '%s\n' "$*" >>"$log"; }
log_line "Depends: $(dpkg-deb -f "$deb" Depends)"
log_line "Recommends: $(dpkg-deb -f "$deb" Recommends)"

# -- A fresh Debian 12, from the mirror this machine uses.
# The first bookworm URI in the host's apt sources, deb822 or one-line style.
mirror_for() {
    local suite=$1 fallback=$2 uri
    uri=$( {
        cat /etc/apt/sources.list.d/*.sources 2>/dev/null | awk -v suite="$suite" 'BEGIN { RS = "" }
            { uri = ""; suites = ""; n = split($0, line, "\n")
              for (i = 1; i <= n; i++) {
                  if (line[i] ~ /^URIs:/) { split(line[i], f, " "); uri = f[2] }
                  if (line[i] ~ /^Suites:/) suites = " " substr(line[i], 8) " "
              }
              if (uri != "" && index(suites, " " suite " ")) { print uri; exit } }'
        cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null | sed -E 's/\[[^]]*\]//' |
            awk -v suite="$suite" '$1 == "deb" && $3 == suite { print $2; exit }'
    } | head -n 1)
    echo "${uri:-$fallback}"
}
mirror=$(mirror_for bookworm http://deb.debian.org/debian)
security=$(mirror_for bookworm-security http://deb.debian.org/debian-security)

tarball=$work/bookworm-minbase.tar
t=$(seconds)
if [[ ! -f $tarball ]]; then
    fresh=$(mktemp -d "$work/debootstrap.XXXXXX")
    if debootstrap --variant=minbase bookworm "$fresh" "$mirror" >>"$log" 2>&1 &&
        tar -C "$fresh" --numeric-owner -cf "$tarball.part" . && mv "$tarball.part" "$tarball"; then
        pass "debootstrap --variant=minbase bookworm from $mirror, cached ($(elapsed "$t") s)"
    else
        fail "debootstrap --variant=minbase bookworm from $mirror" "$(tail -n 20 "$log")"
    fi
    rm -rf --one-file-system "$fresh" "$tarball.part"
    [[ -f $tarball ]] || exit 1
fi

t=$(seconds)
chroot_dir=$(mktemp -d "$work/root.XXXXXX")
mounts=()
# In memory when it can be: unpacking, installing and throwing away 1 GB of files is then quick.
if mount -t tmpfs -o size=6g,mode=755 check-package "$chroot_dir" 2>/dev/null; then
    mounts+=("$chroot_dir")
fi
# shellcheck disable=SC2317 # called by the trap
cleanup() {
    local m
    for ((m = ${#mounts[@]} - 1; m >= 0; m--)); do
        umount "${mounts[m]}" 2>/dev/null || umount -l "${mounts[m]}" 2>/dev/null
    done
    # Never delete through a mount that stayed: /dev is the host's.
    if findmnt -rn -o TARGET | grep -q "^$chroot_dir"; then
        echo "check-package: $chroot_dir still has mounts; left in place" >&2
    else
        rm -rf --one-file-system "$chroot_dir"
    fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM
mount_into() { # mount_into TARGET MOUNT-ARGS...
    mkdir -p "$chroot_dir$1" && mount "${@:2}" "$chroot_dir$1" && mounts+=("$chroot_dir$1")
}
tar -C "$chroot_dir" --numeric-owner -xpf "$tarball" || die "could not unpack $tarball"
chmod 755 "$chroot_dir" # mktemp made it 0700, and so does the tarball: the student must get in
if ! { mount_into /proc -t proc proc && mount_into /sys -t sysfs -o ro sysfs && mount_into /dev --bind /dev &&
    mount_into /dev/pts --bind /dev/pts && mount_into /var/cache/apt/archives --bind "$work/apt-archives"; }; then
    die "could not mount /proc, /sys, /dev or the package cache in $chroot_dir"
fi
pass "fresh Debian 12 unpacked in ${chroot_dir#"$root_dir"/}$([[ ${mounts[0]} == "$chroot_dir" ]] && echo " (tmpfs)") ($(elapsed "$t") s)"

cp /etc/resolv.conf "$chroot_dir/etc/resolv.conf"
cat >"$chroot_dir/etc/apt/sources.list" <<EOF
deb $mirror bookworm main
deb $mirror bookworm-updates main
deb $security bookworm-security main
EOF
# A throwaway system: dpkg need not sync every file it unpacks (as on Debian's build daemons).
echo force-unsafe-io >"$chroot_dir/etc/dpkg/dpkg.cfg.d/check-package-unsafe-io"
# No service may start inside the chroot.
printf '#!/bin/sh\nexit 101\n' >"$chroot_dir/usr/sbin/policy-rc.d" && chmod +x "$chroot_dir/usr/sbin/policy-rc.d"
cp "$deb" "$chroot_dir/tmp/"
export chroot_dir
in_chroot() { chroot "$chroot_dir" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"; }
# An ordinary user, as a student would be.
as_student() { chroot --userspec=1000:1000 "$chroot_dir" env -i PATH=/usr/bin:/bin HOME=/home/student LANG=C.UTF-8 "$@"; }
export -f in_chroot as_student
in_chroot useradd -m -u 1000 -s /bin/bash student >>"$log" 2>&1

t=$(seconds)
check_output "apt-get update" "Reading package lists" in_chroot apt-get update
t=$(seconds)
if out=$(in_chroot apt-get install -y "/tmp/${deb##*/}" 2>&1); then
    printf '%s\n' "$out" >>"$log"
    pass "apt-get install -y ./${deb##*/}: $(grep -Eo '[0-9]+ newly installed' <<<"$out") ($(elapsed "$t") s)"
else
    printf '%s\n' "$out" >>"$log"
    fail "apt-get install -y ./${deb##*/}" "$out"
    exit 1
fi
check_output "Recommends installed: fonts-noto-cjk, qt6-translations-l10n" "^2 installed$" \
    bash -c 'echo "$(in_chroot dpkg-query -W -f="\${Status}\n" fonts-noto-cjk qt6-translations-l10n | grep -c "ok installed") installed"'

# -- FinAck on it, as the student.
scenarios=$(compgen -G "$root_dir/resources/scenarios/*.json" | wc -l)
check_output "finack list: $scenarios scenarios" "^$scenarios graceful-client-first +Graceful" \
    bash -c 'out=$(as_student finack list) || exit 1; echo "$(wc -l <<<"$out") $(grep graceful-client-first <<<"$out")"'
check_output "finack list --lang zh_CN: Chinese titles" "graceful-client-first +优雅关闭" as_student finack list --lang zh_CN
t=$(seconds)
out=$(as_student finack run graceful-client-first --trace /tmp/graceful.json 2>&1)
status=$?
printf '== finack run graceful-client-first (exit %d)\n%s\n' "$status" "$out" >>"$log"
if ((status == 0)) && grep -q "The kernel did what the scenario expects." <<<"$out"; then
    pass "finack run graceful-client-first ($(elapsed "$t") s): $(grep -m1 '^network:' <<<"$out")"
else
    fail "finack run graceful-client-first (exit $status)" "$out"
fi
check_output "finack run graceful-client-first, as root: host loopback, captured" "^network: host loopback.*segments captured" \
    in_chroot finack run graceful-client-first
# A chrooted process may not create a user namespace (the kernel refuses it), so the private
# network namespace is tried as on an installed system: the fresh Debian becomes the root of a
# mount namespace of its own with pivot_root, and the student runs finack there.
# shellcheck disable=SC2317 # called through check_output
as_student_in_own_root() {
    unshare --mount --propagation private -- bash -c '
        set -e
        mount --rbind "$chroot_dir" "$chroot_dir"
        cd "$chroot_dir"
        mkdir -p .old-root
        pivot_root . .old-root
        umount -l /.old-root
        exec chroot --userspec=1000:1000 / env -i PATH=/usr/bin:/bin HOME=/home/student LANG=C.UTF-8 "$@"' _ "$@"
}
export -f as_student_in_own_root
check_output "finack run lost-final-ack --network private, student, no chroot: private namespace, captured" \
    "^network: private namespace; segments captured" as_student_in_own_root finack run lost-final-ack --network private
check_output "finack run graceful-client-first --lang zh_CN" "^graceful-client-first: 优雅关闭" \
    as_student finack run graceful-client-first --lang zh_CN
# Pictures need the offscreen platform plugin (libqt6gui6) and the fonts of the dependencies.
check_output "finack export /tmp/graceful.json -o graceful.png (offscreen)" "^89 50 4e 47 0d 0a 1a 0a$" \
    bash -c 'as_student finack export /tmp/graceful.json -o /tmp/graceful.png && od -An -tx1 -N8 "$chroot_dir/tmp/graceful.png" | sed "s/^ //"'
# The window with no display: it must load its platform plugin and stay up until stopped.
out=$(timeout 8 chroot --userspec=1000:1000 "$chroot_dir" env -i PATH=/usr/bin:/bin HOME=/home/student LANG=C.UTF-8 \
    QT_QPA_PLATFORM=offscreen finack 2>&1)
status=$?
printf '== finack window, offscreen (exit %d)\n%s\n' "$status" "$out" >>"$log"
if ((status == 124)) && ! grep -Eqi "could not (load|find)|failed to start|abort" <<<"$out"; then
    pass "finack window starts (offscreen; stopped after 8 s)"
else
    fail "finack window starts (exit $status)" "$out"
fi

# -- What a desktop and a software centre read, checked with Debian's own tools there.
check_output "apt-get install man-db appstream desktop-file-utils" "Setting up man-db" \
    in_chroot apt-get install -y --no-install-recommends man-db appstream desktop-file-utils
check_output "man -w finack" "^/usr/share/man/man1/finack\.1\.gz$" in_chroot man -w finack
check_quiet "man --warnings finack" \
    bash -c 'out=$(in_chroot env MANWIDTH=80 man --warnings finack 2>&1 >/dev/null) || exit 1; printf "%s" "$out"'
check_appstream "appstreamcli validate --no-net --strict (installed)" /usr/share/metainfo/$app_id.metainfo.xml in_chroot
check_quiet "desktop-file-validate (installed)" in_chroot desktop-file-validate /usr/share/applications/$app_id.desktop
check_output "appstreamcli validate-tree --no-net /usr (desktop file, metainfo, icon)" "Validation was successful" \
    in_chroot appstreamcli validate-tree --no-net --no-color /usr
check_output "apt-get purge finack" "Removing finack" in_chroot apt-get purge -y finack
check_output "nothing of finack left" "^none$" bash -c \
    'cd "$chroot_dir" && left=$(ls -d usr/bin/finack* usr/share/applications/*finack* usr/share/metainfo/*finack* \
        usr/share/icons/hicolor/scalable/apps/*finack* usr/share/man/man1/finack* 2>/dev/null); echo "${left:-none}"'

echo "check-package: $failures failed; $(elapsed "$t_start") s in all; the log is ${log#"$root_dir"/}"
exit $((failures > 0))
