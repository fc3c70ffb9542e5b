#!/usr/bin/env bash
# Builds Cap RSE's installers with the JDK's jlink and jpackage (JDK 17):
#   Linux:   target/packaging/image/cap-rse (app-image)  and  target/packaging/out/cap-rse_VERSION_ARCH.deb
#   Windows: target/packaging/image/Cap RSE  and  target/packaging/out/Cap RSE-VERSION.msi (per user, no admin)
#   macOS:   target/packaging/image/Cap RSE.app  and  target/packaging/out/Cap RSE-VERSION.dmg
# Steps: the jar and its runtime dependencies (Maven; JavaFX jars of this system from Maven Central),
# a runtime trimmed by jlink to the modules jdeps finds (+ JavaFX, + French and English locale data),
# the app-image, a class-data-sharing archive (AppCDS) recorded by running the image once, then the
# installer made from that image. See packaging/README.md.
#
# usage: packaging/build.sh [--image-only] [--skip-maven]
#   --image-only   stop after the app-image (no .deb/.msi/.dmg)
#   --skip-maven   reuse target/classes and target/cap-rse.jar of an earlier ./mvnw package or verify
# Needs: a JDK 17 with jmods (JAVA_HOME or the java on PATH); Linux: fakeroot and dpkg-dev for the
# .deb, xvfb-run when there is no display; Windows: WiX 3 on PATH for the .msi; macOS: nothing more.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

image_only=false
skip_maven=false
for arg in "$@"; do
  case "$arg" in
    --image-only) image_only=true ;;
    --skip-maven) skip_maven=true ;;
    *) echo "usage: packaging/build.sh [--image-only] [--skip-maven]" >&2; exit 2 ;;
  esac
done

jdk=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
command -v cygpath >/dev/null && jdk=$(cygpath -u "$jdk")   # Git Bash on Windows: C:\... -> /c/...
for tool in java jar jdeps jlink jpackage; do
  [ -x "$jdk/bin/$tool" ] || [ -x "$jdk/bin/$tool.exe" ] || { echo "build.sh: $jdk/bin/$tool missing: set JAVA_HOME to a JDK 17" >&2; exit 1; }
done
java_major=$("$jdk/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
[ "$java_major" = 17 ] || echo "build.sh: warning: JDK $java_major, the recipe is made for JDK 17" >&2

case "$(uname -s)" in
  Linux) os=linux ;;
  Darwin) os=mac ;;
  MINGW*|MSYS*|CYGWIN*) os=windows ;;
  *) echo "build.sh: unknown system $(uname -s)" >&2; exit 1 ;;
esac
case "$(uname -m)" in
  x86_64|amd64) arch=x86_64 ;;
  aarch64|arm64) arch=aarch64 ;;
  *) echo "build.sh: unknown machine $(uname -m)" >&2; exit 1 ;;
esac

# name, version, vendor, description: from pom.xml
pom_version=$(sed -n 's:^  <version>\(.*\)</version>.*:\1:p' pom.xml | head -1)
version=${pom_version%%-*}            # installers want digits only: 0.1.0-SNAPSHOT -> 0.1.0
description=$(sed -n 's:^  <description>\(.*\)</description>.*:\1:p' pom.xml | head -1)
vendor="Cap RSE"
copyright="Cap RSE contributors"

work=target/packaging
sample=src/test/resources/assessments/atelier-du-val-rse-rso.rse.json
step() { printf '\n== %s (%ss)\n' "$1" "$SECONDS"; }

# ---------------------------------------------------------------- 1. the jar and its dependencies
if ! $skip_maven; then
  step "jar and runtime dependencies (Maven)"
  rm -rf "$work/deps"
  ./mvnw -B -q -DskipTests package \
    org.apache.maven.plugins:maven-dependency-plugin:3.9.0:copy-dependencies \
    -DincludeScope=runtime -DoutputDirectory="$work/deps"
fi
[ -f target/cap-rse.jar ] && [ -d target/classes ] || { echo "build.sh: run without --skip-maven first" >&2; exit 1; }
if [ ! -d "$work/deps" ]; then
  step "runtime dependencies (Maven)"
  ./mvnw -B -q org.apache.maven.plugins:maven-dependency-plugin:3.9.0:copy-dependencies \
    -DincludeScope=runtime -DoutputDirectory="$work/deps"
fi
# ASM, to give the Java 5 class files of some libraries the stack map frames of Java 6 (below)
asm_jar=$work/tools/asm-9.8.jar
if [ ! -f "$asm_jar" ]; then
  ./mvnw -B -q org.apache.maven.plugins:maven-dependency-plugin:3.9.0:copy \
    -Dartifact=org.ow2.asm:asm:9.8 -DoutputDirectory="$work/tools"
fi

rm -rf "$work/fx" "$work/input" "$work/runtime" "$work/image" "$work/out" "$work/training"
mkdir -p "$work/fx" "$work/input/native" "$work/out"
# JavaFX: the jars with this system's classifier (…-linux.jar, -win.jar, -mac.jar, -mac-aarch64.jar) are
# modules for jlink; the empty ones without a classifier are left out.
for jar in "$work"/deps/*.jar; do
  name=$(basename "$jar")
  case "$name" in
    javafx-*-[0-9]*-*.jar) cp "$jar" "$work/fx/" ;;
    javafx-*) ;;
    sqlite-jdbc-*) ;;
    *) cp -p "$jar" "$work/input/" ;;
  esac
done
# the app's own classes and resources as a jar of their own (target/cap-rse.jar is the fat jar, with
# every dependency inside: the image keeps them as separate jars)
"$jdk/bin/jar" --create --file "$work/input/cap-rse.jar" --main-class fr.caprse.app.Launcher -C target/classes .

# SQLite: only this system's native library, loaded from the image (no copy to the temporary folder at
# each start); the jar loses the libraries of the other systems (11 MB).
sqlite_jar=$(ls "$work"/deps/sqlite-jdbc-*.jar)
case "$os" in
  linux) sqlite_dir=Linux/$arch; sqlite_lib=libsqlitejdbc.so ;;
  mac) sqlite_dir=Mac/$arch; sqlite_lib=libsqlitejdbc.dylib ;;
  windows) sqlite_dir=Windows/$arch; sqlite_lib=sqlitejdbc.dll ;;
esac
(mkdir -p "$work/sqlite" && cd "$work/sqlite" && "$jdk/bin/jar" xf "$root/$sqlite_jar" "org/sqlite/native/$sqlite_dir/$sqlite_lib")
mv "$work/sqlite/org/sqlite/native/$sqlite_dir/$sqlite_lib" "$work/input/native/"
rm -rf "$work/sqlite"
"$jdk/bin/java" packaging/tools/JarWithout.java "$sqlite_jar" "$work/input/$(basename "$sqlite_jar")" org/sqlite/native/

# Apache POI, XMLBeans, the Commons libraries they use and ControlsFX serve far more than Cap RSE
# reads, writes and shows (Word, PowerPoint and Visio files, statistics, archive formats, controls):
# their jars lose the classes that nothing in the app can reach; every jar loses the local variable
# tables of its classes (read by debuggers only; line numbers stay) and is compressed at the highest
# level (packaging/tools/JarShrink.java; which jars and why: packaging/shrunk-jars.txt;
# packaging/test-shrunk-jars.sh loads every class left and runs the workbook and ControlsFX tests on them).
shrunk=()
while IFS= read -r coordinates; do shrunk+=("$coordinates"); done \
  < <(grep -v -e '^#' -e '^$' packaging/shrunk-jars.txt | tr -d '\r' | sed 's/ *generated$/:generated/')
"$jdk/bin/java" packaging/tools/JarShrink.java "$work/input" "${shrunk[@]}"
# picocli (the command line's parser) ships Java 5 class files: the class-data-sharing archive keeps them
# unverified, and the JVM verified them with its old, slow verifier at each start of a command (13 ms of
# a cold `cap-rse score`). Rewritten as Java 6 class files with stack map frames, the code unchanged,
# they are verified once, when the archive is written (packaging/tools/ModernClassFiles.java).
"$jdk/bin/java" -cp "$asm_jar" packaging/tools/ModernClassFiles.java "$work/input"

# ---------------------------------------------------------------- 2. the trimmed runtime
step "runtime (jdeps + jlink)"
# jdeps reads the fat jar (every class the app can reach, JavaFX included); jlink adds JavaFX itself,
# and the French and English locale data (number and date formats).
# Left out although jdeps lists them: java.xml.crypto and java.security.jgss (reached only from POI's
# digital-signature package, which Cap RSE never calls) and jdk.jfr (JavaFX's optional flight-recorder
# events).
modules=$("$jdk/bin/jdeps" --print-module-deps --ignore-missing-deps --multi-release 17 target/cap-rse.jar | tail -1)
modules=$(echo "$modules,javafx.controls,jdk.localedata" | tr ',' '\n' | grep -v -x -E 'java.xml.crypto|java.security.jgss|jdk.jfr' | paste -sd, -)
echo "modules: $modules"
# What the modules file leaves out (jlink --exclude-resources):
# - JavaFX's native libraries, resources of its jars that nothing reads once they sit beside the JDK's
#   (below): 3 MB;
exclude=('glob:/javafx.*/*.so' 'glob:/javafx.*/*.dll' 'glob:/javafx.*/*.dylib')
# - the JDK's and JavaFX's own messages (XML parser errors, security tools, Swing, JavaFX's few words)
#   in the 40 languages other than French and English that they are translated into: Cap RSE speaks
#   French and English; --include-locales only trims the number and date formats. 1.1 MB;
other_languages='ar|be|bg|ca|cs|da|de|el|es|et|fi|he|hr|hu|id|in|is|it|iw|ja|ko|lt|lv|mk|nl|no|pl|pt|pt_BR|ro|ru|sk|sl|sq|sr|sv|th|tr|uk|vi|zh|zh_CN|zh_HK|zh_TW'
exclude+=("regex:/(java|javafx)[.][a-z]+/.*_($other_languages)[.](class|properties)")
# - whole parts of modules that nothing in Cap RSE calls. jlink keeps every package a module declares, so
#   each package keeps one class file (never loaded) and loses every other entry:
#   java.xml's bytecode generator and parser runtime (BCEL, CUP), used only to compile XSLT stylesheets:
#   Cap RSE and POI compile none (POI's identity transform, which writes every workbook, needs neither);
#   on Linux, where packaging/check-linux.sh and packaging/test-shrunk-jars.sh run the workbook code
#   (Apache POI measures text with AWT's fonts) and the windows on this runtime, also java.desktop's
#   Swing, sound and printing (JavaFX draws the windows and Cap RSE prints nothing; AWT stays). 5 MB.
drop_packages() {  # MODULE PACKAGE_PREFIX...: the patterns for jlink
  local module=$1; shift
  "$jdk/bin/jmod" list "$jdk/jmods/$module.jmod" | tr -d '\r' | sed -n 's|^classes/\(.*\)/\([^/]*\)[.]class$|\1 \2|p' \
    | awk -v prefixes="$*" -v module="$module" '
        BEGIN { n = split(prefixes, p, " ") }
        { for (i = 1; i <= n; i++) if ($1 == p[i] || index($1, p[i] "/") == 1) {
            # the class kept: the first without "$" in its name, else the first
            if (!($1 in keep) || (keep[$1] ~ /[$]/ && $2 !~ /[$]/)) keep[$1] = $2
          } }
        END { for (pkg in keep) { k = keep[pkg]; gsub(/[$]/, "[$]", k)
                printf "regex:/%s/%s/(?!%s[.]class$)[^/]+\n", module, pkg, k } }'
}
while IFS= read -r pattern; do exclude+=("$pattern"); done < <(drop_packages java.xml com/sun/org/apache/bcel com/sun/java_cup)
if [ "$os" = linux ]; then
  while IFS= read -r pattern; do exclude+=("$pattern"); done < <(drop_packages java.desktop javax/swing sun/swing \
    com/sun/swing com/sun/java/swing javax/sound com/sun/media/sound javax/print sun/print)
fi
# The trimming options, kept in a file: packaging/test-shrunk-jars.sh trims the same JDK modules the same
# way (with what the test runner needs) and runs the tests on them.
{
  printf '%s\n' --include-locales=en,fr --strip-debug --no-man-pages --no-header-files --compress=2
  printf '%s\n' --exclude-resources "$(IFS=,; echo "${exclude[*]}")"
} >"$work/jlink-options.txt"
"$jdk/bin/jlink" --module-path "$work/fx" --add-modules "$modules" @"$work/jlink-options.txt" --output "$work/runtime"
# Files of the runtime that Cap RSE never reads: the JDK's own list of classes to archive (the app's
# archive is made from its own list, below), the reader of this runtime's modules for other JDKs, the
# list of internet domains for cookies and certificates (Cap RSE makes no network connection), the
# keytool command, and on Linux the sound and splash-screen libraries and AWT's embedding interface.
rm -f "$work/runtime/lib/classlist" "$work/runtime/lib/jrt-fs.jar" "$work/runtime/lib/security/public_suffix_list.dat" \
  "$work/runtime/bin/keytool" "$work/runtime/bin/keytool.exe"
if [ "$os" = linux ]; then
  rm -f "$work/runtime/lib/libjsound.so" "$work/runtime/lib/libsplashscreen.so" "$work/runtime/lib/libjawt.so"
fi
# JavaFX's native libraries go where the JDK's are, so that they load from the runtime instead of
# being copied to the user's home at first start.
case "$os" in windows) native_dir=bin; native_glob='*.dll' ;; mac) native_dir=lib; native_glob='*.dylib' ;; *) native_dir=lib; native_glob='*.so' ;; esac
for jar in "$work"/fx/*.jar; do
  (cd "$work/runtime/$native_dir" && "$jdk/bin/jar" xf "$root/$jar")
  rm -rf "$work/runtime/$native_dir/META-INF" "$work/runtime/$native_dir"/javafx "$work/runtime/$native_dir"/com \
    "$work/runtime/$native_dir"/module-info.class "$work/runtime/$native_dir"/*.properties \
    "$work/runtime/$native_dir"/javafx-swt.jar 2>/dev/null || true
done
ls "$work/runtime/$native_dir"/$native_glob >/dev/null
# Debian's JDK keeps the symbol table in libjvm.so (4 MB); the JDK's own builds ship it stripped
if [ "$os" = linux ] && command -v strip >/dev/null; then
  chmod u+w "$work/runtime/lib/server/libjvm.so"
  strip --strip-unneeded "$work/runtime/lib/server/libjvm.so"
fi

# ---------------------------------------------------------------- 3. the app-image
step "app-image (jpackage)"
# -XX:ArchiveRelocationMode=0: the class-data-sharing archive is mapped at the address it was written
# for, as JDK 17 did by default until its updates turned address randomisation of the archive on (mode 1):
# relocating the 34 MB archive at each start cost 16 ms (JVM creation 18 ms instead of 34 ms). If that
# address is taken the JVM still relocates it. The trade-off: the archive's class metadata sits at a
# known address; the rest of the process (heap, stacks, libraries) stays randomised, and Cap RSE runs
# no code but its own.
# -XX:TieredStopAtLevel=1: the JIT compiles with its quick compiler only. On a two-core laptop the
# optimising compiler took half the processor time of a start (0.75 of 1.4 s to the first window) and,
# on runs of a minute or less such as consolidating 150 reports, cost more than it gave back (6.4 s of
# processor time with the quick compiler only, 10.7 s with both).
java_options=(
  --java-options "-Dorg.sqlite.lib.path=\$APPDIR/native"
  --java-options "-Dorg.sqlite.lib.name=$sqlite_lib"
  --java-options "-XX:TieredStopAtLevel=1"
  --java-options "-XX:+UnlockDiagnosticVMOptions"
  --java-options "-XX:ArchiveRelocationMode=0"
)
common=(--app-version "$version" --vendor "$vendor" --description "$description" --copyright "$copyright")
case "$os" in
  linux)
    app_name=cap-rse
    "$jdk/bin/jpackage" --type app-image --name "$app_name" --dest "$work/image" \
      --input "$work/input" --main-jar cap-rse.jar --main-class fr.caprse.app.Launcher \
      --runtime-image "$work/runtime" --icon packaging/icons/cap-rse.png "${java_options[@]}" "${common[@]}"
    app_dir="$work/image/$app_name/lib/app"; launcher="$work/image/$app_name/bin/$app_name"
    runtime_java="$work/image/$app_name/lib/runtime/bin/java" ;;
  windows)
    app_name="Cap RSE"
    "$jdk/bin/jpackage" --type app-image --name "$app_name" --dest "$work/image" \
      --input "$work/input" --main-jar cap-rse.jar --main-class fr.caprse.app.Launcher \
      --runtime-image "$work/runtime" --icon packaging/icons/cap-rse.ico "${java_options[@]}" "${common[@]}" \
      --add-launcher cap-rse=packaging/windows/cli-launcher.properties
    app_dir="$work/image/$app_name/app"; launcher="$work/image/$app_name/cap-rse.exe"
    runtime_java="$work/image/$app_name/runtime/bin/java.exe" ;;
  mac)
    app_name="Cap RSE"
    "$jdk/bin/jpackage" --type app-image --name "$app_name" --dest "$work/image" \
      --input "$work/input" --main-jar cap-rse.jar --main-class fr.caprse.app.Launcher \
      --runtime-image "$work/runtime" --icon packaging/icons/cap-rse.icns "${java_options[@]}" "${common[@]}" \
      --mac-package-identifier fr.caprse.app --mac-package-name "Cap RSE"
    app_dir="$work/image/$app_name.app/Contents/app"; launcher="$work/image/$app_name.app/Contents/MacOS/$app_name"
    runtime_java="$work/image/$app_name.app/Contents/runtime/Contents/Home/bin/java" ;;
esac

# ---------------------------------------------------------------- 4. the AppCDS archive
step "class-data-sharing archive (training run)"
# record_archive APP_DIR JAVA: the image's own runtime runs the image's class path, in the launcher's
# order, as the launcher will: the command line scores a sample, then the window opens on an empty data
# folder and closes; the classes it loads are listed. Then the runtime writes one static archive of
# exactly those classes, the JDK's and the app's together (-Xshare:dump), with the method-handle code
# they use pre-generated. One static archive rather than a dynamic one over the runtime's default: the
# default archive's classes that Cap RSE never loads are not shipped, and JDK 17 puts in a static
# archive the classes of picocli (compiled for Java 5), which a dynamic archive leaves out. The archive
# records the jars' absolute paths, sizes and modification times; the JVM maps it only when they all
# match (JDK 17 does not accept a class path moved elsewhere).
record_archive() {
  local dir=$1 java=$2 sep=: abs cfg_file classpath
  abs=$(cd "$dir" && pwd)
  if [ "$os" = windows ]; then sep=';'; abs=$(cygpath -m "$abs"); fi
  cfg_file=$(ls "$dir"/*.cfg | head -1)
  classpath=$(sed -n 's/^app.classpath=\$APPDIR[\/\\]//p' "$cfg_file" | tr -d '\r' | while read -r jar; do printf '%s%s' "$abs/$jar" "$sep"; done)
  classpath=${classpath%"$sep"}
  mkdir -p "$work/training"
  rm -rf "$work/training/data" "$work/training/classes.lst"
  local training=("$java" -Xshare:off -XX:DumpLoadedClassList="$work/training/classes.lst"
    -Dcaprse.data.dir="$work/training/data" -Dorg.sqlite.lib.path="$abs/native" -Dorg.sqlite.lib.name="$sqlite_lib"
    -cp "$classpath" fr.caprse.app.StartupTraining "$sample")
  if [ "$os" = linux ] && [ -z "${DISPLAY:-}" ]; then
    xvfb-run -a -s "-screen 0 1366x768x24" "${training[@]}" >"$work/training/log.txt" 2>&1
  else
    "${training[@]}" >"$work/training/log.txt" 2>&1
  fi
  [ -s "$work/training/classes.lst" ] || { echo "build.sh: no class list made, see $work/training/log.txt" >&2; exit 1; }
  "$java" -Xshare:dump -XX:SharedClassListFile="$work/training/classes.lst" -XX:SharedArchiveFile="$dir/cap-rse.jsa" \
    -cp "$classpath" >"$work/training/dump.txt" 2>&1 \
    || { echo "build.sh: the archive could not be written, see $work/training/dump.txt" >&2; exit 1; }
  # The launcher maps it at each start. An archive that does not match the runtime or the jars is
  # ignored by the JVM, which then loads the classes as usual (packaging/check-linux.sh proves it).
  printf 'java-options=-XX:SharedArchiveFile=$APPDIR/cap-rse.jsa\njava-options=-Xshare:auto\njava-options=-Xlog:cds=off,cds+dynamic=off\n' >>"$cfg_file"
  echo "archive: $(du -k "$dir/cap-rse.jsa" | cut -f1) KB, $(grep -cv '^@' "$work/training/classes.lst") classes, for $abs"
}
record_archive "$app_dir" "$runtime_java"

# ---------------------------------------------------------------- 4b. the Linux launcher
# write_linux_launcher CFG LAUNCHER: replaces jpackage's native launcher by a shell script that starts
# the image's runtime with exactly the configuration's Java options, class path and main class. On
# Linux, jpackage's launcher asks the package managers which package owns it at every start (`rpm -qf`
# then `dpkg -S`, twice: once for itself, once in its library): 0.15 s to 0.4 s of processor time before
# Java starts, as long as a JVM "hello world" five times over. The script resolves its own path (the
# .deb links /usr/bin/cap-rse to it), so the image still runs from wherever it is copied; `exec` keeps
# one process, whose window and exit code are the app's. The configuration file stays, unchanged, for
# jpackage (it builds the .deb from this image) and for the training run above.
write_linux_launcher() {
  local cfg=$1 launcher=$2 line value main= classpath= options=()
  while IFS= read -r line || [ -n "$line" ]; do
    line=${line%$'\r'}
    case "$line" in
      app.mainclass=*) main=${line#app.mainclass=} ;;
      app.classpath=*) value=${line#app.classpath=}; classpath=${classpath:+$classpath:}$value ;;
      java-options=*) options+=("${line#java-options=}") ;;
    esac
  done <"$cfg"
  [ -n "$main" ] && [ -n "$classpath" ] || { echo "build.sh: $cfg has no main class or class path" >&2; exit 1; }
  # a double-quoted shell word in which only $APPDIR is expanded
  quoted() { printf '"%s"' "$(printf '%s' "$1" | sed -e 's/[\\"`$]/\\&/g' -e 's/\\\$APPDIR/$APPDIR/g')"; }
  {
    printf '#!/bin/sh\n'
    printf '# Cap RSE launcher, written by packaging/build.sh from lib/app/%s: the same Java options,\n' "$(basename "$cfg")"
    printf '# class path and main class as jpackage'"'"'s launcher, without its package-manager queries at each start.\n'
    printf 'self=$(readlink -f -- "$0") || exit 1\n'
    printf 'root=${self%%/bin/*}\n'
    printf 'APPDIR=$root/lib/app\n'
    if [ -n "$desktop_gc" ]; then
      printf '# the window (no command, or one .rse.json file to open): a collector that works beside the app,\n'
      printf '# so that no collection pause holds a frame; the commands keep the default one\n'
      printf 'gc=\n'
      printf 'if [ $# -eq 0 ] || { [ $# -eq 1 ] && case $1 in -*) false ;; *.rse.json) true ;; *) false ;; esac; }; then\n'
      printf '  gc=%s\n' "$desktop_gc"
      printf 'fi\n'
    fi
    printf 'exec "$root/lib/runtime/bin/java"'
    for value in "${options[@]}"; do printf ' \\\n  %s' "$(quoted "$value")"; done
    [ -z "$desktop_gc" ] || printf ' \\\n  $gc'
    printf ' \\\n  -cp %s \\\n  %s "$@"\n' "$(quoted "$classpath")" "$main"
  } >"$launcher.tmp"
  chmod 755 "$launcher.tmp"
  mv "$launcher.tmp" "$launcher"
}
# The window runs with Shenandoah, a collector that does its work beside the app: with G1, the
# default, one or two young collections of 13 to 20 ms per hundred answers held a frame (the
# walk-through stall benchmark, WalkthroughStallBenchmark: longest stall 23 ms with G1, 10 to 13 ms with
# Shenandoah, idle two-core machine); the start costs 30 ms more (its heap objects are not taken from
# the AppCDS archive). Not every JDK build has Shenandoah: then ZGC, also concurrent, else the default.
desktop_gc=
if [ "$os" = linux ]; then
  for option in -XX:+UseShenandoahGC -XX:+UseZGC; do
    if "$runtime_java" "$option" -version >/dev/null 2>&1; then desktop_gc=$option; break; fi
  done
  write_linux_launcher "$app_dir/cap-rse.cfg" "$launcher"
  # the library of jpackage's native launcher, which the script replaces
  rm -f "$work/image/$app_name/lib/libapplauncher.so"
fi

# ---------------------------------------------------------------- 5. the installer
if $image_only; then
  step "done: $launcher"
  exit 0
fi
step "installer (jpackage)"
installer=(--dest "$work/out" --name "$app_name" "${common[@]}" --file-associations packaging/rse-json.properties)
case "$os" in
  linux)
    # The .deb installs to /opt/cap-rse, so its archive is recorded there, on a copy of the image whose
    # files are all dated SOURCE_DATE_EPOCH (the last commit's time); dpkg-deb clamps the dates of
    # what it packs to that same time, so the installed jars match what the archive recorded.
    stage=/opt/cap-rse
    if [ "$(dpkg-query -W -f '${Status}' cap-rse 2>/dev/null || true)" = "install ok installed" ]; then
      echo "build.sh: cap-rse is installed on this machine; remove it first (sudo dpkg -r cap-rse)" >&2; exit 1
    fi
    [ -w /opt ] || { echo "build.sh: the .deb's archive is recorded in /opt/cap-rse: run as root (sudo)" >&2; exit 1; }
    export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}
    rm -rf "$stage"
    cp -a "$work/image/$app_name" "$stage"
    rm -f "$stage/lib/app/cap-rse.jsa"
    sed -i '/SharedArchiveFile\|Xshare:auto\|Xlog:cds=off/d' "$stage/lib/app/cap-rse.cfg"
    find "$stage" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +
    record_archive "$stage/lib/app" "$stage/lib/runtime/bin/java"
    touch -d "@$SOURCE_DATE_EPOCH" "$stage/lib/app/cap-rse.jsa" "$stage/lib/app/cap-rse.cfg"
    "$jdk/bin/jpackage" --type deb --app-image "$stage" "${installer[@]}" \
      --icon packaging/icons/cap-rse.png --resource-dir packaging/linux \
      --linux-package-name cap-rse --linux-deb-maintainer "cap-rse@users.noreply.invalid" \
      --linux-menu-group "Office;" --linux-app-category office --linux-shortcut \
      --linux-package-deps "libgtk-3-0, fontconfig, fonts-dejavu-core"
    rm -rf "$stage" ;;
  windows)
    "$jdk/bin/jpackage" --type msi --app-image "$work/image/$app_name" "${installer[@]}" \
      --icon packaging/icons/cap-rse.ico --win-per-user-install --win-dir-chooser \
      --win-menu --win-menu-group "Cap RSE" --win-shortcut \
      --win-upgrade-uuid 6c0f3f4e-2a43-4c5e-9f0b-9f1d3c7a2e51 ;;
  mac)
    "$jdk/bin/jpackage" --type dmg --app-image "$work/image/$app_name.app" "${installer[@]}" \
      --icon packaging/icons/cap-rse.icns --mac-package-identifier fr.caprse.app ;;
esac
step "done"
du -sh "$work/image"/* "$work/out"/*
