#!/usr/bin/env bash
# Fuzzes the running server through its own OpenAPI document with schemathesis (from PyPI):
# every documented operation gets generated valid and invalid requests, and the run fails on any
# 5xx answer or any answer the document does not describe (status, content type, schema).
# Uses the debug build of `cargo test` (built when missing) and a fresh database in the
# throwaway PostgreSQL cluster. DELETE /me is left out: it would delete the fuzzing account
# (server/tests/account.rs covers it).
# Usage: scripts/server-schemathesis.sh [max seconds, default 60]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
max_time="${1:-60}"
SCHEMATHESIS_VERSION=4.32.5

venv="$CARGO_TARGET_DIR/schemathesis-venv"
if [ "$("$venv/bin/st" --version 2>/dev/null)" != "st, version $SCHEMATHESIS_VERSION" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q --disable-pip-version-check "schemathesis==$SCHEMATHESIS_VERSION"
fi

[ -x "$CARGO_TARGET_DIR/debug/cvimprover-server" ] || cargo build --locked -p cvimprover-server
pg_env=$(scripts/server-pg.sh start); eval "$pg_env"
base="${DATABASE_URL%%\?*}"; query="${DATABASE_URL#*\?}"
psql -q "$DATABASE_URL" -c 'drop database if exists cvimprover_fuzz' -c 'create database cvimprover_fuzz'
export DATABASE_URL="${base%/*}/cvimprover_fuzz?$query"
export BIND_ADDR=127.0.0.1:18182 JWT_SECRET=fuzz-only-secret-fuzz-only-secret-0123456 RUST_LOG=warn
# Throttling would answer most generated requests 429; raise it so requests reach the handlers.
export AUTH_RATE_PER_IP=1000000 AUTH_RATE_PER_ACCOUNT=1000000 GOOGLE_CLIENT_IDS=fuzz.apps.example
# Google's keys are never fetched from the internet here: an unreachable local URL.
export GOOGLE_JWKS_URL=http://127.0.0.1:9/certs
url="http://$BIND_ADDR"
"$CARGO_TARGET_DIR/debug/cvimprover-server" serve &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 100); do curl -sf "$url/readyz" >/dev/null && break; sleep 0.2; done

account='{"email":"fuzz@example.com","password":"correct horse battery staple","name":"Fuzz"}'
token=$(curl -sf -H 'content-type: application/json' -d "$account" "$url/api/v1/auth/register" |
  python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])')

"$venv/bin/st" run "$url/api/v1/openapi.json" \
  --checks not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance \
  --exclude-method DELETE \
  -H "Authorization: Bearer $token" \
  --max-time "$max_time" --workers 2 --warnings off
