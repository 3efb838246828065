#!/usr/bin/env bash
# Builds the network benchmark in Release and runs it: etcd puts at a fixed offered rate (5,000/s) straight to etcd
# and through the fault proxy with no toxic, alternating rounds. Arguments go to the benchmark (--rate 5000,
# --connections 32, --rounds 3, --round 5s, --warmup 2s, --seed 42). With a C compiler (cc) on the machine, a third
# variant goes through the yardstick, a minimal C forwarder, for what any user-space hop costs here. Prints a Markdown
# table with the goals met / NOT MET; exits 1 when it could not measure, 3 when it does not build.
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$home/.build/network-bench"

if ! build_log=$(dotnet build "$home/bench/ChaosBench.NetworkBench" -c Release -o "$out" -nologo -v quiet 2>&1); then
  echo "$build_log" | grep -E 'error' | sort -u >&2 || echo "$build_log" >&2
  echo "bench/network.sh: the benchmark does not build; fix: the errors above" >&2
  exit 3
fi

yardstick=()
if command -v cc >/dev/null; then
  cc -O2 -Wall -Wextra -Werror -o "$out/forwarder" "$home/bench/ChaosBench.NetworkBench/Yardstick/forwarder.c" || { echo "bench/network.sh: the yardstick does not build; fix: the errors above" >&2; exit 3; }
  yardstick=(--yardstick "$out/forwarder")
fi

"$home/ci/engine.sh" || exit 1
# A cache hit when the image is built from the current recipe; its one line goes to stderr, the table alone to stdout.
"$home/chaosbench" images build etcd-3.4 >&2 || { echo "bench/network.sh: could not build chaosbench/etcd:3.4; fix: the errors above" >&2; exit 1; }

exec "$out/chaosbench-network-bench" "${yardstick[@]}" "$@"
