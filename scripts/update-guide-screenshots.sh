#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates the user guide's screenshots (resources/guide/images) from the real windows on
# demo data: tst_userguidewindow grabs them offscreen. Run after a change to a screen it shows,
# then rebuild (the images are compiled into the application) and commit them.
# Usage: scripts/update-guide-screenshots.sh [BUILD_DIR]   (default: build)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="${1:-$here/build}"
cmake --build "$build_dir" --target tst_userguidewindow
QT_QPA_PLATFORM=offscreen KESSAI_TEST_BACKEND=sqlite \
    KESSAI_GUIDE_SCREENSHOTS="$here/resources/guide/images" \
    "$build_dir/tests/gui/tst_userguidewindow" screenshotsOfTheRealWindows
echo "Screenshots written to $here/resources/guide/images"
