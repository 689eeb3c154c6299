#!/usr/bin/env bash
# Takes the README's screenshot: the window under Xvfb, graceful-client-first played to the
# middle of its close, saved as docs/screenshot.png. Installs Xvfb, xdotool and ImageMagick
# from Debian's packages when missing.
#   scripts/screenshot.sh [scenario-id] [seconds of playing before the shot]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
source "$root/scripts/setup.sh"
finack_setup "$root/build" RelWithDebInfo xvfb xauth xdotool imagemagick
scenario=${1:-graceful-client-first}
seconds=${2:-11}
out="$root/docs/screenshot.png"
export XDG_CONFIG_HOME=$(mktemp -d) # a first start: default window layout, no remembered scenario
xvfb-run -a -s "-screen 0 1920x1080x24" bash -c "
    '$root/build/bin/finack' --scenario '$scenario' &
    app=\$!
    sleep 3
    xdotool search --sync --name FinAck >/dev/null
    xdotool mousemove 130 16 click 1   # Play, the third toolbar button
    sleep $seconds
    import -window root -crop 1600x950+0+0 '$out'
    kill \$app"
rm -rf "$XDG_CONFIG_HOME"
echo "saved $out"
