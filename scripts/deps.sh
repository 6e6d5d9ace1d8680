#!/usr/bin/env bash
# Installs the Debian 12 packages OneWindow needs, only those that are missing.
# Safe to run again; needs root (or sudo) only when something is missing.
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build ccache pkg-config git
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-charts-dev qt6-speech-dev qt6-declarative-dev qt6-qpa-plugins libqt6sql6-sqlite libgl-dev
  qt6-speech-speechd-plugin speech-dispatcher-espeak-ng espeak-ng
  libpoco-dev libsqlite3-dev libpq-dev postgresql libopencv-dev libfreetype-dev libzxing-dev libhowardhinnant-date-dev tzdata
  libgtest-dev libgmock-dev clang libclang-rt-14-dev clang-format clang-tidy
  fonts-noto-cjk fonts-wqy-zenhei qt6-translations-l10n fonts-ocr-b fonts-dejavu-core poppler-utils xvfb xauth sqlite3 curl zbar-tools python3-yaml
  systemd lintian desktop-file-utils debootstrap
)
# For the tests only (scripts/test.sh passes --tests): a real browser driving the booking page the server serves,
# and the accessibility bus a screen reader reads the client through.
if [ "${1:-}" = "--tests" ]; then
  PACKAGES+=(chromium chromium-driver python3-pyatspi at-spi2-core dbus)
fi

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "deps: all ${#PACKAGES[@]} packages present"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
