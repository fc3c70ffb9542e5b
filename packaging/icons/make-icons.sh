#!/usr/bin/env bash
# Makes the installers' icons from cap-rse.svg: cap-rse.png (Linux, 512 px), cap-rse.ico (Windows:
# 16, 32, 48, 256 px) and cap-rse.icns (macOS: 16 to 512 px), and the window's own icon in every size the
# systems pick from (src/main/resources/fr/caprse/app/icons/cap-rse-16.png to -256.png, shown in the
# title bar, the task bar and Alt+Tab). The results are kept in the repository,
# so that building an installer needs no image tool; run this again after changing the SVG.
# Needs (Debian): librsvg2-bin (rsvg-convert), icoutils (icotool), icnsutils (png2icns).
set -euo pipefail
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for size in 16 32 48 128 256 512; do
  rsvg-convert -w "$size" -h "$size" cap-rse.svg -o "$tmp/$size.png"
done
cp "$tmp/512.png" cap-rse.png
for size in 16 24 32 48 64 128 256; do
  rsvg-convert -w "$size" -h "$size" cap-rse.svg -o "../../src/main/resources/fr/caprse/app/icons/cap-rse-$size.png"
done
icotool --create --output cap-rse.ico "$tmp/16.png" "$tmp/32.png" "$tmp/48.png" --raw="$tmp/256.png"
png2icns cap-rse.icns "$tmp/16.png" "$tmp/32.png" "$tmp/48.png" "$tmp/128.png" "$tmp/256.png" "$tmp/512.png" >/dev/null
ls -l cap-rse.png cap-rse.ico cap-rse.icns
