#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs missing Debian packages, then configures and builds Kessai with CMake + Ninja.
# Usage: scripts/build.sh [BUILD_DIR]   (default: build)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="${1:-$here/build}"

"$here/scripts/install-deps.sh"

werror=OFF
# CI builds treat warnings as errors; a user's build must not break on a new compiler warning.
[ "${CI:-}" = "true" ] && werror=ON
cmake -S "$here" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKESSAI_WERROR="$werror" >/dev/null
cmake --build "$build_dir" --parallel "$(nproc)"
