#!/usr/bin/env bash
# The test suite's own PostgreSQL cluster: a throwaway cluster of Debian's PostgreSQL server in
# .recouvra/test-postgresql, on its own port (55432) and socket folder, so it never collides with a
# system cluster or a demo. Idempotent: creates the cluster on first use, starts it when it is down,
# creates the suite's role, and with `fresh <database>` drops and recreates that database empty.
#
#   it/postgresql-cluster.sh start              cluster up, role present
#   it/postgresql-cluster.sh fresh <database>   the same, then an empty <database> owned by the role
#   it/postgresql-cluster.sh stop               stop the cluster
#
# Environment: RECOUVRA_IT_PG_DIR [.recouvra/test-postgresql], RECOUVRA_IT_PG_PORT [55432],
# RECOUVRA_IT_PG_USER [recouvra_it], RECOUVRA_IT_PG_PASSWORD [recouvra_it].
# Run as root, the cluster belongs to the `postgres` account (initdb refuses root); run as anyone
# else, to that user.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PG_DIR="${RECOUVRA_IT_PG_DIR:-$ROOT/.recouvra/test-postgresql}"
PORT="${RECOUVRA_IT_PG_PORT:-55432}"
ROLE="${RECOUVRA_IT_PG_USER:-recouvra_it}"
PASSWORD="${RECOUVRA_IT_PG_PASSWORD:-recouvra_it}"
DATA="$PG_DIR/data"
SOCKETS="$PG_DIR/sockets"
LOG="$PG_DIR/postgresql.log"

fail() { printf 'postgresql-cluster: %s\n' "$*" >&2; exit 1; }

server_bin() {
  local postgres
  postgres="$(ls -d /usr/lib/postgresql/*/bin/postgres 2>/dev/null | sort -V | tail -n 1 || true)"
  [[ -n "$postgres" ]] || fail "no PostgreSQL server (apt-get install -y postgresql; ./recouvra test does it)"
  dirname "$postgres"
}

BIN="$(server_bin)"

# Runs a command as the cluster's owner.
as_owner() {
  if [[ "$(id -u)" == 0 ]]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

owner() {
  if [[ "$(id -u)" == 0 ]]; then echo postgres; else id -un; fi
}

create_cluster() {
  mkdir -p "$PG_DIR" "$SOCKETS"
  chown "$(owner)" "$PG_DIR" "$SOCKETS"
  as_owner "$BIN/initdb" -D "$DATA" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
    --encoding=UTF8 --locale=C.UTF-8 >"$PG_DIR/initdb.log" 2>&1 \
    || fail "initdb failed; see $PG_DIR/initdb.log"
  cat >>"$DATA/postgresql.conf" <<EOF
# The test suite's cluster: its own port and socket folder, local connections only.
port = $PORT
listen_addresses = 'localhost'
unix_socket_directories = '$SOCKETS'
max_connections = 100
fsync = off
synchronous_commit = off
full_page_writes = off
EOF
}

is_running() {
  "$BIN/pg_isready" -q -h "$SOCKETS" -p "$PORT"
}

start_cluster() {
  [[ -f "$DATA/PG_VERSION" ]] || create_cluster
  if ! is_running; then
    as_owner "$BIN/pg_ctl" -D "$DATA" -l "$LOG" -w -t 60 start >/dev/null \
      || fail "the cluster did not start; see $LOG"
  fi
}

psql_admin() {
  as_owner "$BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$SOCKETS" -p "$PORT" -U postgres \
    -d postgres "$@"
}

ensure_role() {
  psql_admin -c "DO \$\$ BEGIN
      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$ROLE') THEN
        CREATE ROLE $ROLE LOGIN PASSWORD '$PASSWORD';
      END IF;
    END \$\$;"
}

fresh_database() {
  local database="$1"
  [[ "$database" =~ ^[a-z_][a-z0-9_]*$ ]] || fail "not a plain database name: $database"
  psql_admin -c "DROP DATABASE IF EXISTS $database WITH (FORCE)"
  psql_admin -c "CREATE DATABASE $database OWNER $ROLE ENCODING 'UTF8'"
}

case "${1:-}" in
  start)
    start_cluster
    ensure_role
    ;;
  fresh)
    [[ -n "${2:-}" ]] || fail "usage: $0 fresh <database>"
    start_cluster
    ensure_role
    fresh_database "$2"
    ;;
  stop)
    if [[ -f "$DATA/PG_VERSION" ]] && is_running; then
      as_owner "$BIN/pg_ctl" -D "$DATA" -w -m fast stop >/dev/null
    fi
    ;;
  *)
    fail "usage: $0 start | fresh <database> | stop"
    ;;
esac
