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

bash "$(dirname "$0")/../../../scripts/installeer-debian.sh" zorg-voor-werkmapprogrammas \
  --no-install-recommends libreoffice-calc-nogui python3-openpyxl python3-xlsxwriter
heeft_alles || { echo "zorg-voor-werkmapprogrammas: na de installatie ontbreken soffice of de python-modules nog." >&2; exit 1; }
