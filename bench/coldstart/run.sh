#!/usr/bin/env bash
# Cold start of the function process to its first response through the local Lambda Runtime API (DESIGN.md §9):
# the Native AOT bootstrap vs the same handlers run with JIT (`dotnet bootstrap.dll`). Prints one line per build.
# Usage: bench/coldstart/run.sh [runs]   (default 15)
set -euo pipefail
runs=${1:-15}
root=$(cd "$(dirname "$0")/../.." && pwd)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

echo "publishing AOT and JIT builds (a few minutes the first time)..." >&2
# Own build trees (SDK artifacts layout) so the benchmark never shares obj/ with a build running beside it.
build="$root/artifacts/coldstart-build"
dotnet publish "$root/src/DynamicContactCenter.Functions" -c Release -r linux-x64 -p:PublishAot=true -o "$out/aot" -nologo -v quiet \
  -p:UseArtifactsOutput=true -p:ArtifactsPath="$build/aot" >&2
dotnet publish "$root/src/DynamicContactCenter.Functions" -c Release -o "$out/jit" -nologo -v quiet \
  -p:UseArtifactsOutput=true -p:ArtifactsPath="$build/jit" >&2
dotnet build "$root/bench/coldstart/ColdStart" -c Release -o "$out/driver" -nologo -v quiet \
  -p:UseArtifactsOutput=true -p:ArtifactsPath="$build/driver" >&2

dotnet "$out/driver/ColdStart.dll" "$runs" "AOT=$out/aot/bootstrap" "JIT=$out/jit/bootstrap.dll"
