#!/usr/bin/env bash
# Installs what SalesSync needs to build, run and test on Debian 12 / Ubuntu 24.04 (Qt 6.4+).
# Only missing packages are installed; apt-get runs as root, through sudo when needed.
set -euo pipefail

packages=(
    g++ cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n libqt6sql6-sqlite libsqlite3-dev qt6-qpa-plugins libgl-dev qtkeychain-qt6-dev
    qt6-positioning-dev libqt6positioning6-plugins qt6-svg-dev qt6-charts-dev
    # a font for the documents (PDF), and the text extraction their tests check the layout with
    fonts-dejavu-core poppler-utils
    # the sync server and its tests
    qt6-httpserver-dev qt6-websockets-dev libqt6sql6-psql libsodium-dev postgresql
    # the static checks the test command runs (scripts/clang-tidy.sh), and the fuzzing
    # (scripts/fuzz.sh: clang's libFuzzer; its runtime package is versioned, added below)
    clang-tidy clang
)

# libFuzzer's runtime comes with clang's versioned runtime package (libclang-rt-14-dev on
# Debian 12, libclang-rt-18-dev on Ubuntu 24.04): the version of the clang the system offers.
clang_version=$(apt-cache depends clang 2>/dev/null | sed -n 's/.*Depends: clang-\([0-9][0-9]*\).*/\1/p' | head -n 1)
if [ -n "$clang_version" ]; then
    packages+=("libclang-rt-${clang_version}-dev")
fi

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#packages[@]} packages present"
    exit 0
fi

as_root=()
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "install-deps: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
    as_root=(sudo)
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -q
"${as_root[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
