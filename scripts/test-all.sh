#!/usr/bin/env bash
# Runs every test: unit, database (H2, PostgreSQL, MariaDB), stand-in host over HTTP, browser pages, and the
# scenario script against the running demo. Installs Chromium first when it is missing.
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
python3 "$ROOT/scripts/scenario.py" --strict "http://localhost:$PORT"
