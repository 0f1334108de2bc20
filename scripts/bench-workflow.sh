#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the workflow benchmark (Release) and runs it on SQLite and on a throwaway PostgreSQL 15
# cluster, which is always stopped again. The figures go into docs/performance.md.
# Usage: scripts/bench-workflow.sh [bench_workflow options, e.g. --documents 200000, or
#        --no-sqlite --rls: the inbox and approval as the owner and as staff logins, issue 12]
# The SQLite file is made in a temporary folder unless --sqlite FILE is given.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bench-common.sh"
bench_build bench_workflow
bench_postgresql kessai_bench_workflow
bench_machine
"$build_dir/bench/bench_workflow" "$@" --postgresql "$pg_url"
