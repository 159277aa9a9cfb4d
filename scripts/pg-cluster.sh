#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests (Debian's postgresql; scripts/setup.sh installs it).
#   scripts/pg-cluster.sh start       creates and starts a cluster in a new temporary folder on a
#                                     free port of 127.0.0.1; prints "URL FOLDER" (user dasbor,
#                                     with a password, so logins are checked)
#   scripts/pg-cluster.sh stop FOLDER stops it and removes FOLDER
# With PG_CLUSTER_TLS=1 the server also speaks TLS, with a self-signed certificate for 127.0.0.1
# in FOLDER/server.crt (for clients to trust).
# initdb refuses to run as root, so as root the cluster runs as the `postgres` system user.
set -euo pipefail
cmd=${1:?start or stop}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -x "$bin/initdb" ] || { echo "pg-cluster: PostgreSQL is not installed (run scripts/setup.sh)" >&2; exit 1; }
as_owner() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

case "$cmd" in
start)
  dir=$(mktemp -d "${TMPDIR:-/tmp}/dasbor-pg.XXXXXX")
  [ "$(id -u)" = 0 ] && chown postgres "$dir"
  port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  printf 'dasbor-test\n' > "$dir/password"
  [ "$(id -u)" = 0 ] && chown postgres "$dir/password"
  as_owner "$bin/initdb" -D "$dir/data" -U dasbor --pwfile="$dir/password" \
    --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 1; }
  tls=""
  if [ "${PG_CLUSTER_TLS:-0}" = 1 ]; then
    openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=127.0.0.1" \
      -addext "subjectAltName=IP:127.0.0.1" -keyout "$dir/server.key" -out "$dir/server.crt" 2>/dev/null
    chmod 600 "$dir/server.key"
    [ "$(id -u)" = 0 ] && chown postgres "$dir/server.key" "$dir/server.crt"
    tls="-c ssl=on -c ssl_cert_file=$dir/server.crt -c ssl_key_file=$dir/server.key"
  fi
  # Durability is not needed for a throwaway cluster; the settings make bulk loads faster.
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-k $dir -h 127.0.0.1 -p $port -c fsync=off -c synchronous_commit=off -c full_page_writes=off $tls" \
    start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
  echo "postgresql://dasbor:dasbor-test@127.0.0.1:$port/postgres $dir"
  ;;
stop)
  dir=${2:?folder}
  case "$dir" in */dasbor-pg.*) ;; *) echo "pg-cluster: $dir is not a cluster folder" >&2; exit 2 ;; esac
  if [ -d "$dir/data" ]; then
    as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
  ;;
*)
  echo "pg-cluster: start or stop" >&2; exit 2 ;;
esac
