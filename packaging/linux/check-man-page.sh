#!/bin/sh
# Formats a manual page as man-db and lintian do and fails on any warning from groff or man.
#
#   packaging/linux/check-man-page.sh FILE...
set -u
status=0
for page in "$@"; do
    if [ ! -r "$page" ]; then
        echo "FAIL: $page: cannot be read" >&2
        status=1
        continue
    fi
    # The options are lintian's (checks/documentation/manual): UTF-8 input, 80 columns,
    # every groff warning on.
    output=$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 \
        man --warnings -E UTF-8 -l -Tutf8 -Z "$page" 2>&1 >/dev/null)
    if [ -n "$output" ]; then
        printf 'FAIL: %s:\n%s\n' "$page" "$output" >&2
        status=1
    else
        echo "PASS: $page formats without warnings"
    fi
done
exit $status
