#!/usr/bin/env bash
# Builds everything and starts the demo: the stand-in host with the install folder and demo data, on embedded H2.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
PORT="${PORT:-8080}"

# Maven's output cut to one line per module, so a first build (which downloads for minutes) is not silent
build_progress() {
  local line downloading=""
  while IFS= read -r line; do
    if [[ $line =~ ^\[INFO\]\ Building\ (.+)\ [0-9][^\ ]*\ +(\[[0-9]+/[0-9]+\])$ ]]; then
      echo "  ${BASH_REMATCH[2]} ${BASH_REMATCH[1]}"
    elif [[ $line =~ ^\[INFO\]\ Total\ time:\ +(.+)$ ]]; then
      echo "  built in ${BASH_REMATCH[1]}"
    elif [[ $line == *"Downloading from "* && -z $downloading ]]; then
      downloading=yes; echo "  downloading dependencies (once)..."
    elif [[ $line == "[ERROR]"* ]]; then
      echo "$line"
    fi
  done
}

cd "$ROOT"
BUILD_LOG="$ROOT/target/run-demo-build.log"
mkdir -p "$ROOT/target"
echo "Building the extension, the stand-in host and the demo (log: $BUILD_LOG)..."
if ! mvn -B -DskipTests package 2>&1 | tee "$BUILD_LOG" | build_progress; then
  echo "The build failed (log: $BUILD_LOG)." >&2; exit 1
fi
LOG="$ROOT/sm-membership-demo/target/demo.log"
PID=$(start_demo "$PORT" "$LOG")
trap 'kill "$PID" 2>/dev/null || true' EXIT INT TERM
echo "Starting the demo (log: $LOG)..."
if ! wait_for_port "$PORT" "$PID" 180; then
  tail -50 "$LOG"; echo "The demo did not start." >&2; exit 1
fi
cat <<INFO

sm-membership demo is running on http://localhost:$PORT  (Ctrl-C stops it)

  Admin pages      http://localhost:$PORT/membership/admin        admin@shopizer.com / password
  Owner JSON       http://localhost:$PORT/api/v1/private/membership/groups   (Bearer token from POST /api/v1/private/login)
  Shopper JSON     http://localhost:$PORT/api/v1/auth/membership            (Bearer token from POST /api/v1/customer/login)
  Demo shoppers    gold@demo.example, wholesale@demo.example, applicant@demo.example ... (password: password; see README)
                   for a tier move: bronze@demo.example, buy 66.00 or more (e.g. three Panama Geisha 250 g) and check out
  Scenario         scripts/scenario.py http://localhost:$PORT
INFO
# start_demo ran in a subshell, so the host is not our child: wait for it by polling
while kill -0 "$PID" 2>/dev/null; do sleep 1; done
