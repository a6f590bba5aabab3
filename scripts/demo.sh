#!/usr/bin/env bash
# `npm run demo`: the Aachen demo on SQLite at http://localhost:${PORT:-3000}.
# Creates and migrates the database, seeds the demo data only into an empty database (a second run
# keeps everything that was entered), builds, and serves.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
export DATABASE_URL="${DATABASE_URL:-file:./data/wegweiser.db}"
mkdir -p data

# Sessions are signed with NEXTAUTH_SECRET. The demo makes one once and keeps it out of git.
if [ -z "${NEXTAUTH_SECRET:-}" ]; then
  if [ ! -s data/nextauth-secret ]; then
    node -e 'process.stdout.write(require("crypto").randomBytes(32).toString("base64url"))' >data/nextauth-secret
  fi
  NEXTAUTH_SECRET="$(cat data/nextauth-secret)"
  export NEXTAUTH_SECRET
fi
export NEXTAUTH_URL="${NEXTAUTH_URL:-http://localhost:${PORT:-3000}}"

echo "› database: $DATABASE_URL"
npx prisma migrate deploy
npx tsx --conditions react-server prisma/seed.ts --if-empty
npx tsx --conditions react-server scripts/db/rebuild-search.ts --if-empty
echo "› building"
npx next build
echo "› Wegweiser runs at http://localhost:${PORT:-3000}  (stop with Ctrl+C)"
exec node --import tsx server.ts -p "${PORT:-3000}"
