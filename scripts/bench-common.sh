# SPDX-License-Identifier: GPL-3.0-or-later
# Sourced by the scripts/bench*.sh runners: a Release build of one benchmark, a throwaway
# PostgreSQL 15 cluster (always stopped again on exit) with an empty UTF-8 database, and a line
# describing the machine. The Release build goes to $KESSAI_BENCH_BUILD_DIR (default: build-bench).
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="${KESSAI_BENCH_BUILD_DIR:-$here/build-bench}"

# bench_build TARGET: configures the Release build and builds TARGET.
bench_build() {
    cmake -S "$here" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DKESSAI_BUILD_TESTS=OFF >/dev/null
    cmake --build "$build_dir" --target "$1" --parallel "$(nproc)"
}

# bench_postgresql DATABASE [durable]: starts a cluster, creates DATABASE, sets $pg_url. With
# "durable" the cluster has an office server's settings (fsync and synchronous_commit on) instead
# of the test cluster's (off). Every cluster started is stopped on exit.
bench_clusters=()
bench_postgresql() {
    local state="$build_dir/bench-$1-pg-cluster${2:+-$2}.env"
    bench_clusters+=("$state")
    # shellcheck disable=SC2064 # expand the list now: the trap runs after this function returns
    trap "for s in ${bench_clusters[*]}; do \"$here/scripts/pg-test-cluster.sh\" stop \"\$s\"; done" EXIT
    KESSAI_PG_DURABLE=$([[ "${2:-}" == durable ]] && echo 1 || echo 0) \
        "$here/scripts/pg-test-cluster.sh" start "$state"
    value() { sed -n "s/^$1=//p" "$state" | tail -n 1; }
    local host port user
    host="$(value KESSAI_PG_HOST)"
    port="$(value KESSAI_PG_PORT)"
    user="$(value KESSAI_PG_USER)"
    psql -X -q -v ON_ERROR_STOP=1 -h "$host" -p "$port" -U "$user" -d postgres \
        -c "CREATE DATABASE $1 ENCODING 'UTF8' TEMPLATE template0 LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'"
    pg_url="postgresql:///$1?user=$user&host=$host&port=$port"
}

# The load average now: other work on the machine inflates every figure printed after it.
bench_load() {
    echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
}

bench_machine() {
    echo "machine: $(nproc) cores, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)," \
        "$(free -g | awk '/^Mem:/ {print $2 " GB RAM"}'), Qt $(pkg-config --modversion Qt6Core 2>/dev/null || echo '?')," \
        "SQLite $(sqlite3 --version 2>/dev/null | cut -d' ' -f1 || echo '?'), $(psql --version | head -n 1)"
}
