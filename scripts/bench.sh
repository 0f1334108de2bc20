#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the attach benchmark (Release) and runs it on SQLite and on a throwaway PostgreSQL 15
# cluster, which is always stopped again. The figures go into docs/performance.md.
# Usage: scripts/bench.sh [bench_attach options, e.g. --mib 200 --repeat 3]
# The Release build goes to $KESSAI_BENCH_BUILD_DIR (default: build-bench).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="${KESSAI_BENCH_BUILD_DIR:-$here/build-bench}"

cmake -S "$here" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DKESSAI_BUILD_TESTS=OFF >/dev/null
cmake --build "$build_dir" --target bench_attach --parallel "$(nproc)"

state="$build_dir/bench-pg-cluster.env"
trap '"$here/scripts/pg-test-cluster.sh" stop "$state"' EXIT
"$here/scripts/pg-test-cluster.sh" start "$state"
value() { sed -n "s/^$1=//p" "$state" | tail -n 1; }
host="$(value KESSAI_PG_HOST)"
port="$(value KESSAI_PG_PORT)"
user="$(value KESSAI_PG_USER)"
database=kessai_bench
psql -X -q -v ON_ERROR_STOP=1 -h "$host" -p "$port" -U "$user" -d postgres \
    -c "CREATE DATABASE $database ENCODING 'UTF8' TEMPLATE template0 LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'"

echo "machine: $(nproc) cores, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)," \
    "Qt $(pkg-config --modversion Qt6Core 2>/dev/null || echo '?'), $(psql --version | head -n 1)"
"$build_dir/bench/bench_attach" "$@" \
    --postgresql "postgresql:///$database?user=$user&host=$host&port=$port"
