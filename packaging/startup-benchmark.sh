#!/usr/bin/env bash
# Start-up benchmark, measured from outside the processes (Linux, under its own Xvfb):
#  - launch -> first window mapped (visible), for the app-image's launcher, for `java -jar cap-rse.jar`
#    and for a minimal JavaFX + ControlsFX window (packaging/benchmark/MinimalWindow.java, compiled here
#    against the same JavaFX and ControlsFX jars, run by the same JDK as the jar);
#  - a cold `cap-rse score` of a sample assessment (a new process each time) against a JVM hello world.
#  - for the app-image, also launch -> home page laid out, as the app logs it: the window shows its
#    frame (header, title) first and builds the home page (database rows) just after;
# Each figure is the median of RUNS runs (default 5), after one run that is not counted (it creates the
# data folder and warms the file cache), in wall-clock time and in CPU time (user + system, all threads:
# on a busy machine the wall clock mostly measures the wait for a core). Prints both ratios with the
# goals of issue 14.
#
# usage: packaging/startup-benchmark.sh [RUNS]
#   after: packaging/build.sh --image-only   (and ./mvnw -DskipTests package for target/cap-rse.jar)
# needs: Xvfb, xdotool (apt-get install xvfb xdotool)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
work=target/packaging
launcher=$work/image/cap-rse/bin/cap-rse
bench=$work/benchmark
sample=src/test/resources/assessments/atelier-du-val-rse-rso.rse.json
[ -x "$launcher" ] || { echo "startup-benchmark.sh: run packaging/build.sh --image-only first" >&2; exit 1; }
for tool in Xvfb xdotool javac; do
  command -v "$tool" >/dev/null || { echo "startup-benchmark.sh: $tool missing (apt-get install xvfb xdotool)" >&2; exit 1; }
done

# the yardsticks, built in this run
rm -rf "$bench" && mkdir -p "$bench/classes"
controlsfx=$(ls "$work"/deps/controlsfx-*.jar)
fx_path="$work/fx:$controlsfx"
javac -d "$bench/classes" --module-path "$fx_path" --add-modules javafx.controls,org.controlsfx.controls \
  packaging/benchmark/MinimalWindow.java packaging/benchmark/Hello.java

# an X server of our own
display=
for n in $(seq 90 140); do
  if [ ! -e "/tmp/.X$n-lock" ] && [ ! -e "/tmp/.X11-unix/X$n" ]; then display=:$n; break; fi
done
[ -n "$display" ] || { echo "startup-benchmark.sh: no free display" >&2; exit 1; }
Xvfb "$display" -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill "$xvfb" 2>/dev/null || true' EXIT
export DISPLAY=$display
for _ in $(seq 1 100); do xdotool getdisplaygeometry >/dev/null 2>&1 && break; sleep 0.1; done

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
tick_ms=$(( 1000 / $(getconf CLK_TCK) ))

# "WALL CPU": milliseconds from launch to the first window of that process being mapped, and the CPU
# time (user + system, all threads) the process had used by then; the process is then killed. A process
# that ends without a window (the JavaFX toolkit now and then fails to start under Xvfb: its output is
# kept in $bench/failed-window.log) is started again, twice at most, and said on the error stream.
window_ms() {
  local attempt
  for attempt in 1 2 3; do
    if one_window_ms "$@"; then return 0; fi
    echo "startup-benchmark.sh: $1 ended without a window (attempt $attempt; $bench/failed-window.log)" >&2
  done
  exit 1
}
one_window_ms() {
  local start pid end cpu
  start=$(now_ms)
  "$@" >"$bench/window.log" 2>&1 &
  pid=$!
  while ! xdotool search --all --onlyvisible --pid "$pid" --name '' >/dev/null 2>&1; do
    if ! kill -0 "$pid" 2>/dev/null; then wait "$pid" 2>/dev/null || true; cp "$bench/window.log" "$bench/failed-window.log"; return 1; fi
    if [ $(( $(now_ms) - start )) -gt 120000 ]; then echo "startup-benchmark.sh: no window after 120 s: $*" >&2; exit 1; fi
    sleep 0.005
  done
  end=$(now_ms)
  cpu=$(( $(awk '{ print $14 + $15 }' "/proc/$pid/stat") * tick_ms ))
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  echo "$(( end - start )) $cpu"
}

# "MS CPU": milliseconds from launch to the home page being laid out, as the app logs it (the window
# first shows its frame, then builds the home page; the log gives the clock's time, in milliseconds
# since 1970), and the CPU time used by then. LOG is the app's log file, emptied before the run.
home_ms() {
  local log=$1 start pid line cpu; shift
  rm -f "$log"
  start=$(now_ms)
  "$@" >/dev/null 2>&1 &
  pid=$!
  until line=$(grep -h -o 'Home page laid out at [0-9]* ms' "$log" 2>/dev/null); do
    if ! kill -0 "$pid" 2>/dev/null; then echo "startup-benchmark.sh: $* ended without a home page" >&2; exit 1; fi
    if [ $(( $(now_ms) - start )) -gt 120000 ]; then echo "startup-benchmark.sh: no home page after 120 s: $*" >&2; exit 1; fi
    sleep 0.005
  done
  cpu=$(( $(awk '{ print $14 + $15 }' "/proc/$pid/stat") * tick_ms ))
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  echo "$(( $(tr -dc 0-9 <<<"$line") - start )) $cpu"
}

# "WALL CPU": milliseconds of one run of a command that ends by itself, and its CPU time
command_ms() {
  local TIMEFORMAT='%R %U %S' times
  times=$( { time "$@" >/dev/null 2>&1 || echo "failed" >&2; } 2>&1 )
  case "$times" in *failed*) echo "startup-benchmark.sh: failed: $*" >&2; exit 1 ;; esac
  awk '{ printf "%d %d\n", $1 * 1000, ($2 + $3) * 1000 }' <<<"$times"
}

median() { sort -n | sed -n "$(( (runs + 1) / 2 ))p"; }

# RUNS measurements after one uncounted run; prints "WALL_MEDIAN CPU_MEDIAN (wall: ...; cpu: ...)"
measure() {
  local kind=$1; shift
  local walls=() cpus=() i wall cpu
  "$kind" "$@" >/dev/null
  for i in $(seq 1 "$runs"); do
    read -r wall cpu <<<"$("$kind" "$@")"
    walls+=("$wall"); cpus+=("$cpu")
  done
  echo "$(printf '%s\n' "${walls[@]}" | median) $(printf '%s\n' "${cpus[@]}" | median) (wall: ${walls[*]}; cpu: ${cpus[*]})"
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); JDK $(java -version 2>&1 | head -1)"
echo "launch -> first window mapped: median wall ms, median CPU ms by then, then every run"
minimal=$(measure window_ms java --module-path "$fx_path" --add-modules javafx.controls,org.controlsfx.controls \
  -cp "$bench/classes" MinimalWindow)
echo "  minimal JavaFX + ControlsFX window     $minimal"
if [ -f target/cap-rse.jar ]; then
  jar_window=$(measure window_ms java -Dcaprse.data.dir="$bench/jar-data" -jar target/cap-rse.jar)
  echo "  Cap RSE, java -jar target/cap-rse.jar  $jar_window"
fi
image_window=$(XDG_DATA_HOME="$PWD/$bench/xdg" measure window_ms "$launcher")
echo "  Cap RSE app-image, bin/cap-rse         $image_window"
image_home=$(XDG_DATA_HOME="$PWD/$bench/xdg" measure home_ms "$PWD/$bench/xdg/cap-rse/logs/cap-rse.0.log" "$launcher")
echo "  ... its home page laid out (app's log) $image_home"

echo "cold command (a new process each run): median wall ms, median CPU ms, then every run"
hello=$(measure command_ms java -cp "$bench/classes" Hello)
echo "  JVM hello world (java Hello)           $hello"
score=$(measure command_ms "$launcher" score "$sample")
echo "  cap-rse score $(basename "$sample")  $score"

# ratio A B FIELD: field 1 = wall, 2 = CPU
ratio() { awk -v a="$1" -v b="$2" -v f="$3" 'BEGIN { split(a, x, " "); split(b, y, " "); printf "%.2f", x[f] / y[f] }'; }
echo "ratios (wall; CPU):"
echo "  app-image window / minimal window  $(ratio "$image_window" "$minimal" 1); $(ratio "$image_window" "$minimal" 2)   (goal <= 0.9)"
[ -n "${jar_window:-}" ] && echo "  jar window / minimal window        $(ratio "$jar_window" "$minimal" 1); $(ratio "$jar_window" "$minimal" 2)"
echo "  cold score / hello world           $(ratio "$score" "$hello" 1); $(ratio "$score" "$hello" 2)   (goal <= 4)"
echo "sizes: app-image $(du -sm "$work/image/cap-rse" | cut -f1) MB (goal < 100)$(ls "$work"/out/*.deb >/dev/null 2>&1 && printf ', .deb %s MB (goal < 70)' "$(du -m "$work"/out/*.deb | cut -f1)")"
