#!/usr/bin/env bash
# Makes sure Debian's chromium is at /usr/bin/chromium for the browser tests; installs it with
# apt-get when it is missing. Idempotent and quiet; fails with a clear message when it cannot.
set -euo pipefail

CHROMIUM=/usr/bin/chromium
if [ -x "$CHROMIUM" ]; then
  exit 0
fi

fout() {
  echo "zorg-voor-chromium: $1" >&2
  echo "zorg-voor-chromium: installeer het zelf (Debian/Ubuntu: apt-get install chromium) en probeer opnieuw." >&2
  exit 1
}

command -v apt-get >/dev/null 2>&1 || fout "$CHROMIUM ontbreekt en apt-get is er niet."

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || fout "$CHROMIUM ontbreekt; installeren vraagt root of sudo."
  SUDO="sudo -n"
fi

echo "zorg-voor-chromium: chromium ontbreekt, installeren met apt-get ..." >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >/dev/null || fout "apt-get update mislukte."
$SUDO apt-get install -y -qq chromium >/dev/null || fout "apt-get install chromium mislukte."
[ -x "$CHROMIUM" ] || fout "na de installatie staat chromium niet op $CHROMIUM."
echo "zorg-voor-chromium: chromium geinstalleerd." >&2
