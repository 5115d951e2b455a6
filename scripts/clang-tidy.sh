#!/usr/bin/env bash
# Runs clang-tidy with the checks in .clang-tidy over the application's sources (app, core, sync,
# ui; not the tests or benchmarks) against a configured build's compile_commands.json, two files
# at a time. Any finding fails the run. Usage: scripts/clang-tidy.sh [build dir, default build/ci]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/ci}
if [ ! -f "$build/compile_commands.json" ]; then
    echo "clang-tidy.sh: $build/compile_commands.json is missing; configure that build first" >&2
    exit 2
fi
runner=$(command -v run-clang-tidy || command -v run-clang-tidy-14 || true)
if [ -z "$runner" ]; then
    echo "clang-tidy.sh: run-clang-tidy is not installed (Debian package clang-tidy)" >&2
    exit 2
fi
mapfile -t files < <(find app core sync ui -name '*.cpp' | sort)
start=$(date +%s)
log=$(mktemp)
# run-clang-tidy-14 exits 0 even with findings when WarningsAsErrors is set, so the log decides.
"$runner" -p "$build" -j 2 -quiet "${files[@]}" > "$log" 2>&1 || true
findings=$(sed 's/\x1b\[[0-9;]*m//g' "$log" | grep -E '^/.*: (warning|error): ' | sort -u || true)
if [ -n "$findings" ]; then
    echo "$findings"
    echo "clang-tidy: $(echo "$findings" | wc -l) finding(s) in ${#files[@]} files"
    rm -f "$log"
    exit 1
fi
if grep -q "clang-tidy.*returned\|Error while processing" "$log"; then
    cat "$log"
    rm -f "$log"
    exit 1
fi
rm -f "$log"
echo "clang-tidy: no findings in ${#files[@]} files ($(( $(date +%s) - start )) s)"
