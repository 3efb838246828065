#!/usr/bin/env bash
# Builds the transactional (Elle-style) checker benchmark in Release and runs it; arguments go to the benchmark
# (--seed N, --sizes 10000,100000,1000000 transactions). Prints a Markdown table; exits 1 when a verdict is wrong.
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$home/.build/elle-bench"

if ! build_log=$(dotnet build "$home/bench/ChaosBench.ElleBench" -c Release -o "$out" -nologo -v quiet 2>&1); then
  echo "$build_log" | grep -E 'error' | sort -u >&2 || echo "$build_log" >&2
  echo "bench/elle.sh: the benchmark does not build; fix: the errors above" >&2
  exit 3
fi

exec "$out/chaosbench-elle-bench" "$@"
