#!/usr/bin/env bash
# Command (2) of the README, and what CI runs: install what is missing, build everything with
# tests (preset "ci", warnings are errors), run clang-tidy over the application's sources
# (scripts/clang-tidy.sh), then the whole test suite with CTest, then a minute of fuzzing
# (scripts/fuzz.sh).
# With --asan, the same suite is built and run under AddressSanitizer + UBSan (preset "asan").
set -euo pipefail
cd "$(dirname "$0")/.."
preset=ci
if [ "${1:-}" = "--asan" ]; then
    preset=asan
fi
./scripts/install-deps.sh
cmake --preset "$preset"
cmake --build --preset "$preset"
if [ "$preset" = ci ]; then
    ./scripts/clang-tidy.sh build/ci
fi
ctest --preset "$preset"
if [ "$preset" = ci ]; then
    ./scripts/fuzz.sh 60
fi
