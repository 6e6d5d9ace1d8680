#!/usr/bin/env bash
# A private PostgreSQL cluster for the tests and the benchmarks (Debian's postgresql-15 binaries): its own data
# directory, listening on 127.0.0.1:PORT and a socket in the same directory, trust for local connections, locale C
# (byte-order text comparison, as SQLite's). Started if not running; prints the database URL to use.
#   scripts/pg-cluster.sh [start|stop|url]     PORT from ONEWINDOW_PG_PORT (default 25432)
# Tests set ONEWINDOW_TEST_DB to the printed URL; each test server then works in a schema of its own. The ports
# (25432 for the tests, 25433 for the benchmark) lie below Linux's range of ephemeral ports (32768-60999), where an
# outgoing connection's local port could briefly hold them and the cluster could not start.
# ONEWINDOW_PG_DURABLE=1 keeps PostgreSQL's durable defaults (fsync, synchronous commit) — for benchmarks.
set -euo pipefail
PORT="${ONEWINDOW_PG_PORT:-25432}"
DURABLE="${ONEWINDOW_PG_DURABLE:-0}"
DIR="/tmp/onewindow-pg-$PORT"
[ "$DURABLE" = 1 ] && DIR="$DIR-durable"
BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
URL="postgresql://onewindow@127.0.0.1:$PORT/onewindow"
[ -x "$BIN/initdb" ] || { echo "PostgreSQL server binaries not found (apt install postgresql)" >&2; exit 1; }
# PostgreSQL refuses to run as root: as root, run it as Debian's postgres user.
as_owner() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

case "${1:-start}" in
stop)
    [ -d "$DIR" ] && as_owner "$BIN/pg_ctl" -D "$DIR" -m fast stop > /dev/null 2>&1 || true
    exit 0 ;;
url)
    echo "$URL"; exit 0 ;;
esac

if ! [ -f "$DIR/PG_VERSION" ]; then
    rm -rf "$DIR"; mkdir -p "$DIR"
    [ "$(id -u)" = 0 ] && chown postgres:postgres "$DIR"
    as_owner "$BIN/initdb" -D "$DIR" -U onewindow -A trust -E UTF8 --locale=C --no-sync > "$DIR.initdb.log"
fi
if ! as_owner "$BIN/pg_ctl" -D "$DIR" status > /dev/null 2>&1; then
    # A test cluster: durability off (fsync) for speed; enough connections for parallel test servers.
    SETTINGS="-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c max_connections=400 -c shared_buffers=256MB"
    [ "$DURABLE" = 1 ] || SETTINGS="$SETTINGS -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    as_owner "$BIN/pg_ctl" -D "$DIR" -l "$DIR/server.log" -w -t 60 start -o "$SETTINGS" > /dev/null
fi
as_owner "$BIN/psql" -h 127.0.0.1 -p "$PORT" -U onewindow -d postgres -Atqc \
    "SELECT 1 FROM pg_database WHERE datname = 'onewindow'" | grep -q 1 ||
    as_owner "$BIN/createdb" -h 127.0.0.1 -p "$PORT" -U onewindow onewindow
echo "$URL"
