#!/usr/bin/env bash
# Runs atspi_window.py against HELPLINES in a private X server (Xvfb) and D-Bus session, with
# Qt's AT-SPI bridge on, and cleans up whatever happens.
#
#   tests/a11y/run_atspi_window.sh HELPLINES
#
# Exit status: that of the check; 77 (skipped, for CTest) when there is no Xvfb, D-Bus or
# pyatspi to run it with.
set -u

helplines=${1:?usage: run_atspi_window.sh HELPLINES}
here=$(cd "$(dirname "$0")" && pwd)
python=/usr/bin/python3

skip() {
    echo "SKIPPED: $*" >&2
    exit 77
}
command -v Xvfb >/dev/null 2>&1 || skip "Xvfb is not installed (Debian package xvfb)"
command -v dbus-run-session >/dev/null 2>&1 || skip "dbus-run-session is not installed (dbus)"
[ -x "$python" ] && "$python" -c 'import pyatspi' 2>/dev/null \
    || skip "Debian's python3 with pyatspi is not installed (python3-pyatspi)"
[ -x /usr/libexec/at-spi-bus-launcher ] || skip "the AT-SPI bus is not installed (at-spi2-core)"
[ -x "$helplines" ] || { echo "no program at $helplines" >&2; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/helplines-a11y.XXXXXX")
xvfb_pid=
cleanup() {
    if [ -n "$xvfb_pid" ]; then
        kill "$xvfb_pid" 2>/dev/null
        wait "$xvfb_pid" 2>/dev/null
    fi
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# A free display, chosen by the server itself.
mkfifo "$work/displayfd"
Xvfb -displayfd 3 -screen 0 1280x1024x24 -nolisten tcp -noreset 3>"$work/displayfd" \
    >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
display=
if read -r -t 60 display <"$work/displayfd" && [ -n "$display" ]; then
    :
else
    cat "$work/xvfb.log" >&2
    skip "Xvfb did not start"
fi

mkdir -m 700 "$work/runtime" "$work/data"
export DISPLAY=":$display"
export XDG_RUNTIME_DIR="$work/runtime"
export QT_QPA_PLATFORM=xcb
export QT_QPA_PLATFORMTHEME=
export QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1
export QT_ACCESSIBILITY=1
export NO_AT_BRIDGE=0
unset HELPLINES_DATA_DIR SESSION_MANAGER

echo "X display :$display, data in $work/data"
# The session bus (and the accessibility bus it starts on demand) ends with the check.
dbus-run-session -- "$python" "$here/atspi_window.py" "$helplines" "$work/data" \
    2> >(grep -v -e 'Failed to set fd limit' -e 'Activating service name' \
                 -e 'Successfully activated service' -e 'SpiRegistry daemon is running' >&2)
status=$?
exit $status
