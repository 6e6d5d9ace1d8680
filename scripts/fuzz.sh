#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan + UBSan) and runs each for SECONDS (default 60) from its seed corpus.
# Any crash, leak or sanitizer report fails the run; the input that did it is kept in build/fuzz/crashes/.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_EACH=${1:-60}
cmake --preset fuzz > /dev/null
cmake --build --preset fuzz -j"$(nproc)"
mkdir -p build/fuzz/crashes
status=0
for corpus in fuzz/corpus/*/; do
  name=$(basename "$corpus")
  work=build/fuzz/corpus/$name
  mkdir -p "$work"
  echo "fuzz: $name for ${SECONDS_EACH}s"
  if ! build/fuzz/bin/fuzz_"$name" -max_total_time="$SECONDS_EACH" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
      -print_final_stats=1 -artifact_prefix=build/fuzz/crashes/"$name"- "$work" "$corpus" \
      > build/fuzz/"$name".log 2>&1; then
    echo "fuzz: $name FAILED — see build/fuzz/$name.log and build/fuzz/crashes/"
    tail -40 build/fuzz/"$name".log
    status=1
  else
    grep -E '^stat::number_of_executed_units|^stat::new_units_added' build/fuzz/"$name".log | tr '\n' ' '
    echo
  fi
done
exit $status
