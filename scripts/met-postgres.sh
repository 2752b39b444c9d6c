#!/usr/bin/env bash
# Runs a command beside a throw-away PostgreSQL server: installs Debian's postgresql when it is missing,
# creates a cluster in a temporary folder owned by an unprivileged user, starts it on a free loopback
# port, runs the command with NR_TEST_DATABASE_URL set, then stops the server and removes the folder,
# whatever the command did. Usage: scripts/met-postgres.sh <command> [args…]
set -euo pipefail

fout() {
  echo "met-postgres: $1" >&2
  exit 1
}

zoek_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

BIN=$(zoek_bin)
if [ -z "$BIN" ] || [ ! -x "$BIN/initdb" ]; then
  bash "$(dirname "$0")/installeer-debian.sh" met-postgres postgresql
  BIN=$(zoek_bin)
  [ -n "$BIN" ] && [ -x "$BIN/initdb" ] || fout "na de installatie is initdb niet te vinden."
fi

# PostgreSQL refuses to run as root: as root, run the server as the unprivileged user 'postgres'.
ALS=()
if [ "$(id -u)" -eq 0 ]; then
  id postgres >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin postgres
  ALS=(runuser -u postgres --)
fi

MAP=$(mktemp -d /tmp/nr-postgres-XXXXXX)
chmod 755 "$MAP"
[ "$(id -u)" -eq 0 ] && chown postgres "$MAP"
POORT=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")

stop() {
  "${ALS[@]}" "$BIN/pg_ctl" -D "$MAP/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$MAP"
}
trap stop EXIT

"${ALS[@]}" "$BIN/initdb" -D "$MAP/data" -U netwerkregie --auth=trust -E UTF8 --locale=C.UTF-8 >"$MAP/initdb.log" 2>&1 ||
  { cat "$MAP/initdb.log" >&2; fout "initdb mislukte."; }
# A test server: durability off (the cluster is thrown away), room for many test databases at once.
"${ALS[@]}" "$BIN/pg_ctl" -D "$MAP/data" -l "$MAP/server.log" -w -t 60 start -o \
  "-p $POORT -k $MAP -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
  >/dev/null || { cat "$MAP/server.log" >&2; fout "de server start niet."; }

"$BIN/createdb" -h 127.0.0.1 -p "$POORT" -U netwerkregie netwerkregie
export NR_TEST_DATABASE_URL="postgres://netwerkregie@127.0.0.1:$POORT/netwerkregie"
echo "met-postgres: PostgreSQL $("$BIN/postgres" --version | awk '{print $3}') op poort $POORT" >&2
set +e
"$@"
STATUS=$?
set -e
exit $STATUS
