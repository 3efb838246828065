#!/usr/bin/env bash
# Builds the power-loss benchmark in Release and runs it: etcd 3.5 puts with its data directory on the power-loss
# layer vs a plain bind mount. Arguments go to the benchmark (--rounds 3, --round 5s, --warmup 3s, --clients 8,
# --seed 42). Needs root (it mounts the layer). Prints a Markdown table; exits 1 when it could not measure.
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$home/.build/power-loss-bench"

if ! build_log=$(dotnet build "$home/bench/ChaosBench.PowerLossBench" -c Release -o "$out" -nologo -v quiet 2>&1); then
  echo "$build_log" | grep -E 'error' | sort -u >&2 || echo "$build_log" >&2
  echo "bench/power-loss.sh: the benchmark does not build; fix: the errors above" >&2
  exit 3
fi

"$home/ci/engine.sh" || exit 1
# A cache hit when the image is built from the current recipe; its one line goes to stderr, the table alone to stdout.
"$home/chaosbench" images build etcd-3.5 >&2 || { echo "bench/power-loss.sh: could not build chaosbench/etcd:3.5; fix: the errors above" >&2; exit 1; }

exec "$out/chaosbench-power-loss-bench" "$@"
