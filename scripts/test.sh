#!/usr/bin/env bash
# README command 2: install what is missing, build, run every test.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/deps.sh
./scripts/build.sh ci
QT_QPA_PLATFORM=offscreen ctest --preset ci
# Whole ID and phone numbers must never reach a log: the suite's whole output, servers' and clients' included.
build/ci/bin/onewindow-logcheck build/ci/Testing/Temporary/LastTest.log
# The parsers of what comes from outside, fuzzed (clang, libFuzzer, ASan + UBSan): 60 s a target.
./scripts/fuzz.sh 60
