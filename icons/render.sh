#!/usr/bin/env bash
# Re-renders every PNG from its SVG source and copies the ones the app loads into the resources.
# Needs rsvg-convert (Debian: apt-get install librsvg2-bin). The build does not: the PNGs are committed.
set -euo pipefail
cd "$(dirname "$0")"
res=../src/main/resources/org/mizan/icons
mkdir -p "$res/toolbar"

# 16 px uses the pixel-hinted drawing; the detailed drawing is blurry that small.
rsvg-convert -w 16 -h 16 mizan-small.svg -o mizan-16.png
for s in 32 48 64 128 256 512; do
  rsvg-convert -w "$s" -h "$s" mizan.svg -o "mizan-$s.png"
done
for s in 16 32 48 64 128 256; do
  cp "mizan-$s.png" "$res/"
done

# Toolbar: NAME-16.png, NAME-24.png and the @2x files JavaFX picks on HiDPI screens.
for svg in toolbar/*.svg; do
  name=$(basename "$svg" .svg)
  for s in 16 24; do
    rsvg-convert -w "$s" -h "$s" "$svg" -o "toolbar/$name-$s.png"
    rsvg-convert -w $((s * 2)) -h $((s * 2)) "$svg" -o "toolbar/$name-$s@2x.png"
  done
done
cp toolbar/*.png "$res/toolbar/"
