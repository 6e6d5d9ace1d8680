#!/usr/bin/env bash
# README command 1: install what is missing, build, start onewindow-server on SQLite with the demo hall,
# and open the client. Usage: scripts/demo.sh [counter|station|supervisor|kiosk|display|pad]   (default: counter)
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-counter}"
case "$mode" in
  counter) kind=(--kind counter --counter 1) ;;
  kiosk) kind=(--kind kiosk) ;;
  display) kind=(--kind display) ;;
  station) kind=(--kind station) ;;
  supervisor) kind=(--kind supervisor) ;;
  pad) kind=(--kind pad --counter 1) ;;
  *) echo "usage: $0 [counter|station|supervisor|kiosk|display|pad]" >&2; exit 2 ;;
esac

./scripts/deps.sh
./scripts/build.sh release
bin="$PWD/build/release/bin"
data="${ONEWINDOW_DEMO_DIR:-$HOME/.local/share/onewindow-demo}"
port="${ONEWINDOW_DEMO_PORT:-8088}"
url="http://127.0.0.1:$port"
db="sqlite:$data/server.db"
mkdir -p "$data"

if ! curl -fsS "$url/healthz" >/dev/null 2>&1; then
  "$bin/onewindow-server" admin demo --db "$db" >"$data/demo-codes.txt"
  "$bin/onewindow-server" admin import-catalog resources/demo-catalog.json --db "$db"
  nohup "$bin/onewindow-server" serve --db "$db" --listen "127.0.0.1:$port" >"$data/server.log" 2>&1 &
  echo $! >"$data/server.pid"
  for _ in $(seq 100); do curl -fsS "$url/healthz" >/dev/null 2>&1 && break; sleep 0.1; done
  curl -fsS "$url/healthz" >/dev/null || { echo "the server did not start; see $data/server.log" >&2; exit 1; }
  echo "onewindow-server: $url (pid $(cat "$data/server.pid"), log $data/server.log)"
fi

# Each mode is its own enrolled device (profile demo-<mode>); a fresh one-time code enrolls it on first run.
code=$("$bin/onewindow-server" admin enroll-code --db "$db" --hall demo "${kind[@]}")
args=(--mode "$mode" --server "$url" --enroll-code "$code" --profile "demo-$mode")
[ "$mode" = counter ] && args+=(--user clerk1) && echo "Log in as clerk1 with password demo1234 (F1 calls the next number)."
[ "$mode" = station ] && args+=(--user agent1) && echo "Log in as agent1 with password demo1234; after that the station also opens offline."
[ "$mode" = supervisor ] && args+=(--user super1) && echo "Log in as super1 with password demo1234."
[ "$mode" = pad ] && echo "The rating pad of counter 1: finish a service at counter 1 and it asks the citizen."
[ "$mode" != counter ] && args+=(--windowed --kiosk-pin 0000)

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "No display here: starting the client on a virtual screen (Xvfb). Run this on a desktop to see it."
  exec xvfb-run -a -s "-screen 0 1920x1080x24" "$bin/onewindow" "${args[@]}"
fi
exec "$bin/onewindow" "${args[@]}"
