#!/usr/bin/env bash
# Fails when a result is thrown away with a (void) cast anywhere in the tree (application,
# tests, benchmarks): every Result and Status says whether a statement, a write or a request
# worked, and is handled or, where nothing can be returned, logged. clang-tidy's
# bugprone-unused-return-value covers the Qt calls that report success the same way.
set -euo pipefail
cd "$(dirname "$0")/.."
found=$(grep -rnE '\(void\)[[:space:]]*[A-Za-z_:.>-]+[[:space:]]*\(' --include='*.cpp' --include='*.h' \
    app core sync ui tests bench || true)
if [ -n "$found" ]; then
    echo "results thrown away with (void):"
    echo "$found"
    exit 1
fi
echo "check-ignored-results: no discarded results"
