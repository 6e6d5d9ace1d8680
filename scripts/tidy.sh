#!/usr/bin/env bash
# clang-tidy over the pure C++ layers — the domain, the client's services and the server — with the checks of
# .clang-tidy, on the ci build's compile commands (scripts/build.sh ci first). Any finding fails.
set -euo pipefail
cd "$(dirname "$0")/.."
TIDY=$(command -v clang-tidy || command -v clang-tidy-14)
find core/domain core/services server/src reader -name '*.cpp' -not -name 'PostgresOff.cpp' -print0 |
  xargs -0 -P"${ONEWINDOW_JOBS:-2}" -n4 "$TIDY" -p build/ci --quiet --extra-arg=-Wno-unknown-warning-option
