#!/usr/bin/env bash
# Takes the README's screenshot: the window under Xvfb, graceful-client-first played to the
# middle of its close, saved as docs/screenshot.png. Installs Xvfb, xdotool and ImageMagick
# from Debian's packages when missing.
#   scripts/screenshot.sh [scenario-id] [seconds of playing before the shot] [language] [output.png]
# e.g. scripts/screenshot.sh graceful-client-first 11 zh_CN docs/screenshot-zh_CN.png
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
source "$root/scripts/setup.sh"
finack_setup "$root/build" RelWithDebInfo xvfb xauth xdotool imagemagick
scenario=${1:-graceful-client-first}
seconds=${2:-11}
lang=${3:-en}
out=$(realpath -m "${4:-$root/docs/screenshot.png}")
export XDG_CONFIG_HOME=$(mktemp -d) # a first start: default window layout, no remembered scenario
xvfb-run -a -s "-screen 0 1920x1080x24" bash -c "
    '$root/build/bin/finack' --lang '$lang' --scenario '$scenario' &
    app=\$!
    sleep 3
    xdotool search --sync --name FinAck >/dev/null
    xdotool mousemove 900 500 click 1  # the diagram takes the keyboard (Xvfb has no window manager to focus the window)
    xdotool key space                  # Play
    sleep $seconds
    import -window root -crop 1600x950+0+0 '$out'
    kill \$app"
rm -rf "$XDG_CONFIG_HOME"
echo "saved $out"
