#!/usr/bin/env bash
# Builds the two Debian packages, onewindow-server and onewindow, from the given preset's build (default: ci — the
# build the tests ran on) into build/packages/, and checks them with lintian: no errors (its warnings, and why they
# stay, are in docs/decisions.md, "Packages").
set -euo pipefail
cd "$(dirname "$0")/.."
preset="${1:-ci}"
./scripts/build.sh "$preset"
rm -rf build/packages
(cd "build/$preset" && cpack -G DEB -B "$PWD/../packages" > "$PWD/../cpack.log" 2>&1) ||
  { cat build/cpack.log; exit 1; }
rm -rf build/packages/_CPack_Packages
ls -l build/packages/*.deb
lintian --fail-on error build/packages/*.deb
