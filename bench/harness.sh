#!/usr/bin/env bash
# Builds the harness benchmark and the CLI in Release and runs it: scenario overhead against a hand-written docker CLI
# script, recovery-time precision against the engine's events and etcd's own log, --parallel 4 against sequential,
# and footprint (peak RSS, image build cold and warm). Arguments go to the benchmark ([--suite overhead|recovery|
# parallel|footprint]... [--trials 3]; default: every suite). Prints Markdown tables with each goal met / NOT MET;
# exits 0 when it measured (a missed goal is a finding), 1 when a verdict was wrong or setup failed, 2 on bad usage,
# 3 when it does not build. Evidence (run folders, docker events, trial times) lands in .build/harness-bench/.
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$home/.build/harness-bench-bin"

if ! build_log=$(dotnet build "$home/bench/ChaosBench.HarnessBench" -c Release -o "$out" -nologo -v quiet 2>&1); then
  echo "$build_log" | grep -E 'error' | sort -u >&2 || echo "$build_log" >&2
  echo "bench/harness.sh: the benchmark does not build; fix: the errors above" >&2
  exit 3
fi

# Builds the CLI when its sources changed and starts the engine; the images the scenarios use are cache hits when built.
# The bench then runs the built CLI directly, so no build is ever timed.
for recipe in etcd-3.4 redis-7.0; do
  "$home/chaosbench" images build "$recipe" >&2 || { echo "bench/harness.sh: could not build $recipe; fix: the errors above" >&2; exit 1; }
done

exec "$out/chaosbench-harness-bench" --repo "$home" --cli "$home/.build/cli/chaosbench.dll" "$@"
