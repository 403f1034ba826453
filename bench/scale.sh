#!/usr/bin/env bash
# Scale runs of issue #15: `dcc lint` and `dcc test --matrix` on generated routing files of 1,000 and 10,000 numbers (bench/generate-routing.py,
# seeded), each timed with its peak RSS, the lint both by class (the default) and number by number (DCC_LINT_WALK_EACH_NUMBER=1, the
# baseline) in the same run, taking turns. Prints a Markdown table; writes nothing else. Speed is measured here, never asserted in tests.
#
# Usage: bench/scale.sh [--sizes "1000 10000"] [--seed N] [--no-build] [--skip-matrix] [--dcc PATH/dcc.dll]
#   --dcc runs an existing build of the CLI (e.g. the Debug one of `dotnet build src/DynamicContactCenter.Cli`) instead of building one.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
sizes="1000 10000"; seed=15; build=1; matrix=1; dcc=""
while [[ $# -gt 0 ]]; do
  case $1 in
    --sizes) sizes=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    --no-build) build=0; shift ;;
    --skip-matrix) matrix=0; shift ;;
    --dcc) dcc=$2; build=0; shift 2 ;;
    *) echo "scale: unknown option $1 (see the usage at the top of bench/scale.sh)" >&2; exit 2 ;;
  esac
done
say() { echo "scale: $*" >&2; }

# The CLI in a Release build tree of its own (artifacts/bench-build/scale), so it never shares obj/ with a build running beside it.
out="$root/artifacts/bench-build/scale"
if [[ $build == 1 ]]; then
  say "building the CLI (Release)"
  dotnet build "$root/src/DynamicContactCenter.Cli" -c Release -nologo -v quiet -clp:NoSummary -p:UseArtifactsOutput=true -p:ArtifactsPath="$out" >&2
fi
[[ -n $dcc ]] || dcc=$(find "$out/bin/DynamicContactCenter.Cli" -name 'dcc.dll' -path '*release*' 2>/dev/null | head -n 1)
[[ -n $dcc ]] || { say "no dcc.dll under $out (run without --no-build)"; exit 2; }
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT

# One measured run: wall seconds and peak RSS (MiB) from /usr/bin/time -v when present, else from bash's clock and /proc's VmHWM.
measure() { # label, env assignment (or ""), then the command
  local label=$1 assignment=$2; shift 2
  local log="$work/time.log" status=0 start=$EPOCHREALTIME seconds rss
  if [[ -x /usr/bin/time ]]; then
    env $assignment /usr/bin/time -v "$@" >"$work/out.txt" 2>"$log" || status=$?
    seconds=$(awk -v s="$start" -v e="$EPOCHREALTIME" 'BEGIN { printf "%.1f", e - s }')
    rss=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$log")
  else
    env $assignment "$@" >"$work/out.txt" 2>"$log" & local pid=$! peak=0
    while kill -0 "$pid" 2>/dev/null; do
      peak=$(awk '/VmHWM/ { print $2 }' "/proc/$pid/status" 2>/dev/null || echo "$peak"); sleep 0.05
    done
    wait "$pid" || status=$?
    seconds=$(awk -v s="$start" -v e="$EPOCHREALTIME" 'BEGIN { printf "%.1f", e - s }')
    rss=$((peak / 1024))
  fi
  # lint exits 1 with findings and test --matrix exits 1 on red rows: both are answers; 2 and above are failures to run.
  if [[ $status -ge 2 ]]; then say "$label failed (exit $status):"; tail -n 20 "$log" "$work/out.txt" >&2; exit 1; fi
  sha=$(sha256sum "$work/out.txt" | cut -c1-12)
  echo "$seconds $rss $sha"
}

echo "| command | numbers | walk | seconds | peak RSS MiB | output sha256 |"
echo "|---|---:|---|---:|---:|---|"
declare -A lint_time lint_rss
for n in $sizes; do
  file="$work/routing-$n.yaml"
  python3 "$root/bench/generate-routing.py" --numbers "$n" --seed "$seed" > "$file"
  say "$n numbers: dcc lint, number by number then by class"
  read -r t r s < <(measure "lint per number" "DCC_LINT_WALK_EACH_NUMBER=1" dotnet "$dcc" lint --routing "$file" --quiet)
  echo "| dcc lint | $n | per number (baseline) | $t | $r | $s |"; lint_time[$n,before]=$t; lint_rss[$n,before]=$r
  read -r t r s < <(measure "lint by class" "" dotnet "$dcc" lint --routing "$file" --quiet)
  echo "| dcc lint | $n | by class | $t | $r | $s |"; lint_time[$n,after]=$t; lint_rss[$n,after]=$r
  if [[ $matrix == 1 ]]; then
    say "$n numbers: dcc test --matrix"
    read -r t r s < <(measure "matrix" "" dotnet "$dcc" test --matrix --routing "$file" --quiet)
    echo "| dcc test --matrix | $n | per number (not yet by class) | $t | $r | $s |"
  fi
done
echo
for n in $sizes; do
  awk -v n="$n" -v tb="${lint_time[$n,before]}" -v ta="${lint_time[$n,after]}" -v rb="${lint_rss[$n,before]}" -v ra="${lint_rss[$n,after]}" \
    'BEGIN { printf "dcc lint, %d numbers: by class takes %.2f× the time and %.2f× the peak RSS of the per-number walk\n", n, ta / tb, ra / rb }'
done
