#!/usr/bin/env bash
# The package test: builds the release preset and its .deb, checks the package (lintian,
# AppStream, desktop entry, manual pages, contents, dependencies), installs it on THIS machine
# with dpkg, runs both programs from /usr/bin, then removes and purges it and checks that
# nothing of it is left. Needs root, or sudo. Prints one PASS or FAIL line per check and ends
# with "package: N passed, N failed"; exits non-zero when anything failed.
#
#   packaging/linux/test-package.sh [--build-dir DIR]
#
#   --build-dir DIR  the build tree to build and package (default: build/release, configured
#                    with the release preset if it does not exist yet)
#
# Refuses to run when a package named helplines is already installed (it would replace it and
# then purge it). Packages that apt installs to satisfy the dependencies are left installed.
set -uo pipefail
cd "$(dirname "$0")/../.."
source scripts/lib/common.sh

build_dir=build/release
while [ $# -gt 0 ]; do
    case "$1" in
        --build-dir) build_dir=${2:?--build-dir needs a folder}; shift ;;
        -h|--help) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "test-package.sh: unknown option $1 (try --help)" >&2; exit 2 ;;
    esac
    shift
done

passed=0
failed=0
pass() { echo "PASS: $*"; passed=$((passed + 1)); }
fail() { echo "FAIL: $*"; failed=$((failed + 1)); }
summary() { echo "package: $passed passed, $failed failed"; }
# Stops at a failure the later checks depend on.
give_up() {
    fail "$*"
    summary
    exit 1
}

sudo=()
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || give_up "installing a package needs root or sudo"
    sudo=(sudo)
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/helplines-package-test.XXXXXX")
installed_by_us=0
gui_pid=
cleanup() {
    if [ -n "$gui_pid" ] && kill -0 "$gui_pid" 2>/dev/null; then
        kill -KILL "$gui_pid" 2>/dev/null
    fi
    if [ "$installed_by_us" = 1 ] && dpkg-query -W -f='${db:Status-Status}' helplines 2>/dev/null \
            | grep -qv '^not-installed$'; then
        echo "test-package.sh: purging helplines, which an interrupted run left installed" >&2
        "${sudo[@]}" dpkg -P helplines >/dev/null
    fi
    rm -rf "$work"
}
trap cleanup EXIT

helplines_install_packages "${HELPLINES_BUILD_PACKAGES[@]}" "${HELPLINES_PACKAGE_PACKAGES[@]}" \
    || give_up "installing the build and packaging tools"

# --- Build and package ------------------------------------------------------------------------

if [ ! -f "$build_dir/CMakeCache.txt" ]; then
    helplines_log "Configuring $build_dir (preset release)"
    cmake --preset release -B "$build_dir" >/dev/null || give_up "configuring $build_dir"
fi
build_type=$(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "$build_dir/CMakeCache.txt")
[ "$build_type" = Release ] || echo "NOTE: $build_dir is a $build_type build, not Release"
helplines_log "Building $build_dir"
cmake --build "$build_dir" -j"$(nproc)" || give_up "building $build_dir"

helplines_log "Packaging (cpack -G DEB)"
rm -f "$build_dir"/packages/helplines_*.deb "$build_dir"/packages/helplines_*.deb.sha256
(cd "$build_dir" && cpack -G DEB) >"$work/cpack.log" 2>&1 || {
    cat "$work/cpack.log"
    give_up "cpack -G DEB"
}
debs=("$build_dir"/packages/helplines_*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || give_up "cpack made exactly one helplines .deb"
deb=${debs[0]}
pass "cpack -G DEB made $deb ($(stat -c %s "$deb") bytes)"

# --- The package as a file --------------------------------------------------------------------

version=$(dpkg-deb -f "$deb" Version)
upstream_version=${version%-*}
architecture=$(dpkg --print-architecture)
if [ "$(basename "$deb")" = "helplines_${version}_${architecture}.deb" ]; then
    pass "file name helplines_${version}_${architecture}.deb"
else
    fail "file name $(basename "$deb") is not helplines_${version}_${architecture}.deb"
fi

depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
echo "Recommends: $(dpkg-deb -f "$deb" Recommends)"
missing_depends=()
for dependency in libqt6sql6-sqlite libqt6svg6 libqt6core6 libqt6gui6 libqt6widgets6 \
        libqt6sql6 'libphonenumber8[a-z0-9-]*' libc6 'libstdc\+\+6'; do
    grep -Eq "(^|, )${dependency}( \(|,|$)" <<<"$depends" || missing_depends+=("$dependency")
done
if [ ${#missing_depends[@]} -eq 0 ]; then
    pass "Depends has the shared libraries (dpkg-shlibdeps) and the Qt plugins"
else
    fail "Depends lacks ${missing_depends[*]}"
fi
for field in Section=utils Priority=optional; do
    value=$(dpkg-deb -f "$deb" "${field%%=*}")
    if [ "$value" = "${field#*=}" ]; then
        pass "${field%%=*}: $value"
    else
        fail "${field%%=*} is \"$value\", not ${field#*=}"
    fi
done
empty_fields=()
for field in Maintainer Homepage Description Installed-Size; do
    [ -n "$(dpkg-deb -f "$deb" "$field")" ] || empty_fields+=("$field")
done
if [ ${#empty_fields[@]} -eq 0 ]; then
    pass "the control file has Maintainer, Homepage, Description and Installed-Size"
else
    fail "the control file has no ${empty_fields[*]}"
fi

app_id=$(sed -n 's/^HELPLINES_APP_ID:[A-Z]*=//p' "$build_dir/CMakeCache.txt")
dpkg-deb -c "$deb" | awk '{ print $6 }' | sed 's|^\./|/|' >"$work/contents"
expected=(
    /usr/bin/helplines
    /usr/bin/helplines-cli
    "/usr/share/applications/$app_id.desktop"
    "/usr/share/metainfo/$app_id.metainfo.xml"
    "/usr/share/icons/hicolor/scalable/apps/$app_id.svg"
    /usr/share/man/man1/helplines.1.gz
    /usr/share/man/man1/helplines-cli.1.gz
    /usr/share/doc/helplines/copyright
    /usr/share/doc/helplines/changelog.Debian.gz
    /usr/share/doc/helplines/examples/organisation.json
    /usr/share/doc/helplines/examples/policies.json
)
for size in 16 22 24 32 48 64 128 256; do
    expected+=("/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
absent=()
for path in "${expected[@]}"; do
    grep -qxF "$path" "$work/contents" || absent+=("$path")
done
if [ ${#absent[@]} -eq 0 ]; then
    pass "the package holds the ${#expected[@]} expected files"
else
    fail "the package lacks ${absent[*]}"
fi

root="$work/root"
dpkg-deb -x "$deb" "$root"
changelog_version=$(zcat "$root/usr/share/doc/helplines/changelog.Debian.gz" | head -n1 \
    | sed -n 's/^helplines (\([^)]*\)).*/\1/p')
if [ "$changelog_version" = "$version" ]; then
    pass "changelog.Debian.gz starts with version $version"
else
    fail "changelog.Debian.gz starts with version \"$changelog_version\", the package is $version"
fi
if grep -q "^License: EUPL-1.2$" "$root/usr/share/doc/helplines/copyright" \
        && grep -q "EUROPEAN UNION PUBLIC LICENCE v. 1.2" "$root/usr/share/doc/helplines/copyright"; then
    pass "copyright is DEP-5 with the EUPL-1.2 text"
else
    fail "copyright lacks the EUPL-1.2 License paragraph or its text"
fi
wrong_sizes=()
for png in "$root"/usr/share/icons/hicolor/*x*/apps/$app_id.png; do
    size=$(basename "$(dirname "$(dirname "$png")")")
    actual=$(python3 -c 'import struct, sys
data = open(sys.argv[1], "rb").read(24)
print("%dx%d" % struct.unpack(">II", data[16:24]))' "$png")
    [ "$actual" = "$size" ] || wrong_sizes+=("$size/$app_id.png is $actual")
done
if [ ${#wrong_sizes[@]} -eq 0 ]; then
    pass "every PNG icon has the size of its folder"
else
    fail "icons of the wrong size: ${wrong_sizes[*]}"
fi

helplines_log "lintian"
lintian --fail-on error,warning --display-info "$deb" >"$work/lintian.log" 2>&1
lintian_status=$?
grep -v '^running with root privileges' "$work/lintian.log"
if [ $lintian_status -eq 0 ]; then
    pass "lintian: no error, no warning ($(grep -c '^I: ' "$work/lintian.log") info tags)"
else
    fail "lintian (exit status $lintian_status)"
fi

if appstreamcli validate --no-net "$root/usr/share/metainfo/$app_id.metainfo.xml"; then
    pass "appstreamcli validate --no-net $app_id.metainfo.xml"
else
    fail "appstreamcli validate --no-net $app_id.metainfo.xml"
fi
if appstreamcli validate-tree --no-net "$root"; then
    pass "appstreamcli validate-tree --no-net (metainfo, desktop entry and icons together)"
else
    fail "appstreamcli validate-tree --no-net"
fi
desktop_output=$(desktop-file-validate "$root/usr/share/applications/$app_id.desktop" 2>&1)
desktop_status=$?
if [ $desktop_status -eq 0 ] && [ -z "$desktop_output" ]; then
    pass "desktop-file-validate $app_id.desktop: clean"
else
    printf '%s\n' "$desktop_output"
    fail "desktop-file-validate $app_id.desktop"
fi
if packaging/linux/check-man-page.sh "$root"/usr/share/man/man1/*.1.gz; then
    pass "the manual pages format without warnings"
else
    fail "the manual pages have groff warnings"
fi

# --- Installed on this machine ----------------------------------------------------------------

if dpkg-query -W -f='${db:Status-Status}' helplines 2>/dev/null | grep -qv '^not-installed$'; then
    give_up "a helplines package is already installed here; remove it (dpkg -P helplines) first"
fi

helplines_log "Installing $deb"
installed_by_us=1
if ! "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive dpkg -i "$deb"; then
    echo "dpkg -i left dependencies missing; apt-get -f install"
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -f install -y -q
fi
if [ "$(dpkg-query -W -f='${Status}' helplines 2>/dev/null)" = "install ok installed" ]; then
    pass "dpkg -i: helplines $version is installed"
else
    give_up "helplines is not installed after dpkg -i"
fi
dpkg -L helplines >"$work/installed-paths"

# The programs run in a home of their own, so that they touch nothing of the user's.
home="$work/home"
runtime="$work/runtime"
mkdir -p "$home" "$runtime"
chmod 700 "$runtime"
run() {
    env -u DISPLAY -u WAYLAND_DISPLAY HOME="$home" XDG_RUNTIME_DIR="$runtime" \
        XDG_DATA_HOME="$home/.local/share" XDG_CONFIG_HOME="$home/.config" LC_ALL=C.UTF-8 "$@"
}

cli_version=$(run /usr/bin/helplines-cli --version)
if [ "$cli_version" = "helplines-cli $upstream_version" ]; then
    pass "/usr/bin/helplines-cli --version: $cli_version"
else
    fail "/usr/bin/helplines-cli --version printed \"$cli_version\""
fi

data="$work/cli-data"
mkdir -p "$data"
run env HELPLINES_DATA_DIR="$data" /usr/bin/helplines-cli list >"$work/list.txt" 2>"$work/list.err"
status=$?
if [ $status -eq 0 ] && grep -q '\[3114\]' "$work/list.txt"; then
    pass "helplines-cli list: exit 0, $(grep -c '\[' "$work/list.txt") services, 3114 among them"
else
    cat "$work/list.err"
    fail "helplines-cli list (exit status $status)"
fi
run env HELPLINES_DATA_DIR="$data" /usr/bin/helplines-cli list --json >"$work/list.json" 2>/dev/null
status=$?
if [ $status -eq 0 ] && python3 - "$work/list.json" <<'PYTHON'
import json, sys
services = json.load(open(sys.argv[1], encoding="utf-8"))
assert isinstance(services, list) and services, "an empty list"
for service in services:
    for key in ("id", "name", "category", "scope", "status", "hours", "timezone", "numbers"):
        assert key in service, "%s has no %s" % (service.get("id"), key)
assert any(s["id"] == "3114" for s in services), "no 3114"
print("%d services" % len(services))
PYTHON
then
    pass "helplines-cli list --json: exit 0, a JSON array of services with their keys"
else
    fail "helplines-cli list --json (exit status $status)"
fi
if [ -s "$data/helplines.sqlite" ]; then
    pass "HELPLINES_DATA_DIR holds helplines.sqlite (the SQLite driver loads)"
else
    fail "no helplines.sqlite in HELPLINES_DATA_DIR"
fi
if ! find "$home" -name 'helplines.sqlite*' | grep -q .; then
    pass "helplines-cli wrote nothing of its data in the home folder"
else
    fail "helplines-cli wrote its data in the home folder despite HELPLINES_DATA_DIR"
fi
run /usr/bin/helplines-cli --data-dir "$data" check "$work/no-such-file.json" >/dev/null 2>&1
status=$?
run /usr/bin/helplines-cli --data-dir "$data" no-such-command >/dev/null 2>&1
usage_status=$?
if [ $status -eq 1 ] && [ $usage_status -eq 2 ]; then
    pass "helplines-cli exit codes: 1 for an unreadable file, 2 for a wrong command line"
else
    fail "helplines-cli exit codes: $status for an unreadable file, $usage_status for a wrong command"
fi

# The organisation's files, from the installed examples, in a system folder of the test's own
# (HELPLINES_SYSTEM_DIR): never the machine's /etc/helplines.
examples=/usr/share/doc/helplines/examples
system="$work/system"
mkdir -p "$system"
checked=()
for example in organisation.json policies.json; do
    run /usr/bin/helplines-cli --data-dir "$data" check "$examples/$example" \
        >"$work/check-$example.out" 2>&1 || checked+=("$example")
done
if [ ${#checked[@]} -eq 0 ]; then
    pass "helplines-cli check: the installed example files have no error"
else
    cat "$work"/check-*.out
    fail "helplines-cli check finds errors in ${checked[*]}"
fi
cp "$examples/organisation.json" "$system/directory.json"
run env HELPLINES_DATA_DIR="$data" HELPLINES_SYSTEM_DIR="$system" /usr/bin/helplines-cli list \
    >"$work/organisation-list.txt" 2>"$work/organisation-list.err"
status=$?
if [ $status -eq 0 ] && [ ! -s "$work/organisation-list.err" ] \
        && head -n1 "$work/organisation-list.txt" | grep -q '\[mtes-agents\]$' \
        && ! grep -q '\[sps-soignants\]' "$work/organisation-list.txt" \
        && grep -q '\[sps-soignants\]' "$work/list.txt"; then
    pass "with the example provisioning file, list shows the pinned ministry line first and not the hidden sps-soignants"
else
    head -n4 "$work/organisation-list.txt"
    cat "$work/organisation-list.err"
    fail "helplines-cli list with the example provisioning file (exit status $status)"
fi
cp "$examples/policies.json" "$system/policies.json"
run env HELPLINES_DATA_DIR="$data" HELPLINES_SYSTEM_DIR="$system" /usr/bin/helplines-cli policy \
    --json >"$work/policy.json" 2>"$work/policy.err"
status=$?
run env HELPLINES_DATA_DIR="$data" HELPLINES_SYSTEM_DIR="$system" /usr/bin/helplines-cli list \
    --json >"$work/policy-list.json" 2>>"$work/policy.err"
if [ $status -eq 0 ] && python3 - "$work/policy.json" "$work/policy-list.json" "$system" <<'PYTHON'
import json, os, sys
policy = json.load(open(sys.argv[1], encoding="utf-8"))
settings = policy["settings"]
call = settings["callAction"]
assert call["value"] == "disabled" and call["locked"] and call["source"] == "file", call
assert settings["provisioningFile"]["value"] == os.path.join(sys.argv[3], "directory.json")
assert settings["provisioningFile"]["found"] is True
assert "youth" not in settings["categories"]["value"]
assert policy["problems"] == [], policy["problems"]
ids = [s["id"] for s in json.load(open(sys.argv[2], encoding="utf-8"))]
assert ids[0] == "mtes-agents", ids[:3]
assert "fil-sante-jeunes" not in ids and "3114" in ids, ids
print("%d settings, %d services" % (len(settings), len(ids)))
PYTHON
then
    pass "with the example policies, helplines-cli policy shows callAction disabled and locked, and list leaves the youth lines out"
else
    cat "$work/policy.err"
    fail "helplines-cli policy and list with the example policies (exit status $status)"
fi
if [ "$(man -w helplines-cli 2>/dev/null)" = /usr/share/man/man1/helplines-cli.1.gz ] \
        && [ "$(man -w helplines 2>/dev/null)" = /usr/share/man/man1/helplines.1.gz ]; then
    pass "man finds helplines(1) and helplines-cli(1)"
else
    fail "man does not find the manual pages"
fi
exec_line=$(sed -n 's/^Exec=//p' "/usr/share/applications/$app_id.desktop")
if [ "$(command -v "${exec_line%% *}")" = /usr/bin/helplines ]; then
    pass "the desktop entry starts /usr/bin/helplines (Exec=$exec_line)"
else
    fail "the desktop entry's Exec=$exec_line is not /usr/bin/helplines"
fi

helplines_log "Starting /usr/bin/helplines (offscreen)"
gui_data="$work/gui-data"
mkdir -p "$gui_data"
run env QT_QPA_PLATFORM=offscreen QT_DEBUG_PLUGINS=1 HELPLINES_DATA_DIR="$gui_data" \
    /usr/bin/helplines --lang fr >"$work/gui.log" 2>&1 &
gui_pid=$!
sleep 5
if kill -0 "$gui_pid" 2>/dev/null; then
    pass "/usr/bin/helplines --lang fr is still running after 5 s"
    kill -TERM "$gui_pid"
    for _ in $(seq 50); do
        kill -0 "$gui_pid" 2>/dev/null || break
        sleep 0.1
    done
    if kill -0 "$gui_pid" 2>/dev/null; then
        kill -KILL "$gui_pid"
        wait "$gui_pid" 2>/dev/null
        fail "/usr/bin/helplines did not stop within 5 s of SIGTERM"
    else
        wait "$gui_pid"
        status=$?
        # 128 + 15: ended by the SIGTERM it was sent, not by a crash (SIGSEGV, SIGABRT).
        if [ $status -eq 143 ] || [ $status -eq 0 ]; then
            pass "/usr/bin/helplines stopped on SIGTERM (exit status $status)"
        else
            fail "/usr/bin/helplines ended with status $status on SIGTERM"
        fi
    fi
else
    wait "$gui_pid"
    fail "/usr/bin/helplines exited within 5 s (status $?)"
    grep -v '^qt\.core\.' "$work/gui.log" | tail -n 20
fi
gui_pid=
plugins=/usr/lib/$(dpkg-architecture -qDEB_HOST_MULTIARCH)/qt6/plugins
missing_plugins=()
for plugin in platforms/libqoffscreen.so sqldrivers/libqsqlite.so iconengines/libqsvgicon.so; do
    grep -qF "\"$plugins/$plugin\" loaded library" "$work/gui.log" || missing_plugins+=("$plugin")
done
if [ ${#missing_plugins[@]} -eq 0 ]; then
    pass "the window loaded the offscreen, SQLite and SVG plugins from $plugins"
else
    fail "the window did not load ${missing_plugins[*]}"
fi
if grep -Ei 'driver not loaded|cannot load library|could not load the qt platform plugin' \
        "$work/gui.log"; then
    fail "the window reported a missing library or plugin"
fi
if [ -s "$gui_data/helplines.sqlite" ]; then
    pass "the window created helplines.sqlite in HELPLINES_DATA_DIR"
else
    fail "the window created no helplines.sqlite in HELPLINES_DATA_DIR"
fi

# --- Removed and purged -----------------------------------------------------------------------

helplines_log "Removing and purging helplines"
if "${sudo[@]}" dpkg -r helplines && "${sudo[@]}" dpkg -P helplines; then
    pass "dpkg -r helplines, then dpkg -P helplines"
else
    fail "dpkg -r or dpkg -P helplines"
fi
if [ -z "$(dpkg -L helplines 2>/dev/null)" ] \
        && ! dpkg-query -W -f='${db:Status-Status}' helplines 2>/dev/null | grep -qv '^not-installed$'; then
    pass "dpkg knows no installed helplines (dpkg -L is empty)"
else
    fail "dpkg still lists helplines"
fi
# Every file the package installed is gone, and its own folders; the shared ones
# (/usr/share/icons/hicolor/...) stay.
left=()
while IFS= read -r path; do
    if [ -e "$path" ] && [ ! -d "$path" ]; then
        left+=("$path")
    fi
done <"$work/installed-paths"
for path in /usr/bin/helplines /usr/bin/helplines-cli /usr/share/doc/helplines \
        /usr/share/lintian/overrides/helplines "/usr/share/applications/$app_id.desktop"; do
    [ -e "$path" ] && left+=("$path")
done
if [ ${#left[@]} -eq 0 ]; then
    pass "nothing of the package is left ($(wc -l <"$work/installed-paths") paths checked)"
else
    fail "left after purge: ${left[*]}"
fi
installed_by_us=0

summary
[ $failed -eq 0 ]
