#!/usr/bin/env bash
# Builds the fault-latency benchmark in Release and runs it: request-to-dead of a SIGKILL to every process of a
# container, through the engine's API vs straight through the kernel (cgroup freeze, signal, thaw), interleaved.
# Arguments go to the benchmark (--trials 100, --processes 3). Needs root and a local engine. Prints a Markdown
# table; exits 1 when it could not measure.
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$home/.build/fault-bench"

if ! build_log=$(dotnet build "$home/bench/ChaosBench.FaultBench" -c Release -o "$out" -nologo -v quiet 2>&1); then
  echo "$build_log" | grep -E 'error' | sort -u >&2 || echo "$build_log" >&2
  echo "bench/faults.sh: the benchmark does not build; fix: the errors above" >&2
  exit 3
fi

"$home/ci/engine.sh" || exit 1
# A cache hit when the image is built from the current recipe; its one line goes to stderr, the table alone to stdout.
"$home/chaosbench" images build redis-7.0 >&2 || { echo "bench/faults.sh: could not build chaosbench/redis:7.0; fix: the errors above" >&2; exit 1; }

exec "$out/chaosbench-fault-bench" "$@"
