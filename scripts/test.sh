#!/usr/bin/env bash
# README command 2: install what is missing, build, run every test.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/deps.sh --tests
./scripts/build.sh ci
QT_QPA_PLATFORM=offscreen ctest --preset ci
# Whole ID and phone numbers must never reach a log: the suite's whole output, servers' and clients' included.
build/ci/bin/onewindow-logcheck build/ci/Testing/Temporary/LastTest.log
# The two Debian packages from this build, checked by lintian (no errors), then installed with apt into a clean
# Debian 12 (debootstrap), where the service's own ExecStart serves with the packaged settings.
./scripts/package.sh ci
tests/packaging/install.sh build/ci
# clang-tidy's bug and copy checks (.clang-tidy) over the domain, the client's services and the server.
./scripts/tidy.sh
# The whole suite once more under ASan + UBSan (leaks too): any report fails the run. The PostgreSQL-only tests ran
# above; OpenCV is asked for Video4Linux cameras only (scanner/FrameSource.cpp), so no third-party probe leaks.
cmake --preset asan > /dev/null
cmake --build --preset asan -j"${ONEWINDOW_JOBS:-2}" --target domain_tests permit_tests forms_tests server_tests \
  scanner_tests reader_tests client_tests sync_fault_tests
# Two at a time on the two cores: the server's suite beside the others one after another.
(
  cd build/asan
  export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    QT_QPA_PLATFORM=offscreen
  ./bin/server_tests --gtest_brief=1 --gtest_filter=-Instances.*:PostgresSchema.* > server_tests.asan.log 2>&1 &
  server=$!
  status=0
  for suite in domain_tests permit_tests forms_tests scanner_tests reader_tests client_tests sync_fault_tests; do
    echo "asan: $suite"
    ./bin/$suite --gtest_brief=1 || { status=1; break; }
  done
  echo "asan: server_tests"
  wait $server || { tail -60 server_tests.asan.log; status=1; }
  tail -3 server_tests.asan.log
  exit $status
)
# The parsers of what comes from outside, fuzzed (clang, libFuzzer, ASan + UBSan): 30 s a target.
./scripts/fuzz.sh 30
# The fuzz build is also the server built without PostgreSQL and without GoogleTest: it links no libpq and refuses a
# postgresql:// database in words.
if ldd build/fuzz/bin/onewindow-server | grep -q libpq; then echo "without PostgreSQL: links libpq"; exit 1; fi
refused=$(ASAN_OPTIONS=detect_leaks=0 build/fuzz/bin/onewindow-server serve \
  --db postgresql://onewindow@127.0.0.1:1/none --data "$(mktemp -d)" --listen 127.0.0.1:0 2>&1 || true)
echo "$refused" | grep -q "built without PostgreSQL" || { echo "without PostgreSQL: $refused"; exit 1; }
