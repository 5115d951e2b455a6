#!/usr/bin/env bash
# Renders the screenshots in docs/images (English and German) and the icon PNGs in
# resources/icons from the real windows on a fresh demo workspace, on Qt's offscreen platform.
# Run after changing a screen:  ./scripts/screenshots.sh
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
cmake --preset dev >/dev/null
cmake --build --preset dev --target salessync-screenshots
export QT_QPA_PLATFORM=offscreen
mkdir -p docs/images/en docs/images/de resources/icons
./build/dev/app/salessync-screenshots --out docs/images/en --language en --icons resources/icons
./build/dev/app/salessync-screenshots --out docs/images/de --language de
