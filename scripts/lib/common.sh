# Shared by scripts/run and scripts/test. Source it; do not run it.

# Debian 12 packages, by what they are needed for.
HELPLINES_BUILD_PACKAGES=(
    cmake ninja-build g++ pkgconf
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libqt6sql6-sqlite libqt6svg6 qt6-qpa-plugins libgl-dev
    libphonenumber-dev
    librsvg2-bin
)
HELPLINES_TEST_PACKAGES=(
    xvfb xauth dbus dbus-x11 at-spi2-core python3-pyatspi fonts-dejavu-core
    # tests/a11y: the clipboard and the keyboard focus of the X server.
    xclip xdotool
    appstream desktop-file-utils man-db
)
# packaging/linux/test-package.sh: cpack's dpkg-shlibdeps (dpkg-dev, file), the checks.
HELPLINES_PACKAGE_PACKAGES=(
    dpkg-dev file lintian appstream desktop-file-utils man-db python3
)
# fuzz/run: clang 14 (Debian 12's clang), libFuzzer and the sanitizers' runtimes.
HELPLINES_FUZZ_PACKAGES=(
    clang libclang-rt-14-dev
)
# benchmarks/run: Node.js and npm for opening_hours.js (installed only if node is missing).
HELPLINES_BENCHMARK_PACKAGES=(
    nodejs npm
)

helplines_log() {
    printf '\033[1m==> %s\033[0m\n' "$*" >&2
}

# Installs whatever of the given packages is missing, with apt, as root or through sudo.
helplines_install_packages() {
    local missing=()
    local package
    for package in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$package")
        fi
    done
    [ ${#missing[@]} -eq 0 ] && return 0

    helplines_log "Installing ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if ! command -v sudo >/dev/null 2>&1; then
            echo "These Debian packages are missing and you are not root: ${missing[*]}" >&2
            echo "Install them with: apt-get install ${missing[*]}" >&2
            return 1
        fi
        sudo=(sudo)
    fi
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
        "${missing[@]}"
}
