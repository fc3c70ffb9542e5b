#!/usr/bin/env bash
# Runs the tests that read and write workbooks (reports, blank forms, the VSME template, damaged and
# hostile workbooks, consolidation, and the commands and windows that do these) and those of the
# ControlsFX and AtlantaFX parts the app uses (notifications, validation decoration, the Primer
# Light theme) with the shrunk jars of packaging/build.sh (target/packaging/input) in place of
# Maven's: a class that JarShrink left out but that one of these paths loads makes a test fail.
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

# Maven's jars of those artifacts out of the tests' class path, the shrunk ones in
./mvnw -B -q -o org.apache.maven.plugins:maven-surefire-plugin:test \
  -Dmaven.test.dependency.excludes="$(IFS=,; echo "${excludes[*]}")" \
  -Dmaven.test.additionalClasspath="$(IFS=,; echo "${jars[*]}")" \
  -Dsurefire.failIfNoSpecifiedTests=false \
  -Dtest='fr.caprse.excel.**.*Test,fr.caprse.application.observatory.*Test,fr.caprse.application.form.*Test,fr.caprse.application.AnswerThenReportTest,fr.caprse.application.authoring.QuestionnaireTrialTest,fr.caprse.cli.ExportBenchmarksCommandTest,fr.caprse.cli.ExportImportCommandTest,fr.caprse.cli.FormCommandTest,fr.caprse.cli.OwnResultLevelsTest,fr.caprse.cli.PreviewCommandTest,fr.caprse.cli.VsmeCommandsTest,fr.caprse.cli.AggregateCommandTest,fr.caprse.ui.profile.*Test,fr.caprse.ui.observatory.*Test,fr.caprse.ui.vsme.*Test,fr.caprse.ui.common.DialogSizeTest,fr.caprse.app.HomeWorkflowTest'
echo "ok: the workbook tests pass on the shrunk jars (${#jars[@]} jars)"
