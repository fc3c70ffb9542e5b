#!/usr/bin/env bash
# Builds the Linux app-image and .deb (packaging/build.sh), then checks what a user gets:
#  - the app-image's launcher answers --version, scores a sample assessment, and keeps the command
#    line's exit codes (2 for an unknown command, 1 for a missing file);
#  - the launcher maps the AppCDS archive, and a copy of the image whose archive no longer matches
#    (a jar changed after the archive was made; or an archive that is not one at all) still answers
#    and still opens its window, without the archive;
#  - the .deb installs with dpkg -i: /usr/bin/cap-rse works, the menu entry and the .rse.json type are
#    there, the installed app opens its window under Xvfb (--screenshot FILE keeps a picture of it);
#  - dpkg -r removes the app and leaves the user's data folder as it was.
# Run by .ci/run after ./mvnw verify (it reuses target/). Needs root for dpkg and apt-get.
#
# usage: packaging/check-linux.sh [--no-build] [--screenshot FILE]
#   --no-build   check what an earlier packaging/build.sh left in target/packaging
set -euo pipefail
cd "$(dirname "$0")/.."
screenshot=
build=true
while [ $# -gt 0 ]; do
  case "$1" in
    --no-build) build=false; shift ;;
    --screenshot) screenshot=$(readlink -f "$2"); shift 2 ;;
    *) echo "usage: packaging/check-linux.sh [--no-build] [--screenshot FILE]" >&2; exit 2 ;;
  esac
done

need=()
command -v fakeroot >/dev/null || need+=(fakeroot)
command -v dpkg-shlibdeps >/dev/null || need+=(dpkg-dev)
command -v strip >/dev/null || need+=(binutils)
command -v xdotool >/dev/null || need+=(xdotool)
command -v xvfb-run >/dev/null || need+=(xvfb)
command -v import >/dev/null || [ -z "$screenshot" ] || need+=(imagemagick)
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing system packages: ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# a cap-rse left installed by an earlier check that failed half-way
if [ "$(dpkg-query -W -f '${Status}' cap-rse 2>/dev/null || true)" = "install ok installed" ]; then
  dpkg -r cap-rse >/dev/null
fi
if $build; then
  skip=(--skip-maven)
  [ -f target/cap-rse.jar ] && [ -d target/classes ] || skip=()
  bash packaging/build.sh "${skip[@]}"
fi

work=target/packaging
image=$work/image/cap-rse
sample=$PWD/src/test/resources/assessments/atelier-du-val-rse-rso.rse.json
tmp=$(mktemp -d)
xvfb_pid=
cleanup() { [ -z "$xvfb_pid" ] || kill "$xvfb_pid" 2>/dev/null || true; rm -rf "$tmp"; }
trap cleanup EXIT
fail() { echo "check-linux.sh: FAILED: $*" >&2; exit 1; }
ok() { echo "ok: $*"; }

# an X server of our own for the window checks
display=
for n in $(seq 141 190); do
  if [ ! -e "/tmp/.X$n-lock" ] && [ ! -e "/tmp/.X11-unix/X$n" ]; then display=:$n; break; fi
done
Xvfb "$display" -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
for _ in $(seq 1 100); do DISPLAY=$display xdotool getdisplaygeometry >/dev/null 2>&1 && break; sleep 0.1; done

# starts a launcher with no argument and waits (120 s at most) for its window; $2 = data home
opens_window() {
  local launcher=$1 data_home=$2 pid i
  XDG_DATA_HOME=$data_home DISPLAY=$display "$launcher" >"$tmp/window.log" 2>&1 &
  pid=$!
  for i in $(seq 1 1200); do
    if DISPLAY=$display xdotool search --all --onlyvisible --pid "$pid" --name '' >/dev/null 2>&1; then
      # the database of the user's data folder, which the app opens at start
      for i in $(seq 1 600); do [ -f "$data_home/cap-rse/cap-rse.db" ] && break; sleep 0.1; done
      if [ -n "${3:-}" ]; then sleep 4; DISPLAY=$display import -window root "$3"; fi
      # the launcher runs the window with a collector that works beside the app (packaging/build.sh)
      window_gc=$(tr '\0' '\n' <"/proc/$pid/cmdline" | grep -x -E -e '-XX:\+Use(Shenandoah|Z)GC' || true)
      kill -9 "$pid"; wait "$pid" 2>/dev/null || true
      return 0
    fi
    kill -0 "$pid" 2>/dev/null || { cat "$tmp/window.log" >&2; return 1; }
    sleep 0.1
  done
  kill -9 "$pid"; return 1
}

# Cap RSE's own classes the launcher took from the AppCDS archive while answering --version
archived_classes() {
  JAVA_TOOL_OPTIONS="-Xlog:class+load=info:file=$tmp/classes.txt" "$1" --version >/dev/null 2>&1 \
    || fail "$1 --version with class logging"
  grep -c '^\[.*\] fr\.caprse\..* source: shared objects file' "$tmp/classes.txt" || true
}

echo "== app-image"
"$image/bin/cap-rse" --version | grep -q '^Cap RSE ' || fail "cap-rse --version"
ok "cap-rse --version: $("$image/bin/cap-rse" --version | head -1)"
"$image/bin/cap-rse" score "$sample" >"$tmp/score.txt" || fail "cap-rse score"
grep -q '52[.,]9' "$tmp/score.txt" || { cat "$tmp/score.txt"; fail "cap-rse score: overall 52.9 expected"; }
ok "cap-rse score $(basename "$sample"): $(grep -i -m1 'overall\|global' "$tmp/score.txt" || head -1 "$tmp/score.txt")"
set +e
"$image/bin/cap-rse" no-such-command >/dev/null 2>&1; unknown=$?
"$image/bin/cap-rse" score "$tmp/missing.rse.json" >/dev/null 2>&1; missing=$?
set -e
[ "$unknown" = 2 ] || fail "unknown command: exit $unknown, 2 expected"
[ "$missing" = 1 ] || fail "missing file: exit $missing, 1 expected"
ok "unknown command exits 2, missing file exits 1"
archived=$(archived_classes "$image/bin/cap-rse")
[ "$archived" -gt 5 ] || fail "the AppCDS archive is not used ($archived classes from it)"
ok "AppCDS archive used: $archived classes mapped from it for --version"

echo "== workbooks with the image's shrunk jars and trimmed runtime"
# the report, the blank form and the VSME template written and read back by the image itself
vsme_sample=$PWD/src/test/resources/assessments/jardins-de-la-vallee-vsme-basic.rse.json
quiet() { "$@" >"$tmp/out.txt" 2>&1 || { cat "$tmp/out.txt" >&2; return 1; }; }
quiet "$image/bin/cap-rse" export "$sample" -o "$tmp/report.xlsx" || fail "cap-rse export (report)"
quiet "$image/bin/cap-rse" import "$tmp/report.xlsx" -o "$tmp/back.rse.json" || fail "cap-rse import (report)"
"$image/bin/cap-rse" score "$tmp/back.rse.json" | grep -q '52[.,]9' || fail "the report read back does not score 52.9"
quiet "$image/bin/cap-rse" form rse-rso -o "$tmp/form.xlsx" || fail "cap-rse form"
quiet "$image/bin/cap-rse" export "$vsme_sample" --format vsme -o "$tmp/vsme.xlsx" || fail "cap-rse export --format vsme"
quiet "$image/bin/cap-rse" import "$tmp/vsme.xlsx" -o "$tmp/vsme-back.rse.json" || fail "cap-rse import (VSME template)"
mkdir -p "$tmp/campaign" && cp "$tmp/report.xlsx" "$tmp/campaign/"
quiet "$image/bin/cap-rse" aggregate "$tmp/campaign" -o "$tmp/consolidated.xlsx" || fail "cap-rse aggregate"
# with a display, AWT measures the report's text with the X11 font set-up instead of the headless one
DISPLAY=$display quiet "$image/bin/cap-rse" export "$sample" -o "$tmp/report-display.xlsx" || fail "cap-rse export with a display"
ok "export, import, form, VSME template and aggregate work in the image (export also with a display)"
if [ -d target/test-classes ]; then
  bash packaging/test-shrunk-jars.sh || fail "the workbook tests on the shrunk jars"
fi

echo "== an archive that does not match"
cp -a "$image" "$tmp/stale"
touch "$tmp/stale/lib/app/cap-rse.jar"       # a jar changed after the archive was made
[ "$(archived_classes "$tmp/stale/bin/cap-rse")" = 0 ] || fail "a stale archive was used"
"$tmp/stale/bin/cap-rse" score "$sample" >/dev/null || fail "score with a stale archive"
opens_window "$tmp/stale/bin/cap-rse" "$tmp/stale-data" || fail "no window with a stale archive"
ok "jar newer than the archive: archive ignored, score and window work"
head -c 100000 /dev/urandom >"$tmp/stale/lib/app/cap-rse.jsa"   # not an archive at all
"$tmp/stale/bin/cap-rse" --version >/dev/null || fail "--version with a broken archive"
opens_window "$tmp/stale/bin/cap-rse" "$tmp/stale-data" || fail "no window with a broken archive"
ok "garbage in place of the archive: ignored, --version and window work"

echo "== .deb"
deb=$(ls "$work"/out/cap-rse_*.deb)
ok "$(basename "$deb"): $(du -m "$deb" | cut -f1) MB; app-image $(du -sm "$image" | cut -f1) MB"
dpkg-deb -f "$deb" Depends
# the packages it depends on come from the archive; then the .deb itself with dpkg -i
missing_deps=()
for dep in $(dpkg-deb -f "$deb" Depends | tr ',' '\n' | sed 's/(.*//; s/|.*//; s/ //g'); do
  dpkg -s "$dep" >/dev/null 2>&1 || missing_deps+=("$dep")
done
if [ ${#missing_deps[@]} -gt 0 ]; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing_deps[@]}" >/dev/null
fi
# the folders of the menu system, which a desktop has and a bare CI machine may not (without them
# postinst skips the menu entry, as on a server)
mkdir -p /etc/xdg/menus /usr/share/desktop-directories /usr/share/applications
dpkg -i "$deb"
[ -x /usr/bin/cap-rse ] || fail "/usr/bin/cap-rse missing"
cap-rse --version | grep -q '^Cap RSE ' || fail "installed cap-rse --version"
cap-rse score "$sample" --json | grep -q '"overall"' || fail "installed cap-rse score --json"
ok "installed: $(command -v cap-rse) -> $(readlink /usr/bin/cap-rse); score --json works"
archived=$(archived_classes /usr/bin/cap-rse)
[ "$archived" -gt 5 ] || fail "the installed app does not use its AppCDS archive"
ok "installed app maps its AppCDS archive ($archived classes)"
grep -l 'Name=Cap RSE' /usr/share/applications/*cap-rse*.desktop >/dev/null || fail "no menu entry"
grep -q 'Categories=Office;' /usr/share/applications/*cap-rse*.desktop || fail "menu entry not in Office"
ok "menu entry: $(ls /usr/share/applications/*cap-rse*.desktop)"
grep -rqs 'rse.json' /usr/share/mime/packages/ || fail "no .rse.json file type"
handler=$(xdg-mime query default application/x-cap-rse-assessment+json)
[ "${handler#*cap-rse}" != "$handler" ] || fail ".rse.json files do not open with Cap RSE ($handler)"
ok ".rse.json type: $(grep -rl 'rse.json' /usr/share/mime/packages/ | head -1), opened by $handler"
user_home=$tmp/user
opens_window /usr/bin/cap-rse "$user_home" "$screenshot" || fail "the installed app opens no window"
[ -f "$user_home/cap-rse/cap-rse.db" ] || fail "no database in the user's data folder"
[ -n "$window_gc" ] || fail "the installed app's window runs without a concurrent collector"
ok "the installed app opens its window, with $window_gc${screenshot:+ (screenshot: $screenshot)}"

echo "== uninstall"
before=$(cd "$user_home/cap-rse" && find . -type f -exec sha256sum {} + | sort)
dpkg -r cap-rse >/dev/null
[ ! -e /opt/cap-rse ] || fail "/opt/cap-rse left behind"
[ ! -e /usr/bin/cap-rse ] || fail "/usr/bin/cap-rse left behind"
after=$(cd "$user_home/cap-rse" && find . -type f -exec sha256sum {} + | sort)
[ "$before" = "$after" ] || fail "the user's data folder changed on uninstall"
ok "dpkg -r: app gone, the user's data folder untouched ($(echo "$after" | wc -l) files)"
echo "check-linux.sh: all checks passed"
