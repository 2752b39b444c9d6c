#!/usr/bin/env bash
# Makes sure the programs that write the workbooks of the writer matrix (werkmapmatrix.test.ts) are
# here: LibreOffice (soffice) and Debian's python3 modules openpyxl and xlsxwriter. Installs them
# with apt-get when missing. Idempotent and quiet; fails with a clear message when it cannot.
# Debian's modules belong to /usr/bin/python3 (python3 on PATH may be a pyenv shim without them).
set -euo pipefail

PYTHON=/usr/bin/python3
heeft_alles() {
  command -v soffice >/dev/null 2>&1 &&
    [ -x "$PYTHON" ] &&
    "$PYTHON" -c 'import openpyxl, xlsxwriter' >/dev/null 2>&1
}

if heeft_alles; then
  exit 0
fi

PAKKETTEN="libreoffice-calc-nogui python3-openpyxl python3-xlsxwriter"

fout() {
  echo "zorg-voor-werkmapprogrammas: $1" >&2
  echo "zorg-voor-werkmapprogrammas: installeer het zelf (Debian/Ubuntu: apt-get install $PAKKETTEN) en probeer opnieuw." >&2
  exit 1
}

command -v apt-get >/dev/null 2>&1 || fout "LibreOffice of openpyxl/xlsxwriter ontbreekt en apt-get is er niet."

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || fout "LibreOffice of openpyxl/xlsxwriter ontbreekt; installeren vraagt root of sudo."
  SUDO="sudo -n"
fi

echo "zorg-voor-werkmapprogrammas: $PAKKETTEN installeren met apt-get ..." >&2
export DEBIAN_FRONTEND=noninteractive
# Another apt-get may hold the dpkg lock: wait for it instead of failing.
APT="$SUDO apt-get -o DPkg::Lock::Timeout=600"
$APT update -qq >/dev/null || fout "apt-get update mislukte."
# shellcheck disable=SC2086
$APT install -y -qq --no-install-recommends $PAKKETTEN >/dev/null || fout "apt-get install mislukte."
heeft_alles || fout "na de installatie ontbreken soffice of de python-modules nog."
echo "zorg-voor-werkmapprogrammas: geinstalleerd." >&2
