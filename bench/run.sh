#!/usr/bin/env bash
# Builds the no-lost-writes benchmark in Release and runs it; arguments go to the benchmark
# (--seed N, --sizes 10000,100000,1000000). Prints a Markdown table; exits 1 when a verdict is wrong.
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$home/.build/bench"

if ! build_log=$(dotnet build "$home/bench/ChaosBench.Bench" -c Release -o "$out" -nologo -v quiet 2>&1); then
  echo "$build_log" | grep -E 'error' | sort -u >&2 || echo "$build_log" >&2
  echo "bench/run.sh: the benchmark does not build; fix: the errors above" >&2
  exit 3
fi

exec "$out/chaosbench-bench" "$@"
