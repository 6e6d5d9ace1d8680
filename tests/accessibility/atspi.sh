#!/usr/bin/env bash
# The citizen's and the staff's screens as a screen reader (Orca) finds them, through the real AT-SPI bridge: a demo
# hall's server on this machine, then each mode under Xvfb with its own session bus and AT-SPI bus, read by
# read_tree.py (python3-pyatspi). Every control must have a name; each mode's own choices must be there; on the kiosk a
# screen reader user turns on 长辈模式 and then finds the elderly priority.
#   atspi.sh BIN_DIR SOURCE_DIR
set -euo pipefail
bin="$1"
src="$2"
work="$(mktemp -d)"
server_pid=""
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
url="http://127.0.0.1:$port"
db="sqlite:$work/server.db"
"$bin/onewindow-server" admin demo --db "$db" >/dev/null
"$bin/onewindow-server" admin import-catalog "$src/resources/demo-catalog.json" --db "$db" >/dev/null
"$bin/onewindow-server" serve --db "$db" --listen "127.0.0.1:$port" >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 100); do curl -fsS "$url/healthz" >/dev/null 2>&1 && break; sleep 0.1; done
curl -fsS "$url/healthz" >/dev/null

export HOME="$work/home" XDG_DATA_HOME="$work/home/data" XDG_CONFIG_HOME="$work/home/config"
export XDG_RUNTIME_DIR="$work/runtime"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"

# The tests run offscreen; here the client is on the virtual X screen, where the AT-SPI bridge is.
unset QT_QPA_PLATFORM
# One mode: enrolled with a fresh code, started with the accessibility bridge on, read, then stopped.
read_mode() {
  local mode="$1" kind="$2"
  shift 2
  local code
  code="$("$bin/onewindow-server" admin enroll-code --db "$db" --hall demo $kind)"
  xvfb-run -a -s "-screen 0 1920x1080x24" dbus-run-session -- bash -c '
    /usr/libexec/at-spi-bus-launcher --launch-immediately >/dev/null 2>&1 &
    sleep 1
    QT_QPA_PLATFORM=xcb QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_ACCESSIBILITY=1 "$0" --mode "$1" --server "$2" --enroll-code "$3" \
      --profile "atspi-$1" --windowed --lang zh_CN $4 >/dev/null 2>&1 &
    app=$!
    shift 4
    /usr/bin/python3 "'"$src"'/tests/accessibility/read_tree.py" "$@"
    status=$?
    kill $app 2>/dev/null
    exit $status
  ' "$bin/onewindow" "$mode" "$url" "$code" "${EXTRA:-}" "$mode" "$@"
}

failed=0
EXTRA="" read_mode kiosk "--kind kiosk" 按事项查找 长辈模式 预约签到 综合业务 企业开办 不动产登记 \
  --press 长辈模式 --then 老年人优先 || failed=1
EXTRA="" read_mode pad "--kind pad --counter 1" 长辈模式 || failed=1
EXTRA="--counter 1" read_mode counter-screen "--kind display" --no-controls "1 号窗口" 暂无工作人员 || failed=1
EXTRA="" read_mode display "--kind display" --no-controls 青白江区政务服务中心 || failed=1
# A counter PC and a supervisor's start at the login dialog: its fields are named; logged in, the whole window.
EXTRA="--user clerk1" read_mode counter "--kind counter --counter 1" 用户名 密码 \
  --type 密码 demo1234 --press 登录 --then "呼叫下一位 (F1)" "暂停服务 (F11)" 办理事项 \
  --press "呼叫下一位 (F1)" --then "alert:本窗口暂无等候人员" || failed=1
EXTRA="--user super1" read_mode supervisor "--kind supervisor" 用户名 \
  --type 密码 demo1234 --press 登录 --then 今日概况 || failed=1
exit $failed
