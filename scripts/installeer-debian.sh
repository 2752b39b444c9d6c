#!/usr/bin/env bash
# Installs Debian packages for the tests: `scripts/installeer-debian.sh <naam voor meldingen> [apt-opties] <pakket>...`.
# Test scripts of several packages may call it at once (turbo runs two at a time): one at a time holds
# a lock, and apt waits for a dpkg lock held by anything else. Root or passwordless sudo.
set -euo pipefail

WIE=$1
shift
fout() {
  echo "$WIE: $1" >&2
  echo "$WIE: installeer het zelf (Debian/Ubuntu: apt-get install $*) en probeer opnieuw." >&2
  exit 1
}

command -v apt-get >/dev/null 2>&1 || fout "apt-get is er niet." "$@"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || fout "installeren vraagt root of sudo." "$@"
  SUDO="sudo -n"
fi

echo "$WIE: $* installeren met apt-get ..." >&2
export DEBIAN_FRONTEND=noninteractive
APT="$SUDO apt-get -o DPkg::Lock::Timeout=900"
exec 9>"${TMPDIR:-/tmp}/netwerkregie-apt.lock"
flock -w 1800 9 || fout "wachten op een andere installatie duurde te lang." "$@"
$APT update -qq >/dev/null || fout "apt-get update mislukte." "$@"
$APT install -y -qq "$@" >/dev/null || fout "apt-get install mislukte." "$@"
echo "$WIE: $* geinstalleerd." >&2
