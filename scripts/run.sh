#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The README's run command: install, build, and start kessai on the embedded SQLite default
# (or pass arguments through, e.g. --database postgresql://me@server/kessai --lang en).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$here/scripts/build.sh" "$here/build"
exec "$here/build/app/kessai/kessai" "$@"
