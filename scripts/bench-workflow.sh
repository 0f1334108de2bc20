#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the workflow benchmark (Release) and runs it on SQLite and on a throwaway PostgreSQL 15
# cluster, which is always stopped again. The figures go into docs/performance.md.
# Usage: scripts/bench-workflow.sh [bench_workflow options, e.g. --documents 200000]
# The Release build goes to $KESSAI_BENCH_BUILD_DIR (default: build-bench). The SQLite file is
# made in a temporary folder unless --sqlite FILE is given.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="${KESSAI_BENCH_BUILD_DIR:-$here/build-bench}"

cmake -S "$here" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DKESSAI_BUILD_TESTS=OFF >/dev/null
cmake --build "$build_dir" --target bench_workflow --parallel "$(nproc)"

state="$build_dir/bench-workflow-pg-cluster.env"
trap '"$here/scripts/pg-test-cluster.sh" stop "$state"' EXIT
"$here/scripts/pg-test-cluster.sh" start "$state"
value() { sed -n "s/^$1=//p" "$state" | tail -n 1; }
host="$(value KESSAI_PG_HOST)"
port="$(value KESSAI_PG_PORT)"
user="$(value KESSAI_PG_USER)"
database=kessai_bench_workflow
psql -X -q -v ON_ERROR_STOP=1 -h "$host" -p "$port" -U "$user" -d postgres \
    -c "CREATE DATABASE $database ENCODING 'UTF8' TEMPLATE template0 LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'"

echo "machine: $(nproc) cores, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)," \
    "$(free -g | awk '/^Mem:/ {print $2 " GB RAM"}'), Qt $(pkg-config --modversion Qt6Core 2>/dev/null || echo '?')," \
    "SQLite $(sqlite3 --version 2>/dev/null | cut -d' ' -f1 || echo '?'), $(psql --version | head -n 1)"
"$build_dir/bench/bench_workflow" "$@" \
    --postgresql "postgresql:///$database?user=$user&host=$host&port=$port"
