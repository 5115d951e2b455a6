#!/usr/bin/env bash
# Fuzzes the sync protocol's readers and the server's op validation (tests/fuzz/fuzztarget.cpp)
# with clang's libFuzzer under AddressSanitizer and UBSan, for a bounded time. The test command
# runs it for 60 s; run it longer by hand: scripts/fuzz.sh 3600.
# It starts from the seed corpus (the documentation's examples) and the regressions; inputs it
# finds that reach new code are kept in build/fuzz/corpus. A crash or a failed check stops it
# with the input saved as build/fuzz/crash-*: copy that file into tests/fuzz/regressions, fix
# the fault, and fuzz_replay keeps it as a test.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
build=build/fuzz
if ! command -v clang++ >/dev/null; then
    echo "fuzz.sh: clang++ is not installed (Debian packages clang and libclang-rt-14-dev)" >&2
    exit 2
fi
cmake -S tests/fuzz/libfuzzer -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" -j 2
mkdir -p "$build/corpus"
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
log="$build/fuzz.log"
if ! "$build/fuzz_protocol" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
    -print_final_stats=1 -artifact_prefix="$build/crash-" \
    "$build/corpus" tests/fuzz/corpus tests/fuzz/regressions > "$log" 2>&1; then
    tail -n 60 "$log"
    echo "fuzz.sh: the fuzzer found a failing input: see $build/crash-* (the whole log: $log)" >&2
    exit 1
fi
grep -E '^(Done|stat::number_of_executed_units|stat::new_units_added)' "$log" || true
echo "fuzz.sh: ${seconds} s of fuzzing, no crash, no sanitizer finding"
