#!/usr/bin/env bash
# Copies the Breeze icons named in resources/icons/breeze/icons.txt from Debian's
# breeze-icon-theme package into resources/icons/breeze/<size>/, at the sizes Breeze draws them
# (16, 22 and 32 px). Run it after adding a name; the copies are committed, so builds and
# packages on any platform need no icon package. Breeze is LGPL-3.0-or-later (COPYING.LIB beside).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
source_dir=${BREEZE_DIR:-/usr/share/icons/breeze}
target=$here/resources/icons/breeze
[ -d "$source_dir" ] || { echo "update-icons: $source_dir not found (apt-get install breeze-icon-theme)" >&2; exit 1; }

rm -rf "${target:?}"/16 "$target"/22 "$target"/32
missing=0
while read -r entry; do
    case $entry in '' | '#'*) continue ;; esac
    context=${entry%%/*}
    name=${entry#*/}
    found=0
    for size in 16 22 32; do
        file=$source_dir/$context/$size/$name.svg
        [ -e "$file" ] || continue
        mkdir -p "$target/$size"
        # Symbolic links in the theme point at the drawing; copy the drawing itself.
        cp -L "$file" "$target/$size/$name.svg"
        found=1
    done
    if [ $found -eq 0 ]; then
        echo "update-icons: no $context/$name in $source_dir" >&2
        missing=1
    fi
done < "$target/icons.txt"
exit $missing
