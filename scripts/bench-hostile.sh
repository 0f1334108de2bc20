#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the hostile-file benchmark (Release) and runs it: time and peak RSS of each hostile file
# through the render path, one process per file. The figures go into docs/performance.md.
# Usage: scripts/bench-hostile.sh [hostile_bench options, e.g. --skip-office --case-timeout 120]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bench-common.sh"
bench_build hostile_bench
bench_machine
QT_QPA_PLATFORM=offscreen "$build_dir/bench/hostile_bench" "$@"
