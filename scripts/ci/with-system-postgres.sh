#!/usr/bin/env bash
# Runs a command against Debian's PostgreSQL (15 on bookworm), to prove the
# "external DATABASE_URL" path: a throw-away cluster in a temporary folder on
# a free port, owned by the postgres user, stopped afterwards.
#   scripts/ci/with-system-postgres.sh npm run test:integration
set -euo pipefail

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[[ -x $bindir/initdb ]] || { echo "Debian's postgresql is not installed (apt-get install postgresql)" >&2; exit 1; }

port=$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
dir=$(mktemp -d /tmp/portal-system-pg.XXXXXX)
chmod 755 "$dir"
chown postgres:postgres "$dir"
as_pg() { if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }

as_pg "$bindir/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
as_pg "$bindir/pg_ctl" -D "$dir/data" -o "-p $port -k $dir -c listen_addresses=127.0.0.1" -l "$dir/log" -w start >/dev/null
trap 'as_pg "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true; rm -rf "$dir"' EXIT

echo "System PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on port $port"
DATABASE_URL="postgresql://postgres@127.0.0.1:$port/portal" "$@"
