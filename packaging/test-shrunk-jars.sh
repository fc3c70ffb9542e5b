#!/usr/bin/env bash
# Runs the tests that read and write workbooks (reports, blank forms, the VSME template, damaged and
# hostile workbooks, consolidation, and the commands and windows that do these), the command line's
# tests, and those of the ControlsFX and AtlantaFX parts the app uses (notifications, validation
# decoration, the Primer Light theme) with the shrunk jars of packaging/build.sh (target/packaging/input)
# in place of Maven's, picocli's jar rewritten as Java 6 class files (packaging/tools/ModernClassFiles.java)
# among them, on a JDK runtime trimmed exactly as the image's (same jlink options, without its
# translations, Swing, sound, printing and XSLT compiler parts) plus java.management, which the test
# runner needs: a class that JarShrink or jlink left out but that one of these paths loads makes a test fail.
# Before that, every class left is loaded, linked and verified (packaging/tools/LoadEveryClass.java). Run by packaging/check-linux.sh after the
# build; needs target/test-classes (./mvnw verify or test-compile) and target/packaging/input.
#
# usage: packaging/test-shrunk-jars.sh
set -euo pipefail
cd "$(dirname "$0")/.."
input=target/packaging/input
[ -d target/test-classes ] && [ -d "$input" ] || { echo "test-shrunk-jars.sh: run ./mvnw verify and packaging/build.sh first" >&2; exit 1; }

excludes=()
jars=()
while read -r coordinates _; do
  case "$coordinates" in ''|'#'*) continue ;; esac
  excludes+=("$coordinates")
  artifact=${coordinates#*:}
  # a jar that JarShrink deleted whole has nothing left to put back
  for jar in "$input/$artifact"-[0-9]*.jar; do [ -f "$jar" ] && jars+=("$PWD/$jar"); done
done < packaging/shrunk-jars.txt
# not shrunk, but its class files are rewritten
excludes+=(info.picocli:picocli)
jars+=("$(ls "$PWD/$input"/picocli-[0-9]*.jar)")
# every class left loads, unless it did not load from Maven's jars either (optional parts of POI)
original=$(mktemp -d)
trap 'rm -rf "$original"' EXIT
for jar in target/packaging/deps/*.jar; do
  case "$(basename "$jar")" in javafx-*) ;; *) cp "$jar" "$original/" ;; esac
done
cp "$input/cap-rse.jar" "$original/"
fx=$(ls target/packaging/deps/javafx-*-[0-9]*-*.jar)
java packaging/tools/LoadEveryClass.java "$input" $fx >"$original/after.txt"
java packaging/tools/LoadEveryClass.java "$original" $fx >"$original/before.txt"
broken=$(comm -23 "$original/after.txt" "$original/before.txt")
[ -z "$broken" ] || { echo "test-shrunk-jars.sh: classes that no longer load:" >&2; echo "$broken" >&2; exit 1; }
echo "ok: every class of the shrunk jars loads ($(wc -l <"$original/before.txt") of Maven's jars do not, in both)"

# the JDK's modules of the image's runtime, trimmed by the same options (JavaFX comes from Maven's jars,
# as in every test)
test_runtime=target/packaging/test-runtime
jdk_modules=$(target/packaging/runtime/bin/java --list-modules | sed 's/@.*//' | tr -d '\r' | grep -v '^javafx' | paste -sd, -)
rm -rf "$test_runtime"
jlink --add-modules "$jdk_modules,java.management" @target/packaging/jlink-options.txt --output "$test_runtime"
echo "ok: test runtime $test_runtime: $jdk_modules, java.management"

# Maven's jars of those artifacts out of the tests' class path, the shrunk ones in; the trimmed runtime
./mvnw -B -q -o org.apache.maven.plugins:maven-surefire-plugin:test -Djvm="$PWD/$test_runtime/bin/java" \
  -Dmaven.test.dependency.excludes="$(IFS=,; echo "${excludes[*]}")" \
  -Dmaven.test.additionalClasspath="$(IFS=,; echo "${jars[*]}")" \
  -Dsurefire.failIfNoSpecifiedTests=false \
  -Dtest='fr.caprse.excel.**.*Test,fr.caprse.application.observatory.*Test,fr.caprse.application.form.*Test,fr.caprse.application.AnswerThenReportTest,fr.caprse.application.authoring.QuestionnaireTrialTest,fr.caprse.cli.*Test,fr.caprse.ui.profile.*Test,fr.caprse.ui.observatory.*Test,fr.caprse.ui.vsme.*Test,fr.caprse.ui.common.DialogSizeTest,fr.caprse.app.HomeWorkflowTest'
echo "ok: the workbook and command-line tests pass on the shrunk jars (${#jars[@]} jars) and the trimmed runtime"
