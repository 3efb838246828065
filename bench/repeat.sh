#!/usr/bin/env bash
# The "N of N runs" loop CI does not run: each scenario given runs N times with a fresh seed (default 5), one line a
# run (scenario, seed, outcome, failed step), then one summary line per scenario. A scenario passes the loop when every
# run's outcome is the one asked: `--expect passed` (default) for scenarios, `--expect failed` for controls.
# Usage: bench/repeat.sh [--runs N] [--expect passed|failed] SCENARIO.yaml...
# Exits 0 when every scenario met its outcome in every run, 1 otherwise.
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs=5 expect=passed scenarios=()
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --expect) expect="$2"; shift 2 ;;
    *) scenarios+=("$1"); shift ;;
  esac
done
[ ${#scenarios[@]} -gt 0 ] || { echo "repeat.sh: no scenario given; fix: bench/repeat.sh [--runs N] [--expect passed|failed] SCENARIO.yaml..." >&2; exit 2; }
"$home/ci/engine.sh"
out=$(mktemp -d "${TMPDIR:-/tmp}/chaosbench-repeat-XXXXXX")
trap 'rm -rf "$out"' EXIT
status=0
# A top-level field of run.json (the ones indented by two spaces), without its quotes.
field() { sed -n "s/^  \"$1\": *\"\{0,1\}\([^\",]*\).*/\1/p" "$record" | head -n 1; }
for scenario in "${scenarios[@]}"; do
  met=0
  for i in $(seq 1 "$runs"); do
    "$home/chaosbench" run "$scenario" --out "$out/$i" >/dev/null 2>&1 || true
    # A run that never started (the CLI could not build or load) leaves no folder: that is a line, not the end of the loop.
    record=$(find "$out/$i" -name run.json 2>/dev/null | head -n 1 || true)
    # A passing run's failedStep is JSON null: nothing to print.
    if [ -n "$record" ]; then line="$(field seed) $(field outcome) $(field failedStep | grep -vx null || true)"; else line="- errored (no run record)"; fi
    # An outcome not asked for says why (its reason's first clause), since the run's folder goes with the loop.
    [ -z "$record" ] || [ "$(field outcome)" = "$expect" ] || line="$line: $(field reason)"
    echo "$scenario run $i: seed ${line}"
    [ "$(echo "$line" | cut -d' ' -f2)" = "$expect" ] && met=$((met + 1))
    rm -rf "$out/$i"
  done
  echo "$scenario: $met of $runs $expect"
  [ "$met" -eq "$runs" ] || status=1
done
exit "$status"
