#!/usr/bin/env bash
# Renders the screenshots in docs/images (English and German) and the icon PNGs in
# resources/icons from the real windows on a fresh demo workspace, on Qt's offscreen platform.
# The administration pages that need a server (users and devices, assignments, the realignment
# history) are rendered against a salessync-server on a throwaway PostgreSQL with demo data.
# Run after changing a screen:  ./scripts/screenshots.sh
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
cmake --preset dev >/dev/null
cmake --build --preset dev --target salessync-screenshots salessync-server
export QT_QPA_PLATFORM=offscreen
mkdir -p docs/images/en docs/images/de resources/icons
./build/dev/app/salessync-screenshots --out docs/images/en --language en --icons resources/icons
./build/dev/app/salessync-screenshots --out docs/images/de --language de

# A server with demo data, one per language (the screens change what they show).
work=$(mktemp -d)
chmod 755 "$work"
server_pid=
stop() {
    [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true
    tests/support/pgfixture.sh stop "$work/pg" >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap stop EXIT
password=screenshots-2026
server=./build/dev/sync/server/salessync-server
export SALESSYNC_DATABASE_HOST="$work/pg" SALESSYNC_DATABASE_USER=postgres SALESSYNC_LISTEN_PORT=18443
for language in en de; do
    tests/support/pgfixture.sh start "$work/pg"
    psql -h "$work/pg" -U postgres -qc "CREATE DATABASE salessync_$language" postgres
    export SALESSYNC_DATABASE_NAME="salessync_$language"
    "$server" migrate >/dev/null
    echo "$password" | "$server" seed-demo --password-stdin >/dev/null
    "$server" serve >"$work/server.log" 2>&1 &
    server_pid=$!
    for _ in $(seq 100); do
        (exec 3<>/dev/tcp/127.0.0.1/18443) 2>/dev/null && break
        sleep 0.2
    done
    ./build/dev/app/salessync-screenshots --out "docs/images/$language" --language "$language" \
        --server http://127.0.0.1:18443 --password "$password"
    kill "$server_pid" && wait "$server_pid" || true
    server_pid=
    tests/support/pgfixture.sh stop "$work/pg"
done
