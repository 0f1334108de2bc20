#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The ThreadSanitizer build: builds the thread stress tests with -DKESSAI_TSAN=ON in build-tsan
# and runs them; any data race reported in Kessai's code fails the run.
# Usage: scripts/tsan.sh [BUILD_DIR]   (default: build-tsan). Not part of scripts/test.sh (slow).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="${1:-$here/build-tsan}"
tests=(tst_render_threads tst_render_pagecache tst_render_textpagesource)

"$here/scripts/install-deps.sh"
cmake -S "$here" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKESSAI_TSAN=ON \
      -DKESSAI_BUILD_BENCH=OFF >/dev/null
cmake --build "$build_dir" --parallel "$(nproc)" --target "${tests[@]}"
export TSAN_OPTIONS="halt_on_error=1 second_deadlock_stack=1 suppressions=$here/tests/tsan.supp ${TSAN_OPTIONS:-}"
cd "$build_dir"
regex="^($(IFS='|'; echo "${tests[*]}"))\$"
ctest --output-on-failure --timeout 900 -R "$regex"
