#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Refreshes translations/*.ts from every tr() in app/ and lib/. Translate the new entries
# (Qt Linguist, or by hand) until tests/translations passes.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
lupdate=/usr/lib/qt6/bin/lupdate
[ -x "$lupdate" ] || lupdate=lupdate
cd "$here"
"$lupdate" -silent -locations none -no-obsolete app lib translations -ts translations/kessai_ja.ts
# English is the source language: only plural forms need an entry.
"$lupdate" -silent -locations none -no-obsolete -pluralonly app lib translations -ts translations/kessai_en.ts
