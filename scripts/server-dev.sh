#!/usr/bin/env bash
# `make server`: runs cvimprover-server for development. Without DATABASE_URL a throwaway local
# PostgreSQL cluster is started (scripts/server-pg.sh); without JWT_SECRET a development secret
# is used. Plans are synced from server/plans.toml, then the server listens on BIND_ADDR
# (127.0.0.1:8080). Mail is not sent: read it with
#   psql "$DATABASE_URL" -c 'select to_address, subject, body from email_outbox order by id desc'
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
if [ -z "${DATABASE_URL:-}" ]; then
  pg_env=$(scripts/server-pg.sh start); eval "$pg_env"
  echo "server: throwaway PostgreSQL at $DATABASE_URL (stop it with scripts/server-pg.sh stop)"
fi
export JWT_SECRET="${JWT_SECRET:-development-only-secret-do-not-deploy-0123456789}"
cargo build --locked -p cvimprover-server
server="$CARGO_TARGET_DIR/debug/cvimprover-server"
"$server" plans sync server/plans.toml
exec "$server" serve
