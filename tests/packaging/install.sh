#!/bin/sh
# The packages as a county's IT person installs them: into a clean Debian 12 (debootstrap --variant=minbase
# bookworm, in a folder of the build), with apt, from build/packages. Then, inside it: the service user, its settings
# and directories as the package made them; the service's own ExecStart (read from the installed unit) serving with
# the packaged settings as the user onewindow; a hall set up with `admin ... --config`; the backup timer's own
# ExecStart writing a backup; the client's programs starting; remove keeping data and settings, purge keeping data.
#
#   tests/packaging/install.sh [BUILD_DIR]   (as root, after scripts/package.sh; needs debootstrap and the mirror)
#
# The base system is kept as build/<preset>/debian12-base.tar between runs (debootstrap takes minutes).
set -eu
build="${1:-build/ci}"
packages="${PACKAGES_DIR:-build/packages}"
[ "$(id -u)" -eq 0 ] || { echo "install.sh: run as root (debootstrap, chroot)" >&2; exit 1; }
ls "$packages"/onewindow-server_*_amd64.deb "$packages"/onewindow_*_amd64.deb >/dev/null
command -v debootstrap >/dev/null || apt-get install -y -q debootstrap >/dev/null
mirror="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"
root="$build/debian12-root"
base="$build/debian12-base.tar"
started=$(date +%s)

cleanup() {
    [ -n "${server_pid:-}" ] && kill "$server_pid" 2>/dev/null || true
    for m in proc dev/pts dev; do umount "$root/$m" 2>/dev/null || true; done
}
trap cleanup EXIT
step() { echo "install.sh [$(($(date +%s) - started)) s] $*"; }
in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }

cleanup
rm -rf "$root"
if [ ! -s "$base" ]; then
    step "debootstrap --variant=minbase bookworm from $mirror"
    debootstrap --variant=minbase bookworm "$root.new" "$mirror" >"$build/debootstrap.log" 2>&1 ||
        { tail -20 "$build/debootstrap.log"; exit 1; }
    tar -C "$root.new" -cf "$base" .
    rm -rf "$root.new"
fi
mkdir -p "$root"
tar -C "$root" -xf "$base"
mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"
mount -t devpts devpts "$root/dev/pts"
cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
mkdir -p "$root/tmp/packages"
cp "$packages"/onewindow-server_*_amd64.deb "$packages"/onewindow_*_amd64.deb "$root/tmp/packages/"

step "apt-get install the two packages"
in_root apt-get update -q >/dev/null
in_root sh -c 'DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
    /tmp/packages/onewindow-server_*.deb /tmp/packages/onewindow_*.deb' >"$build/install.log" 2>&1 ||
    { tail -30 "$build/install.log"; exit 1; }
du -sh --exclude=proc "$root" 2>/dev/null | sed 's/^/install.sh: the installed system: /'

step "what the package made"
in_root id onewindow
[ "$(in_root stat -c '%U:%G %a' /etc/onewindow/server.properties)" = "root:onewindow 640" ]
[ "$(in_root stat -c '%U:%G %a' /var/lib/onewindow)" = "onewindow:onewindow 750" ]
[ "$(in_root stat -c '%U:%G %a' /var/backups/onewindow)" = "onewindow:onewindow 750" ]
for f in /lib/systemd/system/onewindow-server.service /lib/systemd/system/onewindow-backup.timer \
    /usr/lib/systemd/user/onewindow@.service /usr/share/onewindow/autostart/onewindow-kiosk-autostart.desktop \
    /usr/share/applications/onewindow-counter.desktop /usr/share/icons/hicolor/scalable/apps/onewindow-pad.svg \
    /usr/share/doc/onewindow/guide/README.md /usr/share/doc/onewindow/screenshots/counter.png \
    /usr/share/doc/onewindow-server/guide/管理员.md; do
    [ -e "$root$f" ] || { echo "install.sh: $f is missing"; exit 1; }
done
in_root onewindow-server --version
in_root onewindow-scan --version
in_root env QT_QPA_PLATFORM=offscreen onewindow --version
in_root onewindow-cli --version
in_root onewindow-idcard --version
rc=0; in_root onewindow-idcard read --device /dev/ttyUSB9 2>/dev/null || rc=$?
[ "$rc" = 4 ] || { echo "install.sh: onewindow-idcard without a reader exited $rc, not 4"; exit 1; }

step "a hall set up with the service's settings, as the user onewindow"
config=/etc/onewindow/server.properties
as_onewindow() { in_root setpriv --reuid=onewindow --regid=onewindow --init-groups "$@"; }
code=$(as_onewindow onewindow-server admin demo --config "$config" | sed -n 's/^kiosk //p')
[ -n "$code" ]

step "the service's own ExecStart, with the packaged settings"
exec_start=$(sed -n 's/^ExecStart=//p' "$root/lib/systemd/system/onewindow-server.service")
listen=$(sed -n 's/^listen *= *//p' "$root$config")
if curl -s -o /dev/null "http://$listen/"; then
    echo "install.sh: $listen is taken on this machine: the packaged settings cannot be served here"; exit 1
fi
# A simple command (not a function, which would run in a subshell): $! is the server itself after the execs.
chroot "$root" /usr/bin/env -i PATH=/usr/bin:/bin LANG=C.UTF-8 \
    setpriv --reuid=onewindow --regid=onewindow --init-groups $exec_start >"$build/install-serve.log" 2>&1 &
server_pid=$!
up=""
for _ in $(seq 1 100); do
    if curl -fsS "http://$listen/healthz" >/dev/null 2>&1; then up=yes; break; fi
    sleep 0.1
done
[ -n "$up" ] || { cat "$build/install-serve.log"; exit 1; }
token=$(curl -fsS -H 'Content-Type: application/json' -d "{\"code\":\"$code\",\"name\":\"kiosk\"}" \
    "http://$listen/api/v1/devices/enroll" | sed -n 's/.*"device_token":"\([^"]*\)".*/\1/p')
[ -n "$token" ] || { echo "install.sh: the kiosk was not enrolled"; exit 1; }
curl -fsS -H "Authorization: Bearer $token" -H 'Content-Type: application/json' -d '{"category":"A"}' \
    "http://$listen/api/v1/halls/demo/tickets" | grep -q '"number":"A001"'

step "the backup timer's own ExecStart, beside the serving server"
backup_start=$(sed -n 's/^ExecStart=//p' "$root/lib/systemd/system/onewindow-backup.service")
as_onewindow $backup_start
ls "$root/var/backups/onewindow/" | grep -q '^onewindow-.*\.zip$'
kill -TERM "$server_pid"
wait "$server_pid" || { echo "install.sh: the server did not stop cleanly"; cat "$build/install-serve.log"; exit 1; }
server_pid=""
grep -q "stopped" "$build/install-serve.log"

step "remove keeps the data and the settings; purge keeps the data"
in_root sh -c 'DEBIAN_FRONTEND=noninteractive apt-get remove -y -q onewindow-server' >/dev/null
[ -s "$root/var/lib/onewindow/hall.db" ] && [ -e "$root$config" ]
in_root sh -c 'DEBIAN_FRONTEND=noninteractive apt-get purge -y -q onewindow-server' >/dev/null
[ -s "$root/var/lib/onewindow/hall.db" ] && [ ! -e "$root$config" ]
ls "$root/var/backups/onewindow/" | grep -q '^onewindow-.*\.zip$'

cleanup
rm -rf "$root"
step "done: installed, served, backed up, removed and purged"
