#!/usr/bin/env bash
# Runs every test, unit and integration, against a real engine: starts the engine when none answers
# (installing it when missing), builds, tests with coverage (rendered under .build/coverage), and prints one
# closing line "tests: N passed, N failed, N skipped".
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$home"

"$home/ci/engine.sh"
"$home/ci/engines.sh"
"$home/ci/chromium.sh"
command -v dotnet >/dev/null 2>&1 || { echo "test.sh: the .NET SDK is missing; fix: install dotnet-sdk-10.0" >&2; exit 1; }

results="$home/.build/test-results"
coverage="$home/.build/coverage"
rm -rf "$results" "$coverage"
status=0
# The whole solution builds (the benchmarks too); then one test project at a time, each with its own TRX file:
# run together they would write the same file name, and their engine tests would compete for the two cores.
dotnet build ChaosBench.sln -c Release
for project in tests/*/*.csproj; do
  name=$(basename "$project" .csproj)
  dotnet test "$project" -c Release --no-build --logger "trx;LogFileName=$name.trx" --results-directory "$results" \
    --settings ci/coverage.runsettings --collect "XPlat Code Coverage" "$@" || status=$?
done

# Coverage of the harness's own code: HTML and a summary under .build/coverage, the summary's head in the log.
reports=$(find "$results" -name coverage.cobertura.xml -not -path "*/In/*" | paste -sd ';' -)
if [ -n "$reports" ] && dotnet tool restore >/dev/null \
  && dotnet reportgenerator "-reports:$reports" "-targetdir:$coverage" "-reporttypes:Html;TextSummary" "-verbosity:Warning"; then
  sed -n '/^Summary/,/^$/p' "$coverage/Summary.txt"
  echo "coverage: $coverage/index.html"
else
  echo "test.sh: coverage was not rendered (no coverage file, or ReportGenerator failed)" >&2
fi

# Sum the counters of every TRX file: one line CI can read, whatever the runner printed before.
passed=0 failed=0 skipped=0
for trx in "$results"/*.trx "$results"/*/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(echo "$counters" | sed -n 's/.* passed="\([0-9]*\)".*/\1/p')
  f=$(echo "$counters" | sed -n 's/.* failed="\([0-9]*\)".*/\1/p')
  t=$(echo "$counters" | sed -n 's/.* total="\([0-9]*\)".*/\1/p')
  e=$(echo "$counters" | sed -n 's/.* executed="\([0-9]*\)".*/\1/p')
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0})); skipped=$((skipped + ${t:-0} - ${e:-0}))
done
echo "tests: $passed passed, $failed failed, $skipped skipped"
[ "$passed" -gt 0 ] || { echo "test.sh: no test ran" >&2; exit 1; }
exit "$status"
