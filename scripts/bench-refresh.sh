#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the single view refresh benchmark (Release) and runs it offscreen on SQLite, then on a
# throwaway PostgreSQL 15 cluster, which is always stopped again. The figures go into
# docs/performance.md. Usage: scripts/bench-refresh.sh [singleview_refresh_bench options, e.g. --rounds 40]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bench-common.sh"
bench_build singleview_refresh_bench
bench_postgresql kessai_bench_refresh
bench_machine
export QT_QPA_PLATFORM=offscreen
"$build_dir/bench/singleview_refresh_bench" "$@"
"$build_dir/bench/singleview_refresh_bench" "$@" --database "$pg_url"
