# SPDX-License-Identifier: GPL-3.0-or-later
# Sourced by scripts/pg-test-cluster.sh and scripts/pg-secure-cluster.sh: what both throwaway
# clusters need to run PostgreSQL's binaries and to read their state files.

usage() {
    echo "usage: $0 {start|stop} STATE_FILE" >&2
    exit 2
}

is_root() { [[ "$(id -u)" -eq 0 ]]; }

# initdb refuses to run as root, so as root the server binaries run as the postgres OS user.
# cd / first: the caller's working directory may not be readable by postgres.
run_pg() {
    if is_root; then
        (cd / && runuser -u postgres -- "$@")
    else
        (cd / && "$@")
    fi
}

# Reads one KEY=VALUE line from the state file without sourcing it (never execute its content).
state_value() {
    local file=$1 key=$2
    sed -n "s/^${key}=//p" "$file" | tail -n 1
}
