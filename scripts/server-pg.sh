#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster for the server's tests and `make server`, and prints
# `export DATABASE_URL=...` for it (a superuser, so `#[sqlx::test]` can create databases).
#
#   eval "$(scripts/server-pg.sh start)"   # start (or reuse) the cluster, export DATABASE_URL
#   scripts/server-pg.sh stop              # stop it
#
# The cluster lives under "$CARGO_TARGET_DIR/server-pg" and listens on a Unix socket in that
# folder only (no TCP port to collide with anything). Debian's binaries are used
# (/usr/lib/postgresql/<version>/bin; `apt-get install postgresql` provides them). initdb refuses
# to run as root, so as root the cluster runs as the `postgres` user.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

dir="${SERVER_PG_DIR:-$CARGO_TARGET_DIR/server-pg}"
data="$dir/data"
port="${SERVER_PG_PORT:-54329}"

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "server-pg: PostgreSQL server binaries not found: apt-get install postgresql" >&2
  exit 1
fi

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

url() {
  local user=postgres
  [ "$(id -u)" -eq 0 ] || user=$(id -un)
  printf 'postgres://%s@localhost/postgres?host=%s&port=%s\n' "$user" "$dir" "$port"
}

case "${1:-start}" in
  start)
    mkdir -p "$dir"
    [ "$(id -u)" -ne 0 ] || chown postgres:postgres "$dir"
    # The socket folder must be reachable by the `postgres` user: open the path to it.
    [ "$(id -u)" -ne 0 ] || chmod o+x "$(dirname "$dir")" 2>/dev/null || true
    if [ ! -f "$data/PG_VERSION" ]; then
      as_owner "$bin/initdb" -D "$data" --auth=trust --encoding=UTF8 --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
    fi
    if ! as_owner "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
      # Durability does not matter for a throwaway cluster: fsync off makes tests much faster.
      as_owner "$bin/pg_ctl" -D "$data" -l "$dir/server.log" -w -t 30 start \
        -o "-c listen_addresses='' -c unix_socket_directories='$dir' -p $port -c fsync=off \
            -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" >/dev/null \
        || { tail -20 "$dir/server.log" >&2; exit 1; }
    fi
    echo "export DATABASE_URL='$(url)'"
    ;;
  stop)
    [ -f "$data/PG_VERSION" ] && as_owner "$bin/pg_ctl" -D "$data" -m fast stop >/dev/null || true
    ;;
  url)
    url
    ;;
  *)
    echo "usage: $0 start|stop|url" >&2
    exit 2
    ;;
esac
