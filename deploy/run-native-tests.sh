#!/usr/bin/env bash
# Creates the test cases `dcc test --export-native DIR` wrote and runs them on the live instance: at most 5 at a time (Connect
# runs 5 executions at once), polling each until it ends, then prints "N passed, N failed" and exits 1 on any failure.
# Usage: deploy/run-native-tests.sh DIR INSTANCE_ID   (AWS credentials and region from the usual AWS CLI settings)
# The placeholders ${AlwaysOpenHoursArn}, ${AlwaysClosedHoursArn} and ${NoAgentTestQueueArn} must be replaced first
# (docs/native-tests.md); ${InstanceId} is overridden by --instance-id here.
set -euo pipefail
dir=${1:?usage: run-native-tests.sh DIR INSTANCE_ID}
instance=${2:?usage: run-native-tests.sh DIR INSTANCE_ID}
max_running=5
poll_seconds=${POLL_SECONDS:-10}

if grep -l -e '${AlwaysOpenHoursArn}' -e '${AlwaysClosedHoursArn}' -e '${NoAgentTestQueueArn}' "$dir"/*/*.create-test-case.json >/dev/null 2>&1; then
  echo "error: $dir still holds placeholders for the test hours and queue; replace them first (docs/native-tests.md)." >&2
  exit 2
fi

declare -a ids=() names=() executions=()
for input in "$dir"/*/*.create-test-case.json; do
  id=$(aws connect create-test-case --instance-id "$instance" --cli-input-json "file://$input" --query TestCaseId --output text)
  ids+=("$id"); names+=("${input#"$dir"/}")
  sleep 0.5 # the test-case APIs take about 2 requests a second
done

passed=0; failed=0; next=0; running=()
status_of() { aws connect get-test-case-execution-summary --instance-id "$instance" --test-case-id "${ids[$1]}" \
  --test-case-execution-id "${executions[$1]}" --query Status --output text; }
while (( next < ${#ids[@]} || ${#running[@]} > 0 )); do
  while (( next < ${#ids[@]} && ${#running[@]} < max_running )); do
    executions[next]=$(aws connect start-test-case-execution --instance-id "$instance" --test-case-id "${ids[$next]}" \
      --client-token "$(cat /proc/sys/kernel/random/uuid)" --query TestCaseExecutionId --output text)
    running+=("$next"); next=$((next + 1)); sleep 0.5
  done
  sleep "$poll_seconds"
  still=()
  for i in "${running[@]}"; do
    case $(status_of "$i") in
      PASSED) passed=$((passed + 1)); echo "passed  ${names[$i]}" ;;
      FAILED|STOPPED) failed=$((failed + 1)); echo "FAILED  ${names[$i]} (execution ${executions[$i]})" ;;
      *) still+=("$i") ;;
    esac
    sleep 0.5
  done
  running=("${still[@]}")
done
echo "$passed passed, $failed failed"
(( failed == 0 ))
