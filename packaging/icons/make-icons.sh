#!/usr/bin/env bash
# Makes the installers' icons from cap-rse.svg: cap-rse.png (Linux, 512 px), cap-rse.ico (Windows:
# 16, 32, 48, 256 px) and cap-rse.icns (macOS: 16 to 512 px). The results are kept in the repository,
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
icotool --create --output cap-rse.ico "$tmp/16.png" "$tmp/32.png" "$tmp/48.png" --raw="$tmp/256.png"
png2icns cap-rse.icns "$tmp/16.png" "$tmp/32.png" "$tmp/48.png" "$tmp/128.png" "$tmp/256.png" "$tmp/512.png" >/dev/null
ls -l cap-rse.png cap-rse.ico cap-rse.icns
