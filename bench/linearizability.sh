#!/usr/bin/env bash
# Builds the linearizability benchmark in Release and runs it; arguments go to the benchmark
# (--seed N, --budget 30s, --shapes many-keys,one-key,one-key-5-values). Prints Markdown tables with each goal
# met / NOT MET beside Porcupine's published figures; exits 1 when a verdict is wrong, 2 on bad usage, 3 when it
# does not build.
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$home/.build/linearizability-bench"

if ! build_log=$(dotnet build "$home/bench/ChaosBench.LinearizabilityBench" -c Release -o "$out" -nologo -v quiet 2>&1); then
  echo "$build_log" | grep -E 'error' | sort -u >&2 || echo "$build_log" >&2
  echo "bench/linearizability.sh: the benchmark does not build; fix: the errors above" >&2
  exit 3
fi

exec "$out/chaosbench-linearizability-bench" "$@"
