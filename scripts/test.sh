#!/usr/bin/env bash
# Command (2) of the README, and what CI runs: install what is missing, build everything with
# tests (preset "ci"), and run the whole test suite with CTest.
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
ctest --preset "$preset"
