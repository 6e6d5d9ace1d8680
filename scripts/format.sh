#!/usr/bin/env bash
# Rewrites every C++ source as .clang-format says (the ctest Source.Formatted fails on any difference).
set -euo pipefail
cd "$(dirname "$0")/.."
FORMAT=$(command -v clang-format || command -v clang-format-14)
find app core server widgets printer forms scanner reader cli tests bench fuzz -path fuzz/corpus -prune -o \
  \( -name '*.cpp' -o -name '*.h' \) -print0 | xargs -0 "$FORMAT" -i
