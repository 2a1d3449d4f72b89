#!/usr/bin/env bash
# Runs every test: unit, database (H2, PostgreSQL, MariaDB), stand-in host over HTTP, browser pages, and the
# scenario script twice against the running demo, checking that it leaves the demo's setup as it found it.
# Installs Chromium first when it is missing.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
PORT="${SCENARIO_PORT:-18080}"

cd "$ROOT"
install_browser
mvn -B verify

echo "Scenario against the demo (port $PORT)..."
LOG="$ROOT/sm-membership-demo/target/scenario-demo.log"
PID=$(start_demo "$PORT" "$LOG")
trap 'kill "$PID" 2>/dev/null || true' EXIT
if ! wait_for_port "$PORT" "$PID" 180; then
  tail -80 "$LOG"; echo "The demo did not start." >&2; exit 1
fi
URL="http://localhost:$PORT"
# The scenario must leave the owner's setup as it found it: compare a snapshot from before two runs with one after.
BEFORE="$ROOT/sm-membership-demo/target/store-before-scenario.json"
AFTER="$ROOT/sm-membership-demo/target/store-after-scenario.json"
python3 "$ROOT/scripts/store_snapshot.py" "$URL" >"$BEFORE"
python3 "$ROOT/scripts/scenario.py" --strict "$URL"
python3 "$ROOT/scripts/scenario.py" --strict "$URL"
python3 "$ROOT/scripts/store_snapshot.py" "$URL" >"$AFTER"
if ! python3 "$ROOT/scripts/store_snapshot.py" --compare "$BEFORE" "$AFTER"; then
  echo "Two scenario runs changed the demo's settings, groups, rules, coupons or members (diff above)." >&2
  exit 1
fi
