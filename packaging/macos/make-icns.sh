#!/bin/sh
# Renders the macOS icon, Helplines.icns, from the application's SVG. macOS only (iconutil);
# CMake runs it when building on a Mac with rsvg-convert (brew install librsvg) installed.
#
#   packaging/macos/make-icns.sh resources/icons/helplines.svg build/.../Helplines.icns
set -eu
svg=$1
icns=$2
iconset=$(mktemp -d "${TMPDIR:-/tmp}/helplines-icon.XXXXXX")/Helplines.iconset
trap 'rm -rf "$(dirname "$iconset")"' EXIT
mkdir -p "$iconset"
# The sizes iconutil expects: 16, 32, 128, 256 and 512 points, each at 1x and 2x.
for points in 16 32 128 256 512; do
    rsvg-convert --width "$points" --height "$points" --format png \
        --output "$iconset/icon_${points}x${points}.png" "$svg"
    pixels=$((points * 2))
    rsvg-convert --width "$pixels" --height "$pixels" --format png \
        --output "$iconset/icon_${points}x${points}@2x.png" "$svg"
done
iconutil --convert icns --output "$icns" "$iconset"
