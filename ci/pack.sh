#!/usr/bin/env bash
# Packs every library a user references and the chaosbench tool into .build/packages, or the folder given first:
# ChaosBench.NUnit, ChaosBench.Testcontainers and the libraries they depend on, and the tool carrying the built-in recipes and ci/engine.sh.
# Further arguments go to dotnet pack (the tests pass --no-build and a version of their own). The version is
# Directory.Build.props'. Install the tool from there with
#   dotnet tool install chaosbench --add-source .build/packages [--global | --tool-path DIR]
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$home/.build/packages"
if [ $# -gt 0 ] && [[ "$1" != -* ]]; then out="$1"; shift; fi
command -v dotnet >/dev/null 2>&1 || { echo "pack.sh: the .NET SDK is missing; fix: install dotnet-sdk-10.0" >&2; exit 1; }
mkdir -p "$out"

# Packages of one version replace each other: a folder holding an older build of the same version would still be
# what a restore finds.
rm -f "$out"/*.nupkg
# ContinuousIntegrationBuild: source paths in the embedded PDBs read /_/..., not this machine's.
dotnet pack "$home/ChaosBench.sln" -c Release -o "$out" -nologo -v quiet -p:ContinuousIntegrationBuild=true "$@"
ls "$out"/*.nupkg | sed 's|.*/|pack.sh: |'
