#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the attach benchmark (Release) and runs it on SQLite and on two throwaway PostgreSQL 15
# clusters (the tests' fast settings, and durable ones), which are always stopped again. The
# figures go into docs/performance.md.
# Usage: scripts/bench.sh [bench_attach options, e.g. --mib 200 --repeat 3]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bench-common.sh"
bench_build bench_attach
bench_postgresql kessai_bench
fast_url=$pg_url
bench_postgresql kessai_bench durable
bench_machine
bench_load
"$build_dir/bench/bench_attach" "$@" --postgresql "$fast_url" --postgresql-durable "$pg_url"
