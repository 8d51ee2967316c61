#!/usr/bin/env bash
# The server's figures (issue 4), measured with wrk against a release build on this machine,
# server and load generator together:
#   GET /api/v1/me with a valid token (goal ≥ 15,000 req/s at 64 connections, p99 ≤ 10 ms),
#   GET /healthz (goal ≥ 40,000 req/s), the server's peak RSS under that load (goal ≤ 100 MB),
#   and 50 concurrent logins (memory must stay within the argon2 bound: permits × 19 MiB).
# Needs wrk (apt-get install wrk) and PostgreSQL (scripts/server-pg.sh starts one).
# Usage: bench/server/run.sh [seconds per run, default 10]
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/lib.sh
seconds="${1:-10}"
command -v wrk >/dev/null || { echo "bench: wrk is missing: apt-get install wrk" >&2; exit 1; }

cargo build --release --locked -p cvimprover-server
pg_env=$(scripts/server-pg.sh start); eval "$pg_env"
# A database of its own, fresh each run.
base="${DATABASE_URL%%\?*}"; query="${DATABASE_URL#*\?}"
psql -q "$DATABASE_URL" -c 'drop database if exists cvimprover_bench' -c 'create database cvimprover_bench'
export DATABASE_URL="${base%/*}/cvimprover_bench?$query"
export BIND_ADDR=127.0.0.1:18181 JWT_SECRET=bench-only-secret-bench-only-secret-0123 RUST_LOG=warn
export AUTH_RATE_PER_IP=1000000 AUTH_RATE_PER_ACCOUNT=1000000
# On 2 cores shared with wrk, few PostgreSQL backends beat many (less contention). /me uses the
# kept read connections (DATABASE_READER_CONNECTIONS, default 4), the rest this pool.
export DATABASE_MAX_CONNECTIONS="${DATABASE_MAX_CONNECTIONS:-4}"
url="http://$BIND_ADDR"
"$CARGO_TARGET_DIR/release/cvimprover-server" serve &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 50); do curl -sf "$url/readyz" >/dev/null && break; sleep 0.2; done

rss() { awk '/^VmRSS/ {printf "%.1f MB", $2/1024}' "/proc/$server/status"; }
peak() { awk '/^VmHWM/ {printf "%.1f MB", $2/1024}' "/proc/$server/status"; }
account='{"email":"bench@example.com","password":"correct horse battery staple","name":"Bench"}'
token=$(curl -sf -H 'content-type: application/json' -d "$account" "$url/api/v1/auth/register" |
  python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])')
echo "== idle: RSS $(rss)"

run() {
  local name=$1
  shift
  echo "== $name"
  wrk --latency -t2 -c64 -d"${seconds}s" "$@" | grep -E 'Requests/sec|Latency  |  50%|  99%|Non-2xx|errors'
  echo "   server RSS now $(rss), peak $(peak)"
}
run "GET /healthz (64 connections)" "$url/healthz"
run "GET /api/v1/me with a token (64 connections)" -H "Authorization: Bearer $token" "$url/api/v1/me"

echo "== 50 concurrent logins (argon2id 19 MiB, t=2; permits = CPUs = $(nproc))"
cat >"$CARGO_TARGET_DIR/login.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"email":"bench@example.com","password":"correct horse battery staple"}'
LUA
before=$(rss)
wrk --latency -t2 -c50 -d"${seconds}s" -s "$CARGO_TARGET_DIR/login.lua" "$url/api/v1/auth/login" |
  grep -E 'Requests/sec|Latency  |  50%|  99%|Non-2xx|errors'
echo "   server RSS before $before, after $(rss), peak $(peak); argon2 bound $(( $(nproc) * 19 )) MiB above idle"
