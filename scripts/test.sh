#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The README's test command: install, build, and run the whole ctest suite (unit tests, store
# tests on SQLite and on a throwaway PostgreSQL cluster, GUI tests offscreen).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="$here/build"
"$here/scripts/build.sh" "$build_dir"
cd "$build_dir"
# ctest prints its own summary ("N tests passed, M tests failed out of T") last.
ctest --output-on-failure --parallel "$(nproc)" --timeout 600
