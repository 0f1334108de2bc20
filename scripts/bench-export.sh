#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the export benchmark (Release, with kessai-cli) and runs it: `kessai-cli render` against a
# two-thread raw Poppler program, ConversionService against one soffice call (issue 20). About two
# minutes here. The figures go into docs/performance.md.
# Usage: scripts/bench-export.sh [export_bench options, e.g. --runs 3 --pages 60 --skip-office]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bench-common.sh"
bench_build export_bench
bench_machine
bench_load
QT_QPA_PLATFORM=offscreen "$build_dir/bench/export_bench" "$@"
