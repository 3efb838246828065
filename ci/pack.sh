#!/usr/bin/env bash
# Packs every library a user references and the chaosbench tool into .build/packages (or the folder given as $1):
# ChaosBench.NUnit and the libraries it depends on, and the tool carrying the built-in recipes and ci/engine.sh.
# The version is Directory.Build.props'. Install the tool from there with
#   dotnet tool install chaosbench --add-source .build/packages [--global | --tool-path DIR]
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$(mkdir -p "${1:-$home/.build/packages}" && cd "${1:-$home/.build/packages}" && pwd)"
command -v dotnet >/dev/null 2>&1 || { echo "pack.sh: the .NET SDK is missing; fix: install dotnet-sdk-10.0" >&2; exit 1; }

# Packages of one version replace each other: a folder with an older build of the same version would still be used
# by a restore that found it first.
rm -f "$out"/*.nupkg
# ContinuousIntegrationBuild: source paths in the embedded PDBs are /_/..., not this machine's.
dotnet pack "$home/ChaosBench.sln" -c Release -o "$out" -nologo -v quiet -p:ContinuousIntegrationBuild=true
ls "$out"/*.nupkg | sed 's|.*/|pack.sh: |'
