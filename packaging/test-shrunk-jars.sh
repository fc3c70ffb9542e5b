#!/usr/bin/env bash
# Runs the tests that read and write workbooks (reports, blank forms, the VSME template, damaged and
# hostile workbooks, consolidation, and the commands that do these) with the shrunk jars of
# packaging/build.sh (target/packaging/input) in place of Maven's: a class that JarShrink left out
# but that one of these paths loads makes a test fail. Run by packaging/check-linux.sh after the
# build; needs target/test-classes (./mvnw verify or test-compile) and target/packaging/input.
#
# usage: packaging/test-shrunk-jars.sh
set -euo pipefail
cd "$(dirname "$0")/.."
input=target/packaging/input
[ -d target/test-classes ] && [ -d "$input" ] || { echo "test-shrunk-jars.sh: run ./mvnw verify and packaging/build.sh first" >&2; exit 1; }

excludes=()
jars=()
while read -r coordinates; do
  case "$coordinates" in ''|'#'*) continue ;; esac
  excludes+=("$coordinates")
  artifact=${coordinates#*:}
  # a jar that JarShrink deleted whole has nothing left to put back
  for jar in "$input/$artifact"-[0-9]*.jar; do [ -f "$jar" ] && jars+=("$PWD/$jar"); done
done < packaging/shrunk-jars.txt
# Maven's jars of those artifacts out of the tests' class path, the shrunk ones in
./mvnw -B -q -o surefire:test \
  -Dmaven.test.dependency.excludes="$(IFS=,; echo "${excludes[*]}")" \
  -Dmaven.test.additionalClasspath="$(IFS=,; echo "${jars[*]}")" \
  -Dsurefire.failIfNoSpecifiedTests=false \
  -Dtest='fr.caprse.excel.**.*Test,fr.caprse.application.observatory.*Test,fr.caprse.application.form.*Test,fr.caprse.application.AnswerThenReportTest,fr.caprse.application.authoring.QuestionnaireTrialTest,fr.caprse.cli.ExportBenchmarksCommandTest,fr.caprse.cli.ExportImportCommandTest,fr.caprse.cli.FormCommandTest,fr.caprse.cli.OwnResultLevelsTest,fr.caprse.cli.PreviewCommandTest,fr.caprse.cli.VsmeCommandsTest,fr.caprse.cli.AggregateCommandTest'
echo "ok: the workbook tests pass on the shrunk jars (${#jars[@]} jars)"
