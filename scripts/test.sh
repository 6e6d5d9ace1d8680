#!/usr/bin/env bash
# README command 2: install what is missing, build, run every test.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/deps.sh
./scripts/build.sh ci
QT_QPA_PLATFORM=offscreen ctest --preset ci
# Whole ID and phone numbers must never reach a log: the suite's whole output, servers' and clients' included.
build/ci/bin/onewindow-logcheck build/ci/Testing/Temporary/LastTest.log
# The server, domain and permit suites once more under ASan + UBSan: any report fails the run.
cmake --preset asan > /dev/null
cmake --build --preset asan --target server_tests domain_tests permit_tests
(cd build/asan && export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 &&
  ./bin/domain_tests --gtest_brief=1 && ./bin/permit_tests --gtest_brief=1 &&
  ./bin/server_tests --gtest_brief=1 --gtest_filter=-Instances.*:PostgresSchema.*)
# The parsers of what comes from outside, fuzzed (clang, libFuzzer, ASan + UBSan): 60 s a target.
./scripts/fuzz.sh 60
