#!/usr/bin/env bash
# Runs every test in the solution, the dynalite-backed integration tests and the AOT publish test included.
# Usage: ./test.sh [extra dotnet test arguments, e.g. --filter Category!=Aot]
# Ends with the line "N passed, N failed, N skipped"; exits non-zero on any failure or skipped test
# (a skipped integration test would hide a broken DynamoDB path, so it counts as a failure).
set -euo pipefail
cd "$(dirname "$0")"

# dynalite (the local DynamoDB API server the integration tests start) comes from npm, pinned by package-lock.json.
if [[ ! -d node_modules/dynalite ]]; then
  npm ci --no-audit --no-fund --loglevel=error
fi

results=artifacts/test-results
rm -rf "$results"
set +e
dotnet test DynamicContactCenter.slnx --logger "trx" --results-directory "$results" "$@"
status=$?
set -e

passed=0; failed=0; skipped=0
for trx in "$results"/*.trx; do
  [[ -f $trx ]] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  get() { sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p" <<<"$counters"; }
  total=$(get total); executed=$(get executed); p=$(get passed); f=$(get failed)
  passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + total - executed))
done
echo "${passed} passed, ${failed} failed, ${skipped} skipped"
if (( status != 0 || failed > 0 )); then exit 1; fi
if (( skipped > 0 )); then echo "skipped tests are not allowed: every test, integration tests included, must run" >&2; exit 1; fi
if (( passed == 0 )); then echo "no test ran" >&2; exit 1; fi
