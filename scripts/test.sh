#!/usr/bin/env bash
# `npm test`: unit, integration (SQLite; PostgreSQL too when TEST_POSTGRES_URL names a server) and
# the Playwright journeys in Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$chromium" ]; then
  echo "✗ Chromium is missing: the end-to-end tests drive $chromium." >&2
  echo "  Install it with:  sudo apt-get install -y chromium   (or set CHROMIUM_PATH to a Chromium binary)" >&2
  exit 1
fi

echo "› unit and integration tests (SQLite)"
env -u TEST_POSTGRES_URL npx vitest run

if [ -n "${TEST_POSTGRES_URL:-}" ]; then
  echo "› integration tests (PostgreSQL)"
  npx vitest run --project integration
fi

bash scripts/e2e.sh "$@"
