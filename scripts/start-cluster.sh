#!/usr/bin/env bash
# `npm run start:cluster`: starts PROCESSES (default: one per core) server processes (server.ts) of the
# production build on consecutive ports from FIRST_PORT (default 3001), all on the database
# DATABASE_URL names, for nginx (deploy/nginx/wegweiser.conf) to balance. Several processes need
# PostgreSQL: SQLite serves one process. Ctrl-C stops them all. On a server, use the systemd units
# in deploy/systemd instead.
set -euo pipefail
cd "$(dirname "$0")/.."

processes="${PROCESSES:-$(nproc)}"
first_port="${FIRST_PORT:-3001}"
case "${DATABASE_URL:-}" in
  postgres://* | postgresql://*) ;;
  *)
    if [ "$processes" -gt 1 ]; then
      echo "start:cluster: $processes processes need a PostgreSQL DATABASE_URL (SQLite serves one process)" >&2
      exit 1
    fi
    ;;
esac
if [ ! -f .next/BUILD_ID ]; then
  echo "start:cluster: no production build found: run \`npm run build\` first" >&2
  exit 1
fi
if [ -z "${PUBLIC_URL:-}" ]; then
  echo "start:cluster: set PUBLIC_URL to the address visitors use (the one nginx serves)" >&2
  exit 1
fi
# nginx in front appends one address to X-Forwarded-For.
export TRUSTED_PROXIES="${TRUSTED_PROXIES:-1}" NODE_ENV=production NEXT_TELEMETRY_DISABLED=1

pids=()
trap 'kill "${pids[@]}" 2>/dev/null || true; wait' INT TERM EXIT
for ((i = 0; i < processes; i++)); do
  port=$((first_port + i))
  PORT="$port" node --import tsx server.ts -H 127.0.0.1 -p "$port" &
  pids+=("$!")
  echo "start:cluster: process $((i + 1)) of $processes on 127.0.0.1:$port (pid $!)"
done
# One process ending ends the others: a balancer should not go on with half the processes unnoticed.
wait -n
