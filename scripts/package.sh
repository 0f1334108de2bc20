#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian package kessai_<version>_amd64.deb (cpack -G DEB): the programs, desktop
# entry, icons, AppStream metadata, MIME type and manual pages; Depends from dpkg-shlibdeps plus
# what Kessai loads or calls at run time (packaging/CMakeLists.txt).
# Usage: scripts/package.sh [BUILD_DIR]   (default: build-package). Prints the .deb's path last.
# scripts/package-test.sh then installs it on a clean Debian 12 and starts it.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="${1:-$here/build-package}"

"$here/scripts/install-deps.sh"
# RelWithDebInfo like scripts/build.sh (so ccache shares the objects); cpack strips the binaries.
cmake -S "$here" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DKESSAI_BUILD_TESTS=OFF -DKESSAI_BUILD_BENCH=OFF >/dev/null
cmake --build "$build_dir" --parallel "$(nproc)"
rm -f "$build_dir"/kessai_*.deb
(cd "$build_dir" && cpack -G DEB >/dev/null)
deb="$(ls "$build_dir"/kessai_*_amd64.deb 2>/dev/null || ls "$build_dir"/kessai_*.deb)"
# Fakeroot-free: cpack already gives root:root ownership inside the archive.
dpkg-deb --info "$deb" | sed -n '/Package:/,$p' | grep -E '^ (Package|Version|Architecture|Installed-Size|Depends|Recommends|Suggests):' || true
echo "$deb"
