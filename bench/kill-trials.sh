#!/usr/bin/env bash
# The robustness loop CI runs only 12 trials of: the harness SIGKILLed at 50 seeded points of a run that makes every
# kind of object, each followed by the next start, which must leave nothing of the killed run (HarnessKillTrialsTests,
# same master seed, so CI's trials are the first 12 of these). About six minutes on 2 cores; prints one line a trial.
# Arguments: the number of trials (default 50). Exits as dotnet test does (0: every trial left nothing).
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$home/ci/engine.sh"
CHAOSBENCH_KILL_TRIALS="${1:-50}" exec dotnet test "$home/tests/ChaosBench.Tests" -c Release \
  --filter "Name=Run_HarnessSigkilledAtSeededPoints_NextStartLeavesNothingOfTheRun" --logger "console;verbosity=detailed"
