#!/usr/bin/env bash
# Every benchmark, one after the other, into one Markdown report: fault latency (faults.sh), the harness against a
# docker CLI script, recovery precision, --parallel and footprint (harness.sh), the no-lost-writes checker (run.sh),
# the linearizability checker (linearizability.sh), the transactional checker (elle.sh), the power-loss layer
# (power-loss.sh) and the fault proxy (network.sh). Each prints its own table with its goals met / NOT MET. The
# report goes to stdout and to .build/bench-all/<UTC stamp>.md. Exits with the worst exit code of the seven (0: all
# measured). Needs root and a local engine (started when missing); about 10 minutes on 2 cores, plus elle.sh's few
# (7 minutes measured on a heavily loaded machine).
set -uo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$home/ci/engine.sh" || exit 1

report="$home/.build/bench-all/$(date -u +%Y%m%d-%H%M%S).md"
mkdir -p "$(dirname "$report")"
{
  echo "# ChaosBench benchmarks, $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo "$(nproc) cores, $(uname -sr), engine $(docker version --format '{{.Server.Version}}' 2>/dev/null), load average $(cut -d' ' -f1-3 /proc/loadavg) at the start. Command: \`bench/all.sh\`."
  echo
} | tee "$report"

worst=0
for bench in faults.sh harness.sh run.sh linearizability.sh elle.sh power-loss.sh network.sh; do
  echo "bench/all.sh: bench/$bench" >&2
  "$home/bench/$bench" | tee -a "$report"
  code=${PIPESTATUS[0]}
  echo | tee -a "$report"
  if (( code != 0 )); then
    echo "bench/all.sh: bench/$bench exited $code" | tee -a "$report" >&2
    (( code > worst )) && worst=$code
  fi
done

echo "bench/all.sh: report in ${report#"$home"/}" >&2
exit "$worst"
