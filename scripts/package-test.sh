#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian package on a clean, minimal Debian 12 (a debootstrap chroot with nothing
# else installed) the way an office's IT section would — apt-get install ./kessai_*.deb — and
# checks that it works there: files in place, every library and Qt plugin found, --help without
# a display, kessai-cli init + demo-seed + verify, an office attachment rendered through
# LibreOffice and Poppler, the main window shown under Xvfb (screenshot not blank), a
# kessai:// link handed to the running window, and removal that leaves the user's data.
# Prints one PASS/FAIL line per check and a summary; exits 1 if any check failed.
#
# Usage (as root: debootstrap, chroot and mounts): scripts/package-test.sh [DEB]
#   DEB defaults to the newest build-package/kessai_*.deb (scripts/package.sh makes it).
#   KESSAI_PACKAGE_TEST_CACHE  where the base system and downloaded .debs are kept between runs
#                              (default ~/.cache/kessai-package-test); reruns take minutes.
#   KESSAI_PACKAGE_TEST_OUT    folder for the screenshot and logs (default /tmp/kessai-package-test)
#   KESSAI_DEBIAN_MIRROR       default http://deb.debian.org/debian
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
deb="${1:-$(ls -t "$here"/build-package/kessai_*.deb 2>/dev/null | head -1 || true)}"
cache="${KESSAI_PACKAGE_TEST_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/kessai-package-test}"
out="${KESSAI_PACKAGE_TEST_OUT:-/tmp/kessai-package-test}"
mirror="${KESSAI_DEBIAN_MIRROR:-http://deb.debian.org/debian}"

die() { echo "package-test: $*" >&2; exit 1; }
[ -n "$deb" ] && [ -f "$deb" ] || die "no package: give DEB or run scripts/package.sh first"
[ "$(id -u)" -eq 0 ] || die "needs root (debootstrap, chroot, mount)"
for tool in debootstrap chroot convert; do
    command -v "$tool" >/dev/null || die "needs $tool"
done
mkdir -p "$cache/archives/partial" "$out"
log="$out/package-test.log"
: >"$log"

results=()
failed=0
pass() { results+=("PASS  $1"); echo "PASS  $1" | tee -a "$log"; }
fail() { results+=("FAIL  $1"); failed=1; echo "FAIL  $1" | tee -a "$log"; }
check() { # check "what" command...: PASS when the command succeeds
    local what="$1"; shift
    if "$@" >>"$log" 2>&1; then pass "$what"; else fail "$what"; fi
}

base="$cache/bookworm-minbase.tar.gz"
if [ ! -f "$base" ]; then
    echo "package-test: making the Debian 12 base system (once; cached in $cache)"
    staging="$(mktemp -d /tmp/kessai-base.XXXXXX)"
    debootstrap --variant=minbase bookworm "$staging" "$mirror" >>"$log" 2>&1
    tar -C "$staging" --numeric-owner -czf "$base.partial" .
    mv "$base.partial" "$base"
    rm -rf "$staging"
fi

root="$(mktemp -d /tmp/kessai-package-test.XXXXXX)"
cleanup() {
    for mount in "$root/var/cache/apt/archives" "$root/dev" "$root/proc"; do
        mountpoint -q "$mount" && umount -R "$mount" 2>/dev/null || umount -lR "$mount" 2>/dev/null || true
    done
    rm -rf --one-file-system "$root"
}
trap cleanup EXIT
tar -C "$root" -xzf "$base"
mount -t proc proc "$root/proc"
mount --rbind /dev "$root/dev"
mount --make-rslave "$root/dev"
mount --bind "$cache/archives" "$root/var/cache/apt/archives"
cp /etc/resolv.conf "$root/etc/resolv.conf"
echo "deb $mirror bookworm main" >"$root/etc/apt/sources.list"
echo "deb $mirror bookworm-updates main" >>"$root/etc/apt/sources.list"
echo "deb http://deb.debian.org/debian-security bookworm-security main" >>"$root/etc/apt/sources.list"

# Commands in the chroot: a clean environment; as the office user "kessai-user" for the program.
in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
                DEBIAN_FRONTEND=noninteractive "$@"; }
as_user() { chroot "$root" /usr/sbin/runuser -u kessai-user -- env -i PATH=/usr/bin:/bin HOME=/home/kessai-user \
                LANG=C.UTF-8 USER=kessai-user LOGNAME=kessai-user XDG_RUNTIME_DIR=/tmp/runtime-kessai-user "$@"; }

echo "package-test: $(basename "$deb") on a clean Debian 12 in $root" | tee -a "$log"
in_root apt-get update -qq >>"$log" 2>&1 || die "apt-get update failed (see $log)"
before=$(in_root dpkg-query -W -f='${Status}\n' | grep -c "install ok installed")
cp "$deb" "$root/tmp/"
started=$(date +%s)
if in_root sh -c "cd /tmp && apt-get install -y -q ./$(basename "$deb")" >>"$log" 2>&1; then
    after=$(in_root dpkg-query -W -f='${Status}\n' | grep -c "install ok installed")
    pass "apt-get install ./$(basename "$deb") pulled $((after - before)) packages onto a base of $before in $(($(date +%s) - started)) s"
else
    fail "apt-get install ./$(basename "$deb") (see $log)"
    printf '%s\n' "${results[@]}"
    exit 1
fi

# Files an office's desktop needs.
files=(/usr/bin/kessai /usr/bin/kessai-cli /usr/share/applications/org.kessai.Kessai.desktop
       /usr/share/metainfo/org.kessai.Kessai.metainfo.xml /usr/share/mime/packages/org.kessai.Kessai.xml
       /usr/share/icons/hicolor/scalable/apps/org.kessai.Kessai.svg
       /usr/share/icons/hicolor/48x48/apps/org.kessai.Kessai.png
       /usr/share/icons/hicolor/256x256/apps/org.kessai.Kessai.png
       /usr/share/man/man1/kessai.1.gz /usr/share/man/man1/kessai-cli.1.gz
       /usr/share/man/ja/man1/kessai.1.gz /usr/share/doc/kessai/copyright)
missing=()
for f in "${files[@]}"; do [ -e "$root$f" ] || missing+=("$f"); done
if [ ${#missing[@]} -eq 0 ]; then pass "${#files[@]} installed files in place (programs, desktop entry, AppStream, MIME, icons, man pages)"
else fail "missing: ${missing[*]}"; fi
# The desktop's caches, rebuilt by dpkg triggers of shared-mime-info and desktop-file-utils
# when those are installed (a desktop has them; a bare chroot may not).
if [ -x "$root/usr/bin/update-mime-database" ]; then
    check "the MIME database knows .kessai files (application/x-kessai-link), via dpkg's trigger" \
        grep -q "application/x-kessai-link" "$root/usr/share/mime/globs2"
else
    results+=("SKIP  MIME cache: shared-mime-info is not installed in the chroot")
fi
if [ -x "$root/usr/bin/update-desktop-database" ]; then
    check "the desktop entry handles kessai:// links (mimeinfo.cache), via dpkg's trigger" \
        grep -q "x-scheme-handler/kessai=org.kessai.Kessai.desktop" "$root/usr/share/applications/mimeinfo.cache"
else
    results+=("SKIP  desktop MIME cache: desktop-file-utils is not installed in the chroot")
fi

# Every library of the programs and of the Qt plugins they load.
plugins=/usr/lib/x86_64-linux-gnu/qt6/plugins
unresolved=$(in_root sh -c "ldd /usr/bin/kessai /usr/bin/kessai-cli $plugins/platforms/libqxcb.so \
    $plugins/platforms/libqoffscreen.so $plugins/sqldrivers/libqsqlite.so $plugins/sqldrivers/libqsqlpsql.so \
    $plugins/imageformats/libqsvg.so $plugins/imageformats/libqtiff.so $plugins/imageformats/libqwebp.so 2>&1" \
    | grep -E "not found|No such file" || true)
if [ -z "$unresolved" ]; then pass "ldd: every library of kessai, kessai-cli and the Qt plugins (xcb, sqlite, psql, svg, tiff, webp) resolves"
else fail "ldd: $unresolved"; fi
check "LibreOffice (soffice) is installed, pulled by Depends" in_root sh -c "command -v soffice"
check "poppler-data, the Noto CJK fonts and the Japanese OCR data are there" \
    sh -c "test -d '$root/usr/share/poppler/cMap' && ls '$root'/usr/share/fonts/opentype/noto/NotoSansCJK* && \
           ls '$root'/usr/share/tesseract-ocr/*/tessdata/jpn.traineddata '$root'/usr/share/tesseract-ocr/*/tessdata/jpn_vert.traineddata"
check "kessai-cli --help in Japanese (the translations inside the binary are found)" \
    sh -c "chroot '$root' env -i PATH=/usr/bin:/bin LANG=C.UTF-8 kessai-cli --lang ja --help | grep -q 'コマンド'"

in_root useradd -m -s /bin/sh kessai-user
mkdir -p "$root/tmp/runtime-kessai-user" && in_root chown kessai-user /tmp/runtime-kessai-user && chmod 700 "$root/tmp/runtime-kessai-user"
check "kessai --help without a display lists --database" \
    sh -c "chroot '$root' env -i PATH=/usr/bin:/bin LANG=C.UTF-8 kessai --help --lang en | grep -q -- '--database'"
check "kessai --version without a display" \
    sh -c "chroot '$root' env -i PATH=/usr/bin:/bin kessai --version | grep -qE '^kessai [0-9]+\\.'"
check "kessai-cli(1) lists its commands (from the binary's own definitions)" \
    sh -c "zcat '$root/usr/share/man/man1/kessai-cli.1.gz' | grep -q 'demo\\\\-seed'"

db=/home/kessai-user/office.sqlite
cli() { as_user kessai-cli --database "$db" "$@"; }
check "kessai-cli init --organization 'Package Test 市' (as an ordinary user)" cli init --organization "Package Test 市"
check "kessai-cli demo-seed" cli demo-seed
documents=$(cli doc list --folder all 2>>"$log" | wc -l || true)
if [ "${documents:-0}" -gt 0 ]; then pass "kessai-cli doc list: $documents demo documents"; else fail "kessai-cli doc list showed no document"; fi
check "kessai-cli store verify (every stored content and the audit chain)" cli store verify

# An office attachment through LibreOffice (headless) and Poppler, as the single view does it.
python3 - "$root/home/kessai-user/通知.docx" <<'PY'
import sys, zipfile
parts = {
    "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    "_rels/.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    "word/document.xml": '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>パッケージ試験の通知文です。決裁をお願いします。</w:t></w:r></w:p></w:body></w:document>',
}
with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as docx:
    for name, text in parts.items():
        docx.writestr(name, text)
PY
in_root chown kessai-user /home/kessai-user/通知.docx
draft=$(cli draft create --title "パッケージ試験" /home/kessai-user/通知.docx 2>>"$log" | tail -1 || true)
if [ -n "$draft" ] && cli render "$draft" --out /home/kessai-user/render >>"$log" 2>&1 \
        && [ -n "$(ls "$root/home/kessai-user/render/"*.png 2>/dev/null)" ]; then
    pass "a .docx attachment rendered to $(ls "$root/home/kessai-user/render/"*.png | wc -l) PNG page(s) through LibreOffice and Poppler"
else
    fail "rendering a .docx attachment (draft '${draft:-none}')"
fi

# The window: Xvfb and the X tools only for this test, installed after the checks above.
if in_root apt-get install -y -q --no-install-recommends xvfb xauth x11-utils x11-apps >>"$log" 2>&1; then
    cat >"$root/tmp/window-test.sh" <<WINDOW
#!/bin/sh
# Runs under xvfb-run as kessai-user: starts kessai, waits for the main window with the
# organization's name (the session is open), hands a link over, then takes a screenshot.
kessai --database $db --lang en >/tmp/kessai-window.log 2>&1 &
pid=\$!
shown=no
for i in \$(seq 1 90); do
    if xwininfo -root -tree 2>/dev/null | grep -q "Package Test"; then shown=yes; break; fi
    sleep 1
done
echo "main window: \$shown"
if kessai --database $db kessai://$draft >>/tmp/kessai-window.log 2>&1; then echo "link handed over: yes"; fi
viewed=no
for i in \$(seq 1 60); do
    if xwininfo -root -tree 2>/dev/null | grep -q "Single view"; then viewed=yes; break; fi
    sleep 1
done
echo "single view from link: \$viewed"
sleep 3
xwininfo -root -tree >/tmp/window-tree.txt 2>&1
xwd -root -silent >/tmp/screen.xwd
kill \$pid
wait \$pid 2>/dev/null
echo "processes left: \$(pgrep -c -x kessai || true)"
WINDOW
    chmod 755 "$root/tmp/window-test.sh"
    mkdir -p "$root/tmp/.X11-unix" && chmod 1777 "$root/tmp/.X11-unix"
    window_out=$(as_user xvfb-run -a -s "-screen 0 1600x1000x24" /tmp/window-test.sh 2>>"$log" || true)
    echo "$window_out" >>"$log"
    cp "$root/tmp/window-tree.txt" "$root/tmp/kessai-window.log" "$out/" 2>/dev/null || true
    if echo "$window_out" | grep -q "main window: yes"; then
        pass "kessai under Xvfb showed its main window, titled with the organization (session open)"
    else
        fail "kessai's main window did not show under Xvfb (see $out/kessai-window.log)"
    fi
    if echo "$window_out" | grep -q "link handed over: yes" && echo "$window_out" | grep -q "single view from link: yes"; then
        pass "a second 'kessai kessai://$draft' handed the link over and exited; the running window opened its single view"
    else
        fail "kessai://$draft did not open the document's single view in the running window"
    fi
    if [ -s "$root/tmp/screen.xwd" ] && convert "xwd:$root/tmp/screen.xwd" "$out/screenshot.png" 2>>"$log"; then
        deviation=$(convert "$out/screenshot.png" -colorspace Gray -format '%[fx:standard_deviation]' info:)
        colours=$(convert "$out/screenshot.png" -format '%k' info:)
        if awk "BEGIN { exit !($deviation > 0.05 && $colours > 50) }"; then
            pass "screenshot $out/screenshot.png is not blank ($colours colours, grey deviation $deviation)"
        else
            fail "screenshot $out/screenshot.png looks blank ($colours colours, deviation $deviation)"
        fi
    else
        fail "no screenshot"
    fi
else
    fail "installing xvfb in the chroot (see $log)"
fi

# Removal keeps the user's data; reinstalling finds it again.
sum_before=$(sha256sum "$root$db" 2>/dev/null | cut -d' ' -f1 || true)
check "apt-get remove kessai" in_root apt-get remove -y -q kessai
if [ -n "$sum_before" ] && [ "$(sha256sum "$root$db" 2>/dev/null | cut -d' ' -f1)" = "$sum_before" ]; then
    pass "the user's database is untouched by the removal"
else
    fail "the user's database changed or vanished on removal"
fi
check "reinstalling: kessai-cli opens the same database (store verify)" \
    sh -c "chroot '$root' env -i PATH=/usr/bin:/bin DEBIAN_FRONTEND=noninteractive sh -c 'cd /tmp && apt-get install -y -q ./$(basename "$deb")' && \
           chroot '$root' /usr/sbin/runuser -u kessai-user -- env -i PATH=/usr/bin:/bin HOME=/home/kessai-user kessai-cli --database $db store verify"

echo
echo "package-test summary for $(basename "$deb") ($(dpkg-deb -f "$deb" Installed-Size) KiB installed):"
printf '  %s\n' "${results[@]}"
echo "  log: $log"
[ "$failed" -eq 0 ] && echo "package-test: all checks passed" || echo "package-test: SOME CHECKS FAILED"
exit "$failed"
