#!/usr/bin/env bash
# Makes sure Debian's chromium is at /usr/bin/chromium for the browser tests; installs it with
# apt-get when it is missing. Idempotent and quiet; fails with a clear message when it cannot.
set -euo pipefail

CHROMIUM=/usr/bin/chromium
if [ -x "$CHROMIUM" ]; then
  exit 0
fi

bash "$(dirname "$0")/../../../scripts/installeer-debian.sh" zorg-voor-chromium chromium
[ -x "$CHROMIUM" ] || { echo "zorg-voor-chromium: na de installatie staat chromium niet op $CHROMIUM." >&2; exit 1; }
