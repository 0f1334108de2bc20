#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs CMD with a keychain of its own: a private D-Bus session bus with gnome-keyring's secret
# service, unlocked without a prompt, in a throwaway HOME (so the real user's keyring is never
# read or written). For the tests of the OS keychain (tests/credentials, the password dialog).
#
#   scripts/with-keyring.sh CMD [ARG...]
#
# Everything runs under `timeout` (KESSAI_KEYRING_TIMEOUT seconds, default 300): a keyring that
# waits on a prompt can never hang the suite. Exits with CMD's status (124 on timeout).
set -Eeuo pipefail

if [[ "${1:-}" == "--inside-session" ]]; then
    shift
    # No display: gnome-keyring must never try to show an unlock prompt.
    unset DISPLAY WAYLAND_DISPLAY
    # --unlock reads the password from stdin and creates (or opens) the login keyring with it.
    # In the foreground, as this script's child, so that it ends with the command: a daemonized one
    # can outlive its bus.
    printf '%s' "kessai-test-keyring" |
        gnome-keyring-daemon --unlock --components=secrets --foreground >/dev/null 2>&1 &
    keyring=$!
    trap 'kill "$keyring" 2>/dev/null || true; wait "$keyring" 2>/dev/null || true' EXIT
    for _ in $(seq 1 100); do
        if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true'; then
            status=0
            "$@" || status=$?
            exit "$status"
        fi
        kill -0 "$keyring" 2>/dev/null || break
        sleep 0.1
    done
    echo "$0: gnome-keyring-daemon did not start its secret service" >&2
    exit 1
fi

[[ $# -ge 1 ]] || { echo "usage: $0 CMD [ARG...]" >&2; exit 2; }
for tool in dbus-run-session dbus-send gnome-keyring-daemon timeout; do
    command -v "$tool" >/dev/null || { echo "$0: $tool is not installed" >&2; exit 1; }
done

scratch=$(mktemp -d "${TMPDIR:-/tmp}/kessai-keyring.XXXXXX")
trap 'rm -rf -- "$scratch"' EXIT
mkdir -p "$scratch/home/.local/share" "$scratch/home/.config" "$scratch/home/.cache" "$scratch/run"
chmod 0700 "$scratch/run"
export HOME="$scratch/home"
export XDG_DATA_HOME="$HOME/.local/share" XDG_CONFIG_HOME="$HOME/.config" XDG_CACHE_HOME="$HOME/.cache"
export XDG_RUNTIME_DIR="$scratch/run"
# Tests refuse to touch a keychain that is not this private one.
export KESSAI_PRIVATE_KEYRING="$scratch"
unset DBUS_SESSION_BUS_ADDRESS GNOME_KEYRING_CONTROL

status=0
timeout --kill-after=10 "${KESSAI_KEYRING_TIMEOUT:-300}" \
    dbus-run-session -- "$0" --inside-session "$@" </dev/null || status=$?
exit "$status"
