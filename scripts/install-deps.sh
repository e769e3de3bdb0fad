#!/bin/sh
# Installs the Debian 12 packages gongkai needs, only those missing.
#   scripts/install-deps.sh          build and run (compiler, libraries, fonts)
#   scripts/install-deps.sh --test   also what the tests use (poppler-utils, sqlite3, a font for the blank-glyph test,
#                                    LibreOffice Calc and openpyxl to open and re-save workbooks, zip to build fixtures,
#                                    clang and its libFuzzer runtime for the fuzz targets, the zstd tool)
# Needs root (or sudo) only when something is missing.
set -eu
pkgs="gcc make libc6-dev libhpdf-dev libsqlite3-dev libiniparser-dev libcsv-dev nettle-dev libzstd-dev gettext
 libzip-dev libexpat1-dev libxlsxwriter-dev
 fonts-arphic-gbsn00lp fonts-arphic-gkai00mp fonts-wqy-zenhei fonts-arphic-uming"
if [ "${1:-}" = "--test" ]; then
	pkgs="$pkgs poppler-utils sqlite3 fonts-wqy-microhei time libreoffice-calc-nogui python3-openpyxl zip clang libclang-rt-14-dev zstd"
fi
missing=""
for p in $pkgs; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
echo "installing:$missing" >&2
if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
# shellcheck disable=SC2086
$sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
