#!/usr/bin/env bash
# `npm run test:e2e`: builds the app and runs the Playwright journeys against the production server (server.ts) on a
# freshly seeded SQLite database (data/e2e.db). Extra arguments go to Playwright.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
echo "› building"
npx next build
echo "› end-to-end tests"
npx playwright test "$@"
