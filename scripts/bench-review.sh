#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the single view benchmark (Release) and runs it: first page, engine against raw Poppler
# per page, memory while and after scrolling 1,500 pages, LibreOffice cold and batched (issues 4
# and 20). About three minutes here. The figures go into docs/performance.md.
# Usage: scripts/bench-review.sh [singleview_bench options, e.g. --skip-office --quick]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bench-common.sh"
bench_build singleview_bench
bench_machine
bench_load
QT_QPA_PLATFORM=offscreen "$build_dir/bench/singleview_bench" "$@"
