#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# SPDX-FileCopyrightText: 2026 The FinAck authors
# Takes the README's screenshots: the real window under Xvfb on a screen of the given size, a
# scenario played to its end on real sockets (finack --play), the whole screen saved as PNG.
# Installs Xvfb and ImageMagick from Debian's packages when missing.
#   scripts/screenshot.sh SCENARIO SIZE LANGUAGE OUTPUT.png [finack options...]
# The README's pictures:
#   scripts/screenshot.sh unread-data-rst 1366x768 en docs/screenshot.png
#   scripts/screenshot.sh write-after-peer-close 1366x768 zh_CN docs/screenshot-zh_CN.png
#   scripts/screenshot.sh write-after-peer-close 1920x1080 en docs/screenshot-presentation.png --presentation
# SECONDS_TO_PLAY (default 25) is how long the run gets at 4x before the shot.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
source "$root/scripts/setup.sh"
finack_setup dev xvfb xauth imagemagick
scenario=${1:?usage: screenshot.sh SCENARIO SIZE LANGUAGE OUTPUT.png [finack options]}
size=${2:?size, e.g. 1366x768}
lang=${3:?language: en or zh_CN}
out=$(realpath -m "${4:?output .png}")
shift 4
wait=${SECONDS_TO_PLAY:-25}
config=$(mktemp -d) # a first start: the window takes the whole screen, nothing remembered
trap 'rm -rf "$config"' EXIT
XDG_CONFIG_HOME=$config xvfb-run -a -s "-screen 0 ${size}x24" bash -c '
    "$1" --lang "$2" --scenario "$3" --play --speed 4 "${@:6}" &
    app=$!
    sleep "$4"
    import -window root "$5"
    kill $app' _ "$root/build/bin/finack" "$lang" "$scenario" "$wait" "$out" "$@"
echo "saved $out"
