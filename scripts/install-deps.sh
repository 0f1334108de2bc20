#!/usr/bin/env bash
# Installs the Debian packages listed in packaging/debian-packages.txt that are not installed yet.
# Only Debian's own archive is used. Works as root or through sudo.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
list="$here/packaging/debian-packages.txt"

mapfile -t wanted < <(sed -e 's/#.*//' -e 's/[[:space:]]//g' "$list" | grep -v '^$')
missing=()
for p in "${wanted[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#wanted[@]} Debian packages present"
    exit 0
fi

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "install-deps: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
    sudo_cmd=(sudo)
fi
echo "install-deps: installing ${#missing[@]} packages: ${missing[*]}"
# No debconf questions (krb5-config asks for a realm): given through env, since sudo drops the caller's.
noninteractive=(env DEBIAN_FRONTEND=noninteractive)
"${sudo_cmd[@]}" "${noninteractive[@]}" apt-get update -qq
"${sudo_cmd[@]}" "${noninteractive[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "install-deps: done"
