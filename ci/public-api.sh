#!/usr/bin/env bash
# Brings every library's PublicAPI.Unshipped.txt in line with its code: builds, adds each public symbol the public-API
# analyzer reports as undeclared (RS0016), drops each declared one that no longer exists (RS0017), and builds again
# until nothing is reported (dependents only build once their dependencies do). Run it after changing a public API
# on purpose, then read the diff of the PublicAPI files: it is the change to the API. Exits 1 when other errors remain.
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$home"

for round in 1 2 3 4 5 6 7 8; do
  log=$(dotnet build ChaosBench.sln -c Release -nologo -v q 2>&1 || true)
  if ! grep -qE 'error RS001[67]' <<<"$log"; then
    if grep -q ' error ' <<<"$log"; then
      grep ' error ' <<<"$log" | sort -u >&2
      echo "public-api.sh: the build fails for another reason; fix: the errors above" >&2
      exit 1
    fi
    echo "public-api.sh: every public API is declared (round $round)"
    exit 0
  fi
  grep -E 'error RS001[67]' <<<"$log" | python3 -c '
import sys, re, collections
changes = collections.defaultdict(lambda: (set(), set()))
for line in sys.stdin:
    m = re.search(r"error (RS001[67]): Symbol .(.*). is (?:not part of the declared public API|part of the declared API, but is either not public or could not be found).*\[(.*)/[^/]+\.csproj\]", line)
    if m:
        changes[m.group(3)][0 if m.group(1) == "RS0016" else 1].add(m.group(2))
for project, (added, removed) in changes.items():
    path = project + "/PublicAPI.Unshipped.txt"
    lines = open(path).read().split("\n")
    kept = (set(l for l in lines[1:] if l) | added) - removed
    open(path, "w").write(lines[0] + "\n" + "\n".join(sorted(kept, key=str.casefold)) + "\n")
    print(f"{project}: {len(added)} added, {len(removed)} removed")
'
done
echo "public-api.sh: still undeclared after 8 rounds; fix: read the build's RS0016/RS0017 errors" >&2
exit 1
