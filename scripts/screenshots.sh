#!/usr/bin/env bash
# Renders every mode against a real server with the demo hall into docs/screenshots/.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/deps.sh
./scripts/build.sh release
QT_QPA_PLATFORM=offscreen build/release/bin/onewindow-screenshots docs/screenshots
