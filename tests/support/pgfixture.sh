#!/usr/bin/env bash
# Starts or stops a throwaway PostgreSQL server for the tests, in a folder of its own.
#   pgfixture.sh start DIR   initdb into DIR/data, listen only on the Unix socket in DIR
#   pgfixture.sh stop DIR    stop it and delete DIR
#   pgfixture.sh pause DIR   stop it, keeping its data (a database restart, for the tests)
#   pgfixture.sh resume DIR  start it again
# Tests connect with host=DIR (the socket folder), user postgres, no password (trust on the
# socket only; nothing listens on TCP). When run as root, the server runs as user postgres.
set -euo pipefail
action=${1:?start or stop}
dir=${2:?folder}

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bindir" ] && command -v pg_ctl >/dev/null; then
    bindir=$(dirname "$(command -v pg_ctl)")
fi
[ -x "$bindir/pg_ctl" ] || { echo "pgfixture: PostgreSQL server binaries not found (install postgresql)" >&2; exit 1; }

as_db_user=()
if [ "$(id -u)" -eq 0 ]; then
    as_db_user=(runuser -u postgres --)
fi

start_server() {
    "${as_db_user[@]}" "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-c listen_addresses='' -c unix_socket_directories='$dir' -c max_connections=200 -c fsync=off \
            -c synchronous_commit=off -c full_page_writes=off" start >/dev/null \
        || { cat "$dir/server.log" >&2; exit 1; }
}

case "$action" in
start)
    if [ -f "$dir/data/postmaster.pid" ]; then
        "${as_db_user[@]}" "$bindir/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    mkdir -p "$dir"
    [ ${#as_db_user[@]} -gt 0 ] && chown postgres "$dir"
    "${as_db_user[@]}" "$bindir/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
    start_server
    echo "pgfixture: PostgreSQL running with its socket in $dir"
    ;;
pause)
    "${as_db_user[@]}" "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
    ;;
resume)
    start_server
    ;;
stop)
    if [ -f "$dir/data/postmaster.pid" ]; then
        "${as_db_user[@]}" "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
    fi
    rm -rf "$dir"
    echo "pgfixture: stopped and removed $dir"
    ;;
*)
    echo "pgfixture: unknown action $action" >&2
    exit 2
    ;;
esac
