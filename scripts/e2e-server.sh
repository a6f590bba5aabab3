#!/usr/bin/env bash
# The server the Playwright journeys run against: a fresh demo database on every run.
set -euo pipefail
cd "$(dirname "$0")/.."
export DATABASE_URL="file:./data/e2e.db"
export NEXTAUTH_SECRET="e2e-only-secret-not-for-production"
export NEXTAUTH_URL="http://127.0.0.1:${E2E_PORT:-3100}"
# The address the journeys open is the public one: links and redirects must name it.
export PUBLIC_URL="http://127.0.0.1:${E2E_PORT:-3100}"
# Tiles point at a closed local port: the journeys must never depend on tiles loading.
closed_tiles="http://127.0.0.1:9/{z}/{x}/{y}.png"
export MAP_TILE_URL="${E2E_TILE_URL:-$closed_tiles}"
# Mail goes to a closed local port: notifications stay undelivered, which coordinators must see,
# and no journey may wait for a mail server.
export SMTP_URL="smtp://127.0.0.1:9"
# Every journey sends its inquiries from the same address; the limit itself is tested elsewhere.
export INQUIRY_RATE_LIMIT=100
# No still-correct mail on the schedule: the freshness journey sends its round by hand.
export FRESHNESS_INTERVAL_DAYS=0
# Address lookups go to the journeys' stand-in geocoder (e2e/support/geocoder.ts).
export GEOCODER_URL="http://127.0.0.1:3199"
# Machine translation goes to the journeys' stand-in LibreTranslate (e2e/support/translator.ts).
export MT_PROVIDER=libretranslate
export MT_URL="http://127.0.0.1:3198"
rm -f data/e2e.db data/e2e.db-journal data/e2e.db-wal data/e2e.db-shm
npx prisma migrate deploy >/dev/null
npx tsx --conditions react-server prisma/seed.ts
exec node --import tsx server.ts -H 127.0.0.1 -p "${E2E_PORT:-3100}"
