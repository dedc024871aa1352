#!/usr/bin/env bash
# A throw-away PostgreSQL server for the test suite, so the data layer, the services and
# the command line are tested against a real server as well as against SQLite files.
#
#   tools/test-postgres.sh start            # prints the server's URL (its folder is in it)
#   tools/test-postgres.sh create URL NAME  # a new, empty database; prints its URL
#   tools/test-postgres.sh stop URL
#
# PostgreSQL comes from Debian's packages (installed when missing, with sudo when not
# root). The server is a new cluster in a temporary folder, listening only on a Unix
# socket in that folder (no TCP port, so it never collides with another server), with
# trust authentication for the role `intzaken` and durability off (fsync): it holds
# nothing worth keeping and is removed by `stop`. PostgreSQL refuses to run as root, so
# under root (CI) it runs as the `postgres` user the package creates.
set -euo pipefail

server_bin() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

start() {
  local bin folder
  bin=$(server_bin)
  if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
    command -v apt-get >/dev/null 2>&1 || {
      echo "PostgreSQL is not installed and there is no apt-get to install it." >&2
      exit 1
    }
    local sudo_cmd=""
    [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
    echo "Installing PostgreSQL (Debian's postgresql package)" >&2
    $sudo_cmd apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq postgresql >&2
    bin=$(server_bin)
  fi
  folder=$(mktemp -d "${TMPDIR:-/tmp}/intzaken-pg.XXXXXX")
  [ "$(id -u)" -ne 0 ] || chown postgres: "$folder"
  as_owner "$bin/initdb" -D "$folder/data" -U intzaken -A trust -E UTF8 --locale=C.UTF-8 \
    >"$folder/initdb.log" 2>&1 || { cat "$folder/initdb.log" >&2; exit 1; }
  as_owner "$bin/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w -t 60 \
    -o "-k $folder -c listen_addresses= -c fsync=off -c synchronous_commit=off \
-c full_page_writes=off -c max_connections=200" start >/dev/null \
    || { cat "$folder/server.log" >&2; exit 1; }
  echo "postgresql://intzaken@/postgres?host=$folder"
}

create() {
  local url=${1:?the URL that start printed} name=${2:?a database name}
  "$(server_bin)/psql" -q -v ON_ERROR_STOP=1 "$url" -c "CREATE DATABASE \"$name\"" >&2
  echo "${url/\/postgres?//$name?}"
}

stop() {
  local url=${1:?the URL that start printed} folder bin
  folder=${url##*host=}
  folder=${folder%%&*}
  case "$folder" in
    "${TMPDIR:-/tmp}"/intzaken-pg.*) ;;
    *) echo "Not a test server: $url" >&2; exit 1 ;;
  esac
  bin=$(server_bin)
  if [ -f "$folder/data/postmaster.pid" ]; then
    as_owner "$bin/pg_ctl" -D "$folder/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$folder"
}

case "${1:-}" in
  start) start ;;
  create) create "${2:-}" "${3:-}" ;;
  stop) stop "${2:-}" ;;
  *) echo "usage: $0 start | create URL NAME | stop URL" >&2; exit 2 ;;
esac
