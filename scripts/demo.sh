#!/usr/bin/env bash
# Command (1) of the README: install what is missing, build SalesSync (release), and start it
# on the demo workspace (a local profile with generated demo data; no server needed).
# Extra arguments go to salessync, e.g. ./scripts/demo.sh --demo-customers 5000
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
cmake --preset release
cmake --build --preset release
exec ./build/release/app/salessync --demo "$@"
