#!/usr/bin/env bash
# The benchmarks of issue #7 (bench/README.md): cold start, warm invocation and peak RSS of the AOT bootstrap, the JIT build and
# a Python + boto3 baseline, all through the local Lambda Runtime API against dynalite; interpreter throughput; BenchmarkDotNet
# on the hot pieces. Writes bench/results.md, puts the same tables into bench/README.md, and prints them.
#
# Usage: bench/run.sh [all|coldstart|warm|throughput|micro] [--runs N] [--invocations N] [--seconds S]
#        bench/run.sh config [--rows N] [--latency-ms MS]   (config apply/plan through the latency proxy; README, Config at network latency)
#   (default: all, 20 cold starts per runtime, 300 warm invocations, 3 s per throughput measurement)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
mode=all
if [[ $# -gt 0 && $1 != --* ]]; then mode=$1; shift; fi
say() { echo "bench: $*" >&2; }
started=$SECONDS

for tool in dotnet node npm python3; do
  command -v "$tool" >/dev/null || { say "$tool is needed on PATH (see bench/README.md, Requirements)"; exit 2; }
done

# dynalite, pinned in package.json / package-lock.json (the tests use the same one).
if [[ ! -f "$root/node_modules/dynalite/cli.js" ]]; then
  say "installing dynalite (npm ci)"
  (cd "$root" && npm ci --no-audit --no-fund >&2)
fi

# Python baseline: a venv under bench/.venv with boto3 from PyPI (bench/baseline-python/requirements.txt). Where PyPI cannot be
# reached, the venv is made over the system's site-packages and uses the system's boto3 instead; the report says which.
venv="$root/bench/.venv"
python="$venv/bin/python"
note_file="$venv/dcc-boto3-source"
if ! { [[ -x $python ]] && "$python" -c "import boto3" 2>/dev/null; }; then
  rm -rf "$venv"
  say "creating $venv and installing boto3 with pip"
  python3 -m venv "$venv"
  if "$python" -m pip install --quiet --disable-pip-version-check --retries 0 --timeout 15 \
       -r "$root/bench/baseline-python/requirements.txt" >&2; then
    echo "boto3 installed into bench/.venv from PyPI" > "$note_file"
  else
    say "pip could not install boto3 (PyPI unreachable?): falling back to the system's boto3"
    rm -rf "$venv"
    python3 -m venv --system-site-packages "$venv"
    if ! "$python" -c "import boto3" 2>/dev/null; then
      say "no boto3 anywhere: install it (pip install boto3, or apt-get install python3-boto3) and rerun"
      exit 2
    fi
    echo "PyPI unreachable: the system's boto3, through a venv with --system-site-packages" > "$note_file"
  fi
fi
python_note=$(cat "$note_file" 2>/dev/null || echo "boto3 source unknown")

# Builds in artifacts trees of their own, so nothing shares obj/ with builds running beside it: one for the AOT publish (its restore
# differs by runtime identifier), one shared by the JIT publish and the harness (same projects, compiled once). Reruns are incremental.
out="$root/artifacts/bench"
build="$root/artifacts/bench-build"
quiet=(-nologo -v quiet -clp:NoSummary -p:UseArtifactsOutput=true)
if [[ $mode == all || $mode == coldstart || $mode == warm ]]; then
  say "publishing the Native AOT bootstrap (Release; minutes the first time)"
  dotnet publish "$root/src/DynamicContactCenter.Functions" -c Release -r linux-x64 -p:PublishAot=true -o "$out/aot" "${quiet[@]}" \
    -p:ArtifactsPath="$build/aot" >&2
  say "publishing the JIT build (bootstrap.dll)"
  dotnet publish "$root/src/DynamicContactCenter.Functions" -c Release -o "$out/jit" "${quiet[@]}" -p:ArtifactsPath="$build/managed" >&2
fi
say "building the harness (Release)"
dotnet build "$root/bench/DynamicContactCenter.Benchmarks" -c Release "${quiet[@]}" -p:ArtifactsPath="$build/managed" >&2
harness="$build/managed/bin/DynamicContactCenter.Benchmarks/release/DynamicContactCenter.Benchmarks.dll"
say "builds done after $((SECONDS - started)) s; load average $(cut -d' ' -f1-3 /proc/loadavg)"

results=()
if [[ $mode == all ]]; then results=(--out "$root/bench/results.md" --readme "$root/bench/README.md"); fi
dotnet "$harness" "$mode" --repo "$root" --aot "$out/aot/bootstrap" --jit "$out/jit/bootstrap.dll" \
  --python "$python" --python-note "$python_note" "${results[@]}" "$@"
say "done in $((SECONDS - started)) s"
